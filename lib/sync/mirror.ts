import type { Result } from '../storage/result';
import { isMirroredKey, planPush, SYNC_QUOTAS, writeDelay, type MirroredRecord, type SyncQuotas } from './plan';
import { syncStatus, type SyncState, type SyncStatus } from './status';

/**
 * Mirrors the profile, progress and settings to the browser's own sync storage (storage.sync: Chrome's and
 * Firefox's built-in sync, no server of ours) and applies what other devices put there. storage.local stays the
 * source of truth: a refused or failing sync write changes nothing locally, and everything not yet in sync is
 * pushed again on the next run.
 *
 * One run ("reconcile"): read sync; apply its newer valid records locally through the writer; push the local
 * records newer than sync's (lib/sync/plan.ts) in one batched `set` — one write operation. Runs at start, a short
 * while after a local change of a mirrored key (debounced), and after a change in sync (another device, or our own
 * write, which then finds nothing to do: equal updatedAt is never re-written).
 *
 * MV3 may stop the worker at any time: nothing here matters if lost. A lost debounce is caught up by the next
 * start's run; the write times kept for the rate limit only spare a refused write.
 */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What the mirror needs of the one writer (lib/storage/writer/sync.ts). */
export interface MirrorWriter {
  getMirrorItems(): Promise<Result<ReadonlyMap<string, MirroredRecord>>>;
  applySynced(items: Readonly<Record<string, unknown>>): Promise<Result<{ applied: number }>>;
  recordSyncStatus(status: SyncStatus, mirrored: boolean): Promise<Result<unknown>>;
}

/** Subscribes a listener to the keys changed in one storage area; returns the unsubscribe. */
export type ChangeSubscription = (listener: (keys: string[]) => void) => () => void;

export interface SyncMirrorOptions {
  writer: MirrorWriter;
  /** storage.sync; undefined where the browser has none. */
  sync: SyncArea | undefined;
  onLocalChange: ChangeSubscription;
  onSyncChange: ChangeSubscription;
  now?: () => number;
  debounceMs?: number;
  quotas?: SyncQuotas;
}

export interface SyncMirror {
  /** Resolves when every queued run has finished (a pending debounce is not a run yet). */
  settled(): Promise<void>;
  /** Removes the listeners and the pending timer. */
  stop(): void;
}

export const SYNC_DEBOUNCE_MS = 2_000;
/** A burst of changes postpones the push at most this long. */
const MAX_WAIT_FACTOR = 5;
/** After the browser refused a write for its write-rate quota, try again this much later. */
const RATE_RETRY_MS = 60_000;
const HOUR_MS = 3_600_000;

export const SYNC_TEXT = {
  ok: "Your profile, progress and settings are mirrored to this browser's sync storage.",
  none: 'This browser has no sync storage: your data stays on this device.',
  failing: (why: string) => `Sync storage is off or failing (${why}): your data stays on this device.`,
  refused: (why: string) => `Sync storage refused the change (${why}): it is kept on this device and tried again at the next change.`,
  skipped: (n: number) => `${n} ${n === 1 ? 'item does' : 'items do'} not fit in sync storage: kept on this device only.`,
  waiting: (perMinute: number) => `Waiting to sync: the browser allows ${perMinute} sync writes a minute.`,
  localFull: (why: string) => `Changes from your other devices could not be saved here (${why}).`,
} as const;

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 160);

export function startSyncMirror(options: SyncMirrorOptions): SyncMirror {
  const { writer, sync } = options;
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  const quotas = options.quotas ?? SYNC_QUOTAS;
  const writes: number[] = [];
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince = 0;
  let stopped = false;

  const report = async (state: SyncState, detail: string, mirrored: boolean): Promise<void> => {
    await writer.recordSyncStatus(syncStatus(state, now(), detail), mirrored);
  };

  async function reconcile(): Promise<void> {
    if (stopped) return;
    if (!sync) return report('unavailable', SYNC_TEXT.none, false);
    let remote: Record<string, unknown>;
    try {
      remote = await sync.get(null);
    } catch (err) {
      return report('unavailable', SYNC_TEXT.failing(messageOf(err)), false);
    }
    const pulled = await writer.applySynced(remote);
    if (!pulled.ok) return report(pulled.error.code === 'quota' ? 'quota' : 'unavailable', SYNC_TEXT.localFull(pulled.error.message), false);
    const local = await writer.getMirrorItems();
    if (!local.ok) return;
    const plan = planPush(local.value, remote, quotas);
    let mirrored = pulled.value.applied > 0;
    if (Object.keys(plan.set).length > 0) {
      const wait = writeDelay(writes, now(), quotas);
      if (wait > 0) {
        schedule(wait);
        return report('idle', SYNC_TEXT.waiting(quotas.writesPerMinute), mirrored);
      }
      writes.push(now());
      while (writes.length > 0 && (writes[0] ?? 0) <= now() - HOUR_MS) writes.shift();
      try {
        await sync.set(plan.set);
      } catch (err) {
        const why = messageOf(err);
        if (!/quota/i.test(why)) return report('unavailable', SYNC_TEXT.failing(why), mirrored);
        if (/WRITE_OPERATIONS/i.test(why)) schedule(RATE_RETRY_MS);
        return report('quota', SYNC_TEXT.refused(why), mirrored);
      }
      mirrored = true;
    }
    if (plan.skipped.length > 0) return report('quota', SYNC_TEXT.skipped(plan.skipped.length), mirrored);
    return report('ok', SYNC_TEXT.ok, mirrored);
  }

  function enqueue(): Promise<void> {
    chain = chain.then(reconcile).catch(() => undefined);
    return chain;
  }

  /** (Re)starts the timer, unless a burst has already postponed the run for long enough. */
  function schedule(ms: number): void {
    if (stopped) return;
    if (timer !== undefined) {
      if (now() - pendingSince >= debounceMs * MAX_WAIT_FACTOR) return;
      clearTimeout(timer);
    } else pendingSince = now();
    timer = setTimeout(() => {
      timer = undefined;
      void enqueue();
    }, ms);
  }

  // Registered synchronously: MV3 delivers the events that wake the worker only to listeners registered at start.
  // Without sync storage there is nothing to listen for: the start run records "unavailable" once.
  const unsubscribe = sync
    ? [
        options.onLocalChange((keys) => {
          if (keys.some(isMirroredKey)) schedule(debounceMs);
        }),
        options.onSyncChange(() => schedule(debounceMs)),
      ]
    : [];
  // Start: apply what other devices pushed while this worker was stopped, then push what sync lacks.
  void enqueue();

  return {
    async settled() {
      let seen: Promise<void>;
      do {
        seen = chain;
        await seen;
      } while (seen !== chain);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      unsubscribe.forEach((u) => u());
    },
  };
}
