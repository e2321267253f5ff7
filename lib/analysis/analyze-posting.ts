import type { DetectedSkill, GapReport, SkillKind, SkillLevel } from './gap-report';
import { TO_LEARN_SKILL_IDS, TRANSFERABLE_SKILL_IDS } from '../pathway/ids';
import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import { structureText, sectionAt, type PostingBlock, type Section, type SectionKind } from './sections';
import { tokenize, WordSet, type Tokens } from './tokenize';
import { matchLexicon, type LexiconMatch } from './lexicon-matcher';
import { foldToPathway, fuzzyMatchPhrase, keyPhrases, newFuzzyMemo } from './pathway-fuzzy';
import { isInlinePreferred, isNegated, negatedLinePrefix } from './negation';
import { evidenceText, sentenceAround, type Span } from './evidence';
import { checkRole } from './role-check';

/** Bumped whenever the lexicon or the rules change, so saved postings know to re-analyse. */
export const ANALYSIS_VERSION = '1.1.0';

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
const MAX_SKILLS = 500;
const MAX_MENTIONS = 20;

const TRANSFERABLE = new Set<string>(TRANSFERABLE_SKILL_IDS);
const TO_LEARN = new Set<string>(TO_LEARN_SKILL_IDS);
const PATHWAY_NAMES = new Map<string, string>(skillsLexicon.filter((e) => e.pathwaySkillId === e.id).map((e) => [e.id, e.label]));

interface Hit {
  id: string;
  label: string;
  kind: SkillKind;
  level: SkillLevel;
  /** Evidence is cut from the text only for the mention the report keeps (see aggregate). */
  span: Span;
  at: number;
  mention: string;
  match: 'exact' | 'fuzzy';
  score: number;
}

/** Words that show a sentence in an unclassified section is about the candidate, not the company. */
const CANDIDATE_WORDS = new WordSet([
  'you', 'your', 'yourself', 'candidate', 'candidates', 'applicant', 'experience', 'experienced', 'ability', 'able',
  'proficiency', 'proficient', 'familiarity', 'familiar', 'knowledge', 'understanding', 'skills', 'skilled', 'expertise',
  'expert', 'must', 'required', 'degree', 'background', 'proven', 'demonstrated', 'll', 'responsible', 'manager',
  'role', 'position', 'incumbent', 'individual', 'tpm', 'qualifications', 'requirements',
]);
/** Company voice: "we build", "our team", unless the sentence also addresses the candidate. */
const COMPANY_WORDS = new WordSet(['we', 'our', 'us', 'ours']);
/** Duties written as bare imperatives ("Lead end-to-end delivery …") address the candidate. */
const DUTY_VERBS = new WordSet([
  'lead', 'leads', 'drive', 'drives', 'manage', 'manages', 'coordinate', 'coordinates', 'support', 'supports', 'ensure',
  'ensures', 'partner', 'partners', 'own', 'owns', 'oversee', 'oversees', 'deliver', 'delivers', 'develop', 'develops',
  'build', 'builds', 'define', 'defines', 'establish', 'establishes', 'navigate', 'track', 'tracks', 'create',
  'maintain', 'identify', 'facilitate', 'communicate', 'collaborate', 'plan', 'execute', 'implement', 'monitor',
  'report', 'prepare', 'review', 'serve', 'act', 'provide', 'design', 'run', 'champion', 'influence', 'align',
  'guide', 'translate', 'evaluate', 'assess', 'conduct', 'advise', 'work', 'works',
]);

/**
 * Words that ask for a domain as the candidate's own experience: a lexicon entry with needsSkillCue
 * counts only in a sentence with one of them ("experience in healthcare", "knowledge of clinical workflows").
 */
const SKILL_CUES = new WordSet([
  'experience', 'experienced', 'knowledge', 'knowledgeable', 'background', 'backgrounds', 'familiarity', 'familiar',
  'expertise', 'expert', 'understanding', 'proficiency', 'proficient', 'exposure', 'fluency', 'fluent', 'skills',
  'skilled', 'degree', 'worked', 'versed', 'grounding',
]);
/** Nouns that turn a list of skill words into the teams one works with ("the Security, Legal and Sales teams"). */
const COUNTERPARTS = new WordSet([
  'team', 'teams', 'partners', 'org', 'orgs', 'organization', 'organizations', 'organisation',
  'organisations', 'function', 'functions', 'colleagues', 'counterparts', 'leaders', 'stakeholders', 'engineers',
  'groups', 'department', 'departments', 'squads', 'peers',
]);
/** Words that may sit inside such a list ("legal, policy, and other cross-functional partners"). */
const LIST_GLUE = new WordSet(['and', 'or', 'other', 'the', 'our', 'your', 'related', 'relevant', 'internal', 'external', 'cross', 'functional', 'key', 'adjacent', 'respective']);
/** How far past a match the counterpart noun of its list is looked for. */
const MAX_LIST_TOKENS = 8;

