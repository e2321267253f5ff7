import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressView } from '../../lib/storage/progress';
import type { SavedPosting, Settings } from '../../lib/storage/schemas';
import type { PopupSource } from './popup-source';

export interface PopupData {
  readonly postings: readonly SavedPosting[];
  readonly corruptCount: number;
  readonly readOnlyCount: number;
  readonly progress: ProgressView;
  readonly settings: Settings | null;
}

const EMPTY_PROGRESS: ProgressView = { items: [], learnedSkills: [], doneTasks: [], knownSkills: [], doneActions: [] };

/**
 * Saved postings, progress and settings, loaded in parallel when the popup opens and again whenever
 * storage changes (the writer is the source of truth). `patchProgress` applies a change at once, so a
 * checkbox moves on click; the stored state follows on the next load.
 */
export function usePopupData(source: PopupSource) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const apply = useCallback((overview: Awaited<ReturnType<PopupSource['getOverview']>>) => {
    if (overview.ok) {
      setError(null);
      const { postings, corruptCount, readOnlyCount, progress, settings } = overview.value;
      setData({ postings, corruptCount, readOnlyCount, progress, settings });
      return;
    }
    setError(overview.error.message);
    setData((d) => d ?? { postings: [], corruptCount: 0, readOnlyCount: 0, progress: EMPTY_PROGRESS, settings: null });
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
