import { keptTextRecord, postingContent } from '../posting-content';
import { versionedEntries } from '../items';
import { metaKey, postingKey, textKey, trashKey } from '../keys';
import { followUpDateProblem, pastDateProblem, withAppliedDate, withFollowUp, withStatus, type FollowUpAction } from '../pipeline';
import { shardKeyOf } from '../summary';
import type { StoreView } from '../read-store';
import { StorageError, type Result } from '../result';
import { mergedPosting } from '../merge';
import { DISTINCT_FROM_MAX, NOTES_MAX, type PostingStatus, type SavedPosting, type SavePostingInput } from '../schemas';
import type { Core, WriteOutcome } from './core';

/** Saved postings: save (group commit), status, notes, delete to the trash, undo. */
export interface PostingWriter {
  savePosting(input: SavePostingInput): Promise<Result<{ posting: SavedPosting; created: boolean } & WriteOutcome>>;
  setPostingStatus(id: string, status: PostingStatus): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  setPostingNotes(id: string, notes: string): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  /** The applied date set by hand (lib/storage/pipeline.ts withAppliedDate); refused before 2000 or in the future. */
  setAppliedDate(id: string, at: number): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  /** Follow-up: done, snoozed a week, set to a date (refused before 2000 or over a year ahead), or cleared. */
  setFollowUp(id: string, action: FollowUpAction): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  /**
   * Two saved postings of one job made one (lib/insights/duplicates.ts mergedPosting): `keepId` stays, with the other's
   * notes and history; `dropId` goes to the trash (undo restores it), in one commit.
   */
  mergePostings(keepId: string, dropId: string): Promise<Result<{ posting: SavedPosting; undoAvailable: boolean } & WriteOutcome>>;
  /** The user says two postings are not the same job: the likely-duplicate notice stops offering to merge them. */
  markDistinct(id: string, otherId: string): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
  deletePosting(id: string): Promise<Result<{ deleted: boolean; undoAvailable: boolean } & WriteOutcome>>;
  restorePosting(id: string): Promise<Result<{ posting: SavedPosting } & WriteOutcome>>;
}

type SaveValue = { posting: SavedPosting; created: boolean } & WriteOutcome;

/** The one place a save input becomes a stored posting (new, or an update of the same job). */
function planSave(postings: Map<string, SavedPosting>, input: SavePostingInput, bump: (previous?: number) => number) {
  const id = input.jobKey;
  const existing = postings.get(id);
  const content = postingContent(input);
  // Idempotent by id: the same capture saved again (many tabs, retries) changes nothing.
  if (existing && JSON.stringify({ ...existing, ...content }) === JSON.stringify(existing)) {
    return { posting: existing, created: false, entries: null };
  }
  const t = bump(existing?.updatedAt);
  const posting: SavedPosting = existing
    ? { ...existing, ...content, updatedAt: t }
    : { id, ...content, savedAt: t, updatedAt: t, status: 'saved', notes: '', history: [{ status: 'saved', at: t }], followUpAt: null, followUpDoneAt: null };
  postings.set(id, posting);
  const text = keptTextRecord(id, input);
  // The full description (and its blocks' layout) beside the record, in the same set: re-analysis reads it (lib/storage/reanalysis.ts).
  const entries = { ...versionedEntries('posting', postingKey(id), posting), ...(text ? versionedEntries('text', textKey(id), text) : {}) };
  return { posting, created: !existing, entries };
}

/** What a change to one posting reads: its record and the index shard that summarises it. */
const onePosting = (id: string): string[] => [postingKey(id), shardKeyOf(id)];

function requirePosting(view: StoreView, id: string): SavedPosting {
  const p = view.postings.get(id);
  if (!p) throw new StorageError('not-found', 'This posting is not saved (it may have been deleted).');
  return p;
}

