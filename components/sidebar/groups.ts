import type { DetectedSkill } from '../../lib/analysis/gap-report';
import type { Pathway } from '../../lib/pathway/schema';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { hasSkill } from '../../lib/scoring/readiness';
import { importanceOrder } from './pathway-view';

/**
 * Where a skill sits for this user: have (transferable, learned, known), a pathway gap ('roadmap': a to-learn skill
 * not learned yet, or a transferable skill marked "not yet" in the profile), or not in the pathway. The same rule
 * as lib/insights/coverage.ts `coverageOf`.
 */
export type SkillGroup = 'have' | 'roadmap' | 'other';

export function skillGroup(skill: Pick<DetectedSkill, 'id' | 'kind'>, progress: ProgressSnapshot): SkillGroup {
  if (hasSkill(skill, progress)) return 'have';
  return skill.kind === 'other' ? 'other' : 'roadmap';
}

export interface GroupedSkills {
  readonly have: DetectedSkill[];
  readonly roadmap: DetectedSkill[];
  readonly other: DetectedSkill[];
}

const levelRank = (s: DetectedSkill): number => (s.level === 'required' ? 0 : 1);
const kindRank = (s: DetectedSkill): number => (s.kind === 'transferable' ? 0 : s.kind === 'toLearn' ? 1 : 2);

/**
 * Splits the report's skills into the three groups, required before preferred; the roadmap group is
 * then ordered by importance (Critical first; a transferable skill marked "not yet" has none and comes after the
 * skills to learn of its level). Order is otherwise the report's (stable sort).
 */
export function groupSkills(skills: readonly DetectedSkill[], progress: ProgressSnapshot, pathway: Pathway): GroupedSkills {
  const importance = new Map(pathway.skillsToLearn.map((s) => [s.id as string, importanceOrder(s.importance)]));
  const groups: GroupedSkills = { have: [], roadmap: [], other: [] };
  for (const skill of skills) groups[skillGroup(skill, progress)].push(skill);
  groups.have.sort((a, b) => levelRank(a) - levelRank(b) || kindRank(a) - kindRank(b));
  groups.roadmap.sort((a, b) => levelRank(a) - levelRank(b) || (importance.get(a.id) ?? 9) - (importance.get(b.id) ?? 9));
  groups.other.sort((a, b) => levelRank(a) - levelRank(b));
  return groups;
}

/** Required skills outside the pathway the user has not marked known: time to qualify does not count them. */
export function uncoveredRequiredOther(skills: readonly DetectedSkill[], progress: ProgressSnapshot): DetectedSkill[] {
  return skills.filter((s) => s.kind === 'other' && s.level === 'required' && !progress.knownSkills.has(s.id));
}

const ROLE_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bproduct (?:manager|owner|lead|director)\b|\bhead of product\b|\bvp,? product\b/, 'product'],
  [/\bengineering manager\b|\b(?:head|director|vp) of engineering\b/, 'engineering management'],
  [/\bdata scien/, 'data science'],
  [/\b(?:machine learning|ml|ai) (?:engineer|researcher)\b|\bresearch (?:scientist|engineer)\b/, 'ML engineering'],
  [/\bengineer\b|\bdeveloper\b|\barchitect\b|\bsre\b|\bprogrammer\b/, 'engineering'],
  [/\bdesign/, 'design'],
  [/\banalyst\b/, 'analyst'],
  [/\b(?:program|project|delivery) manager\b|\bscrum master\b/, 'non-AI program'],
  [/\bmarketing\b/, 'marketing'],
  [/\bsales\b|\baccount (?:executive|manager)\b/, 'sales'],
  [/\brecruit|\btalent\b/, 'recruiting'],
];

/**
 * A short word for what kind of role a non-target posting is ("product", "engineering"), read off its
 * title for the "Stretch: … role" badge; "different" when the title says nothing recognisable.
 */
export function stretchRoleKind(title: string | null): string {
  const t = (title ?? '').slice(0, 300).toLowerCase();
  for (const [pattern, kind] of ROLE_KINDS) if (pattern.test(t)) return kind;
  return 'different';
}
