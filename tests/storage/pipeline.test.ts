import { describe, expect, it } from 'vitest';
import {
  appliedAt,
  compactHistory,
  DAY_MS,
  firstReplyAt,
  followUpDateProblem,
  followUpDue,
  followUpOf,
  HISTORY_MAX,
  pastDateProblem,
  stageSince,
  withAppliedDate,
  withFollowUp,
  withStatus,
  type StatusChange,
} from '../../lib/storage/pipeline';

const day = (d: string) => Date.parse(`${d}T09:00:00Z`);
const NOW = day('2026-12-07');

describe('stage history', () => {
  it('records each move with its date, moves back included; the same status again changes nothing', () => {
    let h: readonly StatusChange[] = [{ status: 'saved', at: day('2026-11-01') }];
    h = withStatus(h, 'applied', day('2026-11-03'));
    h = withStatus(h, 'interviewing', day('2026-11-10'));
    h = withStatus(h, 'applied', day('2026-11-12')); // back
    const same = withStatus(h, 'applied', day('2026-11-13'));
    expect(same).toBe(h);
    expect(h.map((e) => e.status)).toEqual(['saved', 'applied', 'interviewing', 'applied']);
    expect(appliedAt(h)).toBe(day('2026-11-03'));
    expect(firstReplyAt(h)).toBe(day('2026-11-10'));
    expect(stageSince(h, 0)).toBe(day('2026-11-12'));
  });

  it('a reply is an answer after applying: interviewing before any applied entry is not one', () => {
    const h: StatusChange[] = [{ status: 'interviewing', at: 1 }, { status: 'applied', at: 2 }, { status: 'rejected', at: 7 }];
    expect(appliedAt(h)).toBe(2);
    expect(firstReplyAt(h)).toBe(7);
    expect(firstReplyAt([{ status: 'saved', at: 1 }, { status: 'offer', at: 2 }])).toBeNull();
  });

  it('a history of thousands is compacted to HISTORY_MAX, keeping the first entry, the applied date, the first reply and the newest', () => {
    const long: StatusChange[] = [{ status: 'saved', at: 1 }, { status: 'applied', at: 2, hand: true }, { status: 'interviewing', at: 3 }];
    for (let i = 0; i < 5_000; i++) long.push({ status: i % 2 ? 'offer' : 'interviewing', at: 10 + i });
    const started = performance.now();
    const c = compactHistory(long);
    expect(performance.now() - started).toBeLessThan(200); // generous guard: linear in the history
    expect(c).toHaveLength(HISTORY_MAX);
    expect(c.slice(0, 3)).toEqual(long.slice(0, 3));
    expect(c.at(-1)).toEqual(long.at(-1));
    expect(c.slice(3)).toEqual(long.slice(-(HISTORY_MAX - 3)));
    // Order is kept, and appending keeps it bounded.
    expect(withStatus(c, 'rejected', 99_999)).toHaveLength(HISTORY_MAX);
    expect(compactHistory(long.slice(0, 10))).toEqual(long.slice(0, 10));
  });
});

describe('applied date set by hand', () => {
  it('re-dates the first applied entry and marks it', () => {
    const h: StatusChange[] = [{ status: 'saved', at: day('2026-11-05') }, { status: 'applied', at: day('2026-11-05') }, { status: 'interviewing', at: day('2026-11-20') }];
    const r = withAppliedDate(h, day('2026-10-30'));
    expect(r.status).toBe('interviewing');
    expect(r.history).toEqual([h[0], { status: 'applied', at: day('2026-10-30'), hand: true }, h[2]]);
  });

  it('a posting still at saved or applying becomes applied, with the date given (before it was saved is fine)', () => {
    const r = withAppliedDate([{ status: 'saved', at: day('2026-11-05') }], day('2026-11-01'));
    expect(r).toEqual({ status: 'applied', history: [{ status: 'saved', at: day('2026-11-05') }, { status: 'applied', at: day('2026-11-01'), hand: true }] });
  });

  it('a posting further on without an applied entry gets one before its first answer; its status stays', () => {
    const h: StatusChange[] = [{ status: 'saved', at: 1 }, { status: 'interviewing', at: 5 }, { status: 'offer', at: 9 }];
    expect(withAppliedDate(h, 3)).toEqual({ status: 'offer', history: [h[0], { status: 'applied', at: 3, hand: true }, h[1], h[2]] });
  });

  it('refuses a date before 2000 or in the future, in words', () => {
    expect(pastDateProblem(day('1999-12-31'), NOW)).toMatch(/before 2000/);
    expect(pastDateProblem(NOW + 2 * DAY_MS, NOW)).toMatch(/in the future/);
    expect(pastDateProblem(NOW + 3_600_000, NOW)).toBeNull(); // a time zone ahead is not the future
    expect(pastDateProblem(Number.NaN, NOW)).toMatch(/not a date/);
    expect(pastDateProblem(day('2000-01-01'), NOW)).toBeNull();
  });
});

