import type { ProgressKind } from './schemas';

/**
 * Storage keys (area `local`, written without the `local:` prefix WXT uses).
 * One key per posting and per progress item, so a write touches only what changed.
 */
export const POSTING_PREFIX = 'posting:';
export const PROGRESS_PREFIX = 'progress:';
export const SETTINGS_KEY = 'settings';
export const TRASH_PREFIX = 'trash:';
export const CORRUPT_PREFIX = 'corrupt:';
export const BACKUP_PREFIX = 'backup:';
/** The full description of a saved posting (`text:<id>`), kept for re-analysis; never read by lists or full reads. */
export const TEXT_PREFIX = 'text:';
/** The summary index shards (lib/storage/summary.ts): derived from the posting records, rebuilt when in doubt. */
export const INDEX_PREFIX = 'index:';
/** The résumé text the user opted to keep (lib/storage/writer/resume.ts). */
export const RESUME_KEY = 'resume';
/** How the mirror to storage.sync is doing (lib/sync/status.ts): bookkeeping, not the user's data. */
export const SYNC_STATUS_KEY = 'sync-status';

/**
 * The postings the sidebar analysed lately, saved or not (lib/storage/analysed.ts): what the list badges read besides
 * the saved postings. Local only: not synced, not exported. No view of the popup or dashboard shows it.
 */
export const ANALYSED_KEY = 'analysed';

/** How re-analysis of saved postings is doing (lib/storage/reanalysis.ts): bookkeeping, written with each batch. */
export const REANALYSIS_KEY = 'reanalysis';

/** When the writer last checked every record and the summary index in full (lib/storage/writer/core.ts). */
export const STORE_CHECK_KEY = 'store-check';
// The analysed record is the user's data, but no popup or dashboard view shows it: writing it (each sidebar analysis)
// must not make them reload.
const BOOKKEEPING: ReadonlySet<string> = new Set([SYNC_STATUS_KEY, `${SYNC_STATUS_KEY}$`, REANALYSIS_KEY, `${REANALYSIS_KEY}$`, STORE_CHECK_KEY, ANALYSED_KEY]);

/**
 * Whether a storage change touched the user's data (views reload on it), not only bookkeeping such as the sync status.
 * A re-analysis batch (its status is in the same write) is bookkeeping too: the views show its progress
 * (components/saved/reanalysis-progress.tsx) and reload once, when the run finishes (`reanalysisFinished`).
 */
export const changesUserData = (keys: readonly string[]): boolean => !keys.includes(REANALYSIS_KEY) && keys.some((k) => !BOOKKEEPING.has(k));

/** WXT keeps an item's metadata (its schema version `v`) under `<key>$`. */
export const META_SUFFIX = '$';

export const postingKey = (id: string): string => `${POSTING_PREFIX}${id}`;
export const progressKey = (kind: ProgressKind, id: string): string => `${PROGRESS_PREFIX}${kind}:${id}`;
export const textKey = (id: string): string => `${TEXT_PREFIX}${id}`;
export const trashKey = (id: string): string => `${TRASH_PREFIX}${id}`;
export const corruptKey = (key: string): string => `${CORRUPT_PREFIX}${key}`;
export const backupKey = (key: string): string => `${BACKUP_PREFIX}${key}`;
export const metaKey = (key: string): string => `${key}${META_SUFFIX}`;
export const isMetaKey = (key: string): boolean => key.endsWith(META_SUFFIX);

/** The record families that carry a schema version. */
export type RecordFamily = 'posting' | 'progress' | 'settings' | 'trash' | 'text';

export function familyOf(key: string): RecordFamily | null {
  if (isMetaKey(key)) return null;
  if (key.startsWith(POSTING_PREFIX)) return 'posting';
  if (key.startsWith(PROGRESS_PREFIX)) return 'progress';
  if (key === SETTINGS_KEY) return 'settings';
  if (key.startsWith(TRASH_PREFIX)) return 'trash';
  if (key.startsWith(TEXT_PREFIX)) return 'text';
  return null;
}
