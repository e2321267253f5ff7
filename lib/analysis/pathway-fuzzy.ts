import Fuse, { type FuseIndex } from 'fuse.js';
import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import type { PathwaySkillId } from '../pathway/schema';
import type { Tokens } from './tokenize';

/**
 * Fuzzy placement on the pathway with fuse.js: short phrases the exact pass missed ("stakeholder
 * managment", "progam management") are searched against the names and aliases of the twelve
 * pathway skills. Each fuse.js index is created once (Fuse.createIndex), when first needed, and reused; queries
 * are short and capped per posting, so fuse.js never scans the whole posting (the slow path measured in issue 3).
 */
interface FuzzyRecord {
  readonly skillId: PathwaySkillId;
  readonly text: string;
}

export interface FuzzyHit {
  readonly skillId: PathwaySkillId;
  /** 1 − fuse.js score: higher is closer. */
  readonly score: number;
  readonly matched: string;
}

/** fuse.js score threshold (0 = perfect). Tuned on our own typo tests: one or two edits per word. */
const FUZZY_THRESHOLD = 0.3;
/** Stricter threshold to fold an "other" lexicon skill into a pathway skill. */
const FOLD_THRESHOLD = 0.1;
const MIN_QUERY_CHARS = 6;
const MAX_QUERY_CHARS = 40;

/**
 * fuse.js scans every record per query (≈10 µs each), so one index over all the pathway phrasings
 * costs milliseconds per query. Instead records are grouped by their words, and a query goes only
 * to the groups of the words its misspelt tokens are close to; each group's Fuse index is created
 * (Fuse.createIndex) only when a query first needs it, and kept. The closeness gate is a
 * one-deletion (symmetric-delete) lookup: O(token length) hash probes, no scan.
 *
 * Everything is lazy and tiered, so a posting pays only for what it uses: the vocabulary (records
 * by word) on the first fuzzy query, the deletion map on the first word that is not spelt like a
 * pathway word, and a fuse.js index on the first typo candidate of its group.
 */
interface FuzzyVocabulary {
  readonly records: readonly FuzzyRecord[];
  /** Record indices by word (words of ≥ 4 letters). */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}

interface FuzzyState extends FuzzyVocabulary {
  /**
   * Every vocabulary word and each of its one-letter deletions → the vocabulary words, in vocabulary
   * order: a lone word is stored as itself (most keys), a list only for two or more.
   */
  readonly deletes: ReadonlyMap<string, string | readonly string[]>;
  readonly buckets: Map<string, Fuse<FuzzyRecord>>;
}

let vocabulary: FuzzyVocabulary | null = null;
let deletesMap: ReadonlyMap<string, string | readonly string[]> | null = null;
const buckets = new Map<string, Fuse<FuzzyRecord>>();

/** Lower-cases every text; one toLowerCase() over the joined texts when they are all printable ASCII. */
function lowerAll(texts: readonly string[]): string[] {
  const joined = texts.join('\n');
  if (PRINTABLE_ASCII_LINES.test(joined)) {
    const parts = joined.toLowerCase().split('\n');
    if (parts.length === texts.length) return parts;
  }
  return texts.map((t) => t.toLowerCase());
}

const PRINTABLE_ASCII_LINES = /^[\x20-\x7e\n]*$/;

function records(entries: readonly LexiconEntry[]): FuzzyRecord[] {
  // Very short aliases ("ai", "api") only produce noise as fuzzy targets; the exact pass has them.
  const texts: string[] = [];
  const skills: PathwaySkillId[] = [];
  for (const e of entries) {
    const skillId = e.pathwaySkillId;
    if (!skillId) continue;
    if (e.label.length >= 5) {
      texts.push(e.label);
      skills.push(skillId);
    }
    for (const a of e.aliases) {
      if (a.length < 5) continue;
      texts.push(a);
      skills.push(skillId);
    }
  }
  const lower = lowerAll(texts);
  const out: FuzzyRecord[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < lower.length; k++) {
    const key = lower[k] as string;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ skillId: skills[k] as PathwaySkillId, text: key });
  }
  return out;
}

const MIN_WORD = 4;
const MAX_WORD = 30;
const ALNUM_RUN = /[a-z0-9]+/g;

