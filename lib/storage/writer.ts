import type { GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { buildExport, parseImport, planImport, postingsCsv, previewOf, type ImportPreview } from './export-import';
import { toExcerpt } from './excerpt';
import { defineRecordItem, versionedEntries } from './items';
import { backupKey, corruptKey, isMetaKey, META_SUFFIX, metaKey, POSTING_PREFIX, postingKey, PROGRESS_PREFIX, progressKey, SETTINGS_KEY, trashKey } from './keys';
import { browserLocalArea, type LocalArea } from './local-area';
import { RECORD_TYPES } from './migrations';
import { createMutex, type Mutex } from './mutex';
import { toProgressSnapshot, toProgressView, type ProgressView } from './progress';
import { projectedBytes, QUOTA_BYTES, totalBytes, usageOf, type StorageUsage } from './quota';
import { readStore, type CorruptSummary, type StoreView } from './read-store';
import { nextHistory, readHistory, READINESS_HISTORY_KEY } from './readiness-history-store';
import type { ReadinessPoint } from '../insights/readiness-history';
import { fail, ok, StorageError, type Result } from './result';
import {
  CachedScoreSchema,
  NOTES_MAX,
  type CachedScore,
  type PostingStatus,
  type ProgressKind,
  type ProgressRecord,
  type QuarantineRecord,
  type SavedPosting,
  type SavePostingInput,
  type Settings,
} from './schemas';
import { applySettingsPatch, type SettingsPatch } from './settings';

/** What the writer needs of lib/scoring's scoreReport; injected so storage stays decoupled and testable. */
export interface ScoreOutput {
  readiness: number;
  timeToQualify: { weeks: number; phase: number | null; phaseEndWeek: number | null; unscheduled: string[]; gaps: string[] };
}
export type ScoreFn = (report: GapReport, progress: ProgressSnapshot) => ScoreOutput;

export interface WriterOptions {
  score?: ScoreFn | null;
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
export interface ExportValue {
  filename: string;
  mimeType: string;
  text: string;
}
export interface ApplyImportValue extends ImportPreview, WriteOutcome {}
export interface ProgressAndSettingsValue {
  progress: ProgressView;
  settings: Settings;
  /**
   * Ids of the postings in storage, from the key list (their records are not read here): enough to mark
   * "saved" before the postings themselves arrive. listPostings has the validated records.
   */
  savedIds: string[];
}
export interface DashboardValue extends ListPostingsValue {
  progress: ProgressView;
  settings: Settings;
  usage: StorageUsage;
  corrupt: CorruptReport;
  history: ReadinessPoint[];
}

export interface Writer {
  /** Migrates stored records (with backups) and scores unscored postings; every operation does this first if needed. */
  ensureReady(): Promise<Result<{ migrated: number; quarantined: number }>>;
  savePosting(input: SavePostingInput): Promise<Result<{ posting: SavedPosting; created: boolean } & WriteOutcome>>;
  setPostingStatus(id: string, status: PostingStatus): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  setPostingNotes(id: string, notes: string): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  deletePosting(id: string): Promise<Result<{ deleted: boolean; undoAvailable: boolean } & WriteOutcome>>;
  restorePosting(id: string): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  listPostings(): Promise<Result<ListPostingsValue>>;
  getProgress(): Promise<Result<ProgressView>>;
  setProgress(kind: ProgressKind, id: string, done: boolean): Promise<Result<{ progress: ProgressView } & WriteOutcome>>;
  rescoreAll(): Promise<Result<{ rescored: number } & WriteOutcome>>;
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: SettingsPatch): Promise<Result<{ settings: Settings } & WriteOutcome>>;
  exportData(format: 'json' | 'csv'): Promise<Result<ExportValue>>;
  previewImport(text: string): Promise<Result<ImportPreview>>;
  applyImport(text: string): Promise<Result<ApplyImportValue>>;
  getStorageUsage(): Promise<Result<StorageUsage>>;
  getCorruptRecords(): Promise<Result<CorruptReport>>;
  /** The average readiness of saved postings, recorded each time progress changed. */
  getReadinessHistory(): Promise<Result<ReadinessPoint[]>>;
  /** listPostings + getProgress + getSettings from one read of storage (the popup opens with one round trip). */
  getOverview(): Promise<Result<ListPostingsValue & { progress: ProgressView; settings: Settings }>>;
  /**
   * Progress and settings without reading saved postings (when the browser can list keys): the popup's first
   * paint. Falls back to the full read when keys cannot be listed or a record needs repair or migration.
   */
  getProgressAndSettings(): Promise<Result<ProgressAndSettingsValue>>;
  /** Everything the dashboard shows, from one read of storage (instead of one full read per message). */
  getDashboard(): Promise<Result<DashboardValue>>;
}

const SCORE_AFFECTING: ReadonlySet<ProgressKind> = new Set(['skill', 'other']);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function isQuotaMessage(err: unknown): boolean {
  return /quota/i.test(err instanceof Error ? err.message : String(err));
}

/**
 * The one writer: all read-modify-write of saved postings, progress and settings, in the background,
 * behind a mutex. Every operation starts from one fresh read of storage (no in-memory source of truth:
 * MV3 may stop the worker at any time) and ends with one batched `set`.
 */
export function createWriter(options: WriterOptions = {}): Writer {
  const area = options.area ?? browserLocalArea;
  const now = options.now ?? Date.now;
  const mutex = options.mutex ?? createMutex();
  const quotaBytes = options.quotaBytes ?? QUOTA_BYTES;
  const trashLimit = options.trashLimit ?? 20;
  const score = options.score ?? null;
  // Per worker lifetime only: after a restart the (idempotent) migration pass simply runs again.
  let migrationsChecked = false;

  const bump = (previous?: number) => Math.max(now(), (previous ?? -1) + 1);

  function scoreOf(report: GapReport, progress: ProgressSnapshot): CachedScore | null {
    if (!score) return null;
    try {
      const out = score(report, progress);
      const parsed = CachedScoreSchema.safeParse({ readiness: out.readiness, timeToQualify: out.timeToQualify, scoredAt: now() });
      return parsed.success ? parsed.data : null;
    } catch {
      return null; // a scorer bug must never block saving the user's data
    }
  }

  const snapshotOf = (view: StoreView) => toProgressSnapshot(toProgressView(view.progress.values()));

  /** Writes one batch after checking quota and read-only keys. Storage is untouched when this throws. */
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
      // Migrated postings arrive unscored: score them in one batch.
      const progress = snapshotOf(view);
      const set: Record<string, unknown> = {};
      for (const p of view.postings.values()) {
        if (p.score !== null) continue;
        const s = scoreOf(p.report, progress);
        if (s) Object.assign(set, versionedEntries('posting', postingKey(p.id), { ...p, score: s }));
      }
      if (Object.keys(set).length > 0) {
        try {
          await commit(view, set);
          view = readStore(await area.getAll());
        } catch {
          // Unscored postings still list fine; the next worker start tries again.
        }
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
      return base === SETTINGS_KEY || base.startsWith(PROGRESS_PREFIX);
    });
    const view = readStore(await area.get(wanted));
    if (view.invalid.length > 0 || view.outdated.length > 0) return null;
    const savedIds = keys.filter((k) => k.startsWith(POSTING_PREFIX) && !isMetaKey(k)).map((k) => k.slice(POSTING_PREFIX.length));
    return { view, savedIds };
  }

  /** Runs a read of progress and settings in the queue: the small read when possible, else the full one. */
  function runSmall<T>(task: (view: StoreView, savedIds: string[]) => T): Promise<Result<T>> {
    openBatch = null;
    return mutex.run(async () => {
      try {
        const small = await readSmall();
        if (small) return ok(task(small.view, small.savedIds));
        const view = await load();
        return ok(task(view, [...view.postings.keys()]));
      } catch (err) {
        return failure(err);
      }
    });
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

  function failure(err: unknown): Result<never> {
    if (err instanceof StorageError) return fail(err.code, err.message);
    return fail('write-failed', `Unexpected storage error: ${err instanceof Error ? err.message : String(err)}`);
  }

  function run<T>(task: (view: StoreView) => Promise<T>): Promise<Result<T>> {
    // Saves queued after this operation must not be applied before it.
    openBatch = null;
    return mutex.run(async () => {
      try {
        return ok(await task(await load()));
      } catch (err) {
        return failure(err);
      }
    });
  }

  type SaveValue = { posting: SavedPosting; created: boolean } & WriteOutcome;
  interface PendingSave {
    input: SavePostingInput;
    resolve: (result: Result<SaveValue>) => void;
  }
  /**
   * Group commit. Every operation reads and validates all of storage, so a burst of saves (five tabs saving at
   * once) would cost O(n) each. Saves that queue up back to back behind the mutex are applied in arrival order
   * to one read and written in one batch; any other operation closes the open batch, so the order of
   * operations is exactly the queue's. If the batch write fails (quota, read-only), each save is retried
   * on its own so one bad save never fails the others.
   */
  let openBatch: PendingSave[] | null = null;

  /** One save against `postings` (updated in place, so later saves of the same batch see it). */
  function planSave(postings: Map<string, SavedPosting>, progress: ProgressSnapshot, input: SavePostingInput) {
    const id = input.jobKey;
    const existing = postings.get(id);
    const content = {
      url: input.url,
      board: input.board,
      title: input.title,
      company: input.company,
      location: input.location,
      report: input.report,
      descriptionExcerpt: toExcerpt(input.description),
      analysisVersion: input.report.analysisVersion,
    };
    // Idempotent by id: the same capture saved again (many tabs, retries) changes nothing.
    if (existing && JSON.stringify({ ...existing, ...content }) === JSON.stringify(existing)) {
      return { posting: existing, created: false, entries: null };
    }
    const t = bump(existing?.updatedAt);
    const base: SavedPosting = existing
      ? { ...existing, ...content, updatedAt: t }
      : { id, ...content, savedAt: t, updatedAt: t, status: 'saved', notes: '', score: null };
    const posting: SavedPosting = { ...base, score: scoreOf(base.report, progress) };
    postings.set(id, posting);
    return { posting, created: !existing, entries: versionedEntries('posting', postingKey(id), posting) };
  }

  async function saveAll(view: StoreView, inputs: SavePostingInput[]): Promise<SaveValue[]> {
    const postings = new Map(view.postings);
    const progress = snapshotOf(view);
    const planned = inputs.map((input) => planSave(postings, progress, input));
    const set: Record<string, unknown> = {};
    for (const p of planned) if (p.entries) Object.assign(set, p.entries);
    const usage = Object.keys(set).length > 0 ? await commit(view, set) : usageOf(totalBytes(view.all), quotaBytes);
    return planned.map((p) => ({ posting: p.posting, created: p.created, usage }));
  }

  async function flushSaves(batch: PendingSave[]): Promise<void> {
    if (openBatch === batch) openBatch = null;
    try {
      const values = await saveAll(await load(), batch.map((b) => b.input));
      batch.forEach((b, i) => b.resolve(ok(values[i] as SaveValue)));
      return;
    } catch (err) {
      if (batch.length === 1) {
        batch[0]?.resolve(failure(err));
        return;
      }
    }
    for (const b of batch) {
      try {
        const [value] = await saveAll(await load(), [b.input]);
        b.resolve(ok(value as SaveValue));
      } catch (err) {
        b.resolve(failure(err));
      }
    }
  }

  function requirePosting(view: StoreView, id: string): SavedPosting {
    const p = view.postings.get(id);
    if (!p) throw new StorageError('not-found', 'This posting is not saved (it may have been deleted).');
    return p;
  }

  function rescoreEntries(postings: Iterable<SavedPosting>, progress: ProgressSnapshot): Record<string, unknown> {
    const set: Record<string, unknown> = {};
    for (const p of postings) Object.assign(set, versionedEntries('posting', postingKey(p.id), { ...p, score: scoreOf(p.report, progress) }));
    return set;
  }

  /** Adds the new average readiness to the history, in the same batch as the re-scored postings. */
  function recordReadiness(view: StoreView, set: Record<string, unknown>, postingsAfter: Iterable<SavedPosting> = view.postings.values()): void {
    const before = [...view.postings.values()];
    const after = [...postingsAfter].map((p) => (set[postingKey(p.id)] as SavedPosting | undefined) ?? p);
    const history = nextHistory(readHistory(view.all), before, after, now());
    if (history) set[READINESS_HISTORY_KEY] = history;
  }

  async function updatePosting(view: StoreView, id: string, change: (p: SavedPosting) => Partial<SavedPosting>) {
    const current = requirePosting(view, id);
    const patch = change(current);
    const unchanged = Object.entries(patch).every(([k, v]) => current[k as keyof SavedPosting] === v);
    if (unchanged) return { posting: current, usage: usageOf(totalBytes(view.all), quotaBytes) };
    const posting: SavedPosting = { ...current, ...patch, updatedAt: bump(current.updatedAt) };
    const usage = await commit(view, versionedEntries('posting', postingKey(id), posting));
    return { posting, usage };
  }

  return {
    ensureReady: () => {
      openBatch = null;
      return mutex.run(async () => {
        try {
          const before = readStore(await area.getAll());
          migrationsChecked = false;
          const after = await load();
          return ok({ migrated: before.outdated.length - after.outdated.length, quarantined: before.invalid.length - after.invalid.length });
        } catch (err) {
          return fail('write-failed', err instanceof Error ? err.message : String(err));
        }
      });
    },

    savePosting: (input) =>
      new Promise<Result<SaveValue>>((resolve) => {
        if (openBatch) {
          openBatch.push({ input, resolve });
          return;
        }
        const batch: PendingSave[] = [{ input, resolve }];
        openBatch = batch;
        void mutex.run(() => flushSaves(batch));
      }),

    setPostingStatus: (id, status) => run((view) => updatePosting(view, id, () => ({ status }))),

    setPostingNotes: (id, notes) => run((view) => updatePosting(view, id, () => ({ notes: notes.slice(0, NOTES_MAX) }))),

    deletePosting: (id) =>
      run(async (view) => {
        const posting = view.postings.get(id);
        if (!posting) return { deleted: false, undoAvailable: view.trash.has(id), usage: usageOf(totalBytes(view.all), quotaBytes) };
        const remove = [postingKey(id), metaKey(postingKey(id))];
        // Keep the newest deletions for undo; drop the oldest beyond the limit.
        const older = [...view.trash.values()].filter((t) => t.posting.id !== id).sort((a, b) => b.deletedAt - a.deletedAt).slice(trashLimit - 1);
        for (const t of older) remove.push(trashKey(t.posting.id), metaKey(trashKey(t.posting.id)));
        const trash = versionedEntries('trash', trashKey(id), { posting, deletedAt: now() });
        try {
          const usage = await commit(view, trash, remove);
          return { deleted: true, undoAvailable: true, usage };
        } catch (err) {
          // Deleting must work even when storage is full (it is how users make room): delete without undo.
          if (!(err instanceof StorageError) || err.code !== 'quota') throw err;
          const usage = await commit(view, {}, remove);
          return { deleted: true, undoAvailable: false, usage };
        }
      }),

    restorePosting: (id) =>
      run(async (view) => {
        const entry = view.trash.get(id);
        if (!entry) throw new StorageError('not-found', 'There is nothing to undo for this posting.');
        const remove = [trashKey(id), metaKey(trashKey(id))];
        const live = view.postings.get(id);
        if (live) return { posting: live, usage: await commit(view, {}, remove) };
        const posting: SavedPosting = { ...entry.posting, updatedAt: bump(entry.posting.updatedAt), score: scoreOf(entry.posting.report, snapshotOf(view)) };
        const usage = await commit(view, versionedEntries('posting', postingKey(id), posting), remove);
        return { posting, usage };
      }),

    listPostings: () => run(async (view) => listValue(view)),

    getProgress: () => runSmall((view) => toProgressView(view.progress.values())),

    setProgress: (kind, id, done) =>
      run(async (view) => {
        const key = progressKey(kind, id);
        const existing = view.progress.get(key);
        if (existing && existing.done === done) {
          return { progress: toProgressView(view.progress.values()), usage: usageOf(totalBytes(view.all), quotaBytes) };
        }
        const record: ProgressRecord = { kind, id, done, doneAt: done ? now() : null, updatedAt: bump(existing?.updatedAt) };
        const progress = new Map(view.progress).set(key, record);
        const progressView = toProgressView(progress.values());
        const set = versionedEntries('progress', key, record);
        // Marking a skill learned re-scores every saved posting in the same single write.
        if (SCORE_AFFECTING.has(kind)) {
          Object.assign(set, rescoreEntries(view.postings.values(), toProgressSnapshot(progressView)));
          recordReadiness(view, set);
        }
        const usage = await commit(view, set);
        return { progress: progressView, usage };
      }),

    rescoreAll: () =>
      run(async (view) => {
        const usage = await commit(view, rescoreEntries(view.postings.values(), snapshotOf(view)));
        return { rescored: view.postings.size, usage };
      }),

    getSettings: () => runSmall((view) => view.settings),

    updateSettings: (patch) =>
      run(async (view) => {
        const settings = applySettingsPatch(view.settings, patch, bump(view.settings.updatedAt));
        const usage = await commit(view, versionedEntries('settings', SETTINGS_KEY, settings));
        return { settings, usage };
      }),

    exportData: (format) =>
      run(async (view) => {
        const date = new Date(now()).toISOString().slice(0, 10);
        if (format === 'csv') {
          const postings = [...view.postings.values()].sort((a, b) => b.savedAt - a.savedAt);
          return { filename: `pathway-lens-postings-${date}.csv`, mimeType: 'text/csv', text: postingsCsv(postings, snapshotOf(view)) };
        }
        return { filename: `pathway-lens-${date}.json`, mimeType: 'application/json', text: JSON.stringify(buildExport(view, now()), null, 2) };
      }),

    previewImport: (text) =>
      run(async (view) => {
        const parsed = parseImport(text);
        if (!parsed.ok) throw new StorageError('import-rejected', parsed.message);
        return previewOf(planImport(view, parsed.data), parsed.data.sourceVersion);
      }),

    applyImport: (text) =>
      run(async (view) => {
        // Validated whole, again, here: the preview the page showed is not trusted.
        const parsed = parseImport(text);
        if (!parsed.ok) throw new StorageError('import-rejected', parsed.message);
        const plan = planImport(view, parsed.data);
        const set: Record<string, unknown> = {};
        const progress = new Map(view.progress);
        for (const r of plan.progress) {
          const key = progressKey(r.kind, r.id);
          progress.set(key, r);
          Object.assign(set, versionedEntries('progress', key, r));
        }
        const snapshot = toProgressSnapshot(toProgressView(progress.values()));
        const postings = new Map(view.postings);
        for (const p of plan.postings) postings.set(p.id, p);
        // New progress re-scores everything; otherwise only the imported postings need scores.
        const toScore = plan.progress.some((r) => SCORE_AFFECTING.has(r.kind)) ? postings.values() : plan.postings;
        Object.assign(set, rescoreEntries(toScore, snapshot));
        if (plan.postings.length > 0 || plan.progress.some((r) => SCORE_AFFECTING.has(r.kind))) {
          // Imported postings count in the average too: measure over the merged set.
          recordReadiness(view, set, postings.values());
        }
        if (plan.settings) Object.assign(set, versionedEntries('settings', SETTINGS_KEY, plan.settings));
        const usage = await commit(view, set);
        return { ...previewOf(plan, parsed.data.sourceVersion), usage };
      }),

    getStorageUsage: () => run(async (view) => usageOf(totalBytes(view.all), quotaBytes)),

    getReadinessHistory: () => run(async (view) => readHistory(view.all)),

    getOverview: () =>
      run(async (view) => ({ ...listValue(view), progress: toProgressView(view.progress.values()), settings: view.settings })),

    getProgressAndSettings: () =>
      runSmall((view, savedIds) => ({ progress: toProgressView(view.progress.values()), settings: view.settings, savedIds })),

    getDashboard: () =>
      run(async (view) => ({
        ...listValue(view),
        progress: toProgressView(view.progress.values()),
        settings: view.settings,
        usage: usageOf(totalBytes(view.all), quotaBytes),
        corrupt: corruptReport(view),
        history: readHistory(view.all),
      })),

    getCorruptRecords: () => run(async (view) => corruptReport(view)),
  };
}
