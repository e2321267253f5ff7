import { z } from 'zod';
import { REANALYSIS_KEY } from './keys';
import { byNewest, shardKeyOf, type PostingSummary } from './summary';
import type { Writer } from './writer';
import type { ReanalysisOps, Reanalyse } from './writer/reanalysis';

/**
 * Saved postings improve with the analysis (issue 14): when ANALYSIS_VERSION changes, every saved posting whose
 * full description is kept (`text:<id>`) is analysed again from it, in small batches, in the background. Only the
 * report changes (lib/storage/writer/reanalysis.ts): status, notes and the times the user saved and changed it stay.
 *
 * Nothing of the work is kept in memory: the list is derived from storage every time (the summary index says each
 * posting's analysis version and whether its text is kept), and each batch writes its reports and the progress in
 * one `set`. A worker stopped at any point resumes where storage says it is: a batch is written whole or not at
 * all, and a posting already at the current version is never analysed again.
 *
 * This module: the progress record, the pure planning, and the scheduler (wired in entrypoints/background.ts).
 */

const epochMs = z.number().int().nonnegative().max(8.64e15);
const count = z.number().int().nonnegative().max(10_000_000);

/** The progress of the run towards `version`, kept under `reanalysis` (bookkeeping: see lib/storage/keys.ts changesUserData). */
export const ReanalysisStatusSchema = z
  .object({
    /** The analysis version this run brings saved postings to. */
    version: z.string().min(1).max(40),
    /** Postings of this run: done plus those still to do. */
    total: count,
    done: count,
    /** Out-of-date postings saved before full texts were kept: they keep their report. */
    skippedNoText: count,
    startedAt: epochMs,
    /** Null while the run is going. */
    finishedAt: epochMs.nullable(),
  })
  .refine((s) => s.done <= s.total, 'done exceeds total');
export type ReanalysisStatus = z.infer<typeof ReanalysisStatusSchema>;

/** The stored status, or null when there is none or it is not a valid status. */
export function readReanalysisStatus(all: Readonly<Record<string, unknown>>): ReanalysisStatus | null {
  if (!Object.hasOwn(all, REANALYSIS_KEY)) return null;
  const parsed = ReanalysisStatusSchema.safeParse(all[REANALYSIS_KEY]);
  return parsed.success ? parsed.data : null;
}

/** Whether a status is one the views show: a run going, with something to do. */
export const reanalysisActive = (s: ReanalysisStatus | null | undefined): s is ReanalysisStatus => !!s && s.finishedAt === null && s.total > 0;

/**
 * Whether a storage change (storage.onChanged's `changes`) is the write that finished a re-analysis run: the views
 * reload their postings then (the batches before it are progress only, see lib/storage/keys.ts changesUserData).
 */
export function reanalysisFinished(changes: Readonly<Record<string, unknown>>): boolean {
  const change = changes[REANALYSIS_KEY] as { newValue?: { finishedAt?: unknown } } | undefined;
  return typeof change?.newValue?.finishedAt === 'number';
}

/** What is left to do towards `version`, from the summary index: out-of-date postings with and without a kept text. */
export interface StaleCounts {
  /**
   * Out of date with their text kept, grouped by summary-index shard (newest saved first within one): a batch of
   * postings of one shard rewrites one shard, where a batch picked across the index would rewrite all sixteen.
   */
  stale: string[];
  skippedNoText: number;
}

/** Postings whose report is not of `version`: those with a kept text to re-analyse, and how many have none. */
export function planReanalysis(index: Iterable<readonly [string, Pick<PostingSummary, 'analysisVersion' | 'text' | 'savedAt'>]>, version: string, exclude: ReadonlySet<string> = new Set()): StaleCounts {
  const stale: { id: string; savedAt: number; shard: string }[] = [];
  let skippedNoText = 0;
  for (const [id, s] of index) {
    if (s.analysisVersion === version) continue;
    if (!s.text) skippedNoText++;
    else if (!exclude.has(id)) stale.push({ id, savedAt: s.savedAt, shard: shardKeyOf(id) });
  }
  stale.sort((a, b) => (a.shard === b.shard ? byNewest(a, b) : a.shard < b.shard ? -1 : 1));
  return { stale: stale.map((s) => s.id), skippedNoText };
}

/** `ids` in batches of `size`, in order. */
export function batches<T>(ids: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += n) out.push(ids.slice(i, i + n));
  return out;
}

/**
 * The status after a batch: `updated` postings brought to `version` now, `remaining` still to do (from the index as
 * this batch leaves it). A run continues while a status for the same version is unfinished; otherwise one starts.
 * Null when there is no run to report (nothing to do and none going).
 */
