import type { ReactNode } from 'react';

/** The brand mark: a lens with a check. */
export function LensMark(): ReactNode {
  return (
    <svg className="pl-mark" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      <path d="M6 9.2 8 11l3-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
