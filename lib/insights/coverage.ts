import type { DetectedSkill, GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { hasSkill } from '../scoring/readiness';

/**
 * Where a skill sits for the user: have it (transferable, learned, known), on the roadmap (a to-learn
 * skill not yet learned), or not covered by the pathway. Same rule as the sidebar's grouping.
 */
export type Coverage = 'have' | 'roadmap' | 'not-covered';

export function coverageOf(skill: Pick<DetectedSkill, 'id' | 'kind'>, progress: ProgressSnapshot): Coverage {
  if (hasSkill(skill, progress)) return 'have';
  return skill.kind === 'toLearn' ? 'roadmap' : 'not-covered';
}

export const COVERAGE_LABEL: Readonly<Record<Coverage, string>> = {
  have: 'You have it',
  roadmap: 'On your roadmap',
  'not-covered': 'Not covered',
};

export type AskLevel = DetectedSkill['level'];

/**
 * The level at which one posting asks each skill. A report may list a skill twice (e.g. asked in a
 * required and a preferred section); required wins.
 */
export function levelsOf(report: GapReport): Map<string, AskLevel> {
  const levels = new Map<string, AskLevel>();
  for (const s of report.skills) {
    if (s.level === 'required' || !levels.has(s.id)) levels.set(s.id, s.level);
  }
  return levels;
}
