import { readProgressLog } from '../progress-log';
import { toProgressView, type ProgressView } from '../progress';
import type { StorageUsage } from '../quota';
import type { CorruptSummary, StoreView } from '../read-store';
import type { Result } from '../result';
import { postingKey } from '../keys';
import type { PostingStatus, SavedPosting, Settings } from '../schemas';
import type { PostingSummary } from '../summary';
import type { ProgressLog } from '../../scoring/readiness-history';
import type { Core, FullReadFacts, IndexView, RecordCounts } from './core';

/** Reads shaped for the views: lists, the popup's first paint, the dashboard, corrupt records. */
export interface ListPostingsValue {
  /** Every saved posting, whole (a full read): export-like uses. The lists read the summary index (`SummaryListValue`). */
  postings: SavedPosting[];
  /** Records moved aside (or waiting to be) because they failed validation: the UI shows this count. */
  corruptCount: number;
  /** Records written by a newer version of the extension, kept untouched. */
  readOnlyCount: number;
}
export interface CorruptReport {
  quarantined: CorruptSummary[];
  /** Invalid records that could not be moved yet (e.g. storage full); still excluded and still counted. */
  pending: { key: string; reason: string; issues: string[] }[];
  readOnlyKeys: string[];
  backups: number;
}
/**
 * What the lists get: the summary index as it is stored (compact; the page expands it with lib/storage/summary.ts
 * `expandList`), newest first, and the counts of records set aside.
 */
export interface SummaryListValue {
  /** The index shards as stored (JSON strings), checked: the page parses and expands them (`expandList`). */
  shards: string[];
  corruptCount: number;
  readOnlyCount: number;
}
export interface OverviewValue extends SummaryListValue {
  progress: ProgressView;
  settings: Settings;
}
export interface ProgressAndSettingsValue {
  progress: ProgressView;
  settings: Settings;
  /**
   * Ids of the postings in storage, from the key list (their records are not read here): enough to mark
   * "saved" before the postings themselves arrive. listPostings has the validated records.
   */
  savedIds: string[];
  /** The lists' counts (as in SummaryListValue), so a page that reads the index shards itself needs nothing else. */
  corruptCount: number;
  readOnlyCount: number;
  /**
   * Whether the stored index shards say what the records say, as far as the writer knows: false after a commit that
   * could not keep them, until the next list read rebuilds them. A page that reads the shards itself
   * (lib/storage/direct-list.ts) asks getOverview instead when this is false.
   */
  indexSound: boolean;
}
export interface DashboardValue extends OverviewValue {
  usage: StorageUsage;
  corrupt: CorruptReport;
  /** What readiness over time is replayed from (lib/scoring/readiness-history.ts). */
  progressLog: ProgressLog;
}

export interface ViewReader {
  listPostings(): Promise<Result<ListPostingsValue>>;
  /** The summary index + progress + settings, without reading a posting record (the popup opens with one round trip). */
  getOverview(): Promise<Result<OverviewValue>>;
  /**
   * Progress and settings without reading saved postings (when the browser can list keys): the popup's first
   * paint. Falls back to the full read when keys cannot be listed or a record needs repair or migration.
   */
  getProgressAndSettings(): Promise<Result<ProgressAndSettingsValue>>;
  /** Everything the dashboard shows, from the summary index and the small keys (no posting record is read). */
  getDashboard(): Promise<Result<DashboardValue>>;
  /** One posting's status (null: not saved), from a read of that one record: what a job tab shows. */
  getSavedStatus(id: string): Promise<Result<{ status: PostingStatus } | null>>;
  getStorageUsage(): Promise<Result<StorageUsage>>;
  getCorruptRecords(): Promise<Result<CorruptReport>>;
  /** The summaries of the index, parsed (the background's own counts, e.g. the follow-up badge; not a message). */
  getSummaries(): Promise<Result<PostingSummary[]>>;
}

const listValue = (view: StoreView): ListPostingsValue => ({
  postings: [...view.postings.values()].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1)),
  corruptCount: view.corrupt.length + view.invalid.length,
  readOnlyCount: view.readOnly.size,
});

/** From a view of the quarantine and backup entries, and what the last full read found (pending, read-only). */
const corruptReport = (view: StoreView, facts: FullReadFacts): CorruptReport => ({
  quarantined: view.corrupt,
  pending: facts.pending,
  readOnlyKeys: facts.readOnlyKeys,
  backups: view.backups.length,
});

const listed = (index: IndexView, counts: RecordCounts): SummaryListValue => ({
  shards: index.texts,
  corruptCount: counts.corrupt,
  readOnlyCount: counts.readOnly,
});

const overview = (index: IndexView, view: StoreView, counts: RecordCounts): OverviewValue => ({
  ...listed(index, counts),
  progress: toProgressView(view.progress.values()),
  settings: view.settings,
});

export function viewReader(core: Core): ViewReader {
  return {
    listPostings: () => core.run(listValue),
    getOverview: () => core.runIndex(overview),
    getProgressAndSettings: () =>
      core.runSmall((view, savedIds, { counts, indexSound }) => ({
        progress: toProgressView(view.progress.values()),
        settings: view.settings,
        savedIds,
        corruptCount: counts.corrupt,
        readOnlyCount: counts.readOnly,
        indexSound,
      })),
    getDashboard: async () => {
      // The corrupt report and usage need the quarantine entries and the byte count, not the postings.
      const details = await core.runDetails((view, usage, facts) => ({ usage, corrupt: corruptReport(view, facts) }));
      if (!details.ok) return details;
      return core.runIndex((index, view, counts) => ({
        ...overview(index, view, counts),
        usage: details.value.usage,
        corrupt: details.value.corrupt,
        progressLog: readProgressLog(view.all, view.progress.values()),
      }));
    },
    getSavedStatus: (id) =>
      core.runKeys([postingKey(id)], (view) => {
        const posting = view.postings.get(id);
        return posting ? { status: posting.status } : null;
      }),
    getStorageUsage: () => core.runDetails((_, usage) => usage),
    getCorruptRecords: () => core.runDetails((view, _, facts) => corruptReport(view, facts)),
    getSummaries: () => core.runIndex((index) => [...index.entries.values()]),
  };
}
