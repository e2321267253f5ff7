import type { GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from './progress-snapshot';

/**
 * Readiness: the weighted share of the posting's skills the user has (required weight 2,
 * preferred 1). "Have" = transferable skills the user did not mark "not yet", to-learn skills marked learned,
 * other skills marked known.
 */
export const REQUIRED_WEIGHT = 2;
export const PREFERRED_WEIGHT = 1;

export interface ReadinessExplanation {
  readonly requiredCovered: number;
  readonly requiredTotal: number;
  readonly preferredCovered: number;
  readonly preferredTotal: number;
  readonly text: string;
}

export interface Readiness {
  /** Integer 0..100. */
  readonly readiness: number;
  readonly explanation: ReadinessExplanation;
}

/**
 * The one rule for "you have it": transferable skills unless marked "not yet" in the profile, to-learn skills
 * marked learned ("learning" is still a gap), other skills marked known.
 */
export function hasSkill(skill: Pick<GapReport['skills'][number], 'id' | 'kind'>, progress: ProgressSnapshot): boolean {
  if (skill.kind === 'transferable') return !progress.lackingSkills.has(skill.id);
  if (skill.kind === 'toLearn') return progress.learnedSkills.has(skill.id);
  return progress.knownSkills.has(skill.id);
}

export function readiness(report: GapReport, progress: ProgressSnapshot): Readiness {
  let requiredCovered = 0;
  let requiredTotal = 0;
  let preferredCovered = 0;
  let preferredTotal = 0;
  for (const s of report.skills) {
    const have = hasSkill(s, progress);
    if (s.level === 'required') {
      requiredTotal++;
      if (have) requiredCovered++;
    } else {
      preferredTotal++;
      if (have) preferredCovered++;
    }
  }
  const total = REQUIRED_WEIGHT * requiredTotal + PREFERRED_WEIGHT * preferredTotal;
  const covered = REQUIRED_WEIGHT * requiredCovered + PREFERRED_WEIGHT * preferredCovered;
  const score = total === 0 ? 0 : Math.round((100 * covered) / total);
  const text =
    total === 0
      ? 'No skills were detected in this posting, so readiness cannot be measured (0).'
      : `You have ${requiredCovered} of ${requiredTotal} required and ${preferredCovered} of ${preferredTotal} preferred skills; ` +
        `required count double: (2×${requiredCovered} + ${preferredCovered}) / (2×${requiredTotal} + ${preferredTotal}) = ${score}%.`;
  return {
    readiness: Math.max(0, Math.min(100, score)),
    explanation: { requiredCovered, requiredTotal, preferredCovered, preferredTotal, text },
  };
}
