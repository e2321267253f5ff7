import type { GapReport } from './gap-report';
import { structureText, sectionCursor, type Line, type PostingBlock, type Section } from './sections';
import { tokenAt, tokenize, type Tokens } from './tokenize';
import { matchLexicon, type LexiconMatch } from './lexicon-matcher';
import { fuzzyMatchPhrase, keyPhrases, newFuzzyMemo, type FuzzyMemo, type KeyPhrase } from './pathway-fuzzy';
import { isNegated } from './negation';
import { checkRole } from './role-check';
import { RoleSignalCounter, type MatchSignals } from './role-signals';
import { namesCounterpart } from './counterparts';
import { SentenceJudge, type Judged } from './sentence-judge';
import { aggregate, kindOf, mentionLevel, resolveEntry, type Hit } from './skill-hits';
import { detectLanguage } from './language';

/**
 * A posting's gap report, in steps: read the posting (sections, tokens, exact lexicon matches), keep
 * the matches that ask for their skill (exact pass), place the typos of requirement lines on the
 * pathway (fuzzy pass), fold the hits into one skill each, and check the role. The domain rules are
 * data on the lexicon entries (data/skills-lexicon-schema.ts).
 */

/** Bumped whenever the lexicon or the rules change, so saved postings know to re-analyse. */
export const ANALYSIS_VERSION = '1.2.0';

export interface PostingInput {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  board?: string | null;
  url?: string | null;
  text: string;
  blocks?: readonly PostingBlock[] | null;
}

/** Caps that keep hostile pages bounded; real postings are far below them. */
const MAX_TEXT_CHARS = 2_000_000;
const MAX_FUZZY_QUERIES = 48;
const MAX_FUZZY_LINE_CHARS = 400;
const MAX_MENTION_CHARS = 120;

/** The posting as the passes read it. */
interface Posting {
  readonly text: string;
  readonly sections: readonly Section[];
  readonly lines: readonly Line[];
  readonly tokens: Tokens;
  /** Exact lexicon matches, in text order. */
  readonly matches: readonly LexiconMatch[];
}

export function analyzePosting(input: PostingInput): GapReport {
  const posting = readPosting(input);
  // One judge for both passes: its verdict on a sentence serves every mention inside it.
  const judge = new SentenceJudge(posting.text, posting.tokens, posting.sections, input.title);
  const exact = walkMatches(posting, judge);
  const hits = [...exact.hits, ...fuzzyHits(posting, judge, exact.covered)];
  const title = nullable(input.title, 500);
  const role = checkRole({ title, ...exact.signals });
  return {
    posting: {
      title,
      company: nullable(input.company, 500),
      location: nullable(input.location, 500),
      board: nullable(input.board, 500),
      url: input.url ? input.url.trim().slice(0, 2048) || null : null,
    },
    targetRole: role.targetRole,
    targetRoleReason: role.reason.slice(0, 500),
    skills: aggregate(posting.text, hits),
    language: detectLanguage(posting.text),
    analysisVersion: ANALYSIS_VERSION,
  };
}

function readPosting(input: PostingInput): Posting {
  const raw = input.text.length > MAX_TEXT_CHARS ? input.text.slice(0, MAX_TEXT_CHARS) : input.text;
  const { text, sections, lines } = structureText(raw, input.blocks);
  const tokens = tokenize(text);
  return { text, sections, lines, tokens, matches: matchLexicon(text, tokens) };
}

function nullable(v: string | null | undefined, max: number): string | null {
  if (v == null) return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : null;
}

// ---------------------------------------------------------------------------------------------
// Exact pass

interface Walked {
  /** The matches that ask for their skill. */
  readonly hits: Hit[];
  /** Tokens inside a match (in any section): the fuzzy pass leaves them alone. */
  readonly covered: Uint8Array;
  readonly signals: MatchSignals;
}

/**
 * One walk over the exact matches: each marks its tokens covered and is counted for the role check
 * where it stands (before negation: it tells what the job is about); one outside the company blurb
 * and the benefits that asks for its skill becomes a hit.
 */
function walkMatches(p: Posting, judge: SentenceJudge): Walked {
  const hits: Hit[] = [];
  const covered = new Uint8Array(p.tokens.count);
  const role = new RoleSignalCounter(p.text, p.tokens);
  const settled = new SettledMentions();
  const sectionOf = sectionCursor(p.sections);
  for (let mi = 0; mi < p.matches.length; mi++) {
    const m = p.matches[mi];
    if (!m) continue;
    for (let k = m.firstToken; k < m.lastToken; k++) covered[k] = 1;
    const kind = sectionOf(m.start)?.kind ?? 'other';
    role.add(m, kind);
    if (kind === 'company' || kind === 'benefits') continue;
    const hit = exactHit(p, judge, mi, m, settled);
    if (hit) hits.push(hit);
  }
  return { hits, covered, signals: role.signals() };
}

