import { versionedEntries } from '../items';
import { progressKey } from '../keys';
import { appendProgressEvents, isScoringInput, PROGRESS_LOG_KEY, readProgressLog } from '../progress-log';
import { toProgressView, type ProgressView } from '../progress';
import type { Result } from '../result';
import type { ProgressKind, ProgressRecord } from '../schemas';
import type { Core, WriteOutcome } from './core';

/** Progress: one record per item (skill learned, task done, other skill known, action done). */
export interface ProgressWriter {
  getProgress(): Promise<Result<ProgressView>>;
  setProgress(kind: ProgressKind, id: string, done: boolean): Promise<Result<{ progress: ProgressView } & WriteOutcome>>;
}

export function progressWriter(core: Core): ProgressWriter {
  return {
    getProgress: () => core.runSmall((view) => toProgressView(view.progress.values())),

    setProgress: (kind, id, done) =>
      core.run(async (view) => {
        const key = progressKey(kind, id);
        const existing = view.progress.get(key);
        if (existing && existing.done === done) return { progress: toProgressView(view.progress.values()), usage: core.usage(view) };
        const t = core.bump(existing?.updatedAt);
        const record: ProgressRecord = { kind, id, done, doneAt: done ? core.now() : null, updatedAt: t };
        const progress = new Map(view.progress).set(key, record);
        const set = versionedEntries('progress', key, record);
        // A change of a scoring input is logged in the same write: readiness over time is replayed from it.
        // A first record that says "not done" changes nothing (absent reads as not done): no event.
        if (isScoringInput(kind) && (existing?.done ?? false) !== done) {
          set[PROGRESS_LOG_KEY] = appendProgressEvents(readProgressLog(view.all, view.progress.values()), [{ at: t, kind, id, done }]);
        }
        const usage = await core.commit(view, set);
        return { progress: toProgressView(progress.values()), usage };
      }),
  };
}
