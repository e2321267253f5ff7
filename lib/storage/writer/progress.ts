import { isToLearn, isTransferable } from '../../pathway/lookups';
import type { SkillState } from '../../profile/skill-state';
import { versionedEntries } from '../items';
import { progressKey } from '../keys';
import { appendProgressEvents, isScoringInput, PROGRESS_LOG_KEY, readProgressLog } from '../progress-log';
import { toProgressView, type ProgressView } from '../progress';
import { StorageError, type Result } from '../result';
import { ProgressRecordSchema, type ProgressKind, type ProgressRecord } from '../schemas';
import type { Core, WriteOutcome } from './core';
import type { StoreView } from '../read-store';

/**
 * Progress and the profile: one record per item (skill learned or being learned, transferable skill had or not
 * yet, task done, other skill known, action done).
 */
export interface ProgressWriter {
  getProgress(): Promise<Result<ProgressView>>;
  setProgress(kind: ProgressKind, id: string, done: boolean): Promise<Result<{ progress: ProgressView } & WriteOutcome>>;
  /** A pathway skill's profile state (lib/profile/skill-state.ts): the records it means, in one write. */
  setSkillState(id: string, state: SkillState): Promise<Result<{ progress: ProgressView } & WriteOutcome>>;
  /** The user's own weeks for a transferable skill they lack (null: no estimate). */
  setOwnWeeks(id: string, weeks: number | null): Promise<Result<{ progress: ProgressView } & WriteOutcome>>;
}

/** `companion`: written only when it changes a stored record (learned clears "learning", absent already reads as not). */
type Change = Pick<ProgressRecord, 'kind' | 'id' | 'done'> & { weeks?: number | null; companion?: boolean };

/** The records a skill state means: learned → skill done; learning → learning done; have/notYet → transferable. */
function recordsFor(id: string, state: SkillState): Change[] {
  if (isTransferable(id)) {
    if (state !== 'have' && state !== 'notYet') throw new StorageError('invalid-input', `${id} is a transferable skill: have or notYet`);
    return [{ kind: 'transferable', id, done: state === 'have' }];
  }
  if (isToLearn(id)) {
    if (state === 'have') throw new StorageError('invalid-input', `${id} is a skill to learn: notYet, learning or learned`);
    return [
      { kind: 'skill', id, done: state === 'learned' },
      { kind: 'learning', id, done: state === 'learning', companion: state !== 'learning' },
    ];
  }
  throw new StorageError('invalid-input', `${id} is not a pathway skill`);
}

export function progressWriter(core: Core): ProgressWriter {
  /** Writes the changes that change something, with their log events, in one commit. */
  const apply = (changes: (view: StoreView) => Change[]) =>
    core.run(async (view) => {
      const progress = new Map(view.progress);
      const set: Record<string, unknown> = {};
      const events: { at: number; kind: 'skill' | 'other'; id: string; done: boolean }[] = [];
      for (const c of changes(view)) {
        const key = progressKey(c.kind, c.id);
        const existing = progress.get(key);
        const weeks = c.weeks === undefined ? existing?.weeks : (c.weeks ?? undefined);
        if (existing && existing.done === c.done && existing.weeks === weeks) continue;
        if (!existing && c.companion) continue;
        const t = core.bump(existing?.updatedAt);
        const record: ProgressRecord = { kind: c.kind, id: c.id, done: c.done, doneAt: c.done ? core.now() : null, updatedAt: t };
        if (weeks !== undefined && c.kind === 'transferable') record.weeks = weeks;
        // Every stored value is validated here too, not only at the message boundary (e.g. weeks 1–260, whole).
        const checked = ProgressRecordSchema.safeParse(record);
        if (!checked.success) throw new StorageError('invalid-input', `Invalid ${c.kind} ${c.id}: ${checked.error.issues[0]?.message ?? 'invalid'}`);
        progress.set(key, record);
        Object.assign(set, versionedEntries('progress', key, record));
        // A change of a scoring input is logged in the same write: readiness over time is replayed from it.
        if (isScoringInput(c.kind) && (existing?.done ?? false) !== c.done) events.push({ at: t, kind: c.kind, id: c.id, done: c.done });
      }
      if (Object.keys(set).length === 0) return { progress: toProgressView(progress.values()), usage: core.usage(view) };
      if (events.length > 0) set[PROGRESS_LOG_KEY] = appendProgressEvents(readProgressLog(view.all, view.progress.values()), events);
      const usage = await core.commit(view, set);
      return { progress: toProgressView(progress.values()), usage };
    });

  return {
    getProgress: () => core.runSmall((view) => toProgressView(view.progress.values())),
    // "Mark learned" is the learned state; unmarking goes back to not yet (and never leaves "learning" behind).
    setProgress: (kind, id, done) => apply(() => (kind === 'skill' ? recordsFor(id, done ? 'learned' : 'notYet') : [{ kind, id, done }])),
    setSkillState: (id, state) => apply(() => recordsFor(id, state)),
    setOwnWeeks: (id, weeks) =>
      apply((view) => {
        if (!isTransferable(id)) throw new StorageError('invalid-input', `${id} is not a transferable skill`);
        // An estimate is for a skill the user lacks: giving one marks it "not yet".
        const existing = view.progress.get(progressKey('transferable', id));
        return [{ kind: 'transferable', id, done: weeks === null ? (existing?.done ?? true) : false, weeks }];
      }),
  };
}
