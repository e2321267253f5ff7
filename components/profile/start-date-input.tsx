import { useId, useState } from 'react';

interface StartDateInputProps {
  /** `YYYY-MM-DD`, or '' when not set. */
  readonly value: string;
  readonly onCommit: (day: string | null) => void;
}

const validDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= '2000-01-01' && day <= '2100-12-31';

/**
 * The roadmap start date. A complete day is saved as soon as it is picked; a field left empty clears it. While the
 * user types, a half-entered day (which the browser reports as empty) neither clears the stored one nor is reset.
 */
export function StartDateInput({ value, onCommit }: StartDateInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(null);
  }
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Roadmap start date</label>
      <input
        id={id}
        type="date"
        min="2000-01-01"
        max="2100-12-31"
        value={draft ?? value}
        data-testid="start-date"
        onChange={(e) => {
          const day = e.target.value;
          setDraft(day);
          if (validDay(day) && day !== value) onCommit(day);
        }}
        onBlur={(e) => {
          if (e.target.value === '' && value !== '') onCommit(null);
          else if (!validDay(e.target.value)) setDraft(null);
        }}
      />
      {value ? (
        <button type="button" className="button button--link" onClick={() => onCommit(null)}>
          Clear<span className="visually-hidden"> start date</span>
        </button>
      ) : null}
    </div>
  );
}