export function nextStatus(prev: ReanalysisStatus | null, version: string, updated: number, left: Omit<StaleCounts, 'stale'> & { remaining: number }, now: number): ReanalysisStatus | null {
  const continuing = prev !== null && prev.version === version && prev.finishedAt === null;
  if (!continuing && updated === 0 && left.remaining === 0 && (prev === null || prev.finishedAt !== null)) return null;
  const done = (continuing ? prev.done : 0) + updated;
  return {
    version,
    total: done + left.remaining,
    done,
    skippedNoText: left.skippedNoText,
    startedAt: continuing ? prev.startedAt : now,
    finishedAt: left.remaining === 0 ? now : null,
  };
}

export interface ReanalysisSchedulerOptions {
  writer: Pick<ReanalysisOps, 'getReanalysisPlan' | 'reanalysePostings'>;
  /** The current analysis version (ANALYSIS_VERSION; tests inject their own). */
  version: string;
  /** The analysis of a saved posting from its kept text (the background: lib/posting/flow.ts `analyze` of lib/storage/kept-text.ts `keptPosting`). */
  analyse: Reanalyse;
  /** Postings per batch (one writer operation, one `set`). */
  batchSize?: number;
  /** Between batches: lets user operations into the writer's queue. */
  pause?: () => Promise<void>;
  onError?: (message: string) => void;
}

export interface ReanalysisRun {
  /** Postings brought to the current version by this call. */
  updated: number;
  batches: number;
  /** Set when a batch could not be written (storage full, …): the rest waits for the next run. */
  error: string | null;
}

export interface ReanalysisScheduler {
  /** Works through every out-of-date posting with a kept text; a call while running makes the run look again when done. */
  run(): Promise<ReanalysisRun>;
  /** `run` without waiting (after saves and imports). */
  kick(): void;
}

export const REANALYSIS_BATCH = 25;
/** Passes over the plan per run: a pass finds what earlier ones missed (a posting imported meanwhile). */
const MAX_PASSES = 8;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createReanalysisScheduler(options: ReanalysisSchedulerOptions): ReanalysisScheduler {
  const { writer, version, analyse } = options;
  const size = options.batchSize ?? REANALYSIS_BATCH;
  const pause = options.pause ?? macrotask;
  // Postings this worker could not re-analyse (the analysis threw or gave another version): not tried again by this
  // worker, so a run always ends; a new worker tries once more.
  const failed = new Set<string>();
  let current: Promise<ReanalysisRun> | null = null;
  let again = false;

  async function work(): Promise<ReanalysisRun> {
    const out: ReanalysisRun = { updated: 0, batches: 0, error: null };
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      again = false;
      const plan = await writer.getReanalysisPlan(version);
      if (!plan.ok) return { ...out, error: plan.error.message };
      const todo = plan.value.stale.filter((id) => !failed.has(id));
      let planned = 0;
      for (const batch of batches(todo, size)) {
        planned += batch.length;
        // The progress counted from this pass's plan, so a batch reads and writes only the index shards it touches.
        const progress = { remaining: todo.length - planned, skippedNoText: plan.value.skippedNoText };
        const r = await writer.reanalysePostings(batch, analyse, { version, exclude: failed, progress });
        if (!r.ok) return { ...out, error: r.error.message };
        out.batches++;
        out.updated += r.value.updated.length;
        for (const id of r.value.failed) failed.add(id);
        await pause();
      }
      // Nothing left, or postings gone meanwhile: settle the status (a run ends with `finishedAt`).
      if (todo.length === 0) {
        const r = await writer.reanalysePostings([], analyse, { version, exclude: failed });
        if (!r.ok) return { ...out, error: r.error.message };
        if (!again) return out;
      }
    }
    return out;
  }

  const run = (): Promise<ReanalysisRun> => {
    if (current) {
      again = true;
      return current;
    }
    const started = work()
      .catch((err: unknown): ReanalysisRun => ({ updated: 0, batches: 0, error: err instanceof Error ? err.message : String(err) }))
      .then((r) => {
        if (r.error) options.onError?.(r.error);
        return r;
      })
      .finally(() => {
        current = null;
      });
    current = started;
    return started;
  };

  return {
    run,
    kick: () => void run(),
  };
}

/**
 * The writer with `kick` called after each successful save and import, whole or staged (out-of-date postings may have
 * come in: an import, a save from a page that analysed before an update): what the background hands its handlers.
 */
export function withReanalysisKicks(writer: Writer, kick: () => void): Writer {
  return {
    ...writer,
    savePosting: async (input) => {
      const r = await writer.savePosting(input);
      if (r.ok) kick();
      return r;
    },
    applyImport: async (text) => {
      const r = await writer.applyImport(text);
      if (r.ok) kick();
      return r;
    },
    importApply: async (importId) => {
      const r = await writer.importApply(importId);
      if (r.ok) kick();
      return r;
    },
  };
}
