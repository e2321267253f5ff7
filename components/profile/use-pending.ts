import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../lib/storage/result';

export interface PendingWrites<V> {
  /** Values shown at once, before storage has them: key → the value being written. */
  readonly pending: ReadonlyMap<string, V>;
  /** The last write's failure, as text; null after a write that succeeded. */
  readonly error: string | null;
  /**
   * Shows `value` for `key` at once, writes it, then reloads (`refresh`) before letting go of it, so the row never
   * flickers back to the old value. A failed write drops the value (the stored one shows again) and sets `error`.
   * Resolves to whether the write succeeded.
   */
  readonly run: (key: string, value: V, write: () => Promise<Result<unknown>>) => Promise<boolean>;
}

/** Optimistic writes for the profile: immediate feedback on click, the stored value once it is back. */
export function usePendingWrites<V>(refresh?: () => Promise<void>): PendingWrites<V> {
  const [pending, setPending] = useState<ReadonlyMap<string, V>>(() => new Map());
  const [error, setError] = useState<string | null>(null);
  // The latest write per key: an earlier write finishing later must not drop a newer value.
  const tokens = useRef(new Map<string, number>());

  const run = useCallback(
    async (key: string, value: V, write: () => Promise<Result<unknown>>) => {
      const token = (tokens.current.get(key) ?? 0) + 1;
      tokens.current.set(key, token);
      setPending((m) => new Map(m).set(key, value));
      let ok = false;
      try {
        const r = await write();
        ok = r.ok;
        setError(r.ok ? null : r.error.message);
        if (r.ok) await refresh?.();
      } catch {
        setError('Pathway Lens is not responding. Reload the page and try again.');
      }
      if (tokens.current.get(key) === token) {
        setPending((m) => {
          const next = new Map(m);
          next.delete(key);
          return next;
        });
      }
      return ok;
    },
    [refresh],
  );

  return { pending, error, run };
}
