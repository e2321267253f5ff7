import { defineRecordItem } from '../items';
import { BACKUP_PREFIX, backupKey, CORRUPT_PREFIX, corruptKey, familyOf, isMetaKey, META_SUFFIX, metaKey, POSTING_PREFIX, PROGRESS_PREFIX, RESUME_KEY, SETTINGS_KEY, STORE_CHECK_KEY, SYNC_STATUS_KEY, TEXT_PREFIX, INDEX_PREFIX } from '../keys';
import { browserLocalArea, browserStorageBudget, type LocalArea } from '../local-area';
import { RECORD_TYPES } from '../migrations';
import { createMutex, type Mutex } from '../mutex';
import { LEGACY_HISTORY_KEY, PROGRESS_LOG_KEY } from '../progress-log';
import { projectedBytes, QUOTA_BYTES, totalBytes, usageOf, type StorageUsage } from '../quota';
import { readStore, type StoreView } from '../read-store';
import { fail, ok, StorageError, type Result } from '../result';
import type { QuarantineRecord, SavedPosting } from '../schemas';
import { buildShards, INDEX_KEYS, indexAgrees, readIndex, shardUpdates, summarize, type PostingSummary } from '../summary';

/** The index of `postings` built in memory (when the stored one could not be written). */
function indexOf(postings: ReadonlyMap<string, SavedPosting>): IndexView {
  return { entries: new Map([...postings].map(([id, p]) => [id, summarize(p)])), texts: INDEX_KEYS.map((k) => buildShards(postings.values())[k] as string) };
}

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
  /** After a quick worker start, how long before the full check of every record and the index runs (default 3 s). */
  verifyDelayMs?: number;
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
  /**
   * As `run`, on a read of progress and settings only when the browser allows it (see readSmall), with the saved ids,
   * the counts the lists report, and whether the stored index says what the records say as far as this worker knows
   * (false after a commit that could not keep it, until a full read rebuilds it).
   */
  runSmall<T>(task: (view: StoreView, savedIds: string[], facts: SmallFacts) => T): Promise<Result<T>>;
  /**
   * As `run`, on a read of just `keys` (and their `$` meta) when the browser allows it: one posting's status, the
   * summary index. Falls back to the full read before this worker's migration pass or when a record read needs
   * quarantine or migration, so the task always sees validated, current records.
   */
  runKeys<T>(keys: readonly string[], task: (view: StoreView) => Promise<T> | T, options?: { write?: boolean }): Promise<Result<T>>;
  /**
   * Group commit: inputs queued back to back behind the mutex are applied to one read and written in one batch
   * by `flush`; any other operation closes the open batch, so the order of operations is exactly the queue's.
   */
  batched<I, O>(flush: (view: StoreView, inputs: I[]) => Promise<O[]>, keysOf?: (inputs: I[]) => string[]): (input: I) => Promise<Result<O>>;
  /**
   * As `run`, for the lists: the summary index (lib/storage/summary.ts) with progress, settings and the small keys,
   * without reading a single posting record when the browser can list keys and the index is sound. Otherwise (first
   * operation of a worker, an index found unreadable or a failed removal) the full read, which rebuilds the index.
   */
  runIndex<T>(task: (index: IndexView, view: StoreView, counts: RecordCounts) => T): Promise<Result<T>>;
  /**
   * As `run`, for the dashboard's data section: the quarantined and backup entries, the browser's byte count and the
   * last full read's findings, without reading posting records (when the browser can list keys and count bytes).
   */
  runDetails<T>(task: (view: StoreView, usage: StorageUsage, facts: FullReadFacts) => T): Promise<Result<T>>;
  /** Re-runs the migration pass (worker start). */
  ensureReady(): Promise<Result<{ migrated: number; quarantined: number }>>;
  /**
   * Tells `listener` the keys of every commit that landed (set and removed), in this worker: the background's own
   * consumers (the sync mirror) follow the one writer without a storage.onChanged listener, which would receive the
   * values of every write — tens of MiB for an import. Returns an unsubscribe.
   */
  onCommitted(listener: (keys: string[]) => void): () => void;
}

/** The summary index as a list read has it: the summaries, and the shards as stored (checked) for the page. */
export interface IndexView {
  entries: ReadonlyMap<string, PostingSummary>;
  texts: string[];
}

/** What a small read knows beside progress and settings (see Core.runSmall). */
export interface SmallFacts {
  counts: RecordCounts;
  indexSound: boolean;
}

