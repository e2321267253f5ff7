import { useId, useState, type ReactNode } from 'react';
import { parseFieldNumber } from './field-number';

interface NumberFieldProps {
  readonly label: ReactNode;
  /** The stored value; null when none is set. */
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (weeks); otherwise one decimal (hours). */
  readonly integer?: boolean;
  /** Shown when empty: what an empty field means. */
  readonly placeholder?: string;
  /** Whether an empty field is allowed (it commits null). */
  readonly allowEmpty?: boolean;
  /** Text after the input ("h/week"), part of its description. */
  readonly unit?: string;
  readonly testId: string;
  readonly onCommit: (value: number | null) => void;
}

/**
 * A number input that saves when the user is done with it (Enter or leaving the field), not on every keystroke:
 * typing "12" writes 12 once, never 1 then 12. Invalid input says what is accepted and saves nothing.
 */
export function NumberField({ label, value, min, max, integer = false, placeholder, allowEmpty = true, unit, testId, onCommit }: NumberFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // What the user typed; null shows the stored value. Kept after a commit until the stored value catches up.
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [invalid, setInvalid] = useState(false);
  // The value last sent, so Enter then leaving the field writes once.
  const [sent, setSent] = useState<number | null | undefined>(undefined);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The stored value changed (this field's write came back, or another page changed it): show it unless the user is typing.
    setSeen(value);
    setSent(undefined);
    if (!focused) setDraft(null);
  }

  const commit = () => {
    if (draft === null) return;
    const parsed = parseFieldNumber(draft, { min, max, integer, allowEmpty });
    if (parsed === undefined) return setInvalid(true);
    setInvalid(false);
    if (parsed === value) return setDraft(null);
    if (parsed === sent) return;
    setSent(parsed);
    onCommit(parsed);
  };

  const rule = `${integer ? 'A whole number' : 'A number'} from ${min} to ${max}${allowEmpty ? ', or empty' : ''}.`;
  return (
    <div className="field field--inline number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        size={5}
        value={draft ?? (value === null ? '' : String(value))}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        data-testid={testId}
        onFocus={() => {
          setFocused(true);
          // Back in the field after a write that failed: leaving it again retries.
          setSent(undefined);
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          setInvalid(false);
        }}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <span id={hintId}>
        {unit ? <span className="number-field__unit">{unit}</span> : null}
        <span className="visually-hidden"> {rule}</span>
      </span>
      {invalid ? (
        <span id={errorId} className="number-field__error" role="alert">
          {rule}
        </span>
      ) : null}
    </div>
  );
}
