import type { DetectedSkill, SkillKind, SkillLevel } from './gap-report';
import { TO_LEARN_SKILL_IDS, TRANSFERABLE_SKILL_IDS } from '../pathway/ids';
import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import { foldToPathway } from './pathway-fuzzy';
import { evidenceText, type Span } from './evidence';
import { isInlinePreferred } from './negation';
import type { Tokens } from './tokenize';

/** One mention that asks for a skill; aggregate() folds a posting's hits into one DetectedSkill per skill. */
export interface Hit {
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

/** Caps that keep hostile pages bounded; real postings are far below them. */
const MAX_SKILLS = 500;
const MAX_MENTIONS = 20;

const TRANSFERABLE = new Set<string>(TRANSFERABLE_SKILL_IDS);
const TO_LEARN = new Set<string>(TO_LEARN_SKILL_IDS);
const PATHWAY_NAMES = new Map<string, string>(skillsLexicon.filter((e) => e.pathwaySkillId === e.id).map((e) => [e.id, e.label]));

export interface Resolved {
  readonly id: string;
  readonly label: string;
  readonly match: 'exact' | 'fuzzy';
  readonly score: number;
}

/** Where a lexicon entry lands on the pathway: worked out once per entry (it depends on the entry only). */
const resolvedEntries = new WeakMap<LexiconEntry, Resolved>();
export function resolveEntry(entry: LexiconEntry): Resolved {
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

/** The pathway's own name for a pathway skill id; `fallback` for other skills. */
export function skillName(id: string, fallback: string): string {
  return PATHWAY_NAMES.get(id) ?? fallback;
}

export function kindOf(id: string): SkillKind {
  if (TRANSFERABLE.has(id)) return 'transferable';
  if (TO_LEARN.has(id)) return 'toLearn';
  return 'other';
}

/** The sentence's level, lowered to preferred by an inline qualifier of the mention ("PMP a plus"). */
export function mentionLevel(text: string, tokens: Tokens, first: number, last: number, sentence: SkillLevel): SkillLevel {
  return sentence === 'required' && isInlinePreferred(text, tokens, first, last) ? 'preferred' : sentence;
}

type Aggregated = DetectedSkill & { mentions: string[] };

/** One skill per id: required wins, exact wins over fuzzy, evidence from the first mention at the winning level. */
export function aggregate(text: string, hits: readonly Hit[]): DetectedSkill[] {
  const byId = new Map<string, Aggregated>();
  // Evidence is cut and cleaned once per skill, from the hit that finally supplies it.
  const evidenceHit = new Map<string, Hit>();
  for (const h of hits) {
    const cur = byId.get(h.id);
    if (cur) {
      if (merge(cur, h)) evidenceHit.set(h.id, h);
    } else if (byId.size < MAX_SKILLS) {
      const label = skillName(h.id, h.label).slice(0, 120);
      byId.set(h.id, { id: h.id, label, kind: h.kind, level: h.level, evidence: '', mentions: [h.mention], match: h.match, score: h.score });
      evidenceHit.set(h.id, h);
    }
  }
  for (const skill of byId.values()) {
    const h = evidenceHit.get(skill.id);
    if (h) skill.evidence = evidenceText(text, h.span, h.at);
  }
  return [...byId.values()];
}

/** Folds a further hit into its skill; true when the hit raises the skill to required (and so supplies the evidence). */
function merge(cur: Aggregated, h: Hit): boolean {
  const raised = cur.level === 'preferred' && h.level === 'required';
  if (raised) cur.level = 'required';
  if (h.match === 'exact' && cur.match === 'fuzzy') {
    cur.match = 'exact';
    cur.score = 1;
  } else if (h.match === cur.match) cur.score = Math.max(cur.score, h.score);
  if (cur.mentions.length < MAX_MENTIONS && !cur.mentions.includes(h.mention)) cur.mentions.push(h.mention);
  return raised;
}
