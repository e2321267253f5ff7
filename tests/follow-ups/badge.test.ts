import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_DEBOUNCE_MS, countDueFollowUps, FOLLOW_UP_ALARM, FOLLOW_UP_ALARM_MINUTES, startFollowUpBadge, type BadgeAlarms } from '../../lib/follow-ups/badge';
import { fail, ok } from '../../lib/storage/result';
import type { SavedPosting } from '../../lib/storage/schemas';
import { summarize } from '../../lib/storage/summary';
import { posting } from '../insights/fixtures';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7, 9);

function withFollowUp(id: string, fields: Partial<SavedPosting>): SavedPosting {
  return { ...posting({ id, skills: [] }), ...fields };
}
const appliedDaysAgo = (id: string, days: number) => withFollowUp(id, { status: 'applied', history: [{ status: 'applied', at: NOW - days * DAY }] });
const setFor = (id: string, at: number) => withFollowUp(id, { followUpAt: at });

/** The index's summaries of these postings, as the writer's getSummaries hands them on. */
function store(initial: SavedPosting[]) {
  let postings = initial;
  const read = vi.fn(async () => ok(postings.map(summarize)));
  return { read, set: (next: SavedPosting[]) => (postings = next) };
}

function fakeAlarms(existing = false) {
  const listeners: ((a: { name: string }) => void)[] = [];
  const alarms = {
    get: vi.fn(async (name: string) => (existing ? { name } : undefined)),
    create: vi.fn(),
    onAlarm: { addListener: vi.fn((l: (a: { name: string }) => void) => listeners.push(l)) },
  } satisfies BadgeAlarms;
  return { alarms, fire: (name: string) => listeners.forEach((l) => l({ name })) };
}

function fakeCommits() {
  const listeners = new Set<(keys: string[]) => void>();
  return {
    onCommitted: (l: (keys: string[]) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    commit: (keys: string[]) => listeners.forEach((l) => l(keys)),
    count: () => listeners.size,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('countDueFollowUps', () => {
  it('counts the due follow-ups of the stored index', async () => {
    const s = store([appliedDaysAgo('a', 20), appliedDaysAgo('b', 3), setFor('c', NOW - DAY), setFor('d', NOW + DAY)]);
    expect(await countDueFollowUps(s.read, NOW)).toBe(2);
  });

  it('is null (badge left alone) when the index cannot be read', async () => {
    expect(await countDueFollowUps(async () => fail('unavailable', 'no'), NOW)).toBeNull();
  });
});

describe('startFollowUpBadge', () => {
  it('sets the count at start (after the writer is ready), a colour, and creates the hourly alarm once', async () => {
    const s = store([appliedDaysAgo('a', 20), setFor('b', NOW - DAY)]);
    const setBadgeText = vi.fn();
    const setBadgeBackgroundColor = vi.fn();
    const { alarms } = fakeAlarms();
    let ready!: () => void;
    const badge = startFollowUpBadge({ read: s.read, action: { setBadgeText, setBadgeBackgroundColor }, alarms, onCommitted: fakeCommits().onCommitted, ready: new Promise<void>((r) => (ready = r)), now: () => NOW });
    await new Promise((r) => setTimeout(r, 0));
    expect(s.read).not.toHaveBeenCalled();
    ready();
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalledWith({ text: '2' }));
    expect(setBadgeBackgroundColor).toHaveBeenCalledTimes(1);
    expect(alarms.create).toHaveBeenCalledWith(FOLLOW_UP_ALARM, { periodInMinutes: FOLLOW_UP_ALARM_MINUTES });
    badge.stop();
  });

  it('keeps an alarm that already exists (a restarted worker does not restart its period)', async () => {
    const { alarms } = fakeAlarms(true);
    startFollowUpBadge({ read: store([]).read, action: { setBadgeText: vi.fn() }, alarms, onCommitted: fakeCommits().onCommitted, now: () => NOW }).stop();
    await new Promise((r) => setTimeout(r, 0));
    expect(alarms.get).toHaveBeenCalledWith(FOLLOW_UP_ALARM);
    expect(alarms.create).not.toHaveBeenCalled();
  });

  it('counts again after a commit that wrote a posting (debounced), not after other commits', async () => {
    vi.useFakeTimers();
    const s = store([appliedDaysAgo('a', 20)]);
    const setBadgeText = vi.fn();
    const commits = fakeCommits();
    const badge = startFollowUpBadge({ read: s.read, action: { setBadgeText }, alarms: undefined, onCommitted: commits.onCommitted, now: () => NOW });
    // The start's count.
    await vi.advanceTimersByTimeAsync(1);
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '1' });
    const reads = s.read.mock.calls.length;
    expect(reads).toBe(1);

    commits.commit(['settings', 'settings$', 'progress:task:x', 'text:a', 'reanalysis']);
    await vi.advanceTimersByTimeAsync(BADGE_DEBOUNCE_MS * 2);
    expect(s.read.mock.calls.length).toBe(reads);

    // "Done": the follow-up is marked done, three commits in a burst are one count.
    s.set([withFollowUp('a', { status: 'applied', history: [{ status: 'applied', at: NOW - 20 * DAY }], followUpDoneAt: NOW })]);
    // What the writer announces for a posting's change: its record keys.
    commits.commit(['posting:a', 'posting:a$']);
    commits.commit(['posting:a', 'posting:a$']);
    commits.commit(['posting:a', 'posting:a$']);
    await vi.advanceTimersByTimeAsync(BADGE_DEBOUNCE_MS - 1);
    expect(s.read.mock.calls.length).toBe(reads);
    await vi.advanceTimersByTimeAsync(1);
    await badge.refresh();
    expect(s.read.mock.calls.length).toBe(reads + 2);
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '' });

    badge.stop();
    expect(commits.count()).toBe(0);
  });

  it('counts again on its alarm only: follow-ups fall due with time', async () => {
    let now = NOW;
    const s = store([appliedDaysAgo('a', 13)]);
    const setBadgeText = vi.fn();
    const { alarms, fire } = fakeAlarms();
    const badge = startFollowUpBadge({ read: s.read, action: { setBadgeText }, alarms, onCommitted: fakeCommits().onCommitted, now: () => now });
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenLastCalledWith({ text: '' }));
    now += 1 * DAY;
    fire('something-else');
    await new Promise((r) => setTimeout(r, 0));
    expect(setBadgeText).toHaveBeenCalledTimes(1);
    fire(FOLLOW_UP_ALARM);
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenLastCalledWith({ text: '1' }));
    badge.stop();
  });

  it('leaves the badge as it is when the read fails, and does nothing without a toolbar action', async () => {
    const setBadgeText = vi.fn();
    const badge = startFollowUpBadge({ read: async () => fail('unavailable', 'storage gone'), action: { setBadgeText }, alarms: undefined, onCommitted: fakeCommits().onCommitted, now: () => NOW });
    await badge.refresh();
    expect(setBadgeText).not.toHaveBeenCalled();
    const read = vi.fn(store([]).read);
    await startFollowUpBadge({ read, action: undefined, alarms: undefined, onCommitted: fakeCommits().onCommitted }).refresh();
    expect(read).not.toHaveBeenCalled();
  });
});
