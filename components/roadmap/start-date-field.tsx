import { useId } from 'react';

interface StartDateFieldProps {
  /** `YYYY-MM-DD` or null. */
  readonly value: string | null;
  readonly onChange: (day: string | null) => void;
}

/** The optional day the user started the roadmap; stored in settings. */
export function StartDateField({ value, onChange }: StartDateFieldProps) {
  const id = useId();
  return (
    <div className="field field--inline start-date">
      <label htmlFor={id}>Roadmap start date</label>
      <input
        id={id}
        type="date"
        min="2000-01-01"
        max="2100-12-31"
        value={value ?? ''}
        data-testid="roadmap-start-date"
        onChange={(e) => {
          const day = e.target.value;
          if (day === '') onChange(null);
          else if (/^\d{4}-\d{2}-\d{2}$/.test(day) && day >= '2000-01-01' && day <= '2100-12-31') onChange(day);
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
