import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POSTING_VERSION } from '../../lib/storage/schemas';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, seed, tickingClock } from './helpers';

describe('corrupt-record quarantine', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves invalid records to corrupt:<key>, counts and reports them, and keeps serving the valid ones', async () => {
    const writer = createWriter({ now: tickingClock() });
    expect((await writer.savePosting(makeInput('good:1'))).ok).toBe(true);
    await seed({
      'posting:bad:1': { id: 'bad:1', title: 42 },
      'posting:bad:1$': { v: POSTING_VERSION },
      'posting:wrong-key': (await fakeBrowser.storage.local.get('posting:good:1'))['posting:good:1'],
      'progress:skill:ai-risk-management': 'yes',
      'posting:bad-meta': { id: 'bad-meta' },
      'posting:bad-meta$': { v: 'two' },
    });

    const list = await writer.listPostings();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.postings.map((p) => p.id)).toEqual(['good:1']);
    expect(list.value.corruptCount).toBe(4);

    const raw = await fakeBrowser.storage.local.get(null);
    for (const key of ['posting:bad:1', 'posting:wrong-key', 'progress:skill:ai-risk-management', 'posting:bad-meta']) {
      expect(raw[key], key).toBeUndefined();
      expect(raw[`corrupt:${key}`], key).toMatchObject({ key, reason: 'invalid' });
    }
    expect(raw['posting:bad:1$']).toBeUndefined();
    expect((raw['corrupt:posting:bad:1'] as { value: unknown }).value).toEqual({ id: 'bad:1', title: 42 });

    const report = await writer.getCorruptRecords();
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.quarantined.map((q) => q.key).sort()).toEqual(['posting:bad-meta', 'posting:bad:1', 'posting:wrong-key', 'progress:skill:ai-risk-management']);
    expect(report.value.quarantined.find((q) => q.key === 'posting:bad:1')?.issues.join(' ')).toMatch(/title/);
  });

  it('a second bad value under the same key does not overwrite the first quarantine', async () => {
    const writer = createWriter({ now: tickingClock() });
    await seed({ 'posting:x': { broken: 1 } });
    await writer.listPostings();
    await seed({ 'posting:x': { broken: 2 } });
    await writer.listPostings();
    const raw = await fakeBrowser.storage.local.get(null);
    const kept = Object.keys(raw).filter((k) => k.startsWith('corrupt:posting:x')).map((k) => (raw[k] as { value: unknown }).value);
    expect(kept).toEqual(expect.arrayContaining([{ broken: 1 }, { broken: 2 }]));
  });
});
