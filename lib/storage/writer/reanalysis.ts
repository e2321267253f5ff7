import type { GapReport } from '../../analysis/gap-report';
import { versionedEntries } from '../items';
import { metaKey, postingKey, REANALYSIS_KEY, textKey } from '../keys';
import { readStore, type StoreView } from '../read-store';
import { nextStatus, planReanalysis, readReanalysisStatus, type ReanalysisStatus, type StaleCounts } from '../reanalysis';
import type { Result } from '../result';
import { SavedPostingSchema, type PostingText, type SavedPosting } from '../schemas';
import { INDEX_KEYS, readIndex, shardKeyOf, summarize, type PostingSummary } from '../summary';
import type { Core, WriteOutcome } from './core';

/**
 * Re-analysis of saved postings (lib/storage/reanalysis.ts has the why and the scheduler): the plan, from the summary
 * index, and one batch, read, analysed and written inside the writer's queue, so no user change can fall between
 * the read and the write of a posting (a status set meanwhile waits in the queue and applies to the new report).
 */

/** The analysis of a saved posting from its kept text; returns a report of the current version. */
export type Reanalyse = (posting: SavedPosting, kept: PostingText) => GapReport;

export type ReanalysisPlan = StaleCounts;

export interface ReanalysisBatchValue extends WriteOutcome {
  /** Report (and analysis version) replaced. */
  updated: string[];
  /** Already of the current version (saved again meanwhile): left as they are. */
  current: string[];
  /** Not saved any more (deleted meanwhile). */
  missing: string[];
  /** The record says its text is kept but there is none to read: the claim is dropped, the report kept. */
  noText: string[];
  /** The analysis threw or gave another version: left as they are. */
  failed: string[];
  /** The progress after this batch (null: no run to report). */
  status: ReanalysisStatus | null;
}

export interface ReanalysisOptions {
  /** The version re-analysis brings postings to. */
  version: string;
  /** Postings the scheduler gave up on for now: not counted as left to do. */
  exclude?: ReadonlySet<string>;
  /**
   * What is left after this batch as the caller counts it (the scheduler, from its plan): the batch then reads and
   * writes only the index shards its postings are in. Without it the whole index is read to count what is left.
   */
  progress?: { remaining: number; skippedNoText: number };
}

export interface ReanalysisOps {
  /** Out-of-date postings, from the summary index (no posting record or text is read). */
  getReanalysisPlan(version: string): Promise<Result<ReanalysisPlan>>;
  /**
   * Re-analyses `ids` from their kept texts: only `report` and `analysisVersion` change (never status, notes, savedAt
   * or updatedAt), in one commit with the index shards and the progress. `[]` settles the progress only.
   */
  reanalysePostings(ids: readonly string[], analyse: Reanalyse, options: ReanalysisOptions): Promise<Result<ReanalysisBatchValue>>;
  /** The progress of re-analysis (null: none ever ran). */
  getReanalysisStatus(): Promise<Result<ReanalysisStatus | null>>;
}

/** Texts a view does not carry (a full read leaves `text:` out): read by key, or with everything where keys cannot be read. */
async function readTexts(core: Core, view: StoreView, ids: readonly string[]): Promise<Map<string, PostingText>> {
  const wanted = ids.filter((id) => !view.texts.has(id));
  if (wanted.length === 0) return view.texts;
  const keys = wanted.flatMap((id) => [textKey(id), metaKey(textKey(id))]);
  const read = readStore(core.area.get ? await core.area.get(keys) : await core.area.getAll());
  return new Map([...view.texts, ...read.texts]);
}

/** What is left after this batch, from the index as the batch leaves it; null when the index cannot be read. */
function leftAfter(view: StoreView, written: ReadonlyMap<string, SavedPosting>, version: string, exclude: ReadonlySet<string>): (Omit<StaleCounts, 'stale'> & { remaining: number }) | null {
  const index = readIndex(view.all);
  if (!index.ok) return null;
  const entries: Map<string, Pick<PostingSummary, 'analysisVersion' | 'text' | 'savedAt'>> = index.entries;
  for (const [id, p] of written) entries.set(id, summarize(p));
  const plan = planReanalysis(entries, version, exclude);
  return { remaining: plan.stale.length, skippedNoText: plan.skippedNoText };
}

export function reanalysisWriter(core: Core): ReanalysisOps {
  return {
    getReanalysisPlan: (version) => core.runIndex((index) => planReanalysis(index.entries, version)),

    getReanalysisStatus: () => core.runKeys([REANALYSIS_KEY], (view) => readReanalysisStatus(view.all)),

    reanalysePostings: (ids, analyse, { version, exclude = new Set(), progress }) => {
      const unique = [...new Set(ids)];
      // Just these records, their texts, the index shards (core.commit keeps the ones it touches) and the progress.
      const shards = progress ? [...new Set(unique.map(shardKeyOf))] : INDEX_KEYS;
      const keys = [...unique.flatMap((id) => [postingKey(id), textKey(id)]), ...shards, REANALYSIS_KEY];
      return core.runKeys(keys, async (view) => {
        const value: Omit<ReanalysisBatchValue, 'status' | 'usage'> = { updated: [], current: [], missing: [], noText: [], failed: [] };
        const texts = await readTexts(core, view, unique.filter((id) => view.postings.get(id)?.textChars !== undefined));
        const written = new Map<string, SavedPosting>();
        for (const id of unique) {
          const p = view.postings.get(id);
          if (!p) {
            value.missing.push(id);
            continue;
          }
          if (p.analysisVersion === version) {
            value.current.push(id);
            continue;
          }
          const kept = p.textChars !== undefined ? texts.get(id) : undefined;
          if (!kept) {
            if (p.textChars !== undefined) {
              const { textChars: _, ...rest } = p;
              written.set(id, rest);
            }
            value.noText.push(id);
            continue;
          }
          let report: GapReport;
          try {
            report = analyse(p, kept);
          } catch {
            value.failed.push(id);
            continue;
          }
          const next: SavedPosting = { ...p, report, analysisVersion: report.analysisVersion };
          if (report.analysisVersion !== version || !SavedPostingSchema.safeParse(next).success) {
            value.failed.push(id);
            continue;
          }
          written.set(id, next);
          value.updated.push(id);
        }
        const prev = readReanalysisStatus(view.all);
        const left = progress ?? leftAfter(view, written, version, new Set([...exclude, ...value.failed])) ?? {
          // The index is unreadable here (it is rebuilt at the next full read): count on from the stored progress.
          remaining: prev && prev.version === version ? Math.max(0, prev.total - prev.done - value.updated.length) : 0,
          skippedNoText: prev?.skippedNoText ?? 0,
        };
        const status = nextStatus(prev, version, value.updated.length, left, core.now());
        const set: Record<string, unknown> = {};
        for (const [id, p] of written) Object.assign(set, versionedEntries('posting', postingKey(id), p));
        if (status && JSON.stringify(status) !== JSON.stringify(prev)) set[REANALYSIS_KEY] = status;
        const usage = Object.keys(set).length > 0 ? await core.commit(view, set) : core.usage(view);
        return { ...value, status, usage };
      });
    },
  };
}
