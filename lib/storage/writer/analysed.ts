import type { GapReport } from '../../analysis/gap-report';
import type { ListBoard } from '../../capture/job-key';
import { cardBadges } from '../../list-badges/card-badges';
import type { CardBadge } from '../../list-badges/badge-text';
import { readAnalysed, withAnalysed } from '../analysed';
import { ANALYSED_KEY } from '../keys';
import { toProgressSnapshot, toProgressView } from '../progress';
import type { Result } from '../result';
import { listBadgesFor } from '../settings';
import type { PostingSummary } from '../summary';
import type { Core } from './core';

/** What a list page learns about its cards: whether badges are on for its board, and the badges of the cards asked about. */
export interface CardBadgesValue {
  enabled: boolean;
  badges: CardBadge[];
}

/** The analysed record (lib/storage/analysed.ts) and the list badges that read it with the saved postings. */
export interface AnalysedWriter {
  /** Remembers that the sidebar analysed the posting `jobKey` (its skills and language only). */
  noteAnalysed(jobKey: string, report: Pick<GapReport, 'skills' | 'language'>): Promise<Result<null>>;
  /** The badges of exactly these cards (saved or analysed), or `enabled: false` and none when the board's badges are off. */
  getCardBadges(board: ListBoard, jobKeys: readonly string[]): Promise<Result<CardBadgesValue>>;
}

export function analysedWriter(core: Core): AnalysedWriter {
  return {
    // A read of that one key and one write of it, in every browser: this runs for every posting the sidebar shows, so
    // it must not take the full read a write takes where the browser cannot count bytes (Firefox), which grows with the
    // saved postings. The quota check then counts this record alone there: it is bounded (ANALYSED_MAX entries of skill
    // ids), replaces itself, and is not part of the summary index, sync or export.
    noteAnalysed: (jobKey, report) =>
      core.runKeys([ANALYSED_KEY], async (view) => {
        await core.commit(view, { [ANALYSED_KEY]: withAnalysed(view.all[ANALYSED_KEY], jobKey, report, core.now()) });
        return null;
      }),
    getCardBadges: async (board, jobKeys) => {
      // The summary index (no posting record is read), progress and settings; then the analysed entries of these keys.
      const listed = await core.runIndex((index, view) => {
        const saved = new Map<string, PostingSummary>();
        for (const key of jobKeys) {
          const s = index.entries.get(key);
          if (s) saved.set(key, s);
        }
        return { saved, enabled: listBadgesFor(view.settings, board), progress: toProgressSnapshot(toProgressView(view.progress.values()), view.settings) };
      });
      if (!listed.ok) return listed;
      const { saved, enabled, progress } = listed.value;
      if (!enabled) return { ok: true, value: { enabled: false, badges: [] } };
      const analysed = await core.runKeys([ANALYSED_KEY], (view) => readAnalysed(view.all[ANALYSED_KEY], jobKeys));
      if (!analysed.ok) return analysed;
      return { ok: true, value: { enabled: true, badges: cardBadges(jobKeys, saved, analysed.value, progress) } };
    },
  };
}