/** Lower-case ASCII words of 4–30 characters (the same words as splitting on non-alphanumerics). */
function wordsOf(s: string): string[] {
  const all = s.toLowerCase().match(ALNUM_RUN);
  if (!all) return [];
  const out: string[] = [];
  for (const w of all) if (w.length >= MIN_WORD && w.length <= MAX_WORD) out.push(w);
  return out;
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Appends v unless it is already the last value of its list (callers push each value in one run). */
function pushOnce<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (list[list.length - 1] !== v) list.push(v);
}

const ALNUM_RUN_OR_NEWLINE = /[a-z0-9]+|\n/g;

/** Record indices by word: wordsOf() of every record text, in one regex pass over the joined texts when possible. */
function wordIndex(recs: readonly FuzzyRecord[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  const texts: string[] = [];
  for (const r of recs) texts.push(r.text);
  const joined = texts.join('\n');
  // Record texts are lower case already; printable ASCII is unchanged by wordsOf()'s toLowerCase().
  if (PRINTABLE_ASCII_LINES.test(joined) && joined === joined.toLowerCase()) {
    const toks = joined.match(ALNUM_RUN_OR_NEWLINE) ?? [];
    let i = 0;
    for (const w of toks) {
      if (w === '\n') {
        i++;
        continue;
      }
      // Record indices grow, so a repeated word in one record is caught by the last-value check.
      if (w.length >= MIN_WORD && w.length <= MAX_WORD) pushOnce(byWord, w, i);
    }
    if (i === recs.length - 1) return byWord;
    byWord.clear();
  }
  for (let i = 0; i < recs.length; i++) for (const w of wordsOf(recs[i]?.text ?? '')) pushOnce(byWord, w, i);
  return byWord;
}

/** The pathway phrasings and their words, built on the first fuzzy query and kept. */
function fuzzyVocabulary(): FuzzyVocabulary {
  if (vocabulary) return vocabulary;
  const recs = records(skillsLexicon);
  vocabulary = { records: recs, byWord: wordIndex(recs) };
  return vocabulary;
}

/** Adds vocabulary word w under key d unless it is already the last word there (each w is added in one run). */
function addDelete(deletes: Map<string, string | string[]>, d: string, w: string): void {
  const cur = deletes.get(d);
  if (cur === undefined) deletes.set(d, w);
  else if (typeof cur === 'string') {
    if (cur !== w) deletes.set(d, [cur, w]);
  } else if (cur[cur.length - 1] !== w) cur.push(w);
}

/** The symmetric-delete map, built when the first word not spelt like a pathway word is checked. */
function deletionMap(): ReadonlyMap<string, string | readonly string[]> {
  if (deletesMap) return deletesMap;
  const deletes = new Map<string, string | string[]>();
  for (const w of fuzzyVocabulary().byWord.keys()) {
    addDelete(deletes, w, w);
    for (let i = 0; i < w.length; i++) addDelete(deletes, w.slice(0, i) + w.slice(i + 1), w);
  }
  deletesMap = deletes;
  return deletes;
}

/** The whole fuzzy state (vocabulary, deletion map, fuse.js indexes created so far), built if needed. */
export function fuzzyState(): FuzzyState {
  const v = fuzzyVocabulary();
  return { records: v.records, byWord: v.byWord, deletes: deletionMap(), buckets };
}

/** The records holding `word` and, when that leaves any, also every correctly spelt word of the query. */
function bucket(st: FuzzyVocabulary, word: string, spelt: readonly string[]): Fuse<FuzzyRecord> | null {
  const idx = st.byWord.get(word);
  if (!idx) return null;
  let pick = idx;
  const withAll = idx.filter((i) => spelt.every((w) => (st.byWord.get(w) ?? []).includes(i)));
  if (withAll.length > 0) pick = withAll;
  const key = pick === idx ? word : `${word}|${spelt.join('|')}`;
  const cached = buckets.get(key);
  if (cached) return cached;
  if (buckets.size > 2000) buckets.clear(); // bounded: hostile text cannot grow it forever
  const docs = pick.map((i) => st.records[i]).filter((r): r is FuzzyRecord => r !== undefined);
  const index: FuseIndex<FuzzyRecord> = Fuse.createIndex(['text'], docs);
  const fuse = new Fuse(
    docs,
    { keys: ['text'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3, shouldSort: true },
    index,
  );
  buckets.set(key, fuse);
  return fuse;
}

function addAll(found: Set<string>, words: string | readonly string[] | undefined): void {
  if (words === undefined) return;
  if (typeof words === 'string') found.add(words);
  else for (const w of words) found.add(w);
}

/** Vocabulary words within a one-deletion neighbourhood of a token that is not itself a vocabulary word. */
export function nearWords(token: string): string[] {
  const byWord = fuzzyVocabulary().byWord;
  const t = token.toLowerCase();
  if (t.length < MIN_WORD + 1 || t.length > MAX_WORD || byWord.has(t)) return [];
  const deletes = deletionMap();
  const found = new Set<string>();
  addAll(found, deletes.get(t)); // a letter missing
  for (const d of deletions(t)) {
    if (byWord.has(d)) found.add(d); // a letter too many
    addAll(found, deletes.get(d)); // a letter wrong or swapped
  }
  return [...found];
}

/**
 * Per-analysis memo: a posting repeats its words and phrases, and the 2–3-word windows of a
 * phrase re-ask about the same words, so each distinct word and phrase is worked out once.
 */
export interface FuzzyMemo {
  readonly near: Map<string, readonly string[]>;
  readonly phrases: Map<string, FuzzyHit | null>;
}

export function newFuzzyMemo(): FuzzyMemo {
  return { near: new Map(), phrases: new Map() };
}

const MEMO_LIMIT = 4096;

function nearWordsMemo(word: string, memo: FuzzyMemo | undefined): readonly string[] {
  if (!memo) return nearWords(word);
  let r = memo.near.get(word);
  if (r === undefined) {
    r = nearWords(word);
    if (memo.near.size < MEMO_LIMIT) memo.near.set(word, r);
  }
  return r;
}

/** Letters and digits only, single-spaced: "Project-Management" and "project management" compare equal. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();
}

/** Levenshtein distance with an early exit above `max`; inputs are ≤ MAX_QUERY_CHARS + slack. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? max + 1;
}

/** Typos allowed: about one edit per 8 characters (so "managment" passes, "engineering" ≠ "data engineering"). */
export function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / 8));
}

