import type { ReactNode } from 'react';
import type { ReadyState } from '../../lib/job-page/sidebar-state';
import { formatWeeks } from '../../lib/pathway/format';
import type { Pathway } from '../../lib/pathway/schema';
import type { Score } from '../../lib/scoring/score';
import { pathwaySkill } from './pathway-view';

/** Props of the time-to-qualify block, and of the summary that holds it. */
export interface TimeToQualifyProps {
  score: Score;
  pathway: Pathway;
  report: ReadyState['report'];
  /** Required skills outside the pathway not marked known: not counted, said so. */
  outsideRequired: number;
}

function skillName(pathway: Pathway, id: string, fallback: string): string {
  return pathwaySkill(pathway, id)?.skill.name ?? fallback;
}

/** When the roadmap covers the posting's required gaps, how long that is, and what it leaves out. */
export function TimeToQualify({ score, pathway, report, outsideRequired }: TimeToQualifyProps): ReactNode {
  const t = score.timeToQualify;
  const labelOf = (id: string): string => skillName(pathway, id, report.skills.find((s) => s.id === id)?.label ?? id);
  const unscheduled = t.unscheduled.map((id) => {
    const view = pathwaySkill(pathway, id);
    const weeks = view?.kind === 'toLearn' ? view.skill.weeks : null;
    return { id, text: `+ ${labelOf(id)} (self-study${weeks === null ? '' : `, ${formatWeeks(weeks)}`})` };
  });
  let main: string;
  if (t.gaps.length === 0) main = outsideRequired === 0 ? 'You cover every required skill' : 'You cover every required skill in your pathway';
  else if (t.phase !== null && t.phaseEndWeek !== null) main = `Required gaps covered by the end of Phase ${t.phase} (week ${t.phaseEndWeek})`;
  else main = 'Your roadmap doesn’t schedule these required gaps';

  return (
    <div className="pl-ttq" data-testid="time-to-qualify">
      <span className="pl-kicker">Time to qualify</span>
      <p className="pl-ttq-main">{main}</p>
      {t.gaps.length > 0 && t.weeks > 0 && <p className="pl-ttq-sub">about {formatWeeks(t.weeks)} of focused study</p>}
      {unscheduled.length > 0 && (
        <ul className="pl-ttq-list">
          {unscheduled.map((u) => (
            <li key={u.id}>{u.text}</li>
          ))}
        </ul>
      )}
      {outsideRequired > 0 && (
        <p className="pl-ttq-note">
          Not counted: {outsideRequired} required {outsideRequired === 1 ? 'skill' : 'skills'} outside your pathway.
        </p>
      )}
    </div>
  );
}
