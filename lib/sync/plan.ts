import { mergeNewer } from '../storage/export-import';
import { isMetaKey, PROGRESS_PREFIX, progressKey, SETTINGS_KEY } from '../storage/keys';
import { entryBytes } from '../storage/quota';
import type { StoreView } from '../storage/read-store';
import { ProgressRecordSchema, SettingsSchema, type ProgressKind, type ProgressRecord, type Settings } from '../storage/schemas';

/**
 * The mirror of the profile, progress and settings in the browser's own sync storage (storage.sync), planned as
 * pure functions. storage.local stays the source of truth: sync holds a copy, item by item under the same keys
 * as local (`progress:<kind>:<id>`, `settings`), each value the record itself with its updatedAt (newest wins).
 * Saved postings, trash, backups, quarantine, the progress log and the kept résumé never leave this device.
 */

/** storage.sync's limits (Chrome's; Firefox's are the same or looser). Bytes are a key plus its value's JSON. */
export interface SyncQuotas {
  readonly bytes: number;
  readonly bytesPerItem: number;
  readonly maxItems: number;
  readonly writesPerMinute: number;
  readonly writesPerHour: number;
}

export const SYNC_QUOTAS: SyncQuotas = { bytes: 102_400, bytesPerItem: 8_192, maxItems: 512, writesPerMinute: 120, writesPerHour: 1_800 };

export type MirroredRecord = ProgressRecord | Settings;

/** Only progress records and settings are mirrored. */
export function isMirroredKey(key: string): boolean {
  return key === SETTINGS_KEY || (key.startsWith(PROGRESS_PREFIX) && !isMetaKey(key));
}

/**
 * What this device mirrors, by key: every valid progress record and the settings if any were ever stored
 * (defaults are not pushed: they would win nothing and cost an item). Read-only (newer-version) records are not
 * in the view's maps, so they stay where they are.
 */
export function mirroredItems(view: Pick<StoreView, 'all' | 'progress' | 'settings' | 'readOnly'>): Map<string, MirroredRecord> {
  const items = new Map<string, MirroredRecord>();
  if (Object.hasOwn(view.all, SETTINGS_KEY) && !view.readOnly.has(SETTINGS_KEY)) items.set(SETTINGS_KEY, view.settings);
  for (const [key, record] of view.progress) items.set(key, record);
  return items;
}

/** Which items go first when not everything fits: settings, then the profile, then checklists. */
const PRIORITY: readonly ('settings' | ProgressKind)[] = ['settings', 'transferable', 'skill', 'learning', 'other', 'task', 'action'];

function rank(record: MirroredRecord): number {
  return PRIORITY.indexOf('kind' in record ? record.kind : 'settings');
}

/** The updatedAt of a value found in sync, or null when it has none (then any local record replaces it). */
function updatedAtOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = (value as { updatedAt?: unknown }).updatedAt;
  return typeof t === 'number' && Number.isFinite(t) ? t : null;
}

export type PushSkipReason = 'item-too-large' | 'total-bytes' | 'max-items';

export interface PushPlan {
  /** One batched `set`: the items newer here than in sync that fit the quotas. */
  readonly set: Record<string, MirroredRecord>;
  /** Items newer here that do not fit, and why; they stay local and are tried again on the next push. */
  readonly skipped: readonly { readonly key: string; readonly reason: PushSkipReason }[];
}

/**
 * The items to write to sync: each local item newer than the value under its key in sync (equal updatedAt is never
 * re-written, so two devices never ping-pong), by priority (settings, transferable, skill, learning, other, task,
 * action) and newest first, as many as fit the per-item, total and item-count quotas given what sync holds.
 * A sync value with a newer updatedAt is kept even when this code cannot read it (a newer version wrote it).
 */
