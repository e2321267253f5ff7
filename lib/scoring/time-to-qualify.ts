import type { GapReport } from '../analysis/gap-report';
import { phaseEndWeek } from '../pathway/lookups';
import type { Pathway } from '../pathway/schema';
import type { ProgressSnapshot } from './progress-snapshot';

/**
 * Time to qualify: weeks of study for the posting's required to-learn skills not yet learned, and
 * the roadmap phase by which all of them are covered (a skill is covered at the end of the last
 * phase that teaches it; phases end at their cumulative maximum durations, 8/16/24/32/40 weeks).
 * A gap the roadmap schedules in no phase is listed in `unscheduled`; its weeks still count.
 */
export interface TimeToQualify {
  readonly weeks: number;
  readonly phase: number | null;
  readonly phaseEndWeek: number | null;
  readonly unscheduled: string[];
  readonly gaps: string[];
}

export function timeToQualify(report: GapReport, progress: ProgressSnapshot, pathway: Pathway): TimeToQualify {
  const skills = new Map(pathway.skillsToLearn.map((s) => [s.id as string, s]));
  const gaps: string[] = [];
  const unscheduled: string[] = [];
  let weeks = 0;
  let phase: number | null = null;
  for (const s of report.skills) {
    if (s.kind !== 'toLearn' || s.level !== 'required' || progress.learnedSkills.has(s.id)) continue;
    const skill = skills.get(s.id);
    if (!skill || gaps.includes(s.id)) continue;
    gaps.push(s.id);
    weeks += skill.weeks;
    if (skill.phases.length === 0) {
      unscheduled.push(s.id);
      continue;
    }
    const last = Math.max(...skill.phases);
    phase = phase === null ? last : Math.max(phase, last);
  }
  return { weeks, phase, phaseEndWeek: phase === null ? null : phaseEndWeek(pathway, phase), unscheduled, gaps };
}
