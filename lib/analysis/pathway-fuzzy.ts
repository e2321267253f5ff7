import Fuse, { type FuseIndex } from 'fuse.js';
import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import type { PathwaySkillId } from '../pathway/schema';
import type { Tokens } from './tokenize';

/**
 * Fuzzy placement on the pathway with fuse.js: short phrases the exact pass missed ("stakeholder
 * managment", "progam management") are searched against the names and aliases of the twelve
 * pathway skills. The index is created once (Fuse.createIndex) and reused; queries are short and
 * capped per posting, so fuse.js never scans the whole posting (the slow path measured in issue 3).
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
export const FUZZY_THRESHOLD = 0.3;
/** Stricter threshold to fold an "other" lexicon skill into a pathway skill. */
export const FOLD_THRESHOLD = 0.1;
export const MIN_QUERY_CHARS = 6;
export const MAX_QUERY_CHARS = 40;

interface FuzzyState {
  readonly fuse: Fuse<FuzzyRecord>;
}

let state: FuzzyState | null = null;

function records(entries: readonly LexiconEntry[]): FuzzyRecord[] {
  const out: FuzzyRecord[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (!e.pathwaySkillId) continue;
    for (const a of [e.label, ...e.aliases]) {
      // Very short aliases ("ai", "api") only produce noise as fuzzy targets; the exact pass has them.
      if (a.length < 5) continue;
      const key = a.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ skillId: e.pathwaySkillId, text: key });
    }
  }
  return out;
}

/** The fuse.js matcher over the pathway skills, built on first use and kept. */
export function fuzzyState(): FuzzyState {
  if (state) return state;
  const docs = records(skillsLexicon);
  const index: FuseIndex<FuzzyRecord> = Fuse.createIndex(['text'], docs);
  const fuse = new Fuse(
    docs,
    { keys: ['text'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3, shouldSort: true },
    index,
  );
  state = { fuse };
  return state;
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
export function fuzzyMatchPhrase(phrase: string, threshold: number = FUZZY_THRESHOLD): FuzzyHit | null {
  const q = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (q.length < MIN_QUERY_CHARS || q.length > MAX_QUERY_CHARS) return null;
  const results = fuzzyState().fuse.search(q, { limit: 5 });
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

/**
 * Key phrases of a requirement line: runs of up to 4 non-stopword tokens, keeping only runs with
 * at least one token the exact pass did not cover.
 */
export function keyPhrases(
  text: string,
  tokens: Tokens,
  firstToken: number,
  endToken: number,
  covered: Uint8Array,
  maxPhrases: number,
): { phrase: string; first: number; last: number }[] {
  const out: { phrase: string; first: number; last: number }[] = [];
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
    const w = tokens.words[k] ?? '';
    const gap = k > firstToken ? text.slice(tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0) : ' ';
    const punct = /[,;:.()!?]/.test(gap.slice(0, 16));
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
