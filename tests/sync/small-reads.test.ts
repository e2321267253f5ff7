import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocalArea } from '../../lib/storage/local-area';
import { createWriter } from '../../lib/storage/writer';
import { syncStatus } from '../../lib/sync/status';
import { makeInput } from '../storage/helpers';

/**
 * The mirror runs after every edit: when sync holds nothing newer and the status says nothing new, it must not read
 * every saved posting (a full read costs ~340 ms in the worker at 1,000 saved postings, `npm run bench:browser`),
 * and the dashboard's résumé and sync-status reads are small too.
 */
function countingArea() {
  const area: LocalArea = {
    getAll: vi.fn(async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>),
    set: (items) => fakeBrowser.storage.local.set(items),
    remove: (keys) => fakeBrowser.storage.local.remove(keys),
    getKeys: async () => Object.keys(await fakeBrowser.storage.local.get(null)),
    get: async (keys) => (keys.length === 0 ? {} : ((await fakeBrowser.storage.local.get(keys)) as Record<string, unknown>)),
  };
  return area as LocalArea & { getAll: ReturnType<typeof vi.fn> };
}

describe('sync and the dashboard read small when nothing needs the saved postings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a pull with nothing newer, an unchanged status, the résumé and the status: no full read', async () => {
    let t = 1_000_000;
    const area = countingArea();
    const writer = createWriter({ area, now: () => (t += 10) });
    await writer.savePosting(makeInput('linkedin:1'));
    await writer.setSkillState('api-development', 'notYet');
    const mirrored = await writer.getMirrorItems();
    expect(mirrored.ok).toBe(true);
    const items = Object.fromEntries(mirrored.ok ? mirrored.value : []);
    await writer.recordSyncStatus(syncStatus('ok', t, ''), true);
    area.getAll.mockClear();

    // Sync holds exactly what this device has: nothing to apply.
    expect(await writer.applySynced(items)).toMatchObject({ ok: true, value: { applied: 0 } });
    // Mirrored again a few seconds later: the stored "ok" is fresh enough.
    expect(await writer.recordSyncStatus(syncStatus('ok', t + 5_000, ''), true)).toMatchObject({ ok: true });
    expect(await writer.getResume()).toEqual({ ok: true, value: null });
    expect(await writer.getSyncStatus()).toMatchObject({ ok: true, value: { state: 'ok' } });
    expect(area.getAll).not.toHaveBeenCalled();

    // Something newer in sync, or a new state: the full read and the write happen.
    const newer = { ...items, 'progress:transferable:api-development': { ...(items['progress:transferable:api-development'] as object), done: true, updatedAt: t + 60_000 } };
    expect(await writer.applySynced(newer)).toMatchObject({ ok: true, value: { applied: 1 } });
    expect(await writer.recordSyncStatus(syncStatus('quota', t + 6_000, 'full'), false)).toMatchObject({ ok: true, value: { state: 'quota' } });
    expect(area.getAll).toHaveBeenCalledTimes(2);
    expect(((await fakeBrowser.storage.local.get('sync-status')) as Record<string, { state: string }>)['sync-status']?.state).toBe('quota');
  });

  it('a status mirrored a minute after the stored one is written (the profile says "last synced" to the minute)', async () => {
    const writer = createWriter({ area: countingArea() });
    await writer.recordSyncStatus(syncStatus('ok', 1_000, ''), true);
    await writer.recordSyncStatus(syncStatus('ok', 30_000, ''), true);
    expect(((await fakeBrowser.storage.local.get('sync-status')) as Record<string, { at: number }>)['sync-status']?.at).toBe(1_000);
    await writer.recordSyncStatus(syncStatus('ok', 61_000, ''), true);
    expect(((await fakeBrowser.storage.local.get('sync-status')) as Record<string, { at: number }>)['sync-status']?.at).toBe(61_000);
  });
});
