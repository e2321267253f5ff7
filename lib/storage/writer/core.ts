import { defineRecordItem } from '../items';
import { backupKey, corruptKey, isMetaKey, META_SUFFIX, metaKey, POSTING_PREFIX, PROGRESS_PREFIX, RESUME_KEY, SETTINGS_KEY, SYNC_STATUS_KEY } from '../keys';
import { browserLocalArea, type LocalArea } from '../local-area';
import { RECORD_TYPES } from '../migrations';
import { createMutex, type Mutex } from '../mutex';
import { LEGACY_HISTORY_KEY, PROGRESS_LOG_KEY } from '../progress-log';
import { projectedBytes, QUOTA_BYTES, totalBytes, usageOf, type StorageUsage } from '../quota';
import { readStore, type StoreView } from '../read-store';
import { fail, ok, StorageError, type Result } from '../result';
import type { QuarantineRecord } from '../schemas';

/**
 * The commit core of the one writer: the queue (mutex), one validated read per operation, quarantine of
 * invalid records, persisted migrations with backups, and one batched write checked against quota and
 * read-only (newer-version) keys. The concern modules beside this file build their operations on it.
 */
export interface WriterOptions {
  now?: () => number;
  area?: LocalArea;
  quotaBytes?: number;
  /** Tests inject a no-op mutex to show the concurrency property fails without it. */
  mutex?: Mutex;
  /** Deleted postings kept for undo. */
  trashLimit?: number;
}

export interface WriteOutcome {
  usage: StorageUsage;
}

export interface Core {
  readonly area: LocalArea;
  readonly now: () => number;
  readonly quotaBytes: number;
  readonly trashLimit: number;
  /** A time after `previous`: updatedAt always moves forward, even within one millisecond. */
  bump(previous?: number): number;
  /** Writes one batch after checking quota and read-only keys. Storage is untouched when this throws. */
  commit(view: StoreView, set: Record<string, unknown>, remove?: string[]): Promise<StorageUsage>;
  /** Usage now, for operations that wrote nothing. */
  usage(view: StoreView): StorageUsage;
  /** A fresh validated read (quarantining invalid records and, once per worker, persisting migrations). */
  load(): Promise<StoreView>;
  /** Runs `task` on a fresh read, in the queue; errors become `{ ok: false }`. */
  run<T>(task: (view: StoreView) => Promise<T> | T): Promise<Result<T>>;
  /** As `run`, on a read of progress and settings only when the browser allows it (see readSmall). */
  runSmall<T>(task: (view: StoreView, savedIds: string[]) => T): Promise<Result<T>>;
  /**
   * Group commit: inputs queued back to back behind the mutex are applied to one read and written in one batch
   * by `flush`; any other operation closes the open batch, so the order of operations is exactly the queue's.
   */
  batched<I, O>(flush: (view: StoreView, inputs: I[]) => Promise<O[]>): (input: I) => Promise<Result<O>>;
  /** Re-runs the migration pass (worker start). */
  ensureReady(): Promise<Result<{ migrated: number; quarantined: number }>>;
}

/** Small keys outside the record families that the small read brings along (in `view.all`). */
const SMALL_KEYS: ReadonlySet<string> = new Set([RESUME_KEY, SYNC_STATUS_KEY, PROGRESS_LOG_KEY]);

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function isQuotaMessage(err: unknown): boolean {
  return /quota/i.test(err instanceof Error ? err.message : String(err));
}

export function failure(err: unknown): Result<never> {
  if (err instanceof StorageError) return fail(err.code, err.message);
  return fail('write-failed', `Unexpected storage error: ${err instanceof Error ? err.message : String(err)}`);
}

