import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QUOTA_BYTES, totalBytes, UNLIMITED_BUDGET_BYTES, WARN_RATIO } from '../../lib/storage/quota';
import { browserStorageBudget } from '../../lib/storage/local-area';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, rawStorage, seed, tickingClock } from './helpers';
import { enforceQuota } from './quota-fake';

describe('quota', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses a write that its estimate says will not fit, with a clear error and the data intact', async () => {
    const writer = createWriter({ now: tickingClock(), quotaBytes: 30_000 });
    let saved = 0;
    for (let i = 0; i < 100; i++) {
      const r = await writer.savePosting(makeInput(`job:${i}`));
      if (!r.ok) {
        expect(r.error.code).toBe('quota');
        expect(r.error.message).toMatch(/Storage is full.*Nothing was changed/);
        break;
      }
      saved++;
    }
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(100);
    const before = await rawStorage();
    expect(await writer.savePosting(makeInput('one-more'))).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await rawStorage()).toBe(before);
    const list = await writer.listPostings();
    expect(list.ok && list.value.postings).toHaveLength(saved);
  });

  it('maps the browser rejecting a write (quota-enforcing storage) to a clear error, data intact', async () => {
    const quota = enforceQuota(25_000);
    // The writer believes it has the real 10 MB: only the storage itself refuses.
    const writer = createWriter({ now: tickingClock() });
    let failure: { code: string; message: string } | null = null;
    for (let i = 0; i < 100 && !failure; i++) {
      const r = await writer.savePosting(makeInput(`job:${i}`));
      if (!r.ok) failure = r.error;
    }
    expect(quota.rejections()).toBeGreaterThan(0);
    expect(failure?.code).toBe('quota');
    expect(failure?.message).toMatch(/refused the write because storage is full.*Nothing was changed/);

    // A progress change is one write (its record and the progress log): when the browser refuses it, neither is stored.
    const used = totalBytes(await fakeBrowser.storage.local.get(null));
    await seed({ filler: 'x'.repeat(25_000 - used - 'filler'.length - 2 - 5) }); // 5 bytes left
    const before = await rawStorage();
    const r = await writer.setProgress('skill', 'stakeholder-management', true);
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await rawStorage()).toBe(before);
    expect(before).not.toMatch(/progress/);

    // Deleting still works when full: it is how the user makes room.
    const del = await writer.deletePosting('job:0');
    expect(del).toMatchObject({ ok: true, value: { deleted: true } });
  });

  it('reports usage and warns at 80 %', async () => {
    const writer = createWriter({ now: tickingClock(), quotaBytes: 10_000 });
    await seed({ filler: 'x'.repeat(7_000) });
    const low = await writer.getStorageUsage();
    expect(low.ok && low.value.warn).toBe(false);
    await seed({ filler: 'x'.repeat(8_100) });
    const high = await writer.getStorageUsage();
    expect(high.ok && high.value.warn).toBe(true);
    expect(high.ok && high.value.ratio).toBeGreaterThanOrEqual(WARN_RATIO);
    const save = await writer.savePosting(makeInput('a', { description: '' }));
    // Near the limit a save either fits and carries the warning, or is refused.
    if (save.ok) expect(save.value.usage.warn).toBe(true);
    else expect(save.error.code).toBe('quota');
    expect(QUOTA_BYTES).toBe(10 * 1024 * 1024);
  });
});

describe('the writer’s budget', () => {
  it('is storage.local’s 10 MiB, or with unlimitedStorage in the manifest our own 256 MiB', () => {
    const manifest = vi.spyOn(fakeBrowser.runtime, 'getManifest');
    manifest.mockReturnValue({ manifest_version: 3, name: 'x', version: '1', permissions: ['storage'] });
    expect(browserStorageBudget()).toBe(QUOTA_BYTES);
    manifest.mockReturnValue({ manifest_version: 3, name: 'x', version: '1', permissions: ['storage', 'unlimitedStorage'] });
    expect(browserStorageBudget()).toBe(UNLIMITED_BUDGET_BYTES);
    manifest.mockRestore();
  });
});