/** Records the lists report beside the postings: set aside as unreadable, and written by a newer version. */
export interface RecordCounts {
  corrupt: number;
  readOnly: number;
}

/** Bookkeeping of the last full read, for reads that do not see every record: what the lists report beside the postings. */
export interface FullReadFacts {
  /** Invalid records waiting to be moved aside (e.g. storage full). */
  pendingInvalid: number;
  readOnly: number;
  pending: { key: string; reason: string; issues: string[] }[];
  readOnlyKeys: string[];
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
  const quotaBytes = options.quotaBytes ?? (options.area ? QUOTA_BYTES : browserStorageBudget());
  // Per worker lifetime only: after a restart the (idempotent) migration pass simply runs again.
  let migrationsChecked = false;
  let closeBatch: (() => void) | null = null;
  /** Views from a read of every record (not `text:` values): the only ones an index rebuild may start from. */
  const fullViews = new WeakSet<StoreView>();
  /** Set when a commit could not keep the index exactly (see withIndex): the next list read takes the full read. */
  let indexSuspect = false;
  /** Verdicts on shard texts already checked by this worker (lib/storage/summary.ts `ShardMemo`). */
  const shardMemo = new Map<string, { text: string; entries: [string, PostingSummary][] | null }>();
  let facts: FullReadFacts = { pendingInvalid: 0, readOnly: 0, pending: [], readOnlyKeys: [] };
  /** Bytes of the `text:` values a full read left out (counted by the browser), so usage and quota still see them. */
  const leftOutBytes = new WeakMap<StoreView, number>();
  const bytesOf = (view: StoreView): number => totalBytes(view.all) + (leftOutBytes.get(view) ?? 0);
  let lastBytes = 0;

  /**
   * The index shards that follow this commit, added to the same `set` (one atomic write in both browsers), so the
   * index and the records cannot disagree after it; a removal is a second call, after which a failure marks the
   * index for a rebuild. A shard this commit cannot read (a partial view, or a bad shard) means a rebuild from a
   * full view, or, from a partial one, a rebuild at the next full read.
   */
  function withIndex(view: StoreView, set: Record<string, unknown>, remove: readonly string[]): Record<string, unknown> {
    const upserts: SavedPosting[] = [];
    const removed: string[] = [];
    for (const [key, value] of Object.entries(set)) if (key.startsWith(POSTING_PREFIX) && !isMetaKey(key)) upserts.push(value as SavedPosting);
    for (const key of remove) if (key.startsWith(POSTING_PREFIX) && !isMetaKey(key)) removed.push(key.slice(POSTING_PREFIX.length));
    if (upserts.length === 0 && removed.length === 0) return set;
    const updates = shardUpdates(view.all, upserts, removed);
    if (updates) return { ...set, ...updates };
    if (!fullViews.has(view)) {
      indexSuspect = true;
      return set;
    }
    const after = new Map(view.postings);
    for (const id of removed) after.delete(id);
    for (const p of upserts) after.set(p.id, p);
    return { ...set, ...buildShards(after.values()) };
  }

  const committed = new Set<(keys: string[]) => void>();
  function announce(keys: string[]): void {
    for (const listener of committed) {
      try {
        listener(keys);
      } catch {
        // A listener's failure is its own.
      }
    }
  }

  async function commit(view: StoreView, given: Record<string, unknown>, remove: string[] = []): Promise<StorageUsage> {
    const usage = await commitQuietly(view, given, remove);
    announce([...Object.keys(given), ...remove]);
    return usage;
  }

