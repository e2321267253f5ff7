import type { LexiconEntry } from '../../data/skills-lexicon';
import type { SkillKind } from '../analysis/gap-report';
import { detectLanguage } from '../analysis/language';
import { matchLexicon, type LexiconMatch } from '../analysis/lexicon-matcher';
import { isNegated } from '../analysis/negation';
import { evidenceText, sentenceAround, type Span } from '../analysis/evidence';
import { kindOf, resolveEntry, skillName } from '../analysis/skill-hits';
import { tokenize } from '../analysis/tokenize';
import {
  aboutOtherTeam,
  employerStart,
  hasDomainCue,
  inOtherTeamClause,
  intentAfter,
  intentBefore,
  isIntentLabelLine,
  MAX_CLAUSE_CHARS,
  namesOtherTeam,
  resumeHeading,
  type ResumeSectionKind,
} from './held-judge';

/**
 * The skills a résumé or profile text shows the person HAS, each with the sentence that shows it.
 * The posting analysis's tokenizer and lexicon matcher find the mentions (one lexicon, one matcher);
 * ./held-judge.ts decides, sentence by sentence, whether a mention shows the skill held or only a goal,
 * a plan, studies, an interest, a lack, or another team's work. Pure: no DOM, no storage, no zod.
 */

export interface ResumeSkill {
  /** A pathway skill id (kind transferable/toLearn) or a lexicon id (kind other). */
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  /** The sentence or bullet that shows the skill (bounded, trimmed). */
  readonly evidence: string;
}

export interface ResumeSkills {
  readonly skills: ResumeSkill[];
  /** The text's language (ISO 639-1), or null when too short or mixed to tell. Non-English text yields no skills. */
  readonly language: string | null;
}

/** A résumé is a few pages; anything longer is cut, so hostile input stays bounded. */
export const MAX_RESUME_CHARS = 100_000;
const MAX_SKILLS = 300;

/** Where a lexicon entry lands: its pathway skill (directly, or folded as the posting analysis folds it), else itself. */
function skillOf(entry: LexiconEntry): { id: string; label: string } {
  const { id } = resolveEntry(entry);
  return { id, label: skillName(id, entry.label) };
}

/**
 * Skills whose very subject is dealing with other parties: a mention before a team noun still shows it
 * ("presented to the executive team", "managed vendor teams").
 */
function dealsWithParties(entry: LexiconEntry, id: string): boolean {
  return entry.managesParty === true || id === 'stakeholder-management';
}

/**
 * Per line: whether it states intent (in an intent section, or an intent label line), and where a role
 * header line's employer name begins (absolute offset; Infinity on other lines).
 */
class LineIndex {
  private readonly starts: number[] = [];
  private readonly intent: boolean[] = [];
  private readonly employer: number[] = [];

  constructor(text: string) {
    let section: ResumeSectionKind = 'held';
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const line = end - start <= 200 ? text.slice(start, end) : '';
      const heading = line ? resumeHeading(line) : null;
      if (heading) section = heading;
      this.starts.push(start);
      this.intent.push(!heading && (section === 'intent' || (line !== '' && isIntentLabelLine(line))));
      const cut = line ? employerStart(line) : -1;
      this.employer.push(cut < 0 ? Infinity : start + cut);
      start = end + 1;
    }
  }

  /** Whether the line holding this offset is in an intent section or is an intent label line. */
  intentAt(offset: number): boolean {
    return this.intent[this.lineAt(offset)] ?? false;
  }

  /** Whether the offset falls in the employer's name of a role header line. */
  inEmployerName(offset: number): boolean {
    return offset >= (this.employer[this.lineAt(offset)] ?? Infinity);
  }

  /** Index of the line holding the offset (binary search). */
  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** "I'm a", "it's": a token right after an apostrophe is a contraction's tail, never the start of a skill ("m&a"). */
function startsInContraction(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return c === 39 || c === 0x2019;
}

/** Whether the mention m, in sentence span, shows its skill held. */
function showsHeld(text: string, lines: LineIndex, span: Span, m: LexiconMatch, negated: () => boolean, id: string): boolean {
  if (lines.intentAt(m.start) || lines.inEmployerName(m.start) || startsInContraction(text, m.start)) return false;
  const sentenceStart = Math.max(span.start, m.start - MAX_CLAUSE_CHARS);
  const before = text.slice(sentenceStart, m.start);
  const after = text.slice(m.end, Math.min(span.end, m.end + 120));
  if (intentBefore(before) || intentAfter(after) || inOtherTeamClause(before)) return false;
  if (!dealsWithParties(m.entry, id) && namesOtherTeam(before, after)) return false;
  if (aboutOtherTeam(text.slice(span.start, m.start), after)) return false;
  const sentence = text.slice(span.start, Math.min(span.end, span.start + MAX_CLAUSE_CHARS));
  // An industry or product domain counts as the person's field only when the sentence says so ("six years in fintech").
  if (m.entry.needsSkillCue && !hasDomainCue(sentence)) return false;
  return !negated();
}

/**
 * A title or heading line ("Senior Backend Engineer, ML Platform — Seattle, WA"): it can show a skill, but the user
 * confirms better from a sentence, so a later sentence showing the same skill is its evidence. Title case all
 * through: fewer than two lower-case words of three letters or more.
 */
function isTitleLine(evidence: string): boolean {
  let lower = 0;
  for (const word of evidence.slice(0, 300).split(/[\s,;:()/|—–-]+/)) if (/^[a-z]{3,}/.test(word) && ++lower >= 2) return false;
  return true;
}

export function detectResumeSkills(input: string): ResumeSkills {
  const text = (input.length > MAX_RESUME_CHARS ? input.slice(0, MAX_RESUME_CHARS) : input).replace(/\r\n?/g, '\n');
  const language = detectLanguage(text);
  if (language !== null && language !== 'en') return { skills: [], language };
  const tokens = tokenize(text);
  const matches = matchLexicon(text, tokens);
  const lines = new LineIndex(text);
  const found = new Map<string, ResumeSkill>();
  // Skills whose evidence so far is a title line: a later sentence that shows the skill replaces it.
  const weak = new Set<string>();
  let lastSpan: Span | null = null;
  for (const m of matches) {
    const { id, label } = skillOf(m.entry);
    if (found.has(id) && !weak.has(id)) continue;
    if (!found.has(id) && found.size >= MAX_SKILLS) break;
    const span: Span = lastSpan && m.start >= lastSpan.start && m.end <= lastSpan.end ? lastSpan : sentenceAround(text, m.start, m.end);
    lastSpan = span;
    if (!showsHeld(text, lines, span, m, () => isNegated(text, tokens, m.firstToken, m.lastToken), id)) continue;
    const evidence = evidenceText(text, span, m.start);
    if (weak.has(id) && isTitleLine(evidence)) continue;
    found.set(id, { id, label, kind: kindOf(id), evidence });
    if (isTitleLine(evidence)) weak.add(id);
    else weak.delete(id);
  }
  const order: Record<SkillKind, number> = { transferable: 0, toLearn: 1, other: 2 };
  // Stable: within a kind, skills keep the order the text shows them in.
  const skills = [...found.values()].sort((a, b) => order[a.kind] - order[b.kind]);
  return { skills, language };
}
