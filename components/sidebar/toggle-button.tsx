import type { ReactNode } from 'react';

/** A pressed/unpressed check button ("Mark learned", "I know this"), named with the skill's label. */
export function ToggleButton({ text, label, pressed, onChange }: { text: string; label: string; pressed: boolean; onChange: (next: boolean) => void }): ReactNode {
  return (
    <button type="button" className="pl-toggle" aria-pressed={pressed} aria-label={`${text}: ${label}`} onClick={() => onChange(!pressed)}>
      <span className="pl-toggle-box" aria-hidden="true">
        <svg viewBox="0 0 12 12" width="12" height="12" focusable="false">
          <path d="M2.5 6.2 5 8.6 9.6 3.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      {text}
    </button>
  );
}
