import { useId, useState } from 'react';

interface StartDateFieldProps {
  /** `YYYY-MM-DD`, or null when not set. */
  readonly value: string | null;
  readonly onChange: (day: string | null) => void;
  readonly testId?: string;
}

const validDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= '2000-01-01' && day <= '2100-12-31';

/**
 * The optional day the user started the roadmap (stored in settings), in the popup's "This week" and the profile.
 * A complete day is saved as soon as it is picked; a field left empty clears it. While the user types, a
 * half-entered day (which the browser reports as empty) neither clears the stored one nor is reset.
 */
export function StartDateField({ value, onChange, testId = 'roadmap-start-date' }: StartDateFieldProps) {
  const id = useId();
  const stored = value ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setDraft(null);
  }
  return (
    <div className="field field--inline start-date">
      <label htmlFor={id}>Roadmap start date</label>
      <input
        id={id}
        type="date"
        min="2000-01-01"
        max="2100-12-31"
        value={draft ?? stored}
        data-testid={testId}
        onChange={(e) => {
          const day = e.target.value;
          setDraft(day);
          if (validDay(day) && day !== stored) onChange(day);
        }}
        onBlur={(e) => {
          if (e.target.value === '' && stored !== '') onChange(null);
          else if (!validDay(e.target.value)) setDraft(null);
        }}
      />
      {value ? (
        <button type="button" className="button button--link" onClick={() => onChange(null)}>
          Clear<span className="visually-hidden"> start date</span>
        </button>
      ) : null}
    </div>
  );
}
