import { phaseWeekRange, skillsTaughtIn } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { PhaseCard } from './phase-card';
import { WeekScale } from './week-scale';

/** The five phases in order, on a week scale, each with its week range, tasks and resources. */
export function PhaseTimeline({ pathway }: { readonly pathway: Pathway }) {
  return (
    <div className="phase-timeline">
      <WeekScale pathway={pathway} />
      <ol className="phase-timeline__list">
        {pathway.phases.map((phase) => (
          <PhaseCard
            key={phase.number}
            phase={phase}
            weeks={phaseWeekRange(pathway, phase.number)}
            skills={skillsTaughtIn(pathway, phase.number)}
          />
        ))}
      </ol>
    </div>
  );
}
