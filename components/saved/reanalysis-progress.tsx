import { createContext, useContext, useEffect, useId, useState, type CSSProperties } from 'react';
import type { ReanalysisStatus } from '../../lib/storage/reanalysis';
import type { Result } from '../../lib/storage/result';

/** Where the progress comes from: the background's `getReanalysisStatus` and storage changes (the page sources); fakes in tests. */
export interface ReanalysisSource {
  readonly getReanalysisStatus?: () => Promise<Result<ReanalysisStatus | null>>;
  /** Called when the stored progress changes; returns an unsubscribe. */
  readonly subscribeReanalysis?: (onChange: () => void) => () => void;
}

/** For views that have no source of their own to pass (the dashboard's pure DashboardApp): set by the page's entry. */
export const ReanalysisSourceContext = createContext<ReanalysisSource | null>(null);

const count = new Intl.NumberFormat('en-US');

const BAR: CSSProperties = {
  flexBasis: '100%',
  height: 6,
  borderRadius: 999,
  overflow: 'hidden',
  background: 'var(--color-surface)',
  border: '1px solid var(--color-border)',
};
const FILL: CSSProperties = { height: '100%', background: 'var(--color-accent)', transition: 'width 0.3s ease' };

/**
 * "Updating 120 of 1,000 saved postings to the improved analysis…" with a progress bar, while the background
 * re-analyses saved postings (lib/storage/reanalysis.ts); nothing when there is nothing to do. Follows the stored
 * progress, so it needs no reload of the view around it.
 */
export function ReanalysisProgress({ source }: { readonly source?: ReanalysisSource }) {
  const fromContext = useContext(ReanalysisSourceContext);
  const src = source ?? fromContext;
  const [status, setStatus] = useState<ReanalysisStatus | null>(null);
  const labelId = useId();

  useEffect(() => {
    const get = src?.getReanalysisStatus;
    if (!get) return;
    let live = true;
    // Answers can overtake each other: one older than the one shown is dropped.
    let asked = 0;
    let shown = 0;
    const load = () => {
      const mine = ++asked;
      get().then(
        (r) => {
          if (!live || mine < shown || !r.ok) return;
          shown = mine;
          setStatus(r.value);
        },
        () => undefined,
      );
    };
    load();
    const unsubscribe = src.subscribeReanalysis?.(load);
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [src]);

  if (!status || status.finishedAt !== null || status.total <= 0) return null;
  const { done, total, skippedNoText } = status;
  const percent = Math.min(100, Math.round((done / total) * 100));
  return (
    <div className="notice notice--info reanalysis-progress" data-testid="reanalysis-progress">
      <p id={labelId}>
        Updating {count.format(done)} of {count.format(total)} saved {total === 1 ? 'posting' : 'postings'} to the improved analysis…
      </p>
      <div role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} style={BAR}>
        <div style={{ ...FILL, width: `${percent}%` }} />
      </div>
      {skippedNoText > 0 ? (
        <p>
          {count.format(skippedNoText)} saved before full texts were kept {skippedNoText === 1 ? 'stays as it is' : 'stay as they are'}.
        </p>
      ) : null}
    </div>
  );
}
