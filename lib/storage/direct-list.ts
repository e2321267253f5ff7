import { ok, type Result } from './result';
import { expandList, listFromStoredShards, type ExpandedList } from './summary';
import type { OverviewValue, ProgressAndSettingsValue } from './writer/views';

/**
 * The popup's saved list, read by the page: the summary index shards straight from storage.local (one `get` of fixed
 * keys) beside the writer's small read (progress, settings, counts), instead of the writer reading the shards and
 * sending them on. At 5,000 postings the shards are ~4.7 MB: the page's own read takes ~60 ms, the writer's answer
 * ~210–270 ms (the same read, then two more process hops for the whole text).
 *
 * The writer stays the only writer and the judge of the index. The page uses what it read only when
 * - the writer's small read says the index is sound (no commit since the last rebuild failed to keep it),
 * - no index shard changed while the two reads were under way (a commit between them: the page would mix two states),
 * - every shard passes the writer's own check (`listFromStoredShards`).
 * Otherwise it asks the writer's list read (getOverview), which rebuilds the index when it must.
 */
export interface DirectListSource {
  /** The index shards, read in the page (storage.local.get of INDEX_KEYS), once the small read has vouched for them. */
  readonly readShards: () => Promise<Readonly<Record<string, unknown>>>;
  /** The writer's small read (getProgressAndSettings). */
  readonly small: () => Promise<Result<ProgressAndSettingsValue>>;
  /** The writer's list read (getOverview): the way when the page's own read cannot be used. */
  readonly overview: () => Promise<Result<OverviewValue>>;
  /** How many changes to index shards the page has seen so far (storage.onChanged, listening before the first read). */
  readonly indexChanges: () => number;
}

export async function readOverview(source: DirectListSource): Promise<Result<ExpandedList<OverviewValue>>> {
  const fromWriter = () => source.overview().then((r) => (r.ok ? ok(expandList(r.value)) : r));
  const before = source.indexChanges();
  const small = await source.small();
  if (!small.ok || !small.value.indexSound) return fromWriter();
  const values = await source.readShards().catch(() => null);
  if (!values || source.indexChanges() !== before) return fromWriter();
  const postings = listFromStoredShards(values, small.value.savedIds.length);
  if (!postings) return fromWriter();
  const { progress, settings, corruptCount, readOnlyCount } = small.value;
  return ok({ postings, corruptCount, readOnlyCount, progress, settings });
}
