import { readProgressLog } from '../progress-log';
import { toProgressView, type ProgressView } from '../progress';
import type { StorageUsage } from '../quota';
import type { CorruptSummary, StoreView } from '../read-store';
import type { Result } from '../result';
import type { SavedPosting, Settings } from '../schemas';
import type { ProgressLog } from '../../scoring/readiness-history';
import type { Core } from './core';

/** Reads shaped for the views: lists, the popup's first paint, the dashboard, corrupt records. */
export interface ListPostingsValue {
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
export interface OverviewValue extends ListPostingsValue {
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
}
export interface DashboardValue extends OverviewValue {
  usage: StorageUsage;
  corrupt: CorruptReport;
  /** What readiness over time is replayed from (lib/scoring/readiness-history.ts). */
  progressLog: ProgressLog;
}

export interface ViewReader {
  listPostings(): Promise<Result<ListPostingsValue>>;
  /** listPostings + progress + settings from one read of storage (the popup opens with one round trip). */
  getOverview(): Promise<Result<OverviewValue>>;
  /**
   * Progress and settings without reading saved postings (when the browser can list keys): the popup's first
   * paint. Falls back to the full read when keys cannot be listed or a record needs repair or migration.
   */
  getProgressAndSettings(): Promise<Result<ProgressAndSettingsValue>>;
  /** Everything the dashboard shows, from one read of storage. */
  getDashboard(): Promise<Result<DashboardValue>>;
  getStorageUsage(): Promise<Result<StorageUsage>>;
  getCorruptRecords(): Promise<Result<CorruptReport>>;
}

const listValue = (view: StoreView): ListPostingsValue => ({
  postings: [...view.postings.values()].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1)),
  corruptCount: view.corrupt.length + view.invalid.length,
  readOnlyCount: view.readOnly.size,
});

const corruptReport = (view: StoreView): CorruptReport => ({
  quarantined: view.corrupt,
  pending: view.invalid.map((i) => ({ key: i.key, reason: i.reason, issues: i.issues })),
  readOnlyKeys: [...view.readOnly],
  backups: view.backups.length,
});

const overview = (view: StoreView): OverviewValue => ({ ...listValue(view), progress: toProgressView(view.progress.values()), settings: view.settings });

export function viewReader(core: Core): ViewReader {
  return {
    listPostings: () => core.run(listValue),
    getOverview: () => core.run(overview),
    getProgressAndSettings: () => core.runSmall((view, savedIds) => ({ progress: toProgressView(view.progress.values()), settings: view.settings, savedIds })),
    getDashboard: () =>
      core.run((view) => ({
        ...overview(view),
        usage: core.usage(view),
        corrupt: corruptReport(view),
        progressLog: readProgressLog(view.all, view.progress.values()),
      })),
    getStorageUsage: () => core.run((view) => core.usage(view)),
    getCorruptRecords: () => core.run(corruptReport),
  };
}
