import { describe, expect, it } from 'vitest';
import { isMirroredKey, mirroredItems, planPull, planPush, SYNC_QUOTAS, writeDelay, type MirroredRecord } from '../../lib/sync/plan';
import { readStore } from '../../lib/storage/read-store';
import { DEFAULT_SETTINGS, type ProgressKind, type ProgressRecord, type Settings } from '../../lib/storage/schemas';

const rec = (kind: ProgressKind, id: string, updatedAt: number, done = true): ProgressRecord => ({ kind, id, done, doneAt: done ? updatedAt : null, updatedAt });
/** A task record whose storage entry is exactly 92 bytes: the key `progress:task:task-x` (20) + its JSON (72). */
const task = (letter: string, updatedAt = 1000): [string, ProgressRecord] => [`progress:task:task-${letter}`, { kind: 'task', id: `task-${letter}`, done: true, doneAt: null, updatedAt }];
const settings = (updatedAt: number, theme: Settings['theme'] = 'dark'): Settings => ({ ...DEFAULT_SETTINGS, theme, updatedAt });
const local = (entries: [string, MirroredRecord][]) => new Map<string, MirroredRecord>(entries);

describe('which keys are mirrored', () => {
  it('only progress records and settings: never postings, trash, backups, quarantine, the log, the résumé or the status', () => {
    expect(['settings', 'progress:skill:ai-risk-management', 'progress:transferable:api-development'].map(isMirroredKey)).toEqual([true, true, true]);
    const never = ['posting:greenhouse:1', 'trash:greenhouse:1', 'backup:settings', 'corrupt:settings', 'progress-log', 'resume', 'sync-status', 'settings$', 'progress:skill:ai-risk-management$'];
    expect(never.filter(isMirroredKey)).toEqual([]);
  });

  it('mirrors stored settings, not the defaults of a profile that never saved any', () => {
    const skill = rec('skill', 'ai-risk-management', 5);
    const withSettings = readStore({ settings: settings(7), 'settings$': { v: 2 }, 'progress:skill:ai-risk-management': skill, 'posting:x': { junk: true } });
    expect([...mirroredItems(withSettings).keys()].sort()).toEqual(['progress:skill:ai-risk-management', 'settings']);
    expect([...mirroredItems(readStore({ 'progress:skill:ai-risk-management': skill })).keys()]).toEqual(['progress:skill:ai-risk-management']);
  });
});