/** Whether a sentence has a skill cue (bounded: a sentence span is at most ~2 × SENTENCE_WINDOW chars). */
function hasSkillCue(tokens: Tokens, span: Span): boolean {
  const end = tokenAt(tokens, span.end);
  for (let k = tokenAt(tokens, span.start); k < end; k++) if (SKILL_CUES.hasToken(tokens, k)) return true;
  return false;
}

/**
 * What separates the items of a list of names: spaces, commas, slashes, ampersands, or a lone hyphen
 * inside a word ("cross-functional"). A spaced dash or any other punctuation ends the list.
 */
function isListGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  if (to - from === 1 && text.charCodeAt(from) === 45) return true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 44 && c !== 47 && c !== 38 && c !== 0xa0) return false;
  }
  return true;
}
/** Skills of managing the very parties a counterpart noun names ("manage vendor teams", "build partner teams"). */
const PARTY_SKILL_IDS = new Set([
  'vendor-management', 'data-labeling-vendors', 'contract-management', 'partnerships', 'customer-success',
  'enterprise-customers', 'people-management', 'team-leadership', 'hiring', 'mentoring', 'community-management',
]);

/**
 * Whether match mi names a team or function the candidate works with, not a skill: it heads a list
 * of names ending in a counterpart noun ("Security teams", "legal, policy, and other cross-functional
 * partners", "BD/Sales teams"). The list may hold other matches, capitalised names and LIST_GLUE words,
 * joined by list punctuation only. Bounded: at most MAX_LIST_TOKENS tokens after the match.
 */
function namesCounterpart(text: string, tokens: Tokens, matches: readonly LexiconMatch[], mi: number): boolean {
  const m = matches[mi];
  if (!m) return false;
  let next = mi + 1;
  const limit = Math.min(tokens.count, m.lastToken + MAX_LIST_TOKENS);
  for (let k = m.lastToken; k < limit; k++) {
    if (!isListGap(text, tokens.ends[k - 1] ?? 0, tokens.starts[k] ?? 0)) return false;
    if (COUNTERPARTS.hasToken(tokens, k)) return true;
    while ((matches[next]?.lastToken ?? Infinity) <= k) next++;
    const inMatch = (matches[next]?.firstToken ?? Infinity) <= k;
    const first = text.charCodeAt(tokens.starts[k] ?? 0);
    if (!inMatch && !LIST_GLUE.hasToken(tokens, k) && !(first >= 65 && first <= 90)) return false;
  }
  return false;
}

function kindOf(id: string): SkillKind {
  if (TRANSFERABLE.has(id)) return 'transferable';
  if (TO_LEARN.has(id)) return 'toLearn';
  return 'other';
}

function nullable(v: string | null | undefined, max: number): string | null {
  if (v == null) return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : null;
}

/** First token index whose start is ≥ offset. */
function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In an unclassified section: does this sentence speak of the candidate or their duties, not the company? */
function candidateDirected(tokens: Tokens, span: Span): boolean {
  const first = tokenAt(tokens, span.start);
  const end = tokenAt(tokens, span.end);
  let company = false;
  for (let k = first; k < end; k++) {
    if (CANDIDATE_WORDS.hasToken(tokens, k)) return true;
    if (COMPANY_WORDS.hasToken(tokens, k)) company = true;
  }
  return !company && DUTY_VERBS.hasToken(tokens, first);
}

function levelOf(kind: SectionKind): SkillLevel | null {
  if (kind === 'company' || kind === 'benefits') return null;
  return kind === 'preferred' ? 'preferred' : 'required';
}

interface Resolved {
  readonly id: string;
  readonly label: string;
  readonly match: 'exact' | 'fuzzy';
  readonly score: number;
}

