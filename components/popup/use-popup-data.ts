import { useCallback, useEffect, useRef, useState } from 'react';
import { reuseUnchanged } from '../../lib/insights/stable-list';
import { EMPTY_PROGRESS_VIEW, type ProgressView } from '../../lib/storage/progress';
import type { Settings } from '../../lib/storage/schemas';
import type { PostingListItem } from '../../lib/storage/summary';
import type { PopupSource } from './popup-source';

export interface PopupData {
  readonly postings: readonly PostingListItem[];
  /** False while only progress and settings are in (the small first read); saved postings follow. */
  readonly postingsLoaded: boolean;
  /** Ids of saved postings: from the key list first, then from the postings. */
  readonly savedIds: readonly string[];
  readonly corruptCount: number;
  readonly readOnlyCount: number;
  readonly progress: ProgressView;
  readonly settings: Settings | null;
}

const EMPTY_PROGRESS: ProgressView = EMPTY_PROGRESS_VIEW;

/**
 * Saved postings, progress and settings, loaded when the popup opens and again whenever storage changes
 * (the writer is the source of truth). When the source has a small read of progress and settings, that comes
 * first (the roadmap and "This page" need nothing else) and the postings follow from the same queue.
 * `patchProgress` applies a change at once, so a checkbox moves on click; the stored state follows on the next load.
 */
export function usePopupData(source: PopupSource) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const postingsMarked = useRef(false);

  const apply = useCallback((overview: Awaited<ReturnType<PopupSource['getOverview']>>) => {
    // Browser tests split the popup's time into the writer's answer and the render with this mark.
    if (!postingsMarked.current && typeof performance.mark === 'function') performance.mark('pathway-lens:popup-postings');
    postingsMarked.current = true;
    if (overview.ok) {
      setError(null);
      const { postings: read, corruptCount, readOnlyCount, progress, settings } = overview.value;
      setData((d) => {
        // Postings that did not change stay the same objects (their scores and rows are memoised by object).
        const postings = reuseUnchanged(d?.postings ?? [], read);
        const savedIds = d && postings === d.postings && d.postingsLoaded ? d.savedIds : postings.map((p) => p.id);
        return { postings, postingsLoaded: true, savedIds, corruptCount, readOnlyCount, progress, settings };
      });
      return;
    }
    setError(overview.error.message);
    setData((d) =>
      d ? { ...d, postingsLoaded: true } : { postings: [], postingsLoaded: true, savedIds: [], corruptCount: 0, readOnlyCount: 0, progress: EMPTY_PROGRESS, settings: null },
    );
  }, []);

  /** Reads again; an answer overtaken by a newer read is dropped. */
  const load = useCallback(() => {
    const mine = ++generation.current;
    return source.getOverview().then((overview) => {
      if (mine === generation.current) apply(overview);
    });
  }, [source, apply]);

  useEffect(() => {
    const mine = ++generation.current;
    // Both requests go out now; the writer's queue answers the small one first.
    source.getProgressAndSettings?.().then((small) => {
      if (mine !== generation.current || !small.ok) return; // a failure shows when getOverview answers
      const { progress, settings, savedIds } = small.value;
      setData((d) => d ?? { postings: [], postingsLoaded: false, savedIds, corruptCount: 0, readOnlyCount: 0, progress, settings });
    }, () => undefined);
    source.getOverview().then((overview) => {
      if (mine === generation.current) apply(overview);
    }, () => undefined);
    return source.subscribe?.(() => void load());
  }, [source, load, apply]);

  const patchProgress = useCallback((change: (p: ProgressView) => ProgressView) => {
    setData((d) => (d ? { ...d, progress: change(d.progress) } : d));
  }, []);
  const patchSettings = useCallback((change: (s: Settings) => Settings) => {
    setData((d) => (d && d.settings ? { ...d, settings: change(d.settings) } : d));
  }, []);

  return { data, error, reload: load, patchProgress, patchSettings };
}

/** A list with `id` present or absent. */
export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const rest = list.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}