describe('follow-ups', () => {
  const applied = (at: number, extra: Partial<{ followUpAt: number | null; followUpDoneAt: number | null }> = {}) => ({
    status: 'applied' as const,
    history: [{ status: 'saved' as const, at: at - DAY_MS }, { status: 'applied' as const, at }],
    followUpAt: null,
    followUpDoneAt: null,
    ...extra,
  });

  it('suggests one 14 days after applying while there is no reply', () => {
    const p = applied(day('2026-11-20'));
    expect(followUpOf(p)).toEqual({ due: day('2026-12-04'), source: 'suggested' });
    expect(followUpDue(p, NOW)).toEqual({ due: day('2026-12-04'), source: 'suggested' });
    expect(followUpDue(applied(day('2026-11-30')), NOW)).toBeNull(); // 7 days: not yet
  });

  it('done stops the suggestion; a snooze moves it a week; a date set by hand wins', () => {
    const p = applied(day('2026-11-20'));
    const done = { ...p, ...withFollowUp({ kind: 'done' }, NOW) };
    expect(followUpOf(done)).toBeNull();
    const snoozed = { ...p, ...withFollowUp({ kind: 'snooze' }, NOW) };
    expect(followUpOf(snoozed)).toEqual({ due: NOW + 7 * DAY_MS, source: 'hand' });
    expect(followUpDue(snoozed, NOW)).toBeNull();
    expect(followUpDue(snoozed, NOW + 7 * DAY_MS)).not.toBeNull();
    const set = { ...done, ...withFollowUp({ kind: 'set', at: day('2026-12-01') }, NOW) };
    expect(followUpDue(set, NOW)).toEqual({ due: day('2026-12-01'), source: 'hand' });
  });

  it('no suggestion after a reply, before applying, or for rejected and archived postings', () => {
    const replied = { ...applied(day('2026-11-01')), status: 'interviewing' as const, history: [...applied(day('2026-11-01')).history, { status: 'interviewing' as const, at: day('2026-11-10') }] };
    expect(followUpOf(replied)).toBeNull();
    expect(followUpOf({ status: 'saved', history: [{ status: 'saved', at: 1 }], followUpAt: null, followUpDoneAt: null })).toBeNull();
    expect(followUpDue({ ...replied, status: 'rejected', followUpAt: day('2026-12-01') }, NOW)).toBeNull();
    expect(followUpDue({ ...replied, status: 'archived', followUpAt: day('2026-12-01') }, NOW)).toBeNull();
    // A done mark from before this application does not silence it.
    expect(followUpOf(applied(day('2026-11-20'), { followUpDoneAt: day('2026-11-01') }))).not.toBeNull();
  });

  it('a follow-up date: not before 2000, not more than a year ahead', () => {
    expect(followUpDateProblem(day('1999-06-01'), NOW)).toMatch(/before 2000/);
    expect(followUpDateProblem(NOW + 400 * DAY_MS, NOW)).toMatch(/within the next year/);
    expect(followUpDateProblem(NOW + 30 * DAY_MS, NOW)).toBeNull();
    expect(followUpDateProblem(day('2026-01-01'), NOW)).toBeNull(); // a past date is simply due
  });
});
