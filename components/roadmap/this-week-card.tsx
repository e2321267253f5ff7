import { useId } from 'react';
import { pacedPhaseRanges, positionText, thisWeek } from '../../lib/insights/roadmap-progress';
import { formatWeekRange } from '../../lib/pathway/format';
import { findPhase } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { DEFAULT_PACE } from '../../lib/scoring/progress-snapshot';
import { formatHours } from '../../lib/scoring/ready-by';
import { Tag } from '../ui/tag';
import { ChecklistCheckbox } from './checklist-item';
import type { RoadmapProgress } from './roadmap-progress';
import { StartDateField } from './start-date-field';

/** Earlier phases' open tasks listed here at most; the phase cards below hold them all. */
const OVERDUE_SHOWN = 5;

const STANDING_TONE = { ahead: 'success', 'on-track': 'accent', behind: 'important' } as const;
const STANDING_LABEL = { ahead: 'Ahead', 'on-track': 'On track', behind: 'Behind' } as const;

/**
 * Where the user is on the roadmap this week, at their pace: week N of M, the phase and its weeks, the tasks due
 * (ticking one marks it done, as in the phase cards), tasks left from earlier phases, and ahead / on track / behind.
 * Without a start date it asks for one (the field is here).
 */
export function ThisWeekCard({ pathway, progress }: { readonly pathway: Pathway; readonly progress: RoadmapProgress }) {
  const titleId = useId();
  const pace = progress.pace ?? DEFAULT_PACE;
  const week = thisWeek(pathway, progress.startDate, progress.today, progress.doneTasks, pace);
  const phaseTitle = (n: number) => findPhase(pathway, n)?.title ?? '';
  const total = pacedPhaseRanges(pathway, pace).at(-1)?.end ?? 0;
  const position = week?.position;
  const overdue = week?.overdue ?? [];

  return (
    <section className="this-week" data-testid="this-week" data-standing={week?.standing} aria-labelledby={titleId}>
      <h2 id={titleId} className="this-week__title">
        This week
      </h2>
      <StartDateField value={progress.startDate} onChange={progress.onStartDateChange} />
      {week && position ? (
        <>
          <p className="this-week__position" data-testid="roadmap-position" role="status">
            {positionText(position, phaseTitle)}
          </p>
          <p className="this-week__pace">
            {week.phaseRange && position.kind === 'in-progress'
              ? `Phase ${position.phase} runs ${formatWeekRange(week.phaseRange).toLowerCase()} of ${total} at ${formatHours(pace.hoursPerWeek)}.`
              : `The roadmap takes ${total} weeks at ${formatHours(pace.hoursPerWeek)}.`}
          </p>
          <p className="this-week__standing" data-testid="this-week-standing">
            <Tag tone={STANDING_TONE[week.standing]}>{STANDING_LABEL[week.standing]}</Tag> {week.text}
          </p>
          {position.kind === 'in-progress' ? (
            <>
              <h3 className="this-week__subtitle">Due in Phase {position.phase}</h3>
              {week.due.length === 0 ? (
                <p className="this-week__empty">Every task of this phase is done.</p>
              ) : (
                <ul className="checklist">
                  {week.due.map((t) => (
                    <ChecklistCheckbox key={t.id} id={t.id} text={t.text} done={false} testId="this-week-task" onChange={progress.onTaskDone} />
                  ))}
                </ul>
              )}
            </>
          ) : null}
          {overdue.length > 0 ? (
            <>
              <h3 className="this-week__subtitle">Left from earlier phases</h3>
              <ul className="checklist">
                {overdue.slice(0, OVERDUE_SHOWN).map((t) => (
                  <ChecklistCheckbox key={t.id} id={t.id} text={t.text} done={false} testId="this-week-overdue" onChange={progress.onTaskDone} />
                ))}
              </ul>
              {overdue.length > OVERDUE_SHOWN ? <p className="this-week__empty">and {overdue.length - OVERDUE_SHOWN} more in the phases below.</p> : null}
            </>
          ) : null}
        </>
      ) : (
        <p className="this-week__prompt" data-testid="this-week-prompt">
          Set the day you started to see your week and phase, the tasks due, and whether you are ahead or behind.
        </p>
      )}
    </section>
  );
}