function exactHit(p: Posting, judge: SentenceJudge, mi: number, m: LexiconMatch, settled: SettledMentions): Hit | null {
  const resolved = resolveEntry(m.entry);
  const mentionEnd = Math.min(m.end, m.start + MAX_MENTION_CHARS);
  if (settled.has(resolved.id, p.text, m.start, mentionEnd)) return null;
  const j = judge.judge(m.start, m.end);
  if (!j.level || !asksForSkill(p, judge, j, mi, resolved.id)) return null;
  if (isNegated(p.text, p.tokens, m.firstToken, m.lastToken)) return null;
  const level = mentionLevel(p.text, p.tokens, m.firstToken, m.lastToken, j.level);
  const mention = p.text.slice(m.start, mentionEnd);
  if (level === 'required' && resolved.match === 'exact') settled.add(resolved.id, mention);
  const label = resolved.match === 'fuzzy' ? m.entry.label : resolved.label;
  return { id: resolved.id, label, kind: kindOf(resolved.id), level, span: j.span, at: m.start, mention, match: resolved.match, score: resolved.score };
}

/** The stricter test of a skill outside the pathway: is match mi, in an asking sentence, really an ask for it? */
function asksForSkill(p: Posting, judge: SentenceJudge, j: Judged, mi: number, id: string): boolean {
  if (kindOf(id) !== 'other') return true;
  // Named only in a role summary it describes the job, team or product; it counts when the
  // posting's requirement or responsibility sections ask for it.
  if (j.summary) return false;
  // An industry or product domain counts only when asked as experience ("background in healthcare").
  if (p.matches[mi]?.entry.needsSkillCue && !judge.hasSkillCue(j)) return false;
  // "Partner with the Security and Legal teams": the teams one works with, not skills one brings.
  return !namesCounterpart(p.text, p.tokens, p.matches, mi);
}


/**
 * The mentions recorded for skills already required by an exact match: another mention in the same
 * words adds nothing, so its sentence, negation and preference work is skipped (repetitive postings
 * stay linear and cheap). A repeated mention is recognised by comparing characters in place, without
 * cutting it out of the text; past a handful of distinct texts (hostile input) a Set takes over.
 */
class SettledMentions {
  private readonly byId = new Map<string, { list: string[]; set: Set<string> | null }>();

  has(id: string, text: string, start: number, end: number): boolean {
    const seen = this.byId.get(id);
    if (!seen) return false;
    if (seen.set) return seen.set.has(text.slice(start, end));
    const len = end - start;
    for (const s of seen.list) if (s.length === len && text.startsWith(s, start)) return true;
    return false;
  }

  add(id: string, mention: string): void {
    const seen = this.byId.get(id);
    if (!seen) this.byId.set(id, { list: [mention], set: null });
    else if (seen.set) seen.set.add(mention);
    else if (!seen.list.includes(mention)) {
      seen.list.push(mention);
      if (seen.list.length > 8) seen.set = new Set(seen.list);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Fuzzy pass

/** Key phrases of requirement lines that the exact pass left uncovered (typos, variants), placed on the pathway. */
function fuzzyHits(p: Posting, judge: SentenceJudge, covered: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  const memo = newFuzzyMemo();
  const sectionOf = sectionCursor(p.sections);
  let queries = 0;
  for (const line of p.lines) {
    if (queries >= MAX_FUZZY_QUERIES) break;
    const len = line.end - line.start;
    if (len < 6 || len > MAX_FUZZY_LINE_CHARS) continue;
    const kind = sectionOf(line.start)?.kind ?? 'other';
    if (kind !== 'required' && kind !== 'preferred' && kind !== 'responsibilities') continue;
    const first = tokenAt(p.tokens, line.start);
    const phrases = keyPhrases(p.text, p.tokens, first, tokenAt(p.tokens, line.end), covered, MAX_FUZZY_QUERIES - queries);
    queries += phrases.length;
    for (const phrase of phrases) {
      const hit = fuzzyHit(p, judge, phrase, memo, line);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

function fuzzyHit(p: Posting, judge: SentenceJudge, kp: KeyPhrase, memo: FuzzyMemo, line: Line): Hit | null {
  const hit = fuzzyMatchPhrase(kp.phrase, undefined, memo);
  if (!hit) return null;
  const at = p.tokens.starts[kp.first] ?? line.start;
  const j = judge.judge(at, p.tokens.ends[kp.last - 1] ?? line.end);
  if (!j.level || isNegated(p.text, p.tokens, kp.first, kp.last)) return null;
  const level = mentionLevel(p.text, p.tokens, kp.first, kp.last, j.level);
  const mention = kp.phrase.slice(0, MAX_MENTION_CHARS);
  return { id: hit.skillId, label: hit.matched, kind: kindOf(hit.skillId), level, span: j.span, at, mention, match: 'fuzzy', score: hit.score };
}
