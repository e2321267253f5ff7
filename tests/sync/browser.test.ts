import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { messenger } from '../../lib/messaging/client';
import { createWriter } from '../../lib/storage/writer';
import { browserSyncArea, storageChanges } from '../../lib/sync/browser';
import { SYNC_STATUS_KEY } from '../../lib/sync/status';

describe('browser ports of the sync mirror', () => {
  beforeEach(() => fakeBrowser.reset());

  it('storageChanges reports the changed keys of its own area only, until unsubscribed', async () => {
    const local: string[][] = [];
    const sync: string[][] = [];
    const stopLocal = storageChanges('local')((keys) => local.push(keys));
    storageChanges('sync')((keys) => sync.push(keys));
    await fakeBrowser.storage.local.set({ a: 1, b: 2 });
    await fakeBrowser.storage.sync.set({ c: 3 });
    stopLocal();
    await fakeBrowser.storage.local.set({ d: 4 });
    expect(local).toEqual([['a', 'b']]);
    expect(sync).toEqual([['c']]);
  });

  it('browserSyncArea reads and writes storage.sync, and is undefined where the browser has none', async () => {
    const area = browserSyncArea();
    await area?.set({ settings: { theme: 'dark' } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: { theme: 'dark' } });
    expect(await area?.get(null)).toEqual({ settings: { theme: 'dark' } });

    const original = Object.getOwnPropertyDescriptor(fakeBrowser.storage, 'sync');
    try {
      Object.defineProperty(fakeBrowser.storage, 'sync', { value: undefined, configurable: true });
      expect(browserSyncArea()).toBeUndefined();
      Object.defineProperty(fakeBrowser.storage, 'sync', {
        get: () => {
          throw new Error('storage.sync is disabled');
        },
        configurable: true,
      });
      expect(browserSyncArea()).toBeUndefined();
    } finally {
      if (original) Object.defineProperty(fakeBrowser.storage, 'sync', original);
    }
  });
});

describe('background: the sync mirror is wired to storage.local and storage.sync', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: 1_700_000_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
    messenger.removeAllListeners();
  });

  it('pulls at start and pushes a local change of progress after the debounce', async () => {
    await fakeBrowser.storage.sync.set({ 'progress:other:python': { kind: 'other', id: 'python', done: true, doneAt: 5, updatedAt: 5 } });
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined); // the fake does not implement it
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('progress:other:python')).toHaveProperty('progress:other:python.done', true));

    // Another writer on the same storage stands in for a page's message: the background's listener sees the change.
    const writer = createWriter({ now: () => Date.now() });
    expect((await writer.setProgress('skill', 'ai-risk-management', true)).ok).toBe(true);
    expect(await fakeBrowser.storage.sync.get(null)).not.toHaveProperty(['progress:skill:ai-risk-management']);
    await vi.advanceTimersByTimeAsync(2_000); // the debounce
    await vi.waitFor(async () => expect(await fakeBrowser.storage.sync.get(null)).toHaveProperty(['progress:skill:ai-risk-management', 'done'], true));
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['progress:other:python', 'progress:skill:ai-risk-management']);
    expect((await fakeBrowser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]).toMatchObject({ state: 'ok' });
  });
});
