import type { DetectedSkill, GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { hasSkill } from '../scoring/readiness';

/**
 * Where a skill sits for the user: have it (transferable, learned, known), a pathway gap (a to-learn skill not
 * yet learned, or a transferable skill the user marked "not yet" in the profile), or not covered by the pathway.
 * Same rule as the sidebar's grouping (components/sidebar/groups.ts), so every view puts a skill in one place.
 */
export type Coverage = 'have' | 'roadmap' | 'not-covered';

export function coverageOf(skill: Pick<DetectedSkill, 'id' | 'kind'>, progress: ProgressSnapshot): Coverage {
  if (hasSkill(skill, progress)) return 'have';
  return skill.kind === 'other' ? 'not-covered' : 'roadmap';
}

export const COVERAGE_LABEL: Readonly<Record<Coverage, string>> = {
  have: 'You have it',
  roadmap: 'On your roadmap',
  'not-covered': 'Not covered',
};

export type AskLevel = DetectedSkill['level'];

const levelsMemo = new WeakMap<GapReport, ReadonlyMap<string, AskLevel>>();

/**
 * The level at which one posting asks each skill. A report may list a skill twice (e.g. asked in a
 * required and a preferred section); required wins. Memoised per report object (reports are immutable values, as
 * lib/scoring/score.ts relies on too): the matrix, the demand and the insights each ask it of every posting.
 */
export function levelsOf(report: GapReport): ReadonlyMap<string, AskLevel> {
  const known = levelsMemo.get(report);
  if (known) return known;
  const levels = new Map<string, AskLevel>();
  for (const s of report.skills) {
    if (s.level === 'required' || !levels.has(s.id)) levels.set(s.id, s.level);
  }
  levelsMemo.set(report, levels);
  return levels;
}