  async function commitQuietly(view: StoreView, given: Record<string, unknown>, remove: string[] = []): Promise<StorageUsage> {
    const set = withIndex(view, given, remove);
    for (const key of [...Object.keys(set), ...remove]) {
      const base = key.endsWith('$') ? key.slice(0, -1) : key;
      if (view.readOnly.has(base)) {
        throw new StorageError('read-only', 'This record was saved by a newer version of Pathway Lens and is read-only here. Update the extension to change it.');
      }
    }
    const before = fullViews.has(view) ? bytesOf(view) : ((await area.bytesInUse?.(null)) ?? bytesOf(view));
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
        // The set (index included) landed, the removal did not: the next list read rebuilds from the records.
        indexSuspect = true;
        throw new StorageError('write-failed', `Removing failed: ${err instanceof Error ? err.message : String(err)}.`);
      }
    }
    lastBytes = after;
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

  /**
   * Every key but the full descriptions (`text:`, the bulk of the store, read only by re-analysis and export), when
   * the browser can list keys; else everything. Returns the key list too when there is one.
   */
  async function readAll(): Promise<{ all: Record<string, unknown>; keys: string[] | null; leftOut: number }> {
    const keys = area.getKeys && area.get && area.bytesInUse ? await area.getKeys() : null;
    const texts = keys?.filter((k) => k.startsWith(TEXT_PREFIX)) ?? [];
    // Without the browser's byte count the left-out texts could not be counted against the quota: read them too.
    const leftOut = keys && texts.length > 0 && area.bytesInUse ? await area.bytesInUse(texts) : 0;
    if (!keys || !area.get || leftOut === null) return { all: await area.getAll(), keys: null, leftOut: 0 };
    const textSet = new Set(texts);
    return { all: await area.get(keys.filter((k) => !textSet.has(k))), keys, leftOut };
  }

  async function fullRead(): Promise<{ view: StoreView; keys: string[] | null }> {
    const { all, keys, leftOut } = await readAll();
    const view = readStore(all);
    fullViews.add(view);
    if (leftOut > 0) leftOutBytes.set(view, leftOut);
    lastBytes = bytesOf(view);
    return { view, keys };
  }

  /**
   * The index against the records: rebuilt when a shard is missing or unreadable, or says anything the records do not.
   * Also drops descriptions whose posting is gone (not saved, not in the trash). Derived data only: a failure here
   * leaves the index marked for the next full read.
   */
  async function verifyIndex(view: StoreView, keys: string[] | null): Promise<void> {
    const index = readIndex(view.all);
    // No posting and no index yet (a new profile): nothing to index; the first save writes every shard.
    const none = view.postings.size === 0 && INDEX_KEYS.every((k) => !Object.hasOwn(view.all, k));
    let ok = none || (index.ok && indexAgrees(index.entries, view.postings));
    if (!ok) {
      const shards = buildShards(view.postings.values());
      try {
        await area.set(shards);
        Object.assign(view.all, shards);
        ok = true;
      } catch {
        ok = false;
      }
    }
    indexSuspect = !ok;
    const textKeys = (keys ?? Object.keys(view.all)).filter((k) => k.startsWith(TEXT_PREFIX) && !isMetaKey(k));
    const orphans = textKeys.filter((k) => {
      const id = k.slice(TEXT_PREFIX.length);
      return !view.postings.has(id) && !view.trash.has(id);
    });
    if (orphans.length > 0) await area.remove(orphans.flatMap((k) => [k, metaKey(k)])).catch(() => undefined);
  }

  async function load(): Promise<StoreView> {
    let { view, keys } = await fullRead();
    if (view.invalid.length > 0 && (await quarantine(view)) > 0) ({ view, keys } = await fullRead());
    if (!migrationsChecked) {
      migrationsChecked = true;
      if ((await persistMigrations(view)) > 0) ({ view, keys } = await fullRead());
      // Readiness points stored by an earlier version: the history is derived now (lib/scoring/readiness-history.ts).
      if (Object.hasOwn(view.all, LEGACY_HISTORY_KEY)) {
        await area.remove([LEGACY_HISTORY_KEY]);
        ({ view, keys } = await fullRead());
      }
      await verifyIndex(view, keys);
    } else if (indexSuspect) {
      await verifyIndex(view, keys);
    }
    facts = {
      pendingInvalid: view.invalid.length,
      readOnly: view.readOnly.size,
      pending: view.invalid.map((i) => ({ key: i.key, reason: i.reason, issues: i.issues })),
      readOnlyKeys: [...view.readOnly],
    };
    return view;
  }

  /**
   * A read of progress and settings only: the key list, then just those keys (and their `$` meta), validated
   * as in a full read. Null when the area cannot list keys, when this worker has not run its migration pass
   * yet, or when a record read needs quarantine or migration: the caller then takes the full read.
   */
  async function readSmall(): Promise<{ view: StoreView; savedIds: string[]; counts: RecordCounts } | null> {
    await ready();
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
    const corrupt = keys.filter((k) => k.startsWith(CORRUPT_PREFIX) && !isMetaKey(k)).length;
    return { view, savedIds, counts: { corrupt: corrupt + facts.pendingInvalid, readOnly: facts.readOnly } };
  }

  /** Whether the browser counts bytes (Chrome; not Firefox's storage.local), asked once per worker. */
  let bytesCountable: boolean | undefined;
  async function canCountBytes(): Promise<boolean> {
    bytesCountable ??= area.bytesInUse ? (await area.bytesInUse(null)) !== null : false;
    return bytesCountable;
  }

  /**
   * A read of just `keys`. For a write (`write`), only where the browser counts bytes: the quota check then takes the
   * store's size from the browser, since the view holds only these keys.
   */
  async function readKeys(keys: readonly string[], write = false): Promise<StoreView | null> {
    await ready();
    if (!migrationsChecked || !area.get || indexSuspect || (write && !(await canCountBytes()))) return null;
    // A key that is not stored is absent (some areas answer it as undefined).
    const found = Object.entries(await area.get(keys.flatMap((k) => [k, metaKey(k)]))).filter(([, v]) => v !== undefined);
    const view = readStore(Object.fromEntries(found));
    if (view.invalid.length > 0 || view.outdated.length > 0) return null;
    // A write that must update an index shard not stored yet (a new profile's first save): the full read builds them all.
    if (write && keys.some((k) => k.startsWith(INDEX_PREFIX) && !Object.hasOwn(view.all, k))) return null;
    return view;
  }

  /** The index and the small read, or null when only the full read will do (see runIndex). */
  async function readIndexed(): Promise<{ index: IndexView; view: StoreView; counts: RecordCounts } | null> {
    if (indexSuspect || !area.get) return null;
    const small = await readSmall();
    if (!small) return null;
    const index = readIndex(await area.get([...INDEX_KEYS]), shardMemo);
    if (!index.ok) {
      indexSuspect = true;
      return null;
    }
    return { index, view: small.view, counts: small.counts };
  }

  async function readDetails(): Promise<{ view: StoreView; usage: StorageUsage } | null> {
    await ready();
    if (!migrationsChecked || indexSuspect || !area.getKeys || !area.get || !area.bytesInUse) return null;
    const keys = await area.getKeys();
    if (!keys) return null;
    const bytes = await area.bytesInUse(null);
    if (bytes === null) return null;
    const view = readStore(await area.get(keys.filter((k) => k.startsWith(CORRUPT_PREFIX) || k.startsWith(BACKUP_PREFIX))));
    return { view, usage: usageOf(bytes, quotaBytes) };
  }

  /**
   * A worker start that needs no full read: every record's `$` meta says the current version (so nothing to migrate),
   * no legacy key or pending backup, and the index lists exactly the posting keys there are. Then reads answer at
   * once, and the full check (values validated, invalid records quarantined, every summary compared) follows a few
   * seconds later in the queue. Else false: the full migration pass runs first, as before.
   */
  async function quickStart(): Promise<boolean> {
    if (!area.getKeys || !area.get) return false;
    const keys = await area.getKeys();
    if (!keys || keys.includes(LEGACY_HISTORY_KEY) || keys.some((k) => k.startsWith(BACKUP_PREFIX))) return false;
    const metas = await area.get([...keys.filter(isMetaKey), STORE_CHECK_KEY]);
    const check = metas[STORE_CHECK_KEY] as { at?: unknown } | undefined;
    lastFullCheck = typeof check?.at === 'number' && Number.isFinite(check.at) ? check.at : 0;
    const postingIds = new Set<string>();
    for (const key of keys) {
      const family = isMetaKey(key) ? null : familyOf(key);
      if (!family) continue;
      const meta = metas[metaKey(key)] as { v?: unknown } | undefined;
      const version = meta == null ? 1 : meta.v === undefined ? 1 : meta.v;
      if (version !== RECORD_TYPES[family].version) return false;
      if (family === 'posting') postingIds.add(key.slice(POSTING_PREFIX.length));
    }
    const shards = await area.get([...INDEX_KEYS]);
    recordsAtStart = keys.filter((k) => !isMetaKey(k) && familyOf(k) !== null).length;
    if (postingIds.size === 0 && Object.keys(shards).length === 0) return true;
    const index = readIndex(shards);
    if (!index.ok || index.entries.size !== postingIds.size) return false;
    for (const id of index.entries.keys()) if (!postingIds.has(id)) return false;
    return true;
  }

  /** Runs the full check (see quickStart) once, in the queue, after `verifyDelayMs`. */
  function scheduleFullCheck(attempt = 0): void {
    // Nothing stored yet (a new profile): nothing to check. Checked within the day: MV3 restarts the worker every
    // time it has been idle for half a minute, and a full read of 5,000 postings takes seconds.
    if (recordsAtStart === 0) return;
    const sinceLast = Date.now() - lastFullCheck;
    if (sinceLast >= 0 && sinceLast < FULL_CHECK_PERIOD_MS) return;
    setTimeout(() => {
      // Not in the middle of the user's work (an import, a burst of saves): later, when the queue has been quiet.
      if (Date.now() - lastActivity < Math.min(QUIET_MS, options.verifyDelayMs ?? QUIET_MS) && attempt < 10) {
        scheduleFullCheck(attempt + 1);
        return;
      }
      void queue(async () => {
        try {
          indexSuspect = true; // load() compares every summary with its record, and rebuilds on any difference
          await load();
          lastFullCheck = Date.now();
          await area.set({ [STORE_CHECK_KEY]: { at: lastFullCheck } });
        } catch {
          // The next full read tries again.
        }
        return ok(null);
      });
    }, options.verifyDelayMs ?? 3_000);
  }

  let recordsAtStart = -1;
  let lastFullCheck = 0;
  const FULL_CHECK_PERIOD_MS = 24 * 60 * 60 * 1000;
  let lastActivity = 0;
  const QUIET_MS = 2_000;

  /** Before the first read of a worker: the quick start, when it holds. */
  async function ready(): Promise<void> {
    if (migrationsChecked) return;
    if (await quickStart()) {
      migrationsChecked = true;
      scheduleFullCheck();
    }
  }

  /** A task in the queue whose throw becomes `{ ok: false }`. */
  function guarded<T>(task: () => Promise<T> | T): Promise<Result<T>> {
    return queue(async () => {
      try {
        return ok(await task());
      } catch (err) {
        return failure(err);
      }
    });
  }

  function queue<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    lastActivity = Date.now();
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
    // A view of a few keys cannot say how big the store is: the size last counted (a commit or a full read) stands in.
    usage: (view) => usageOf(fullViews.has(view) ? bytesOf(view) : lastBytes, quotaBytes),
    load,
    run: (task) => guarded(async () => task(await load())),
    runSmall: (task) =>
      guarded(async () => {
        const small = await readSmall();
        if (small) return task(small.view, small.savedIds, { counts: small.counts, indexSound: !indexSuspect });
        const view = await load();
        const counts = { corrupt: view.corrupt.length + view.invalid.length, readOnly: view.readOnly.size };
        return task(view, [...view.postings.keys()], { counts, indexSound: !indexSuspect });
      }),
    runIndex: (task) =>
      guarded(async () => {
        const indexed = await readIndexed();
        if (indexed) return task(indexed.index, indexed.view, indexed.counts);
        const view = await load();
        const index = readIndex(view.all);
        // A full read always has a sound index unless writing the rebuild failed: then summarise the records here.
        const counts = { corrupt: view.corrupt.length + view.invalid.length, readOnly: view.readOnly.size };
        return task(index.ok && !indexSuspect ? index : indexOf(view.postings), view, counts);
      }),
    runDetails: (task) =>
      guarded(async () => {
        const details = await readDetails();
        if (details) return task(details.view, details.usage, facts);
        const view = await load();
        return task(view, usageOf(bytesOf(view), quotaBytes), facts);
      }),
    runKeys: (keys, task, options) => guarded(async () => task((await readKeys(keys, options?.write === true)) ?? (await load()))),
    batched<I, O>(flush: (view: StoreView, inputs: I[]) => Promise<O[]>, keysOf?: (inputs: I[]) => string[]) {
      const read = async (inputs: I[]) => (keysOf ? await readKeys(keysOf(inputs), true) : null) ?? (await load());
      interface Pending {
        input: I;
        resolve: (result: Result<O>) => void;
      }
      let open: Pending[] | null = null;
      async function flushAll(batch: Pending[]): Promise<void> {
        if (open === batch) open = null;
        try {
          const values = await flush(await read(batch.map((b) => b.input)), batch.map((b) => b.input));
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
            const [value] = await flush(await read([b.input]), [b.input]);
            b.resolve(ok(value as O));
          } catch (err) {
            b.resolve(failure(err));
          }
        }
      }
      return (input: I) =>
        new Promise<Result<O>>((resolve) => {
          lastActivity = Date.now();
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
    onCommitted: (listener) => {
      committed.add(listener);
      return () => committed.delete(listener);
    },
    ensureReady: () =>
      queue(async () => {
        try {
          if (!migrationsChecked && (await quickStart())) {
            migrationsChecked = true;
            scheduleFullCheck();
            return ok({ migrated: 0, quarantined: 0 });
          }
          const before = readStore((await readAll()).all);
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
