import type { ReactNode } from 'react';
import { pacedPhaseRanges } from '../../lib/insights/roadmap-progress';
import type { ReadyState } from '../../lib/job-page/sidebar-state';
import { formatWeeks } from '../../lib/pathway/format';
import type { Pathway } from '../../lib/pathway/schema';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { formatHours, readyBy } from '../../lib/scoring/ready-by';
import type { Score } from '../../lib/scoring/score';
import { pathwaySkill } from './pathway-view';

/** Props of the time-to-qualify block, and of the summary that holds it. */
export interface TimeToQualifyProps {
  score: Score;
  pathway: Pathway;
  report: ReadyState['report'];
  /** Required skills outside the pathway not marked known: not counted, said so. */
  outsideRequired: number;
  /** The user's profile and pace: phase end weeks are counted at the pace, as the score's weeks are. */
  progress: ProgressSnapshot;
  /** UTC midnight of the user's today (lib/insights/roadmap-progress.ts `todayUtc`), for the "ready by" date. */
  today: number;
}

function skillName(pathway: Pathway, id: string, fallback: string): string {
  return pathwaySkill(pathway, id)?.skill.name ?? fallback;
}

/**
 * When the roadmap covers the posting's required gaps, how long that is at the user's pace, the calendar date it
 * lands on, and what it leaves out (self-study, transferable skills marked "not yet", gaps without an estimate).
 */
export function TimeToQualify({ score, pathway, report, outsideRequired, progress, today }: TimeToQualifyProps): ReactNode {
  const t = score.timeToQualify;
  const pace = progress.pace;
  const labelOf = (id: string): string => skillName(pathway, id, report.skills.find((s) => s.id === id)?.label ?? id);
  const unscheduled = t.unscheduled.map((id) => {
    const view = pathwaySkill(pathway, id);
    if (view?.kind === 'transferable') {
      const own = progress.ownWeeks.get(id);
      const estimate = own === undefined ? 'no estimate — add one in your profile' : `your estimate ${formatWeeks(own)}`;
      return { id, text: `+ ${labelOf(id)} (not yet in your profile, ${estimate})` };
    }
    const weeks = view?.kind === 'toLearn' ? view.skill.weeks : null;
    return { id, text: `+ ${labelOf(id)} (self-study${weeks === null ? '' : `, ${formatWeeks(weeks)}`})` };
  });
  const endWeek = t.phase === null ? null : (pacedPhaseRanges(pathway, pace).find((r) => r.phase === t.phase)?.end ?? t.phaseEndWeek);
  let main: string;
  if (t.gaps.length === 0) main = outsideRequired === 0 ? 'You cover every required skill' : 'You cover every required skill in your pathway';
  else if (t.phase !== null && endWeek !== null) main = `Required gaps covered by the end of Phase ${t.phase} (week ${endWeek})`;
  else main = 'Your roadmap doesn’t schedule these required gaps';
  const paced = pace.hoursPerWeek !== pace.pathwayHoursPerWeek ? ` at ${formatHours(pace.hoursPerWeek)}` : '';
  const date = t.gaps.length > 0 ? readyBy(t, today) : null;

  return (
    <div className="pl-ttq" data-testid="time-to-qualify">
      <span className="pl-kicker">Time to qualify</span>
      <p className="pl-ttq-main">{main}</p>
      {t.gaps.length > 0 && t.weeks > 0 && (
        <p className="pl-ttq-sub">
          about {formatWeeks(t.weeks)} of focused study{paced}
        </p>
      )}
      {date && (
        <p className="pl-ttq-date" data-testid="ready-by" data-kind={date.kind}>
          {date.text}
        </p>
      )}
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
