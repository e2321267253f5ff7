import { useState } from 'react';
import { phaseCompletion } from '../../lib/insights/roadmap-progress';
import { phaseWeekRange, skillsTaughtIn, type WeekRange } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { PhaseCard } from './phase-card';
import { WeekScale } from './week-scale';

export interface PhaseTimelineProgress {
  readonly doneTasks: ReadonlySet<string>;
  /** The phase the start date places the user in, if any: it is the one expanded first. */
  readonly currentPhase: number | null;
  /** Week N of the roadmap, for the marker on the week scale. */
  readonly currentWeek: number | null;
  readonly onTaskDone: (taskId: string, done: boolean) => void;
  /** Each phase's weeks at the user's pace (lib/insights/roadmap-progress.ts `pacedPhaseRanges`); default: the pathway's. */
  readonly ranges?: readonly (WeekRange & { readonly phase: number })[];
}

/**
 * The five phases in order, on a week scale, each with its week range, tasks and resources. With progress and a
 * current phase, that phase's tasks are open and the others' folded (one click away); without one, all are open.
 */
export function PhaseTimeline({ pathway, progress }: { readonly pathway: Pathway; readonly progress?: PhaseTimelineProgress }) {
  const completion = progress ? phaseCompletion(pathway, progress.doneTasks) : null;
  // The user's own openings and closings; a phase nobody touched follows "the current one is open".
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());
  const current = progress?.currentPhase ?? null;
  const rangeOf = (n: number): WeekRange => progress?.ranges?.find((r) => r.phase === n) ?? phaseWeekRange(pathway, n);
  return (
    <div className="phase-timeline">
      <WeekScale pathway={pathway} currentWeek={progress?.currentWeek ?? null} {...(progress?.ranges ? { total: progress.ranges.at(-1)?.end ?? 0 } : {})} />
      <ol className="phase-timeline__list">
        {pathway.phases.map((phase) => {
          const c = completion?.get(phase.number);
          const open = toggled.get(phase.number) ?? (current === null || current === phase.number);
          return (
            <PhaseCard
              key={phase.number}
              phase={phase}
              weeks={rangeOf(phase.number)}
              skills={skillsTaughtIn(pathway, phase.number)}
              {...(progress && c
                ? {
                    progress: {
                      doneTasks: progress.doneTasks,
                      completion: c,
                      current: current === phase.number,
                      onTaskDone: progress.onTaskDone,
                      open,
                      onOpenChange: (next: boolean) => setToggled((m) => new Map(m).set(phase.number, next)),
                    },
                  }
                : {})}
            />
          );
        })}
      </ol>
    </div>
  );
}
