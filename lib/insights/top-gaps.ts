import { pathway as bundledPathway } from '../../data/pathway';
import type { GapReport, SkillKind, SkillLevel } from '../analysis/gap-report';
import type { Pathway } from '../pathway/schema';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { coverageOf, type Coverage } from './coverage';

export interface TopGap {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly level: SkillLevel;
  readonly coverage: Exclude<Coverage, 'have'>;
  /**
   * Weeks of study: the pathway's for a skill to learn, the user's own estimate for a transferable skill marked
   * "not yet" (null without one), null for skills the pathway does not cover.
   */
  readonly weeks: number | null;
}

/**
 * The gaps that matter most in one posting: skills it asks that the user does not have, required before
 * preferred, pathway gaps (skills to learn, with a known effort, and transferable skills marked "not yet") before
 * uncovered ones, shorter first (a gap without an estimate last of its kind).
 */
export function topGaps(report: GapReport, progress: ProgressSnapshot, limit = 3, pathway: Pathway = bundledPathway): TopGap[] {
  const weeks = new Map(pathway.skillsToLearn.map((s) => [s.id as string, s.weeks]));
  const names = new Map([...pathway.transferableSkills, ...pathway.skillsToLearn].map((s) => [s.id as string, s.name]));
  const seen = new Map<string, TopGap>();
  for (const s of report.skills) {
    const coverage = coverageOf(s, progress);
    if (coverage === 'have') continue;
    const existing = seen.get(s.id);
    if (existing && (existing.level === 'required' || s.level === 'preferred')) continue;
    const w = s.kind === 'toLearn' ? weeks.get(s.id) : s.kind === 'transferable' ? progress.ownWeeks.get(s.id) : undefined;
    seen.set(s.id, { id: s.id, label: names.get(s.id) ?? s.label, kind: s.kind, level: s.level, coverage, weeks: w ?? null });
  }
  return [...seen.values()]
    .sort(
      (a, b) =>
        (a.level === 'required' ? 0 : 1) - (b.level === 'required' ? 0 : 1) ||
        (a.coverage === 'roadmap' ? 0 : 1) - (b.coverage === 'roadmap' ? 0 : 1) ||
        (a.weeks ?? Infinity) - (b.weeks ?? Infinity) ||
        a.label.localeCompare(b.label),
    )
    .slice(0, limit);
}
