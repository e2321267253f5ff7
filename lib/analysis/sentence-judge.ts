import type { SkillLevel } from './gap-report';
import { sentenceAround, type Span } from './evidence';
import { negatedLinePrefix } from './negation';
import { sectionAt, type Section, type SectionKind } from './sections';
import { tokenAt, WordSet, type Tokens } from './tokenize';

/**
 * Does the sentence around a mention ask something of the candidate, and at which level? Decided
 * once per sentence: by its section, by whom it speaks of, and by what kind of sentence it is.
 */

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
/**
 * Sentences that are pay/benefits/legal boilerplate or the company's mission, wherever they sit:
 * they do not ask anything of the candidate ("interest in our mission to build safe AI").
 */
const BOILERPLATE = /\b(?:mission|salary|compensation|pay range|base pay|benefits package|equity|401k|paid time off|equal opportunity|sponsor visas?|visa sponsorship|on target earnings|commissions?)\b/i;

export interface Judged {
  /** The level the sentence asks at, or null when it asks nothing of the candidate. */
  readonly level: SkillLevel | null;
  readonly span: Span;
  /** In a role summary (or the prose before the first heading) of a posting that lists its asks elsewhere. */
  readonly summary: boolean;
  /** Whether the sentence has a skill cue (worked out on first need, by hasSkillCue). */
  cue: boolean | null;
}

function levelOf(kind: SectionKind): SkillLevel | null {
  if (kind === 'company' || kind === 'benefits') return null;
  return kind === 'preferred' ? 'preferred' : 'required';
}

function squashLine(s: string): string {
  return s.length > 400 ? '' : s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
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

export class SentenceJudge {
  /** A posting with requirement / responsibility sections states its asks there; its role summary and
   * the prose before the first heading describe the job, team and products (weaker evidence). */
  private readonly listsAsks: boolean;
  /** The title repeated as a line of the body names the job, it does not ask for anything. */
  private readonly titleKey: string;
  /** The last verdict: one sentence is shared by all the mentions inside it (they are judged in text order). */
  private last: Judged | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly sections: readonly Section[],
    title: string | null | undefined,
  ) {
    this.listsAsks = sections.some((s) => s.kind === 'required' || s.kind === 'responsibilities' || s.kind === 'preferred');
    this.titleKey = title ? squashLine(title.slice(0, 300)) : '';
  }

  /** The verdict on the sentence around text[start, end). */
  judge(start: number, end: number): Judged {
    const last = this.last;
    if (last && start >= last.span.start && end <= last.span.end) return last;
    const span = sentenceAround(this.text, start, end);
    const section = sectionAt(this.sections, start);
    const summary = this.listsAsks && (section?.kind === 'summary' || (section === this.sections[0] && section?.heading === null && section.kind === 'other'));
    const sectionLevel = levelOf(section?.kind ?? 'other');
    const level = sectionLevel && this.asks(section, span) ? sectionLevel : null;
    this.last = { level, span, summary, cue: null };
    return this.last;
  }

  /** Whether the sentence has a skill cue (bounded: a sentence span is at most ~2 × SENTENCE_WINDOW chars, see evidence.ts). */
  hasSkillCue(j: Judged): boolean {
    if (j.cue !== null) return j.cue;
    const end = tokenAt(this.tokens, j.span.end);
    j.cue = false;
    for (let k = tokenAt(this.tokens, j.span.start); k < end && !j.cue; k++) j.cue = SKILL_CUES.hasToken(this.tokens, k);
    return j.cue;
  }

  /** Whether a sentence of a section that can ask (not the company blurb or benefits) asks anything. */
  private asks(section: Section | undefined, span: Span): boolean {
    const kind = section?.kind ?? 'other';
    const { text, titleKey } = this;
    // Unclassified text and role summaries count only where they speak of the candidate or their duties.
    if ((kind === 'other' || kind === 'summary') && !candidateDirected(this.tokens, span)) return false;
    if (titleKey && Math.abs(span.end - span.start - titleKey.length) < 12 && squashLine(text.slice(span.start, span.end)) === titleKey) return false;
    if (BOILERPLATE.test(text.slice(span.start, Math.min(span.end, span.start + 600)))) return false;
    return !negatedLinePrefix(text.slice(span.start, Math.min(span.end, span.start + 40)));
  }
}
