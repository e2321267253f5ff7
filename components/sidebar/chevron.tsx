import type { ReactNode } from 'react';

/** A chevron pointing the given way (expand/collapse, panel edge). */
export function Chevron({ direction }: { direction: 'up' | 'down' | 'left' | 'right' }): ReactNode {
  const rotate = { down: 0, up: 180, left: 90, right: -90 }[direction];
  return (
    <svg className="pl-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false" style={{ transform: `rotate(${rotate}deg)` }}>
      <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
