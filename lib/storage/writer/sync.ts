import { mirroredItems, planPull, type MirroredRecord } from '../../sync/plan';
import { readSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../../sync/status';
import { versionedEntries } from '../items';
import { progressKey, SETTINGS_KEY } from '../keys';
import { appendProgressEvents, isScoringInput, PROGRESS_LOG_KEY, readProgressLog } from '../progress-log';
import type { StoreView } from '../read-store';
import type { Result } from '../result';
import type { ProgressRecord, Settings } from '../schemas';
import type { Core, WriteOutcome } from './core';

/**
 * The local side of the storage.sync mirror (lib/sync/mirror.ts): what to push, applying what another device
 * pushed, and the mirror's status. Everything the mirror changes locally goes through here, the one writer.
 */
export interface SyncApplied extends Omit<WriteOutcome, 'usage'> {
  /** Storage usage after the write; null when nothing was newer (decided without reading every record). */
  usage: WriteOutcome['usage'] | null;
  /** Records (progress and settings) replaced or added from sync. */
  applied: number;
  /** Mirrored keys in sync whose value was not valid: left alone. */
  ignored: number;
}

export interface SyncWriter {
  /** The records this device mirrors (progress, and settings once stored), by storage key. */
  getMirrorItems(): Promise<Result<Map<string, MirroredRecord>>>;
  /** Applies storage.sync's contents: each valid record newer than the local one, in one commit (lib/sync/plan.ts planPull). */
  applySynced(items: Readonly<Record<string, unknown>>): Promise<Result<SyncApplied>>;
  getSyncStatus(): Promise<Result<SyncStatus | null>>;
  /**
   * Stores the mirror's status. Skipped when it says what the stored one says and nothing was mirrored
   * (`mirrored` false), so an idle mirror does not write on every worker start — or when something was mirrored
   * within a minute of the stored time (the profile says "last synced" to the minute; a burst of edits is one write).
   */
  recordSyncStatus(status: SyncStatus, mirrored: boolean): Promise<Result<SyncStatus>>;
}

const STATUS_REFRESH_MS = 60_000;

/** Whether storing `next` would tell the user nothing `stored` does not. */
function sameStatus(stored: SyncStatus, next: SyncStatus, mirrored: boolean): boolean {
  return stored.state === next.state && stored.detail === next.detail && (!mirrored || next.at - stored.at < STATUS_REFRESH_MS);
}

/**
 * The entries that store merged progress records and settings at their current versions, with a progress-log event
 * for each changed scoring input at the record's own time: one batch. Shared by import and sync.
 */
export function mergedEntries(view: StoreView, merge: { readonly progress: readonly ProgressRecord[]; readonly settings: Settings | null }): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const r of merge.progress) Object.assign(set, versionedEntries('progress', progressKey(r.kind, r.id), r));
  if (merge.settings) Object.assign(set, versionedEntries('settings', SETTINGS_KEY, merge.settings));
  const events = merge.progress.flatMap((r) => {
    const before = view.progress.get(progressKey(r.kind, r.id));
    return isScoringInput(r.kind) && (before?.done ?? false) !== r.done ? [{ at: r.updatedAt, kind: r.kind, id: r.id, done: r.done }] : [];
  });
  if (events.length > 0) set[PROGRESS_LOG_KEY] = appendProgressEvents(readProgressLog(view.all, view.progress.values()), events);
  return set;
}

export function syncWriter(core: Core): SyncWriter {
  return {
    getMirrorItems: () => core.runSmall((view) => mirroredItems(view)),
    applySynced: async (items) => {
      // Most runs find nothing newer in sync: decided on the small read (progress and settings are all a pull
      // touches), so a no-op run never reads every saved posting.
      const nothing = await core.runSmall((view) => {
        const plan = planPull(items, view);
        return plan.progress.length === 0 && !plan.settings ? plan.ignored.length : null;
      });
      if (nothing.ok && nothing.value !== null) return { ok: true, value: { applied: 0, ignored: nothing.value, usage: null } };
      return core.run(async (view) => {
        // Planned again on this fresh read, in the queue: a plan made earlier could be stale.
        const plan = planPull(items, view);
        const applied = plan.progress.length + (plan.settings ? 1 : 0);
        if (applied === 0) return { applied, ignored: plan.ignored.length, usage: core.usage(view) };
        const usage = await core.commit(view, mergedEntries(view, plan));
        return { applied, ignored: plan.ignored.length, usage };
      });
    },
    getSyncStatus: () => core.runSmall((view) => readSyncStatus(view.all)),
    recordSyncStatus: async (status, mirrored) => {
      // Decided on the small read; the write (a full read and commit) only when the status says something new.
      const skip = await core.runSmall((view) => {
        const stored = readSyncStatus(view.all);
        return stored && sameStatus(stored, status, mirrored) ? stored : null;
      });
      if (skip.ok && skip.value) return { ok: true, value: skip.value };
      return core.run(async (view) => {
        const stored = readSyncStatus(view.all);
        if (stored && sameStatus(stored, status, mirrored)) return stored;
        await core.commit(view, { [SYNC_STATUS_KEY]: status });
        return status;
      });
    },
  };
}
