import type { GapReport } from '../analysis/gap-report';
import { phaseEndWeek } from '../pathway/lookups';
import type { Pathway, SkillToLearn } from '../pathway/schema';
import { atPace, type ProgressSnapshot } from './progress-snapshot';

/**
 * Time to qualify: the study left, at the user's pace, for the posting's required pathway skills the user does
 * not have, and the roadmap phase by which the roadmap covers them.
 *
 * - A to-learn gap counts its pathway weeks, less the share of the tasks already done in the phases that teach it
 *   (finished tasks move the date); a skill is covered at the end of the last phase that teaches it (phases end
 *   at their longest: 8/16/24/32/40). A gap the roadmap schedules in no phase is `unscheduled`; its weeks count.
 * - A transferable skill the user marked "not yet" is a gap the pathway does not schedule: `unscheduled`, and
 *   its weeks count only if the user gave an estimate; otherwise it is `unestimated` (the weeks leave it out).
 * - `weeks` is at the user's pace (pathway weeks × assumed hours / given hours); `pathwayWeeks` at the pathway's.
 */
export interface TimeToQualify {
  /** Whole weeks at the user's pace. */
  readonly weeks: number;
  /** Whole weeks at the pace the pathway assumes. */
  readonly pathwayWeeks: number;
  readonly hoursPerWeek: number;
  readonly phase: number | null;
  readonly phaseEndWeek: number | null;
  readonly unscheduled: string[];
  /** Gaps whose weeks nobody knows (a lacking transferable skill without the user's estimate); not in `weeks`. */
  readonly unestimated: string[];
  readonly gaps: string[];
}

/** The share (0..1) of the tasks of these phases the user has done. */
function doneShare(pathway: Pathway, phases: readonly number[], doneTasks: ReadonlySet<string>): number {
  let total = 0;
  let done = 0;
  for (const ph of pathway.phases) {
    if (!phases.includes(ph.number)) continue;
    total += ph.tasks.length;
    for (const t of ph.tasks) if (doneTasks.has(t.id)) done++;
  }
  return total === 0 ? 0 : done / total;
}

/** Pathway weeks left for a to-learn skill: its weeks less the share of its phases' tasks done. */
export function weeksLeft(pathway: Pathway, skill: Pick<SkillToLearn, 'weeks' | 'phases'>, doneTasks: ReadonlySet<string>): number {
  return skill.weeks * (1 - doneShare(pathway, skill.phases, doneTasks));
}

export function timeToQualify(report: GapReport, you: ProgressSnapshot, pathway: Pathway): TimeToQualify {
  const toLearn = new Map(pathway.skillsToLearn.map((s) => [s.id as string, s]));
  const transferable = new Set<string>(pathway.transferableSkills.map((s) => s.id));
  const gaps: string[] = [];
  const unscheduled: string[] = [];
  const unestimated: string[] = [];
  let weeks = 0;
  let phase: number | null = null;
  for (const s of report.skills) {
    if (s.level !== 'required' || gaps.includes(s.id)) continue;
    if (s.kind === 'transferable' && transferable.has(s.id) && you.lackingSkills.has(s.id)) {
      gaps.push(s.id);
      unscheduled.push(s.id);
      const own = you.ownWeeks.get(s.id);
      if (own === undefined) unestimated.push(s.id);
      else weeks += own;
      continue;
    }
    if (s.kind !== 'toLearn' || you.learnedSkills.has(s.id)) continue;
    const skill = toLearn.get(s.id);
    if (!skill) continue;
    gaps.push(s.id);
    weeks += weeksLeft(pathway, skill, you.doneTasks);
    if (skill.phases.length === 0) {
      unscheduled.push(s.id);
      continue;
    }
    const last = Math.max(...skill.phases);
    phase = phase === null ? last : Math.max(phase, last);
  }
  return {
    weeks: atPace(weeks, you.pace),
    pathwayWeeks: atPace(weeks, { hoursPerWeek: 1, pathwayHoursPerWeek: 1 }),
    hoursPerWeek: you.pace.hoursPerWeek,
    phase,
    phaseEndWeek: phase === null ? null : phaseEndWeek(pathway, phase),
    unscheduled,
    unestimated,
    gaps,
  };
}