export function postingWriter(core: Core): PostingWriter {
  const save = core.batched<SavePostingInput, SaveValue>(async (view, inputs) => {
    // Planned in arrival order against one read: later saves of the same batch see the earlier ones.
    const postings = new Map(view.postings);
    const planned = inputs.map((input) => planSave(postings, input, core.bump));
    const set: Record<string, unknown> = {};
    for (const p of planned) if (p.entries) Object.assign(set, p.entries);
    const usage = Object.keys(set).length > 0 ? await core.commit(view, set) : core.usage(view);
    return planned.map((p) => ({ posting: p.posting, created: p.created, usage }));
    // Only these postings and their index shards are read (not every saved posting): see core.batched.
  }, (inputs) => [...new Set(inputs.flatMap((i) => [postingKey(i.jobKey), shardKeyOf(i.jobKey)]))]);

  async function updatePosting(view: StoreView, id: string, change: Partial<SavedPosting> | ((current: SavedPosting) => Partial<SavedPosting>)) {
    const current = requirePosting(view, id);
    const patch = typeof change === 'function' ? change(current) : change;
    const unchanged = Object.entries(patch).every(([k, v]) => current[k as keyof SavedPosting] === v);
    if (unchanged) return { posting: current, usage: core.usage(view) };
    const posting: SavedPosting = { ...current, ...patch, updatedAt: core.bump(current.updatedAt) };
    const usage = await core.commit(view, versionedEntries('posting', postingKey(id), posting));
    return { posting, usage };
  }

  /**
   * `posting` moved to the trash (undo keeps the newest deletions; its description stays while undo is possible), with
   * `set` in the same commit. When storage is full, it is removed without undo (deleting is how users make room).
   */
  async function commitToTrash(view: StoreView, posting: SavedPosting, set: Record<string, unknown>): Promise<{ usage: WriteOutcome['usage']; undoAvailable: boolean }> {
    const id = posting.id;
    const remove = [postingKey(id), metaKey(postingKey(id))];
    const older = [...view.trash.values()].filter((t) => t.posting.id !== id).sort((a, b) => b.deletedAt - a.deletedAt).slice(core.trashLimit - 1);
    for (const t of older) remove.push(trashKey(t.posting.id), metaKey(trashKey(t.posting.id)), ...(view.postings.has(t.posting.id) ? [] : [textKey(t.posting.id), metaKey(textKey(t.posting.id))]));
    const trash = versionedEntries('trash', trashKey(id), { posting, deletedAt: core.now() });
    try {
      return { usage: await core.commit(view, { ...set, ...trash }, remove), undoAvailable: true };
    } catch (err) {
      if (!(err instanceof StorageError) || err.code !== 'quota') throw err;
      return { usage: await core.commit(view, set, [...remove, textKey(id), metaKey(textKey(id))]), undoAvailable: false };
    }
  }

  return {
    savePosting: save,

    // One record and its index shard are read, not every saved posting (core.runKeys; the full read where it must).
    // Each move is recorded with its date (lib/storage/pipeline.ts); two tabs moving the same posting at once are two
    // writer operations, applied in the order they arrive, each recorded.
    setPostingStatus: (id, status) =>
      core.runKeys(onePosting(id), (view) => updatePosting(view, id, (p) => (p.status === status ? {} : { status, history: [...withStatus(p.history, status, core.now())] })), { write: true }),

    setAppliedDate: (id, at) =>
      core.runKeys(
        onePosting(id),
        (view) =>
          updatePosting(view, id, (p) => {
            const problem = pastDateProblem(at, core.now());
            if (problem) throw new StorageError('invalid-input', problem);
            const next = withAppliedDate(p.history, at);
            return { status: next.status, history: [...next.history] };
          }),
        { write: true },
      ),

    setFollowUp: (id, action) =>
      core.runKeys(
        onePosting(id),
        (view) =>
          updatePosting(view, id, () => {
            const now = core.now();
            const problem = action.kind === 'set' ? followUpDateProblem(action.at, now) : null;
            if (problem) throw new StorageError('invalid-input', problem);
            return withFollowUp(action, now);
          }),
        { write: true },
      ),

    setPostingNotes: (id, notes) => core.runKeys(onePosting(id), (view) => updatePosting(view, id, { notes: notes.slice(0, NOTES_MAX) }), { write: true }),

    deletePosting: (id) =>
      core.run(async (view) => {
        const posting = view.postings.get(id);
        if (!posting) return { deleted: false, undoAvailable: view.trash.has(id), usage: core.usage(view) };
        const { usage, undoAvailable } = await commitToTrash(view, posting, {});
        return { deleted: true, undoAvailable, usage };
      }),

    mergePostings: (keepId, dropId) =>
      core.run(async (view) => {
        if (keepId === dropId) throw new StorageError('invalid-input', 'A posting cannot be merged with itself.');
        const keep = requirePosting(view, keepId);
        const drop = requirePosting(view, dropId);
        const posting: SavedPosting = { ...mergedPosting(keep, drop), updatedAt: core.bump(keep.updatedAt) };
        const { usage, undoAvailable } = await commitToTrash(view, drop, versionedEntries('posting', postingKey(keepId), posting));
        return { posting, undoAvailable, usage };
      }),

    markDistinct: (id, otherId) =>
      core.runKeys(
        onePosting(id),
        (view) =>
          updatePosting(view, id, (p) => {
            const known = p.distinctFrom ?? [];
            if (known.includes(otherId)) return {};
            return { distinctFrom: [...known, otherId].slice(-DISTINCT_FROM_MAX) };
          }),
        { write: true },
      ),

    restorePosting: (id) =>
      core.run(async (view) => {
        const entry = view.trash.get(id);
        if (!entry) throw new StorageError('not-found', 'There is nothing to undo for this posting.');
        const remove = [trashKey(id), metaKey(trashKey(id))];
        const live = view.postings.get(id);
        if (live) return { posting: live, usage: await core.commit(view, {}, remove) };
        const posting: SavedPosting = { ...entry.posting, updatedAt: core.bump(entry.posting.updatedAt) };
        const usage = await core.commit(view, versionedEntries('posting', postingKey(id), posting), remove);
        return { posting, usage };
      }),
  };
}