/**
 * Best pathway skill for a short phrase, or null. fuse.js retrieves the candidates (Bitap, its
 * tuned threshold); a candidate is confirmed only when it is about as long as the phrase and
 * within a few edits of it, since Bitap alone scores any substring hit as close.
 */
export function fuzzyMatchPhrase(phrase: string, threshold: number = FUZZY_THRESHOLD, memo?: FuzzyMemo): FuzzyHit | null {
  if (!memo) return matchPhrase(phrase, threshold, undefined);
  const key = threshold === FUZZY_THRESHOLD ? phrase : `${threshold}\u0000${phrase}`;
  const cached = memo.phrases.get(key);
  if (cached !== undefined) return cached;
  const hit = matchPhrase(phrase, threshold, memo);
  if (memo.phrases.size < MEMO_LIMIT) memo.phrases.set(key, hit);
  return hit;
}

function matchPhrase(phrase: string, threshold: number, memo: FuzzyMemo | undefined): FuzzyHit | null {
  const whole = matchOne(phrase, threshold, memo);
  if (whole) return whole;
  // "progam managment background": try the 2–3-word windows too (at most 5 more queries, gated the same way).
  const words = phrase.trim().split(/\s+/, 5);
  if (words.length < 3) return null;
  let best: FuzzyHit | null = null;
  for (let size = 3; size >= 2; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const hit = matchOne(words.slice(i, i + size).join(' '), threshold, memo);
      if (hit && (!best || hit.score > best.score)) best = hit;
    }
    if (best) return best;
  }
  return null;
}

const WHITESPACE_RUN = /\s+/g;