describe('planPush', () => {
  it('sets the items newer here than in sync; equal or older ones are not written again', () => {
    const plan = planPush(
      local([task('a', 1001), task('b', 1000), task('c', 1000), task('d', 1000)]),
      { 'progress:task:task-a': task('a', 1000)[1], 'progress:task:task-b': task('b', 1000)[1], 'progress:task:task-c': task('c', 1005)[1] },
    );
    expect(Object.keys(plan.set).sort()).toEqual(['progress:task:task-a', 'progress:task:task-d']);
    expect(plan.skipped).toEqual([]);
  });

  it('replaces a sync value without a readable updatedAt, but keeps a newer one it cannot read (written by a newer version)', () => {
    const plan = planPush(local([task('a', 1000), task('b', 1000)]), { 'progress:task:task-a': 'garbage', 'progress:task:task-b': { shape: 'from the future', updatedAt: 2000 } });
    expect(Object.keys(plan.set)).toEqual(['progress:task:task-a']);
  });

  it('trims to the total bytes: newest first, counting what sync already holds and what a replacement frees', () => {
    // 276 bytes = three 92-byte entries.
    const fresh = planPush(local([task('a', 1000), task('b', 1001), task('c', 1002), task('d', 1003)]), {}, { ...SYNC_QUOTAS, bytes: 276 });
    expect(Object.keys(fresh.set)).toEqual(['progress:task:task-d', 'progress:task:task-c', 'progress:task:task-b']);
    expect(fresh.skipped).toEqual([{ key: 'progress:task:task-a', reason: 'total-bytes' }]);

    // Sync is full (two entries, 184 bytes): replacing task-a fits (it frees its old 92 bytes), a new task-c does not.
    const full = planPush(local([task('a', 1001), task('c', 1002)]), Object.fromEntries([task('a', 1000), task('b', 1000)]), { ...SYNC_QUOTAS, bytes: 184 });
    expect(Object.keys(full.set)).toEqual(['progress:task:task-a']);
    expect(full.skipped).toEqual([{ key: 'progress:task:task-c', reason: 'total-bytes' }]);
  });

  it('trims to the number of items; a replacement takes no new item', () => {
    const plan = planPush(local([task('a', 1001), task('b', 1002), task('c', 1003)]), Object.fromEntries([task('a', 1000)]), { ...SYNC_QUOTAS, maxItems: 2 });
    expect(Object.keys(plan.set)).toEqual(['progress:task:task-c', 'progress:task:task-a']);
    expect(plan.skipped).toEqual([{ key: 'progress:task:task-b', reason: 'max-items' }]);
  });

  it('skips an item over the per-item quota and still pushes the rest', () => {
    // 64 boards with 40-character ids: valid settings, but far over 8,192 bytes.
    const boards = Array.from({ length: 64 }, (_, i) => `board-${String(i).padStart(2, '0')}-${'x'.repeat(31)}`);
    const big: Settings = {
      ...settings(2000),
      autoOpen: Object.fromEntries(boards.map((b) => [b, true])),
      sidebar: Object.fromEntries(boards.map((b) => [b, { position: 'left' as const, collapsed: false }])),
    };
    expect(JSON.stringify(big).length).toBeGreaterThan(8_192);
    const plan = planPush(local([['settings', big], task('a')]), {});
    expect(Object.keys(plan.set)).toEqual(['progress:task:task-a']);
    expect(plan.skipped).toEqual([{ key: 'settings', reason: 'item-too-large' }]);
    // 91 bytes per item: the 92-byte task does not fit either.
    expect(planPush(local([task('a')]), {}, { ...SYNC_QUOTAS, bytesPerItem: 91 }).skipped).toEqual([{ key: 'progress:task:task-a', reason: 'item-too-large' }]);
  });

  it('when only some fit, settings and the profile go first, checklists last — whatever their age', () => {
    const items = local([
      ['progress:action:update-linkedin', rec('action', 'update-linkedin', 9000)],
      ['progress:task:p1-ai-for-everyone', rec('task', 'p1-ai-for-everyone', 8000)],
      ['progress:other:kubernetes', rec('other', 'kubernetes', 7000)],
      ['progress:learning:ai-ml-fundamentals', rec('learning', 'ai-ml-fundamentals', 6000)],
      ['progress:skill:ai-risk-management', rec('skill', 'ai-risk-management', 5000)],
      ['progress:transferable:cloud-platforms', rec('transferable', 'cloud-platforms', 4000, false)],
      ['settings', settings(1000)],
    ]);
    const plan = planPush(items, {}, { ...SYNC_QUOTAS, maxItems: 3 });
    expect(Object.keys(plan.set)).toEqual(['settings', 'progress:transferable:cloud-platforms', 'progress:skill:ai-risk-management']);
    expect(plan.skipped.map((s) => s.key)).toEqual(['progress:learning:ai-ml-fundamentals', 'progress:other:kubernetes', 'progress:task:p1-ai-for-everyone', 'progress:action:update-linkedin']);
  });
});

