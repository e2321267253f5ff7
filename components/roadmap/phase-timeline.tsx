import { phaseCompletion } from '../../lib/insights/roadmap-progress';
import { phaseWeekRange, skillsTaughtIn } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { PhaseCard } from './phase-card';
import { WeekScale } from './week-scale';

export interface PhaseTimelineProgress {
  readonly doneTasks: ReadonlySet<string>;
  /** The phase the start date places the user in, if any. */
  readonly currentPhase: number | null;
  /** Week N of the roadmap, for the marker on the week scale. */
  readonly currentWeek: number | null;
  readonly onTaskDone: (taskId: string, done: boolean) => void;
}

/** The five phases in order, on a week scale, each with its week range, tasks and resources. */
export function PhaseTimeline({ pathway, progress }: { readonly pathway: Pathway; readonly progress?: PhaseTimelineProgress }) {
  const completion = progress ? phaseCompletion(pathway, progress.doneTasks) : null;
  return (
    <div className="phase-timeline">
      <WeekScale pathway={pathway} currentWeek={progress?.currentWeek ?? null} />
      <ol className="phase-timeline__list">
        {pathway.phases.map((phase) => {
          const c = completion?.get(phase.number);
          return (
            <PhaseCard
              key={phase.number}
              phase={phase}
              weeks={phaseWeekRange(pathway, phase.number)}
              skills={skillsTaughtIn(pathway, phase.number)}
              {...(progress && c ? { progress: { doneTasks: progress.doneTasks, completion: c, current: progress.currentPhase === phase.number, onTaskDone: progress.onTaskDone } } : {})}
            />
          );
        })}
      </ol>
    </div>
  );
}
