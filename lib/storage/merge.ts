import { compactHistory, type StatusChange } from './pipeline';
import { DISTINCT_FROM_MAX, NOTES_MAX, type SavedPosting } from './schemas';

/**
 * One posting from two (the user's merge of one job saved from two boards, lib/insights/duplicates.ts finds them): `keep`'s record and report, with the other's notes added, both stage
 * histories in time order (ending at `keep`'s status), the earlier follow-up and the later "done".
 */
export function mergedPosting(keep: SavedPosting, drop: SavedPosting): Omit<SavedPosting, 'updatedAt'> {
  const notes = [keep.notes.trim(), drop.notes.trim() && drop.notes.trim() !== keep.notes.trim() ? `From the ${drop.board} posting: ${drop.notes.trim()}` : '']
    .filter(Boolean)
    .join('\n\n')
    .slice(0, NOTES_MAX);
  const both: StatusChange[] = [...keep.history, ...drop.history].map((e, i) => ({ e, i })).sort((x, y) => x.e.at - y.e.at || x.i - y.i).map((x) => x.e);
  const history = both.at(-1)?.status === keep.status ? both : [...both, { status: keep.status, at: Math.max(...both.map((e) => e.at)) }];
  const followUps = [keep.followUpAt, drop.followUpAt].filter((t): t is number => t !== null);
  const dones = [keep.followUpDoneAt, drop.followUpDoneAt].filter((t): t is number => t !== null);
  const distinctFrom = [...new Set([...(keep.distinctFrom ?? []), ...(drop.distinctFrom ?? [])])].filter((id) => id !== keep.id && id !== drop.id);
  const { distinctFrom: _d, updatedAt: _u, ...rest } = keep;
  return {
    ...rest,
    notes,
    savedAt: Math.min(keep.savedAt, drop.savedAt),
    history: [...compactHistory(history)],
    followUpAt: followUps.length ? Math.min(...followUps) : null,
    followUpDoneAt: dones.length ? Math.max(...dones) : null,
    ...(distinctFrom.length ? { distinctFrom: distinctFrom.slice(0, DISTINCT_FROM_MAX) } : {}),
  };
}
