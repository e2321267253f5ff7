import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocalArea } from '../../lib/storage/local-area';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, seed, tickingClock } from './helpers';

/** Counts the writer's full reads and batched writes. */
function countingArea() {
  const local = fakeBrowser.storage.local;
  const calls = { getAll: 0, set: 0 };
  const area: LocalArea = {
    getAll: () => {
      calls.getAll++;
      return local.get(null);
    },
    set: (items) => {
      calls.set++;
      return local.set(items);
    },
    remove: (keys) => local.remove(keys),
  };
  return { area, calls };
}

const postingIds = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null))
    .filter((k) => k.startsWith('posting:') && !k.endsWith('$'))
    .sort();

describe('writer: group commit of queued saves', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies a burst of saves in a few reads and writes, each save answered, none lost', async () => {
    const { area, calls } = countingArea();
    const writer = createWriter({ now: tickingClock(), area });
    const ids = Array.from({ length: 50 }, (_, i) => `job:${i}`);
    const results = await Promise.all(ids.map((id) => writer.savePosting(makeInput(id))));
    expect(results.every((r) => r.ok && r.value.created)).toBe(true);
    expect(await postingIds()).toEqual(ids.map((id) => `posting:${id}`).sort());
    // The first save runs alone; the 49 queued behind it go in one batch.
    expect(calls.set).toBeLessThanOrEqual(3);
    expect(calls.getAll).toBeLessThan(10);
  });

  it('the same posting twice in one batch is one posting, the second save seeing the first', async () => {
    const writer = createWriter({ now: tickingClock() });
    const [a, b, c] = await Promise.all([
      writer.savePosting(makeInput('job:x')),
      writer.savePosting(makeInput('job:y')),
      writer.savePosting(makeInput('job:y', { title: 'Renamed' })),
    ]);
    expect(a?.ok && b?.ok && c?.ok).toBe(true);
    if (!b?.ok || !c?.ok) return;
    expect(b.value.created).toBe(true);
    expect(c.value.created).toBe(false);
    expect(c.value.posting.title).toBe('Renamed');
    expect(c.value.posting.savedAt).toBe(b.value.posting.savedAt);
    expect(await postingIds()).toEqual(['posting:job:x', 'posting:job:y']);
  });

  it('keeps the queue order: a save queued after a delete is applied after it', async () => {
    const writer = createWriter({ now: tickingClock() });
    await writer.savePosting(makeInput('job:a'));
    const [, del, again] = await Promise.all([
      writer.savePosting(makeInput('job:b')),
      writer.deletePosting('job:a'),
      writer.savePosting(makeInput('job:a')),
    ]);
    expect(del.ok && del.value.deleted).toBe(true);
    expect(again.ok && again.value.created).toBe(true);
    expect(await postingIds()).toEqual(['posting:job:a', 'posting:job:b']);
  });

  it('one save that cannot be written (read-only record) fails alone; the rest of its batch is saved', async () => {
    // Written by a newer version of the extension: read-only here.
    await seed({ 'posting:job:newer': { id: 'job:newer', future: true }, 'posting:job:newer$': { v: 99 } });
    const writer = createWriter({ now: tickingClock() });
    const results = await Promise.all(['job:1', 'job:newer', 'job:2', 'job:3'].map((id) => writer.savePosting(makeInput(id))));
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'read-only', 'ok', 'ok']);
    expect(await postingIds()).toEqual(['posting:job:1', 'posting:job:2', 'posting:job:3', 'posting:job:newer']);
    expect((await fakeBrowser.storage.local.get('posting:job:newer'))['posting:job:newer']).toEqual({ id: 'job:newer', future: true });
  });
});
