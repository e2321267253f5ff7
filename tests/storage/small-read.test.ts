import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocalArea } from '../../lib/storage/local-area';
import { PROGRESS_LOG_KEY } from '../../lib/storage/progress-log';
import { entryBytes } from '../../lib/storage/quota';
import { expandList, type PostingListItem } from '../../lib/storage/summary';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, seed, tickingClock } from './helpers';

/** An area that can list keys (as Chrome 130+ can), counting full reads and the keys read one by one. */
function listingArea(withKeys = true, withBytes = false) {
  const local = fakeBrowser.storage.local;
  const calls = { getAll: 0, getKeys: 0, keysRead: [] as string[] };
  const area: LocalArea = {
    getAll: () => {
      calls.getAll++;
      return local.get(null);
    },
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
    getKeys: async () => {
      calls.getKeys++;
      return withKeys ? Object.keys(await local.get(null)) : null;
    },
    get: async (keys) => {
      calls.keysRead.push(...keys);
      return local.get(keys);
    },
    // As Chrome's getBytesInUse: key plus JSON of the value, for the keys asked (null: all).
    ...(withBytes
      ? {
          bytesInUse: async (keys: string[] | null) => {
            const all = await local.get(keys);
            return Object.entries(all).reduce((n, [k, v]) => n + entryBytes(k, v), 0);
          },
        }
      : {}),
  };
  return { area, calls };
}

describe('writer: small reads of progress and settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads only progress and settings keys (no posting is read), with saved ids from the key list', async () => {
    const { area, calls } = listingArea();
    const writer = createWriter({ now: tickingClock(), area });
    for (const id of ['job:a', 'job:b']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    expect((await writer.setProgress('skill', 'stakeholder-management', true)).ok).toBe(true);
    expect((await writer.updateSettings({ theme: 'dark' })).ok).toBe(true);
    const fullReads = calls.getAll;
    const r = await writer.getProgressAndSettings();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(calls.getAll).toBe(fullReads);
    expect(calls.keysRead.some((k) => k.startsWith('posting:'))).toBe(false);
    expect(r.value.progress.learnedSkills).toEqual(['stakeholder-management']);
    expect(r.value.settings.theme).toBe('dark');
    expect(r.value.savedIds.sort()).toEqual(['job:a', 'job:b']);
    // Same answers as the full read.
    const overview = await writer.getOverview();
    if (!overview.ok) throw new Error('overview failed');
    expect(r.value.progress).toEqual(overview.value.progress);
    expect(r.value.settings).toEqual(overview.value.settings);
    const [progress, settings] = await Promise.all([writer.getProgress(), writer.getSettings()]);
    expect(progress).toEqual({ ok: true, value: overview.value.progress });
    expect(settings).toEqual({ ok: true, value: overview.value.settings });
  });

  it('falls back to the full read (which quarantines) when a progress record is invalid', async () => {
    const { area, calls } = listingArea();
    const writer = createWriter({ now: tickingClock(), area });
    expect((await writer.ensureReady()).ok).toBe(true);
    await seed({ 'progress:skill:stakeholder-management': { kind: 'skill', id: 'not-the-key', done: 'yes' } });
    const before = calls.getAll;
    const r = await writer.getProgressAndSettings();
    expect(r.ok && r.value.progress.items).toEqual([]);
    expect(calls.getAll).toBeGreaterThan(before);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).some((k) => k.startsWith('corrupt:progress:skill:stakeholder-management'))).toBe(true);
  });

  it('falls back to the full read when the browser cannot list keys, and before the migration pass', async () => {
    const { area, calls } = listingArea(false);
    const writer = createWriter({ now: tickingClock(), area });
    expect((await writer.savePosting(makeInput('job:a'))).ok).toBe(true);
    const r = await writer.getProgressAndSettings();
    expect(r.ok && r.value.savedIds).toEqual(['job:a']);
    expect(calls.keysRead).toEqual([]);

    // A new worker with something to migrate (here: a posting of version 2) reads everything first.
    await seed({ 'posting:job:a$': { v: 2 } });
    const fresh = listingArea();
    const restarted = createWriter({ now: tickingClock(), area: fresh.area });
    await restarted.getProgressAndSettings();
    expect(fresh.calls.getAll).toBeGreaterThan(0);
  });

  it('getDashboard answers, without reading a posting record, what the separate reads answer', async () => {
    const { area, calls } = listingArea(true, true);
    const writer = createWriter({ now: tickingClock(), area });
    for (const id of ['job:a', 'job:b', 'job:c']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    expect((await writer.setProgress('skill', 'stakeholder-management', true)).ok).toBe(true);
    const before = calls.getAll;
    calls.keysRead.length = 0;
    const d = await writer.getDashboard();
    expect(calls.getAll).toBe(before);
    expect(calls.keysRead.filter((k) => k.startsWith('posting:') || k.startsWith('text:'))).toEqual([]);
    if (!d.ok) throw new Error('getDashboard failed');
    const [list, progress, usage, corrupt] = await Promise.all([writer.listPostings(), writer.getProgress(), writer.getStorageUsage(), writer.getCorruptRecords()]);
    // The lists' items are the records without their excerpt, evidence and mentions (and the report's copy of the page's names, and the role check's reason unless it flags the posting).
    const lean = (p: PostingListItem) => ({ ...p, report: { ...p.report, posting: null, targetRoleReason: p.report.targetRole ? '' : p.report.targetRoleReason, skills: p.report.skills.map(({ id, kind, level, label }) => ({ id, kind, level, label })) } });
    expect(list.ok && expandList(d.value).postings.map(lean)).toEqual(list.ok && list.value.postings.map(({ descriptionExcerpt: _, textChars: __, ...p }) => lean(p)));
    expect(progress.ok && d.value.progress).toEqual(progress.ok && progress.value);
    expect(usage.ok && d.value.usage).toEqual(usage.ok && usage.value);
    expect(corrupt.ok && d.value.corrupt).toEqual(corrupt.ok && corrupt.value);
    // The progress log as stored, which readiness over time is replayed from.
    expect(d.value.progressLog).toEqual((await fakeBrowser.storage.local.get(PROGRESS_LOG_KEY))[PROGRESS_LOG_KEY]);
    expect(d.value.progressLog.events.map(({ kind, id, done }) => [kind, id, done])).toEqual([['skill', 'stakeholder-management', true]]);
  });
});
