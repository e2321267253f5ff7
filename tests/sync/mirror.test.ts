import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES, type HandlerContext } from '../../lib/messaging/messages';
import type { ProgressLog } from '../../lib/scoring/readiness-history';
import { PROGRESS_LOG_KEY } from '../../lib/storage/progress-log';
import { createWriter } from '../../lib/storage/writer';
import { SYNC_TEXT } from '../../lib/sync/mirror';
import { SYNC_QUOTAS } from '../../lib/sync/plan';
import { SYNC_STATUS_KEY } from '../../lib/sync/status';
import { makeInput } from '../storage/helpers';
import { device, fakeCloud, memoryLocal, mirroredOf, quiesce, unwrap, type Device, type MemoryLocal } from './fakes';

const T0 = 1_700_000_000_000;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A device's storage with a profile already in it: a posting, the kept résumé and some progress and settings. */
async function populatedLocal(): Promise<MemoryLocal> {
  const local = memoryLocal();
  const w = createWriter({ area: local, now: () => Date.now() });
  unwrap(await w.savePosting(makeInput('greenhouse:acme:1')));
  unwrap(await w.keepResume({ text: 'Ten years of backend work.', source: 'resume.txt' }));
  unwrap(await w.setProgress('skill', 'ai-risk-management', true));
  unwrap(await w.setSkillState('ai-ml-fundamentals', 'learning'));
  unwrap(await w.setOwnWeeks('cloud-platforms', 5));
  unwrap(await w.setProgress('task', 'p1-ai-for-everyone', true));
  unwrap(await w.updateSettings({ hoursPerWeek: 6, theme: 'dark' }));
  return local;
}

const status = async (d: Device) => unwrap(await d.writer.getSyncStatus());
const withoutStatus = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== SYNC_STATUS_KEY));