export function createCore(options: WriterOptions = {}): Core {
  const area = options.area ?? browserLocalArea;
  const now = options.now ?? Date.now;
  const mutex = options.mutex ?? createMutex();
  const quotaBytes = options.quotaBytes ?? QUOTA_BYTES;
  // Per worker lifetime only: after a restart the (idempotent) migration pass simply runs again.
  let migrationsChecked = false;
  let closeBatch: (() => void) | null = null;

  async function commit(view: StoreView, set: Record<string, unknown>, remove: string[] = []): Promise<StorageUsage> {
    for (const key of [...Object.keys(set), ...remove]) {
      const base = key.endsWith('$') ? key.slice(0, -1) : key;
      if (view.readOnly.has(base)) {
        throw new StorageError('read-only', 'This record was saved by a newer version of Pathway Lens and is read-only here. Update the extension to change it.');
      }
    }
    const before = totalBytes(view.all);
    const after = projectedBytes(view.all, before, set, remove);
    if (after > quotaBytes && after > before) {
      throw new StorageError('quota', `Storage is full: this change needs ${mb(after)} of the ${mb(quotaBytes)} available. Nothing was changed. Delete or archive saved postings (export them first if you want a copy).`);
    }
    if (Object.keys(set).length > 0) {
      try {
        await area.set(set);
      } catch (err) {
        if (isQuotaMessage(err)) {
          throw new StorageError('quota', `The browser refused the write because storage is full (${mb(before)} in use). Nothing was changed. Delete or archive saved postings to make room.`);
        }
        throw new StorageError('write-failed', `Saving failed: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.`);
      }
    }
    if (remove.length > 0) {
      try {
        await area.remove(remove);
      } catch (err) {
        throw new StorageError('write-failed', `Removing failed: ${err instanceof Error ? err.message : String(err)}.`);
      }
    }
    return usageOf(after, quotaBytes);
  }

  /** Moves invalid records to `corrupt:<key>`: never a crash, never a silent drop. */
  async function quarantine(view: StoreView): Promise<number> {
    const set: Record<string, unknown> = {};
    const remove: string[] = [];
    for (const bad of view.invalid) {
      let target = corruptKey(bad.key);
      if (Object.hasOwn(view.all, target)) target = `${target}~${now()}`;
      const record: QuarantineRecord = { key: bad.key, reason: bad.reason, issues: bad.issues, version: bad.version, value: bad.value, at: now() };
      set[target] = record;
      remove.push(bad.key, metaKey(bad.key));
    }
    try {
      await commit(view, set, remove);
      return view.invalid.length;
    } catch {
      return 0; // e.g. storage full: the records stay excluded and reported as pending
    }
  }

  /** Persists migrations through WXT's defineItem, with a backup of each old value kept until it succeeds. */
  async function persistMigrations(view: StoreView): Promise<number> {
    if (view.outdated.length === 0) return 0;
    const backups: Record<string, unknown> = {};
    for (const o of view.outdated) backups[backupKey(o.key)] = { key: o.key, version: o.version, value: view.all[o.key], at: now() };
    try {
      await commit(view, backups);
    } catch {
      return 0; // no room for a backup: keep the old records and keep decoding them in memory
    }
    const succeeded: string[] = [];
    for (const o of view.outdated) {
      const item = defineRecordItem(o.family, o.key);
      const meta = await item.getMeta();
      if (meta.v === RECORD_TYPES[o.family].version) succeeded.push(backupKey(o.key));
    }
    if (succeeded.length > 0) await area.remove(succeeded);
    return succeeded.length;
  }

  async function load(): Promise<StoreView> {
    let view = readStore(await area.getAll());
    if (view.invalid.length > 0 && (await quarantine(view)) > 0) view = readStore(await area.getAll());
    if (!migrationsChecked) {
      migrationsChecked = true;
      if ((await persistMigrations(view)) > 0) view = readStore(await area.getAll());
      // Readiness points stored by an earlier version: the history is derived now (lib/scoring/readiness-history.ts).
      if (Object.hasOwn(view.all, LEGACY_HISTORY_KEY)) {
        await area.remove([LEGACY_HISTORY_KEY]);
        view = readStore(await area.getAll());
      }
    }
    return view;
  }

  /**
   * A read of progress and settings only: the key list, then just those keys (and their `$` meta), validated
   * as in a full read. Null when the area cannot list keys, when this worker has not run its migration pass
   * yet, or when a record read needs quarantine or migration: the caller then takes the full read.
   */
  async function readSmall(): Promise<{ view: StoreView; savedIds: string[] } | null> {
    if (!migrationsChecked || !area.getKeys || !area.get) return null;
    const keys = await area.getKeys();
    if (!keys) return null;
    const wanted = keys.filter((k) => {
      const base = isMetaKey(k) ? k.slice(0, -META_SUFFIX.length) : k;
      return base === SETTINGS_KEY || base.startsWith(PROGRESS_PREFIX) || SMALL_KEYS.has(base);
    });
    const view = readStore(await area.get(wanted));
    if (view.invalid.length > 0 || view.outdated.length > 0) return null;
    const savedIds = keys.filter((k) => k.startsWith(POSTING_PREFIX) && !isMetaKey(k)).map((k) => k.slice(POSTING_PREFIX.length));
    return { view, savedIds };
  }

  function queue<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    // Work queued after this operation must not be applied before it.
    closeBatch?.();
    return mutex.run(task);
  }

  const core: Core = {
    area,
    now,
    quotaBytes,
    trashLimit: options.trashLimit ?? 20,
    bump: (previous) => Math.max(now(), (previous ?? -1) + 1),
    commit,
    usage: (view) => usageOf(totalBytes(view.all), quotaBytes),
    load,
    run: (task) =>
      queue(async () => {
        try {
          return ok(await task(await load()));
        } catch (err) {
          return failure(err);
        }
      }),
    runSmall: (task) =>
      queue(async () => {
        try {
          const small = await readSmall();
          if (small) return ok(task(small.view, small.savedIds));
          const view = await load();
          return ok(task(view, [...view.postings.keys()]));
        } catch (err) {
          return failure(err);
        }
      }),
    batched<I, O>(flush: (view: StoreView, inputs: I[]) => Promise<O[]>) {
      interface Pending {
        input: I;
        resolve: (result: Result<O>) => void;
      }
      let open: Pending[] | null = null;
      async function flushAll(batch: Pending[]): Promise<void> {
        if (open === batch) open = null;
        try {
          const values = await flush(await load(), batch.map((b) => b.input));
          batch.forEach((b, i) => b.resolve(ok(values[i] as O)));
          return;
        } catch (err) {
          if (batch.length === 1) {
            batch[0]?.resolve(failure(err));
            return;
          }
        }
        // The batch write failed (quota, read-only): each input on its own, so one bad input never fails the others.
        for (const b of batch) {
          try {
            const [value] = await flush(await load(), [b.input]);
            b.resolve(ok(value as O));
          } catch (err) {
            b.resolve(failure(err));
          }
        }
      }
      return (input: I) =>
        new Promise<Result<O>>((resolve) => {
          if (open) {
            open.push({ input, resolve });
            return;
          }
          closeBatch?.();
          const batch: Pending[] = [{ input, resolve }];
          open = batch;
          closeBatch = () => {
            if (open === batch) open = null;
          };
          void mutex.run(() => flushAll(batch));
        });
    },
    ensureReady: () =>
      queue(async () => {
        try {
          const before = readStore(await area.getAll());
          migrationsChecked = false;
          const after = await load();
          return ok({ migrated: before.outdated.length - after.outdated.length, quarantined: before.invalid.length - after.invalid.length });
        } catch (err) {
          return fail('write-failed', err instanceof Error ? err.message : String(err));
        }
      }),
  };
  return core;
}