/** Where a lexicon entry lands on the pathway: worked out once per entry (it depends on the entry only). */
const resolvedEntries = new WeakMap<LexiconEntry, Resolved>();
function resolveEntry(entry: LexiconEntry): Resolved {
  let r = resolvedEntries.get(entry);
  if (r) return r;
  if (entry.pathwaySkillId) r = { id: entry.pathwaySkillId, label: entry.label, match: 'exact', score: 1 };
  else {
    const folded = foldToPathway(entry);
    r = folded
      ? { id: folded.skillId, label: folded.matched, match: 'fuzzy', score: folded.score }
      : { id: entry.id, label: entry.label, match: 'exact', score: 1 };
  }
  resolvedEntries.set(entry, r);
  return r;
}

/** Whether text[start, end) is the bare letters "AI" (any case), as opposed to a machine-learning phrase. */
function isBareAi(text: string, start: number, end: number): boolean {
  return end - start === 2 && (text.charCodeAt(start) | 0x20) === 97 && (text.charCodeAt(start + 1) | 0x20) === 105;
}

/**
 * The mention texts already recorded for a skill, tested against the posting in place: a repeated
 * mention is recognised by comparing characters, without cutting it out of the text or hashing it.
 * Past a handful of distinct texts (hostile input) a Set takes over, so a test stays O(1).
 */
class MentionSet {
  private readonly list: string[];
  private set: Set<string> | null = null;
  constructor(first: string) {
    this.list = [first];
  }
  hasAt(text: string, start: number, end: number): boolean {
    if (this.set) return this.set.has(text.slice(start, end));
    const len = end - start;
    for (const s of this.list) if (s.length === len && text.startsWith(s, start)) return true;
    return false;
  }
  add(mention: string): void {
    if (this.set) {
      this.set.add(mention);
      return;
    }
    if (!this.list.includes(mention)) this.list.push(mention);
    if (this.list.length > 8) this.set = new Set(this.list);
  }
}

const AI_ROLE_ENTRY_IDS = new Set(['ai-ml-fundamentals', 'gpu-clusters', 'edge-ai', 'pytorch', 'tensorflow', 'jax', 'hugging-face', 'langchain', 'mlperf-evaluation', 'data-labeling-vendors']);
const AI_RISK_AI_WORDS = /\b(ai|ml|model|models|responsible|safety|fairness|bias|ethic|ethical|ethics|safeguards|misuse|harms)\b/i;
const OTHER_DOMAIN_IDS = new Set(['hr-operations', 'talent-management', 'construction-management', 'facilities', 'energy-power', 'agriculture', 'data-center-operations']);

/**
 * Sentences that are pay/benefits/legal boilerplate or the company's mission, wherever they sit:
 * they do not ask anything of the candidate ("interest in our mission to build safe AI").
 */
const BOILERPLATE = /\b(?:mission|salary|compensation|pay range|base pay|benefits package|equity|401k|paid time off|equal opportunity|sponsor visas?|visa sponsorship|on target earnings|commissions?)\b/i;

