import { useState } from 'react';

/**
 * `value`, or what `keep(previous, value)` makes of it: the previous result itself when nothing that matters changed
 * (or a mix, e.g. unchanged list items kept), so memoised work downstream (useMemo, memo rows) is not redone when a
 * reload brings equal data in new objects. `keep` must be pure.
 */
export function useKept<T>(value: T, keep: (previous: T, next: T) => T): T {
  const [kept, setKept] = useState({ input: value, output: value });
  if (kept.input === value) return kept.output;
  const output = keep(kept.output, value);
  // Storing what was derived from the previous render: React re-renders at once, before any child sees it.
  setKept({ input: value, output });
  return output;
}
