import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readOverview, type DirectListSource } from '../../lib/storage/direct-list';
import type { LocalArea } from '../../lib/storage/local-area';
import { fail } from '../../lib/storage/result';
import { buildShards, expandList, INDEX_KEYS, listFromStoredShards, readIndex, shardKeyOf } from '../../lib/storage/summary';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { chromeLikeArea, makeInput, tickingClock } from './helpers';

/**
 * The popup's saved list read by the page itself (lib/storage/direct-list.ts): the index shards from storage.local
 * beside the writer's small read. It must list exactly what the writer's own list read lists, and leave the list to the
 * writer whenever what the page read cannot be trusted.
 */

/** A Chrome-like area whose next `remove` can fail (the worker dies between the two writes of a delete). */
function faultyArea() {
  const { area: base } = chromeLikeArea();
  const faults = { failRemove: false };
  const area: LocalArea = {
    ...base,
    remove: async (keys) => {
      if (faults.failRemove) {
        faults.failRemove = false;
        throw new Error('worker stopped');
      }
      await base.remove(keys);
    },
  };
  return { area, faults };
}

/** The page's side, as entrypoints/popup/popup-source.ts wires it, against `writer`; `overview` counts the writer's list reads. */
function pageSource(writer: Writer, overrides: Partial<DirectListSource> = {}) {
  let changes = 0;
  fakeBrowser.storage.onChanged.addListener((c, area) => {
    if (area === 'local' && Object.keys(c).some((k) => k.startsWith('index:'))) changes++;
  });
  const overview = vi.fn(() => writer.getOverview());
  const source: DirectListSource = {
    readShards: () => fakeBrowser.storage.local.get([...INDEX_KEYS]),
    small: () => writer.getProgressAndSettings(),
    overview,
    indexChanges: () => changes,
    ...overrides,
  };
  return { source, overview };
}

/** What a list shows of each posting, in order. */
const shown = (postings: { id: string; title: string; status: string; notes: string; updatedAt: number; report: { skills: { id: string; level: string }[] } }[]) =>
  postings.map((p) => ({ id: p.id, title: p.title, status: p.status, notes: p.notes, updatedAt: p.updatedAt, skills: p.report.skills.map((s) => `${s.id}:${s.level}`) }));

async function recordsShown(writer: Writer) {
  const list = await writer.listPostings();
  if (!list.ok) throw new Error(list.error.message);
  return shown(list.value.postings);
}

async function saveSome(writer: Writer, n: number) {
  for (let i = 0; i < n; i++) expect((await writer.savePosting(makeInput(`job:${i}`, { title: `Program Manager ${i}` }))).ok).toBe(true);
}