export function planPush(local: ReadonlyMap<string, MirroredRecord>, sync: Readonly<Record<string, unknown>>, quotas: SyncQuotas = SYNC_QUOTAS): PushPlan {
  const candidates = [...local].filter(([key, record]) => {
    const there = Object.hasOwn(sync, key) ? updatedAtOf(sync[key]) : null;
    return there === null || record.updatedAt > there;
  });
  candidates.sort(([ka, a], [kb, b]) => rank(a) - rank(b) || b.updatedAt - a.updatedAt || (ka < kb ? -1 : ka > kb ? 1 : 0));
  let bytes = 0;
  let items = 0;
  for (const [key, value] of Object.entries(sync)) {
    bytes += entryBytes(key, value);
    items++;
  }
  const set: Record<string, MirroredRecord> = {};
  const skipped: { key: string; reason: PushSkipReason }[] = [];
  for (const [key, record] of candidates) {
    const size = entryBytes(key, record);
    const present = Object.hasOwn(sync, key);
    const nextBytes = bytes + size - (present ? entryBytes(key, sync[key]) : 0);
    if (size > quotas.bytesPerItem) skipped.push({ key, reason: 'item-too-large' });
    else if (nextBytes > quotas.bytes) skipped.push({ key, reason: 'total-bytes' });
    else if (!present && items + 1 > quotas.maxItems) skipped.push({ key, reason: 'max-items' });
    else {
      set[key] = record;
      bytes = nextBytes;
      if (!present) items++;
    }
  }
  return { set, skipped };
}

export type PullIgnoreReason = 'invalid' | 'key-mismatch';

export interface PullPlan {
  /** Valid records from sync newer than the local ones (or absent locally). */
  readonly progress: ProgressRecord[];
  readonly settings: Settings | null;
  /** Mirrored keys in sync whose value is not a valid record for that key: never applied. */
  readonly ignored: readonly { readonly key: string; readonly reason: PullIgnoreReason }[];
}

/**
 * What sync holds that should replace local records: every value validated (ProgressRecordSchema, SettingsSchema),
 * under the key its content names, then merged by the import's rule (newer updatedAt wins, ties keep local,
 * read-only records are never replaced). Keys sync should not hold (postings, the résumé, …) are never applied.
 */
export function planPull(sync: Readonly<Record<string, unknown>>, local: Pick<StoreView, 'progress' | 'settings' | 'readOnly'>): PullPlan {
  const progress: ProgressRecord[] = [];
  let settings: Settings | null = null;
  const ignored: { key: string; reason: PullIgnoreReason }[] = [];
  for (const [key, value] of Object.entries(sync)) {
    if (!isMirroredKey(key)) continue;
    if (key === SETTINGS_KEY) {
      const parsed = SettingsSchema.safeParse(value);
      if (parsed.success) settings = parsed.data;
      else ignored.push({ key, reason: 'invalid' });
      continue;
    }
    const parsed = ProgressRecordSchema.safeParse(value);
    if (!parsed.success) ignored.push({ key, reason: 'invalid' });
    else if (progressKey(parsed.data.kind, parsed.data.id) !== key) ignored.push({ key, reason: 'key-mismatch' });
    else progress.push(parsed.data);
  }
  const merge = mergeNewer(local, progress, settings);
  return { progress: merge.progress, settings: merge.settings, ignored };
}

/**
 * Milliseconds to wait before the next write so the writes of the last minute and hour stay within the quotas
 * (0: write now). `writes` are the times of earlier writes.
 */
export function writeDelay(writes: readonly number[], now: number, quotas: SyncQuotas = SYNC_QUOTAS): number {
  let delay = 0;
  for (const [window, max] of [
    [60_000, quotas.writesPerMinute],
    [3_600_000, quotas.writesPerHour],
  ] as const) {
    const recent = writes.filter((t) => t > now - window).sort((a, b) => a - b);
    if (recent.length < max) continue;
    // Wait until enough of them leave the window that one more write fits.
    const freeing = recent[recent.length - max];
    if (freeing !== undefined) delay = Math.max(delay, freeing + window - now);
  }
  return delay;
}