describe('planPull', () => {
  const localView = (all: Record<string, unknown>) => readStore(all);

  it('takes valid records newer than local, and those local lacks; ties and older ones keep local', () => {
    const view = localView({
      'progress:skill:ai-risk-management': rec('skill', 'ai-risk-management', 100),
      'progress:task:p1-read-pm-books': rec('task', 'p1-read-pm-books', 100),
      'progress:other:python': rec('other', 'python', 100),
      settings: settings(100, 'light'),
      'settings$': { v: 2 },
    });
    const plan = planPull(
      {
        'progress:skill:ai-risk-management': rec('skill', 'ai-risk-management', 200, false), // newer: wins
        'progress:task:p1-read-pm-books': rec('task', 'p1-read-pm-books', 100, false), // tie: local kept
        'progress:other:python': rec('other', 'python', 50, false), // older: local kept
        'progress:transferable:devops-cicd': { ...rec('transferable', 'devops-cicd', 10, false), weeks: 6 }, // new here
        settings: settings(150, 'dark'),
      },
      view,
    );
    expect(plan.progress.map((r) => `${r.kind}:${r.id}:${r.updatedAt}`).sort()).toEqual(['skill:ai-risk-management:200', 'transferable:devops-cicd:10']);
    expect(plan.progress.find((r) => r.id === 'devops-cicd')?.weeks).toBe(6);
    expect(plan.settings).toMatchObject({ theme: 'dark', updatedAt: 150 });
    expect(plan.ignored).toEqual([]);
    expect(planPull({ settings: settings(100, 'dark') }, view).settings).toBeNull();
  });

  it('ignores invalid values and records under another key; never applies keys sync should not hold', () => {
    const plan = planPull(
      {
        'progress:skill:kubernetes': rec('skill', 'kubernetes', 10), // not a to-learn pathway skill
        'progress:task:p1-read-pm-books': rec('task', 'p1-start-pmp-study', 10), // names another key
        'progress:action:x': 'not a record',
        'progress:transferable:api-development': { ...rec('transferable', 'api-development', 10, false), weeks: 0 }, // weeks out of range
        settings: { ...settings(10), theme: 'neon' },
        'posting:greenhouse:1': { id: 'greenhouse:1' },
        resume: { text: 'my résumé', source: 'x', keptAt: 1 },
        'progress-log': { baseline: {}, events: [] },
        'progress:other:python': rec('other', 'python', 10),
      },
      localView({}),
    );
    expect(plan.progress.map((r) => r.id)).toEqual(['python']);
    expect(plan.settings).toBeNull();
    expect([...plan.ignored].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual([
      { key: 'progress:action:x', reason: 'invalid' },
      { key: 'progress:skill:kubernetes', reason: 'invalid' },
      { key: 'progress:task:p1-read-pm-books', reason: 'key-mismatch' },
      { key: 'progress:transferable:api-development', reason: 'invalid' },
      { key: 'settings', reason: 'invalid' },
    ]);
  });

  it('never replaces a record a newer version of the extension stored (read-only here)', () => {
    const view = localView({ 'progress:other:python': rec('other', 'python', 100), 'progress:other:python$': { v: 99 } });
    expect(view.readOnly.has('progress:other:python')).toBe(true);
    expect(planPull({ 'progress:other:python': rec('other', 'python', 500, false) }, view).progress).toEqual([]);
  });
});

describe('writeDelay', () => {
  const now = 10_000_000;
  it('is 0 under the per-minute and per-hour limits', () => {
    expect(writeDelay([], now)).toBe(0);
    expect(writeDelay(Array.from({ length: 119 }, () => now - 1_000), now)).toBe(0);
    // Writes older than an hour do not count at all.
    expect(writeDelay(Array.from({ length: 5_000 }, () => now - 3_600_001), now)).toBe(0);
  });

  it('waits until the oldest write of a full minute leaves it', () => {
    // 120 writes in the last minute, the oldest 59 s ago: it leaves the window in 1 s.
    const writes = [now - 59_000, ...Array.from({ length: 119 }, () => now - 1_000)];
    expect(writeDelay(writes, now)).toBe(1_000);
  });

  it('waits until the oldest write of a full hour leaves it', () => {
    // 1,800 writes spread over the last hour (one every 2 s, the oldest 3,598 s ago), none in the last minute beyond the limit.
    const writes = Array.from({ length: 1_800 }, (_, i) => now - 3_598_000 + i * 2_000);
    expect(writes.filter((t) => t > now - 60_000).length).toBeLessThan(120);
    expect(writeDelay(writes, now)).toBe(2_000);
  });
});
