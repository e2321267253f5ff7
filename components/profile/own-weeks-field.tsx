import { OWN_WEEKS_MAX } from '../../lib/storage/schemas';
import { NumberField } from './number-field';

interface OwnWeeksFieldProps {
  readonly skillName: string;
  /** The user's estimate, or null: then the skill counts as unscheduled in time to qualify. */
  readonly weeks: number | null;
  readonly onChange: (weeks: number | null) => void;
}

/** The user's own weeks for a transferable skill they do not have yet (the pathway gives it none). */
export function OwnWeeksField({ skillName, weeks, onChange }: OwnWeeksFieldProps) {
  return (
    <div className="own-weeks">
      <NumberField
        label={
          <>
            Your estimate<span className="visually-hidden"> for {skillName}</span>
          </>
        }
        value={weeks}
        min={1}
        max={OWN_WEEKS_MAX}
        integer
        unit="weeks"
        placeholder="none"
        testId="own-weeks"
        onCommit={onChange}
      />
      <p className="own-weeks__note">
        {weeks === null
          ? 'Without an estimate, time to qualify counts this skill as unscheduled.'
          : 'Time to qualify counts these weeks, at your pace.'}
      </p>
    </div>
  );
}
