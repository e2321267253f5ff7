import { totalWeeks } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';
import { atPace, paceOf } from '../../lib/scoring/progress-snapshot';
import { HOURS_PER_WEEK_MAX } from '../../lib/storage/schemas';
import { NumberField } from './number-field';
import type { PacePatch, ProfileSettings } from './profile-types';
import { StartDateField } from '../roadmap/start-date-field';

interface PaceFieldsProps {
  readonly pathway: Pathway;
  readonly settings: ProfileSettings;
  readonly onChange: (patch: PacePatch) => void;
}

/**
 * The user's pace: the hours a week they can study, the hours a week the pathway's weeks assume (a visible,
 * editable assumption) and the day they started the roadmap. Time to qualify and "ready by" scale with them.
 */
export function PaceFields({ pathway, settings, onChange }: PaceFieldsProps) {
  const pace = paceOf(settings);
  const roadmapWeeks = totalWeeks(pathway);
  return (
    <div className="pace" data-testid="pace">
      <p className="pace__assumption" data-testid="pace-assumption">
        The pathway's weeks assume {pace.pathwayHoursPerWeek} h/week of study.
      </p>
      <NumberField
        label="Hours a week the pathway assumes"
        value={settings.pathwayHoursPerWeek ?? null}
        min={1}
        max={HOURS_PER_WEEK_MAX}
        unit="h/week"
        placeholder={String(pace.pathwayHoursPerWeek)}
        testId="pathway-hours"
        onCommit={(v) => onChange({ pathwayHoursPerWeek: v })}
      />
      <NumberField
        label="Hours a week you can study"
        value={settings.hoursPerWeek ?? null}
        min={1}
        max={HOURS_PER_WEEK_MAX}
        unit="h/week"
        placeholder={String(pace.pathwayHoursPerWeek)}
        testId="hours-per-week"
        onCommit={(v) => onChange({ hoursPerWeek: v })}
      />
      <p className="pace__summary" data-testid="pace-summary">
        At {pace.hoursPerWeek} h/week, the {roadmapWeeks}-week roadmap takes {atPace(roadmapWeeks, pace)} weeks.
      </p>
      <StartDateField value={settings.startDate ?? null} onChange={(day) => onChange({ startDate: day })} testId="start-date" />
    </div>
  );
}