describe('sync mirror: one device', () => {
  it('at start pulls what sync holds, then pushes what sync lacks in one write: progress and settings only, as plain records', async () => {
    const cloud = fakeCloud();
    cloud.put({ 'progress:other:python': { kind: 'other', id: 'python', done: true, doneAt: T0 - 10, updatedAt: T0 - 10 } });
    const local = await populatedLocal();
    const d = device(cloud.area(), cloud.onChange, { local });
    await quiesce([d]);

    expect(Object.keys(cloud.data).sort()).toEqual([
      'progress:learning:ai-ml-fundamentals',
      'progress:other:python',
      'progress:skill:ai-ml-fundamentals',
      'progress:skill:ai-risk-management',
      'progress:task:p1-ai-for-everyone',
      'progress:transferable:cloud-platforms',
      'settings',
    ]);
    // Never the posting, the résumé, the log, the status or WXT's `$` meta.
    expect(cloud.sets).toHaveLength(1);
    expect(mirroredOf(local.data)).toEqual(cloud.data);
    expect(cloud.data['progress:transferable:cloud-platforms']).toMatchObject({ done: false, weeks: 5 });
    expect(cloud.data.settings).toMatchObject({ hoursPerWeek: 6, theme: 'dark' });
    // The pulled record joined the progress log like an imported one, at its own time.
    const log = local.data[PROGRESS_LOG_KEY] as ProgressLog;
    expect(log.events).toContainEqual({ at: T0 - 10, kind: 'other', id: 'python', done: true });
    expect(await status(d)).toEqual({ state: 'ok', at: expect.any(Number) as number, detail: SYNC_TEXT.ok });
  });

  it('pushes a burst of local changes once, 2 s after the last; its own write coming back changes nothing', async () => {
    const cloud = fakeCloud();
    const d = device(cloud.area(), cloud.onChange);
    await quiesce([d]);
    expect(cloud.sets).toHaveLength(0);

    unwrap(await d.writer.setProgress('task', 'p1-read-pm-books', true));
    await vi.advanceTimersByTimeAsync(1_000);
    unwrap(await d.writer.setProgress('action', 'week-update-linkedin-headline', true));
    await vi.advanceTimersByTimeAsync(1_999);
    await d.mirror.settled();
    expect(cloud.sets).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await d.mirror.settled();
    expect(cloud.sets.map((s) => Object.keys(s).sort())).toEqual([['progress:action:week-update-linkedin-headline', 'progress:task:p1-read-pm-books']]);

    // The echo of our own write and the status write are no reason to write again: no ping-pong.
    await quiesce([d]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cloud.sets).toHaveLength(1);
  });

  it('a change of something not mirrored (a saved posting, the résumé) writes nothing to sync', async () => {
    const cloud = fakeCloud();
    const d = device(cloud.area(), cloud.onChange);
    await quiesce([d]);
    unwrap(await d.writer.savePosting(makeInput('lever:beta:2', { url: 'https://jobs.lever.co/beta/2', board: 'lever' })));
    unwrap(await d.writer.keepResume({ text: 'CV', source: 'pasted' }));
    expect(vi.getTimerCount()).toBe(0); // not even a run is scheduled
    await quiesce([d]);
    expect(cloud.sets).toEqual([]);
    expect(cloud.data).toEqual({});
  });

  it('a write sync refuses for its quota changes nothing locally, says "quota", and goes through at the next change', async () => {
    const cloud = fakeCloud();
    let full = true;
    const local = await populatedLocal();
    const before = JSON.stringify(local.data);
    const d = device(cloud.area({ refuse: () => (full ? 'QUOTA_BYTES quota exceeded' : null) }), cloud.onChange, { local });
    await quiesce([d]);

    expect(cloud.data).toEqual({});
    expect(JSON.stringify(withoutStatus(local.data))).toBe(before);
    expect(await status(d)).toMatchObject({ state: 'quota', detail: SYNC_TEXT.refused('QUOTA_BYTES quota exceeded') });
    // Local writes go on as ever.
    unwrap(await d.writer.setProgress('other', 'kubernetes', true));
    await quiesce([d]);
    expect(cloud.data).toEqual({});
    expect(local.data['progress:other:kubernetes']).toMatchObject({ done: true });

    full = false;
    unwrap(await d.writer.setProgress('task', 'p1-read-pm-books', true));
    await quiesce([d]);
    // Everything that waited is pushed with the new change, in one write.
    expect(cloud.sets).toHaveLength(1);
    expect(mirroredOf(local.data)).toEqual(cloud.data);
    expect(Object.keys(cloud.data)).toHaveLength(8); // the 6 from before, kubernetes and the new task
    expect(await status(d)).toMatchObject({ state: 'ok' });
  });

  it('items that do not fit the quotas stay local, the rest is pushed, and the status says how many', async () => {
    const cloud = fakeCloud();
    const local = await populatedLocal();
    const d = device(cloud.area(), cloud.onChange, { local, quotas: { ...SYNC_QUOTAS, maxItems: 3 } });
    await quiesce([d]);
    // Settings, the transferable skill and the newer of the two skill records fit; the other skill record, learning and the task wait.
    expect(Object.keys(cloud.data).sort()).toEqual(['progress:skill:ai-ml-fundamentals', 'progress:transferable:cloud-platforms', 'settings']);
    expect(await status(d)).toMatchObject({ state: 'quota', detail: SYNC_TEXT.skipped(3) });
    expect(mirroredOf(local.data)).toHaveProperty('progress:task:p1-ai-for-everyone');
  });

  it('waits for a free write when the write-rate quota is used up, then pushes', async () => {
    const cloud = fakeCloud();
    const d = device(cloud.area(), cloud.onChange, { quotas: { ...SYNC_QUOTAS, writesPerMinute: 1 } });
    await quiesce([d]);
    unwrap(await d.writer.setProgress('task', 'p1-read-pm-books', true));
    await vi.advanceTimersByTimeAsync(2_000);
    await d.mirror.settled();
    expect(cloud.sets).toHaveLength(1); // written at T0 + 2 s

    unwrap(await d.writer.setProgress('task', 'p1-start-pmp-study', true));
    await vi.advanceTimersByTimeAsync(2_000);
    await d.mirror.settled();
    expect(cloud.sets).toHaveLength(1);
    expect(await status(d)).toMatchObject({ state: 'idle', detail: SYNC_TEXT.waiting(1) });
    // The first write leaves the minute at T0 + 62 s.
    await vi.advanceTimersByTimeAsync(62_000 - 4_000 - 1);
    await d.mirror.settled();
    expect(cloud.sets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await d.mirror.settled();
    expect(cloud.sets).toHaveLength(2);
    expect(cloud.sets[1]).toHaveProperty('progress:task:p1-start-pmp-study');
    expect(await status(d)).toMatchObject({ state: 'ok' });
  });

  it('ignores invalid values in sync, and keys sync should not hold', async () => {
    const cloud = fakeCloud();
    cloud.put({
      'progress:skill:kubernetes': { kind: 'skill', id: 'kubernetes', done: true, doneAt: 1, updatedAt: T0 + 999_999 },
      'progress:task:p1-read-pm-books': { kind: 'task', id: 'p3-pmp-exam-prep', done: true, doneAt: 1, updatedAt: T0 + 999_999 },
      'progress:other:rust': '{"kind":"other"}',
      settings: { theme: 'neon', updatedAt: T0 + 999_999 },
      'posting:greenhouse:evil': makeInput('greenhouse:evil'),
      resume: { text: 'planted', source: 'x', keptAt: 1 },
      'progress:other:python': { kind: 'other', id: 'python', done: true, doneAt: 5, updatedAt: 5 },
    });
    const d = device(cloud.area(), cloud.onChange);
    await quiesce([d]);
    expect(Object.keys(d.local.data).filter((k) => !k.endsWith('$')).sort()).toEqual(['progress-log', 'progress:other:python', SYNC_STATUS_KEY]);
    expect(unwrap(await d.writer.getSettings())).toMatchObject({ theme: 'system' });
    // The invalid values are left alone in sync (another version may read them); nothing was written.
    expect(cloud.sets).toEqual([]);
  });
});

describe('sync mirror: sync unavailable', () => {
  it('without storage.sync (a browser without it) everything works locally and the status says so', async () => {
    const d = device(undefined, () => () => undefined);
    await quiesce([d]);
    const r = await d.writer.setProgress('skill', 'ai-risk-management', true);
    expect(r.ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(d.local.data['progress:skill:ai-risk-management']).toMatchObject({ done: true });
    expect(await status(d)).toMatchObject({ state: 'unavailable', detail: SYNC_TEXT.none });
  });

  it('sync that throws on read (switched off): local writes succeed, nothing is lost; when it is back, everything is pushed', async () => {
    const cloud = fakeCloud();
    let off = true;
    const d = device(cloud.area({ failGet: () => (off ? 'Sync is disabled.' : null) }), cloud.onChange);
    await quiesce([d]);
    unwrap(await d.writer.setProgress('skill', 'ai-risk-management', true));
    unwrap(await d.writer.updateSettings({ hoursPerWeek: 8 }));
    await quiesce([d]);
    expect(await status(d)).toMatchObject({ state: 'unavailable', detail: SYNC_TEXT.failing('Sync is disabled.') });
    expect(cloud.data).toEqual({});
    expect(unwrap(await d.writer.getProgress()).learnedSkills).toEqual(['ai-risk-management']);

    off = false;
    unwrap(await d.writer.setProgress('other', 'python', true));
    await quiesce([d]);
    expect(Object.keys(cloud.data).sort()).toEqual(['progress:other:python', 'progress:skill:ai-risk-management', 'settings']);
    expect(await status(d)).toMatchObject({ state: 'ok' });
  });

  it('sync that throws on write (not a quota) is "unavailable" and changes nothing locally', async () => {
    const cloud = fakeCloud();
    const local = await populatedLocal();
    const before = JSON.stringify(local.data);
    const d = device(cloud.area({ refuse: () => 'An unexpected error occurred' }), cloud.onChange, { local });
    await quiesce([d]);
    expect(JSON.stringify(withoutStatus(local.data))).toBe(before);
    expect(await status(d)).toMatchObject({ state: 'unavailable' });
  });
});

describe('sync mirror: two devices', () => {
  function twoDevices() {
    const cloud = fakeCloud();
    const a = device(cloud.area(), cloud.onChange);
    const b = device(cloud.area(), cloud.onChange);
    return { cloud, a, b };
  }

  it('both edit the same item: both converge to the newer edit (and log it)', async () => {
    const { cloud, a, b } = twoDevices();
    await quiesce([a, b]);
    unwrap(await a.writer.setProgress('skill', 'stakeholder-management', true));
    await vi.advanceTimersByTimeAsync(500);
    unwrap(await b.writer.setSkillState('stakeholder-management', 'learning')); // later: not learned, learning
    await quiesce([a, b]);

    for (const d of [a, b]) {
      expect(unwrap(await d.writer.getProgress())).toMatchObject({ learnedSkills: [], learningSkills: ['stakeholder-management'] });
    }
    expect(mirroredOf(a.local.data)).toEqual(mirroredOf(b.local.data));
    expect(mirroredOf(a.local.data)).toEqual(cloud.data);
    // A learned it, then B's newer "not learned" arrived: A's log has both, in time order.
    const log = a.local.data[PROGRESS_LOG_KEY] as ProgressLog;
    expect(log.events.map((e) => [e.id, e.done, e.at - T0])).toEqual([
      ['stakeholder-management', true, 0],
      ['stakeholder-management', false, 500],
    ]);
  });

  it('each edits a different item: both keep both', async () => {
    const { cloud, a, b } = twoDevices();
    await quiesce([a, b]);
    unwrap(await a.writer.setProgress('task', 'p2-agile-certification', true));
    unwrap(await b.writer.setOwnWeeks('agile-scrum', 3));
    await quiesce([a, b]);
    for (const d of [a, b]) {
      expect(unwrap(await d.writer.getProgress())).toMatchObject({ doneTasks: ['p2-agile-certification'], lackingSkills: ['agile-scrum'], ownWeeks: { 'agile-scrum': 3 } });
    }
    expect(Object.keys(cloud.data).sort()).toEqual(['progress:task:p2-agile-certification', 'progress:transferable:agile-scrum']);
  });

  it('both change settings: the newer settings win on both (settings are one item)', async () => {
    const { a, b } = twoDevices();
    await quiesce([a, b]);
    unwrap(await a.writer.updateSettings({ theme: 'dark' }));
    await vi.advanceTimersByTimeAsync(300);
    unwrap(await b.writer.updateSettings({ hoursPerWeek: 6 }));
    await quiesce([a, b]);
    const sa = unwrap(await a.writer.getSettings());
    const sb = unwrap(await b.writer.getSettings());
    expect(sa).toEqual(sb);
    expect(sa).toMatchObject({ theme: 'system', hoursPerWeek: 6, updatedAt: T0 + 300 });
  });

  it('a device that wrote an older value over a newer one in sync (a lost race) is corrected: both end on the newer', async () => {
    const cloud = fakeCloud();
    let raced = false;
    const b = device(cloud.area(), cloud.onChange);
    // A reads sync, then — before A writes — B's newer edit lands in sync; A's older write then overwrites it.
    let bWrite: (() => Promise<void>) | null = null;
    const aArea = cloud.area();
    const racingArea = {
      get: async (keys: null) => {
        const snapshot = await aArea.get(keys);
        if (bWrite && !raced) {
          raced = true;
          await bWrite();
        }
        return snapshot;
      },
      set: aArea.set,
    };
    const a = device(racingArea, cloud.onChange);
    await quiesce([a, b]);

    unwrap(await a.writer.setProgress('other', 'python', true));
    await vi.advanceTimersByTimeAsync(100);
    unwrap(await b.writer.setProgress('other', 'python', false)); // newer
    const newer = b.local.data['progress:other:python'];
    bWrite = async () => {
      // B's push, as its mirror would write it.
      cloud.put({ 'progress:other:python': newer });
    };
    await quiesce([a, b]);

    expect(raced).toBe(true);
    expect(cloud.sets.some((s) => (s['progress:other:python'] as { done: boolean } | undefined)?.done === true)).toBe(true); // the lost race happened
    for (const d of [a, b]) expect(unwrap(await d.writer.getProgress()).knownSkills).toEqual([]);
    expect(cloud.data['progress:other:python']).toEqual(newer);
  });
});

describe('getSyncStatus', () => {
  it('is null before the mirror ever ran, and for an invalid stored value', async () => {
    const local = memoryLocal();
    const writer = createWriter({ area: local, now: () => Date.now() });
    const ctx = { writer } as unknown as HandlerContext;
    expect(await MESSAGES.getSyncStatus.handle(null, ctx)).toEqual({ ok: true, value: null });
    await local.set({ [SYNC_STATUS_KEY]: { state: 'fine', at: 1, detail: '' } });
    expect(await MESSAGES.getSyncStatus.handle(null, ctx)).toEqual({ ok: true, value: null });
    await local.set({ [SYNC_STATUS_KEY]: { state: 'ok', at: 5, detail: 'x' } });
    expect(await MESSAGES.getSyncStatus.handle(null, ctx)).toEqual({ ok: true, value: { state: 'ok', at: 5, detail: 'x' } });
    expect(MESSAGES.getSyncStatus.access).toBe('extension');
  });

  it('an unchanged status is not written again on every run', async () => {
    const cloud = fakeCloud();
    const d = device(cloud.area(), cloud.onChange);
    await quiesce([d]);
    const first = await status(d);
    expect(first).toMatchObject({ state: 'ok', at: T0 });
    await vi.advanceTimersByTimeAsync(10_000);
    // The worker restarts: its start run finds nothing to do.
    d.mirror.stop();
    const again = device(cloud.area(), cloud.onChange, { local: d.local });
    await quiesce([again]);
    expect(await status(again)).toEqual(first);
  });
});