function matchOne(phrase: string, threshold: number, memo: FuzzyMemo | undefined): FuzzyHit | null {
  const q = phrase.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  if (q.length < MIN_QUERY_CHARS || q.length > MAX_QUERY_CHARS) return null;
  const st = fuzzyVocabulary();
  const near = new Set<string>();
  const spelt: string[] = [];
  for (const w of wordsOf(q)) {
    if (st.byWord.has(w)) spelt.push(w);
    else for (const n of nearWordsMemo(w, memo)) near.add(n);
  }
  // Only a phrase with a misspelt word goes to fuse.js; correctly spelt phrases were settled exactly.
  const results: { item: FuzzyRecord; score?: number }[] = [];
  for (const w of [...near].slice(0, 3)) results.push(...(bucket(st, w, spelt)?.search(q, { limit: 5 }) ?? []));
  results.sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
  for (const r of results) {
    const score = r.score ?? 1;
    if (score > threshold) break;
    const len = r.item.text.length;
    // Substring hits ("management" inside "stakeholder management") are not matches of the phrase.
    if (len < q.length * 0.75 || len > q.length * 1.3 + 2) continue;
    const a = squash(q);
    const b = squash(r.item.text);
    const max = allowedEdits(Math.max(a.length, b.length));
    if (editDistance(a, b, max) > max) continue;
    return { skillId: r.item.skillId, score: Math.max(0, Math.min(1, 1 - score)), matched: r.item.text };
  }
  return null;
}

const foldCache = new Map<string, FuzzyHit | null>();
/** Whether an "other" lexicon skill is, by name, really a pathway skill (checked once per skill). */
export function foldToPathway(entry: LexiconEntry): FuzzyHit | null {
  const cached = foldCache.get(entry.id);
  if (cached !== undefined) return cached;
  const hit = fuzzyMatchPhrase(entry.label, FOLD_THRESHOLD);
  foldCache.set(entry.id, hit);
  return hit;
}

const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'as', 'is', 'are', 'be',
  'you', 'your', 'we', 'our', 'will', 'have', 'has', 'this', 'that', 'these', 'those', 'it', 'its', 'their', 'they',
  'experience', 'strong', 'ability', 'able', 'skills', 'skill', 'knowledge', 'understanding', 'proven', 'excellent',
  'demonstrated', 'working', 'years', 'year', 'plus', 'including', 'such', 'e', 'g', 'eg', 'etc', 'other', 'across',
  'into', 'using', 'use', 'can', 'who', 'what', 'how', 'all', 'any', 'some', 'more', 'than', 'also', 'both', 'well',
  'good', 'great', 'deep', 'solid', 'track', 'record', 'familiarity', 'familiar', 'proficiency', 'expertise',
]);

function hasPunct(text: string, from: number, to: number): boolean {
  const end = Math.min(to, from + 16);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 46 || c === 40 || c === 41 || c === 33 || c === 63) return true;
  }
  return false;
}

/** A key phrase: its text and its token range [first, last). */
export interface KeyPhrase {
  readonly phrase: string;
  readonly first: number;
  readonly last: number;
}

/**
 * Key phrases of a requirement line: runs of up to 4 non-stopword tokens, keeping only runs with
 * at least one token the exact pass did not cover.
 */
export function keyPhrases(text: string, tokens: Tokens, firstToken: number, endToken: number, covered: Uint8Array, maxPhrases: number): KeyPhrase[] {
  const out: KeyPhrase[] = [];
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    let uncovered = false;
    for (let k = runStart; k < end; k++) if (!covered[k]) uncovered = true;
    if (uncovered && out.length < maxPhrases) {
      const s = tokens.starts[runStart] ?? 0;
      const e = tokens.ends[end - 1] ?? 0;
      if (e - s <= MAX_QUERY_CHARS) out.push({ phrase: text.slice(s, e), first: runStart, last: end });
    }
    runStart = -1;
  };
  for (let k = firstToken; k < endToken; k++) {
    const w = tokens.word(k);
    const punct = k > firstToken && hasPunct(text, tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0);
    if (STOPWORDS.has(w) || w.length < 2) {
      flush(k);
      continue;
    }
    if (punct) flush(k);
    if (runStart < 0) runStart = k;
    if (k - runStart >= 3) flush(k + 1);
  }
  flush(endToken);
  return out;
}