describe('the saved list read by the page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists what the records say, newest first, with the counts, progress and settings, and never asks the writer for the list', async () => {
    const writer = createWriter({ now: tickingClock(), area: chromeLikeArea().area });
    await saveSome(writer, 30);
    expect((await writer.setPostingStatus('job:4', 'interviewing')).ok).toBe(true);
    expect((await writer.setPostingNotes('job:9', 'recruiter: Dana')).ok).toBe(true);
    expect((await writer.updateSettings({ theme: 'dark' })).ok).toBe(true);
    const { source, overview } = pageSource(writer);
    const r = await readOverview(source);
    if (!r.ok) throw new Error(r.error.message);
    expect(overview).not.toHaveBeenCalled();
    expect(shown(r.value.postings)).toEqual(await recordsShown(writer));
    expect(r.value.postings.map((p) => p.id).slice(0, 3)).toEqual(['job:29', 'job:28', 'job:27']);
    expect(r.value.postings.find((p) => p.id === 'job:4')?.status).toBe('interviewing');
    expect(r.value.postings.find((p) => p.id === 'job:9')?.notes).toBe('recruiter: Dana');
    expect(r.value).toMatchObject({ corruptCount: 0, readOnlyCount: 0, settings: { theme: 'dark' } });
  });

  it('a new profile: an empty list, from no shards at all', async () => {
    const writer = createWriter({ now: tickingClock(), area: chromeLikeArea().area });
    const { source, overview } = pageSource(writer);
    const r = await readOverview(source);
    expect(r.ok && r.value.postings).toEqual([]);
    expect(overview).not.toHaveBeenCalled();
  });

  it('after a commit that could not keep the index (a failed remove), the writer says so and lists from the records', async () => {
    const { area, faults } = faultyArea();
    const writer = createWriter({ now: tickingClock(), area });
    await saveSome(writer, 5);
    faults.failRemove = true;
    expect((await writer.deletePosting('job:2')).ok).toBe(false);
    // Storage: an index without job:2 (its set landed) and the record job:2 (its remove did not).
    const stored = readIndex(await fakeBrowser.storage.local.get([...INDEX_KEYS]));
    expect(stored.ok && stored.entries.has('job:2')).toBe(false);
    const small = await writer.getProgressAndSettings();
    expect(small.ok && small.value.indexSound).toBe(false);
    const { source, overview } = pageSource(writer);
    const r = await readOverview(source);
    expect(overview).toHaveBeenCalledTimes(1);
    expect(r.ok && shown(r.value.postings)).toEqual(await recordsShown(writer));
    expect(r.ok && r.value.postings.map((p) => p.id)).toContain('job:2');
    // The writer's list read rebuilt the index: the next read is the page's own again.
    const again = await writer.getProgressAndSettings();
    expect(again.ok && again.value.indexSound).toBe(true);
    const next = await readOverview(source);
    expect(overview).toHaveBeenCalledTimes(1);
    expect(next.ok && next.value.postings.map((p) => p.id)).toContain('job:2');
  });

  it('a shard that is garbled, of another version, misplaced or missing: the writer lists, and rebuilds', async () => {
    const writer = createWriter({ now: tickingClock(), area: chromeLikeArea().area });
    await saveSome(writer, 40);
    const victim = shardKeyOf('job:7');
    const all = await fakeBrowser.storage.local.get(null);
    const other = INDEX_KEYS.find((k) => k !== victim) as string;
    const moved = JSON.parse(all[other] as string) as { v: number; entries: Record<string, unknown> };
    moved.entries['job:7'] = (JSON.parse(all[victim] as string) as { entries: Record<string, unknown> }).entries['job:7'];
    const breakages: Record<string, unknown>[] = [
      { [victim]: JSON.stringify({ v: 2, entries: { 'job:7': { title: 42 } } }) },
      { [victim]: '{"v":2,' },
      { [victim]: JSON.parse(all[victim] as string) as unknown }, // an object, not the stored string
      { [victim]: (all[victim] as string).replace('"v":2', '"v":1') },
      { [other]: JSON.stringify(moved) },
    ];
    for (const breakage of breakages) {
      await fakeBrowser.storage.local.set(breakage);
      const { source, overview } = pageSource(writer);
      const r = await readOverview(source);
      expect(overview).toHaveBeenCalledTimes(1);
      expect(r.ok && r.value.postings).toHaveLength(40);
      expect(readIndex(await fakeBrowser.storage.local.get([...INDEX_KEYS])).ok).toBe(true);
    }
    await fakeBrowser.storage.local.remove([victim]);
    const { source, overview } = pageSource(writer);
    const r = await readOverview(source);
    expect(overview).toHaveBeenCalledTimes(1);
    expect(r.ok && r.value.postings).toHaveLength(40);
  });

  it('an index write while the page reads: the writer lists, so two states are never mixed', async () => {
    const writer = createWriter({ now: tickingClock(), area: chromeLikeArea().area });
    await saveSome(writer, 3);
    const { source, overview } = pageSource(writer, {
      // Another tab moves a posting just after the page's read.
      readShards: async () => {
        const values = await fakeBrowser.storage.local.get([...INDEX_KEYS]);
        expect((await writer.setPostingStatus('job:1', 'applied')).ok).toBe(true);
        return values;
      },
    });
    const r = await readOverview(source);
    expect(overview).toHaveBeenCalledTimes(1);
    expect(r.ok && r.value.postings.find((p) => p.id === 'job:1')?.status).toBe('applied');
  });

  it('a page that cannot read storage, or a writer that fails: the writer’s answer stands', async () => {
    const writer = createWriter({ now: tickingClock(), area: chromeLikeArea().area });
    await saveSome(writer, 2);
    const unreadable = pageSource(writer, { readShards: () => Promise.reject(new Error('storage unavailable')) });
    const r = await readOverview(unreadable.source);
    expect(unreadable.overview).toHaveBeenCalledTimes(1);
    expect(r.ok && r.value.postings).toHaveLength(2);
    const refused = fail('unavailable', 'Pathway Lens is not responding.');
    const failing = pageSource(writer, { small: async () => refused, overview: async () => refused });
    expect(await readOverview(failing.source)).toEqual(refused);
  });
});

describe('listFromStoredShards', () => {
  it('is the writer’s list when every shard is sound, and nothing when one is not', async () => {
    fakeBrowser.reset();
    const writer = createWriter({ now: tickingClock(), area: chromeLikeArea().area });
    await saveSome(writer, 20);
    const list = await writer.listPostings();
    if (!list.ok) throw new Error(list.error.message);
    const shards = buildShards(list.value.postings);
    const overview = await writer.getOverview();
    expect(overview.ok && listFromStoredShards(shards, 20)).toEqual(overview.ok && expandList(overview.value).postings);
    const { [INDEX_KEYS[3] as string]: _, ...partial } = shards;
    expect(listFromStoredShards(partial, 20)).toBeNull();
    // No shard at all is an empty list only when nothing is saved.
    expect(listFromStoredShards({}, 0)).toEqual([]);
    expect(listFromStoredShards({}, 1)).toBeNull();
  });
});
