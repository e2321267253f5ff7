import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { dayInputValue, parseDayInput } from '../../lib/follow-ups/day-input';
import { appliedAt, DAY_MS, followUpDateProblem, pastDateProblem, PIPELINE_DATE_MIN } from '../../lib/storage/pipeline';
import type { PostingListItem } from '../../lib/storage/summary';
import type { PipelineActions } from './pipeline-actions';

interface PipelineDatesProps {
  readonly posting: Pick<PostingListItem, 'id' | 'history' | 'followUpAt'>;
  readonly postingTitle: string;
}

interface DayFieldProps {
  readonly id: string;
  readonly label: string;
  readonly postingTitle: string;
  /** The stored day (epoch ms) or null. */
  readonly stored: number | null;
  readonly min: string;
  readonly max: string;
  /** Sends the day typed ('' when the field was emptied); answers the refusal's words, or null when it was saved. */
  readonly commit: (value: string) => Promise<string | null>;
  readonly testId: string;
  readonly children?: ReactNode;
}

/**
 * One day field: what is typed stays a draft until the field is left or Enter is pressed (typing a year digit by
 * digit passes through years like 0002, which must not be sent); a refusal is shown under it in role="alert" and the
 * typed day stays, so the user sees what was refused.
 */
function DayField({ id, label, postingTitle, stored, min, max, commit, testId, children }: DayFieldProps) {
  const storedValue = dayInputValue(stored);
  const [draft, setDraft] = useState(storedValue);
  const [base, setBase] = useState(storedValue);
  const [error, setError] = useState<string | null>(null);
  // A new stored day replaces the draft only when the user has not changed it.
  if (storedValue !== base) {
    setBase(storedValue);
    if (draft === base) setDraft(storedValue);
  }
  const errorId = `${id}-error`;
  const send = () => {
    if (draft === storedValue) {
      setError(null);
      return;
    }
    void commit(draft).then(setError);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      send();
    }
  };
  return (
    <div className="pipeline-dates__field" data-testid={testId}>
      <div className="field field--inline">
        <label htmlFor={id}>
          {label}
          <span className="visually-hidden"> ({postingTitle})</span>
        </label>
        <input
          id={id}
          type="date"
          min={min}
          max={max}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={send}
          onKeyDown={onKeyDown}
        />
        {children}
      </div>
      {error ? (
        <p id={errorId} className="notice notice--error pipeline-dates__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The user's own today as a field value: the latest applied day the picker offers (the writer allows a day of slack). */
function localToday(now: number): string {
  const d = new Date(now);
  return dayInputValue(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}

const messageOf = (r: { ok: boolean; error?: { message: string } }): string | null => (r.ok ? null : (r.error?.message ?? 'That date could not be saved.'));

/** The applied date (people apply before they save) and the follow-up date of one saved posting, set by hand. */
function Fields({ posting, postingTitle, actions }: PipelineDatesProps & { actions: PipelineActions }) {
  const now = actions.now();
  const min = dayInputValue(PIPELINE_DATE_MIN);
  const commitApplied = async (value: string): Promise<string | null> => {
    // The applied date cannot be removed (the history keeps the stage); an emptied field goes back to the stored day.
    if (value === '') return 'Choose the date you applied.';
    const at = parseDayInput(value);
    const problem = pastDateProblem(at, actions.now());
    if (problem) return problem;
    return messageOf(await actions.setAppliedDate(posting.id, at));
  };
  const commitFollowUp = async (value: string): Promise<string | null> => {
    if (value === '') return posting.followUpAt === null ? null : messageOf(await actions.setFollowUp(posting.id, { kind: 'clear' }));
    const at = parseDayInput(value);
    const problem = followUpDateProblem(at, actions.now());
    if (problem) return problem;
    return messageOf(await actions.setFollowUp(posting.id, { kind: 'set', at }));
  };
  const [clearError, setClearError] = useState<string | null>(null);
  return (
    <div className="pipeline-dates__fields">
      <DayField
        id={`applied-${posting.id}`}
        label="Applied on"
        postingTitle={postingTitle}
        stored={appliedAt(posting.history)}
        min={min}
        max={localToday(now)}
        commit={commitApplied}
        testId="applied-date"
      />
      <DayField
        id={`follow-up-${posting.id}`}
        label="Follow up on"
        postingTitle={postingTitle}
        stored={posting.followUpAt}
        min={min}
        max={dayInputValue(now + 365 * DAY_MS)}
        commit={commitFollowUp}
        testId="follow-up-date"
      >
        {posting.followUpAt !== null ? (
          <button type="button" className="button" onClick={() => void actions.setFollowUp(posting.id, { kind: 'clear' }).then((r) => setClearError(messageOf(r)))}>
            Clear<span className="visually-hidden"> the follow-up date of {postingTitle}</span>
          </button>
        ) : null}
      </DayField>
      {clearError ? (
        <p className="notice notice--error pipeline-dates__error" role="alert">
          {clearError}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Dates" in a saved posting's row: collapsed until opened (a list of hundreds of rows builds no fields), and only
 * where the page gives the actions.
 */
export function PipelineDates({ posting, postingTitle, actions }: PipelineDatesProps & { readonly actions: PipelineActions | undefined }) {
  const [open, setOpen] = useState(false);
  if (!actions) return null;
  return (
    <details className="pipeline-dates" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Dates<span className="visually-hidden"> of {postingTitle}</span>: applied, follow-up
      </summary>
      {open ? <Fields posting={posting} postingTitle={postingTitle} actions={actions} /> : null}
    </details>
  );
}
