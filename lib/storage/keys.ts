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
/** The résumé text the user opted to keep (lib/storage/writer/resume.ts). */
export const RESUME_KEY = 'resume';
/** How the mirror to storage.sync is doing (lib/sync/status.ts): bookkeeping, not the user's data. */
export const SYNC_STATUS_KEY = 'sync-status';

/** Whether a storage change touched the user's data (views reload on it), not only bookkeeping such as the sync status. */
export const changesUserData = (keys: readonly string[]): boolean => keys.some((k) => k !== SYNC_STATUS_KEY && k !== `${SYNC_STATUS_KEY}$`);

/** WXT keeps an item's metadata (its schema version `v`) under `<key>$`. */
export const META_SUFFIX = '$';

export const postingKey = (id: string): string => `${POSTING_PREFIX}${id}`;
export const progressKey = (kind: ProgressKind, id: string): string => `${PROGRESS_PREFIX}${kind}:${id}`;
export const trashKey = (id: string): string => `${TRASH_PREFIX}${id}`;
export const corruptKey = (key: string): string => `${CORRUPT_PREFIX}${key}`;
export const backupKey = (key: string): string => `${BACKUP_PREFIX}${key}`;
export const metaKey = (key: string): string => `${key}${META_SUFFIX}`;
export const isMetaKey = (key: string): boolean => key.endsWith(META_SUFFIX);

/** The record families that carry a schema version. */
export type RecordFamily = 'posting' | 'progress' | 'settings' | 'trash';

export function familyOf(key: string): RecordFamily | null {
  if (isMetaKey(key)) return null;
  if (key.startsWith(POSTING_PREFIX)) return 'posting';
  if (key.startsWith(PROGRESS_PREFIX)) return 'progress';
  if (key === SETTINGS_KEY) return 'settings';
  if (key.startsWith(TRASH_PREFIX)) return 'trash';
  return null;
}