function squashLine(s: string): string {
  return s.length > 400 ? '' : s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

interface Judged {
  section: Section | undefined;
  level: SkillLevel | null;
  span: Span;
  /** In a role summary (or the prose before the first heading) of a posting that lists its asks elsewhere. */
  summary: boolean;
  /** Whether the sentence has a skill cue (worked out on first need). */
  cue: boolean | null;
}

export function analyzePosting(input: PostingInput): GapReport {
  const raw = input.text.length > MAX_TEXT_CHARS ? input.text.slice(0, MAX_TEXT_CHARS) : input.text;
  const structured = structureText(raw, input.blocks);
  const text = structured.text;
  const { sections } = structured;
  // A posting with requirement / responsibility sections states its asks there; its role summary and
  // the prose before the first heading describe the job, team and products (weaker evidence).
  const listsAsks = sections.some((s) => s.kind === 'required' || s.kind === 'responsibilities' || s.kind === 'preferred');
  const lead = sections[0];
  const tokens = tokenize(text);
  const matches = matchLexicon(text, tokens);
  const covered = new Uint8Array(tokens.count);
  const hits: Hit[] = [];

  let roleAi = 0;
  let roleMl = 0;
  let companyAi = 0;
  let otherDomain = 0;
  let agriculture = 0;
  const domains = new Set<string>();

  // The title repeated as a line of the body names the job, it does not ask for anything.
  const titleKey = input.title ? squashLine(input.title.slice(0, 300)) : '';

  // One sentence span is shared by all the matches inside it (matches come in text order).
  let span: Span = { start: -1, end: -1 };
  let spanVerdict: Judged | null = null;
  const judge = (start: number, end: number): Judged => {
    if (spanVerdict && start >= span.start && end <= span.end) return spanVerdict;
    span = sentenceAround(text, start, end);
    const section = sectionAt(sections, start);
    const summary = listsAsks && (section?.kind === 'summary' || (section === lead && section?.heading === null && section.kind === 'other'));
    let level = levelOf(section?.kind ?? 'other');
    // Unclassified text and role summaries count only where they speak of the candidate or their duties.
    if (level && (section?.kind === 'other' || section?.kind === 'summary') && !candidateDirected(tokens, span)) level = null;
    if (level && titleKey && Math.abs(span.end - span.start - titleKey.length) < 12 && squashLine(text.slice(span.start, span.end)) === titleKey) level = null;
    if (level && BOILERPLATE.test(text.slice(span.start, Math.min(span.end, span.start + 600)))) level = null;
    if (level && negatedLinePrefix(text.slice(span.start, Math.min(span.end, span.start + 40)))) level = null;
    spanVerdict = { section, level, span, summary, cue: null };
    return spanVerdict;
  };

  // A mention adds nothing once its skill is required and the same words were already recorded:
  // skip the sentence, negation and preference work for it (repetitive postings stay linear and cheap).
  const settled = new Map<string, MentionSet>();

  // Matches come in text order: the section containing each is found by a forward cursor.
  let si = 0;
  for (let mi = 0; mi < matches.length; mi++) {
    const m = matches[mi];
    if (!m) continue;
    for (let k = m.firstToken; k < m.lastToken; k++) covered[k] = 1;
    const entryId = m.entry.id;
    while (si + 1 < sections.length && (sections[si + 1]?.start ?? Infinity) <= m.start) si++;
    const sectionKind = sections[si]?.kind ?? 'other';
    const mentionEnd = Math.min(m.end, m.start + 120);
    // Role signals: counted on where the words are, before negation (it is what the job is about).
    if (sectionKind === 'company') {
      if (entryId === 'ai-ml-fundamentals') companyAi++;
    } else if (sectionKind !== 'benefits') {
      if (AI_ROLE_ENTRY_IDS.has(entryId) || (entryId === 'ai-risk-management' && AI_RISK_AI_WORDS.test(text.slice(m.start, mentionEnd)))) {
        roleAi++;
        if (!isBareAi(text, m.start, mentionEnd)) roleMl++;
      }
      if (OTHER_DOMAIN_IDS.has(entryId)) {
        otherDomain++;
        domains.add(m.entry.label);
        if (entryId === 'agriculture') agriculture++;
      }
    }
    if (sectionKind === 'company' || sectionKind === 'benefits') continue;
    const resolved = resolveEntry(m.entry);
    if (settled.get(resolved.id)?.hasAt(text, m.start, mentionEnd)) continue;
    const mention = text.slice(m.start, mentionEnd);
    const j = judge(m.start, m.end);
    if (!j.level) continue;
    // A non-pathway skill named only in a role summary describes the job, team or product; it counts
    // when the posting's requirement or responsibility sections ask for it.
    if (kindOf(resolved.id) === 'other') {
      if (j.summary) continue;
      // An industry or product domain counts only when asked as experience ("background in healthcare").
      if (m.entry.needsSkillCue && !(j.cue ??= hasSkillCue(tokens, j.span))) continue;
      // "Partner with the Security and Legal teams": the teams one works with, not skills one brings.
      if (!PARTY_SKILL_IDS.has(resolved.id) && namesCounterpart(text, tokens, matches, mi)) continue;
    }
    if (isNegated(text, tokens, m.firstToken, m.lastToken)) continue;
    const level: SkillLevel = j.level === 'required' && isInlinePreferred(text, tokens, m.firstToken, m.lastToken) ? 'preferred' : j.level;
    if (level === 'required' && resolved.match === 'exact') {
      const seen = settled.get(resolved.id);
      if (seen) seen.add(mention);
      else settled.set(resolved.id, new MentionSet(mention));
    }
    hits.push({
      id: resolved.id,
      label: resolved.match === 'fuzzy' ? m.entry.label : resolved.label,
      kind: kindOf(resolved.id),
      level,
      span: j.span,
      at: m.start,
      mention,
      match: resolved.match,
      score: resolved.score,
    });
  }

  // Fuzzy pass: requirement lines' key phrases the exact pass left uncovered (typos, variants).
  let queries = 0;
  const memo = newFuzzyMemo();
  let li = 0;
  for (const line of structured.lines) {
    if (queries >= MAX_FUZZY_QUERIES) break;
    const len = line.end - line.start;
    if (len < 6 || len > MAX_FUZZY_LINE_CHARS) continue;
    while (li + 1 < sections.length && (sections[li + 1]?.start ?? Infinity) <= line.start) li++;
    const kind = sections[li]?.kind ?? 'other';
    if (kind !== 'required' && kind !== 'preferred' && kind !== 'responsibilities') continue;
    const first = tokenAt(tokens, line.start);
    const last = tokenAt(tokens, line.end);
    for (const p of keyPhrases(text, tokens, first, last, covered, MAX_FUZZY_QUERIES - queries)) {
      queries++;
      const hit = fuzzyMatchPhrase(p.phrase, undefined, memo);
      if (!hit) continue;
      const s = tokens.starts[p.first] ?? line.start;
      const e = tokens.ends[p.last - 1] ?? line.end;
      const j = judge(s, e);
      if (!j.level || isNegated(text, tokens, p.first, p.last)) continue;
      const level: SkillLevel = j.level === 'required' && isInlinePreferred(text, tokens, p.first, p.last) ? 'preferred' : j.level;
      hits.push({
        id: hit.skillId,
        label: hit.matched,
        kind: kindOf(hit.skillId),
        level,
        span: j.span,
        at: s,
        mention: p.phrase.slice(0, 120),
        match: 'fuzzy',
        score: hit.score,
      });
    }
  }

  const role = checkRole({
    title: nullable(input.title, 500),
    roleAiCues: roleAi,
    roleMlCues: roleMl,
    companyAiCues: companyAi,
    otherDomainCues: otherDomain,
    otherDomains: [...domains],
    agricultureCues: agriculture,
  });

  return {
    posting: {
      title: nullable(input.title, 500),
      company: nullable(input.company, 500),
      location: nullable(input.location, 500),
      board: nullable(input.board, 500),
      url: input.url ? input.url.trim().slice(0, 2048) || null : null,
    },
    targetRole: role.targetRole,
    targetRoleReason: role.reason.slice(0, 500),
    skills: aggregate(text, hits),
    analysisVersion: ANALYSIS_VERSION,
  };
}

/** One skill per id: required wins, exact wins over fuzzy, evidence from the first mention at the winning level. */
function aggregate(text: string, hits: readonly Hit[]): DetectedSkill[] {
  const byId = new Map<string, DetectedSkill & { mentions: string[] }>();
  // Evidence is cut and cleaned once per skill, from the hit that finally supplies it.
  const evidenceHit = new Map<string, Hit>();
  for (const h of hits) {
    const cur = byId.get(h.id);
    if (!cur) {
      if (byId.size >= MAX_SKILLS) continue;
      byId.set(h.id, {
        id: h.id,
        label: (PATHWAY_NAMES.get(h.id) ?? h.label).slice(0, 120),
        kind: h.kind,
        level: h.level,
        evidence: '',
        mentions: [h.mention],
        match: h.match,
        score: h.score,
      });
      evidenceHit.set(h.id, h);
      continue;
    }
    if (cur.level === 'preferred' && h.level === 'required') {
      cur.level = 'required';
      evidenceHit.set(h.id, h);
    }
    if (h.match === 'exact' && cur.match === 'fuzzy') {
      cur.match = 'exact';
      cur.score = 1;
    } else if (h.match === cur.match) cur.score = Math.max(cur.score, h.score);
    if (cur.mentions.length < MAX_MENTIONS && !cur.mentions.includes(h.mention)) cur.mentions.push(h.mention);
  }
  for (const skill of byId.values()) {
    const h = evidenceHit.get(skill.id);
    if (h) skill.evidence = evidenceText(text, h.span, h.at);
  }
  return [...byId.values()];
}
