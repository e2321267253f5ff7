import { describe, expect, it } from 'vitest';
import { boardColumns, daysInStage, formatDays, formatDaysInStage, formatRate, funnelOf, median, type BoardPosting } from '../../lib/insights/pipeline';
import { DAY_MS, withStatus, type StatusChange } from '../../lib/storage/pipeline';
import { POSTING_STATUSES, type PostingStatus } from '../../lib/storage/statuses';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0); // a Monday, 09:00 UTC
const day = (n: number) => T0 + n * DAY_MS;

/** A posting whose history is the given steps, [status, day offset from T0]; its status is the last step's. */
function p(id: string, steps: readonly (readonly [PostingStatus, number])[], savedAt = T0): BoardPosting {
  const history: StatusChange[] = steps.map(([status, d]) => ({ status, at: day(d) }));
  return { id, status: history.at(-1)?.status ?? 'saved', savedAt, history };
}

describe('board columns', () => {
  it('has one column per status in POSTING_STATUSES order, empty ones included', () => {
    const cols = boardColumns([], T0);
    expect(cols.map((c) => c.status)).toEqual(['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected', 'archived']);
    expect(cols.every((c) => c.cards.length === 0)).toBe(true);
  });

  it('puts each posting in the column of its status, newest in stage first, and counts whole days in stage', () => {
    const postings = [
      p('a', [['saved', 0]]),
      p('b', [['saved', 0], ['applied', 2]]),
      p('c', [['saved', 0], ['applied', 5]]),
      p('d', [['saved', 0], ['applied', 1], ['interviewing', 4]]),
      p('e', [['saved', 0], ['archived', 3]]),
    ];
    const now = day(10) + 5 * 60 * 60 * 1000; // day 10, 14:00
    const cols = boardColumns(postings, now);
    const byStatus = Object.fromEntries(cols.map((c) => [c.status, c.cards.map((x) => [x.posting.id, x.days])]));
    expect(byStatus).toEqual({
      saved: [['a', 10]],
      applying: [],
      applied: [
        ['c', 5],
        ['b', 8],
      ],
      interviewing: [['d', 6]],
      offer: [],
      rejected: [],
      archived: [['e', 7]],
    });
  });

  it('orders cards that entered the stage at the same moment by id, whatever the input order', () => {
    const same = ['z', 'm', 'a'].map((id) => p(id, [['offer', 1]]));
    expect(boardColumns(same, day(2))[4]?.cards.map((c) => c.posting.id)).toEqual(['a', 'm', 'z']);
    expect(boardColumns([...same].reverse(), day(2))[4]?.cards.map((c) => c.posting.id)).toEqual(['a', 'm', 'z']);
  });

  it('shows a pending move in its new column, at the top, in stage since now', () => {
    const postings = [p('a', [['saved', 0]]), p('b', [['saved', 0], ['applied', 1]])];
    const cols = boardColumns(postings, day(3), new Map([['a', 'applied' as const]]));
    expect(cols[0]?.cards).toEqual([]);
    expect(cols[2]?.cards.map((c) => [c.posting.id, c.days, c.since])).toEqual([
      ['a', 0, day(3)],
      ['b', 2, day(1)],
    ]);
    // A pending move to where the posting already is changes nothing.
    const same = boardColumns(postings, day(3), new Map([['b', 'applied' as const]]));
    expect(same[2]?.cards.map((c) => [c.posting.id, c.since])).toEqual([['b', day(1)]]);
  });
});

describe('days in stage at the edges', () => {
  it('is 0 on the day of the move, 0 one millisecond before a full day, 1 at exactly a day', () => {
    const x = p('a', [['applied', 0]]);
    expect(daysInStage(x, day(0))).toBe(0);
    expect(daysInStage(x, day(1) - 1)).toBe(0);
    expect(daysInStage(x, day(1))).toBe(1);
  });

  it('is 0 for a stage that begins after now (clock skew), and counts from the save date without a history', () => {
    expect(daysInStage(p('a', [['applied', 2]]), day(0))).toBe(0);
    expect(daysInStage({ id: 'x', status: 'saved', savedAt: day(-3), history: [] }, day(0))).toBe(3);
  });

  it('counts across years (a stage of 400 days)', () => {
    expect(daysInStage(p('a', [['rejected', -400]]), day(0))).toBe(400);
  });

  it('formats days in stage and the funnel numbers', () => {
    expect([0, 1, 2, 365].map(formatDaysInStage)).toEqual(['Today', '1 day', '2 days', '365 days']);
    expect([null, 0, 0.5, 1 / 3, 1].map(formatRate)).toEqual(['—', '0%', '50%', '33%', '100%']);
    expect([null, 0, 1, 6, 2.25, 2.75].map(formatDays)).toEqual(['—', '0 days', '1 day', '6 days', '2.3 days', '2.8 days']);
  });
});

describe('funnel', () => {
  it('4 applied, 2 replied after 3 and 9 days → 50%, median 6 days', () => {
    const postings = [
      p('a', [['saved', 0], ['applied', 1], ['interviewing', 4]]), // 3 days
      p('b', [['applied', 0], ['applying', 2], ['rejected', 9]]), // 9 days after the first applied entry
      p('c', [['saved', 0], ['applied', 2]]),
      p('d', [['applied', 5], ['archived', 9]]), // archived is not a reply
      p('e', [['saved', 0], ['interviewing', 3]]), // never applied: not counted
      p('f', [['saved', 0]]),
    ];
    const f = funnelOf(postings);
    expect(f).toEqual({ applied: 4, replied: 2, responseRate: 0.5, medianDaysToReply: 6 });
    expect(formatRate(f.responseRate)).toBe('50%');
    expect(formatDays(f.medianDaysToReply)).toBe('6 days');
  });

  it('has nothing to compute without applications, and no median without replies', () => {
    expect(funnelOf([])).toEqual({ applied: 0, replied: 0, responseRate: null, medianDaysToReply: null });
    expect(funnelOf([p('a', [['saved', 0]]), p('b', [['interviewing', 0]])])).toEqual({ applied: 0, replied: 0, responseRate: null, medianDaysToReply: null });
    expect(funnelOf([p('a', [['applied', 0]])])).toEqual({ applied: 1, replied: 0, responseRate: 0, medianDaysToReply: null });
  });

  it('takes the first reply after the first applied entry; odd counts take the middle; a reply before a hand-set applied date is 0 days', () => {
    const postings = [
      p('a', [['applied', 0], ['interviewing', 2], ['offer', 30]]), // 2
      p('b', [['applied', 0], ['offer', 1]]), // 1
      p('c', [['applied', 0], ['rejected', 20]]), // 20
    ];
    expect(funnelOf(postings).medianDaysToReply).toBe(2);
    const handSet: BoardPosting = { id: 'h', status: 'interviewing', savedAt: T0, history: [{ status: 'applied', at: day(5), hand: true }, { status: 'interviewing', at: day(3) }] };
    expect(funnelOf([handSet]).medianDaysToReply).toBe(0);
  });

  it('median of an even count is the mean of the middle two, whatever the order', () => {
    expect(median([9, 3])).toBe(6);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('histories with thousands of entries', () => {
  // 5,000 changes, bouncing through every status: as an imported or long-used record could be before compaction.
  const long = (id: string, n: number): BoardPosting => {
    const history: StatusChange[] = [];
    for (let i = 0; i < n; i++) history.push({ status: POSTING_STATUSES[i % POSTING_STATUSES.length] as PostingStatus, at: T0 + i * 60_000 });
    return { id, status: history.at(-1)?.status as PostingStatus, savedAt: T0, history };
  };

  it('is correct: the last entry is the stage, the first applied and first reply after it drive the funnel', () => {
    const x = long('x', 5000); // 5000 % 7 = 2 → last entry is index 4999 → status index 4999 % 7 = 1 (applying)
    expect(x.status).toBe('applying');
    const cols = boardColumns([x], T0 + 4999 * 60_000 + 3 * DAY_MS);
    expect(cols[1]?.cards.map((c) => [c.posting.id, c.days])).toEqual([['x', 3]]);
    // First applied at index 2 (2 min), first reply at index 3 (3 min): one minute.
    expect(funnelOf([x])).toEqual({ applied: 1, replied: 1, responseRate: 1, medianDaysToReply: 60_000 / DAY_MS });
  });

  it('stays fast: 1,000 postings with 2,000 entries each (a generous guard; the real cost is far below)', () => {
    const postings = Array.from({ length: 1000 }, (_, i) => long(`p${i}`, 2000));
    const start = performance.now();
    const cols = boardColumns(postings, T0 + 10 * DAY_MS);
    const f = funnelOf(postings);
    const ms = performance.now() - start;
    // 2,000 entries: the last is index 1,999, status 1999 % 7 = 4 (offer).
    expect(cols.find((c) => c.status === 'offer')?.cards).toHaveLength(1000);
    expect(f.applied).toBe(1000);
    expect(ms).toBeLessThan(2000);
  });

  it('the writer keeps a moved card\'s history bounded: 5,000 moves through withStatus stay at most 200 entries, milestones kept', () => {
    let h: readonly StatusChange[] = [{ status: 'saved', at: T0 }];
    for (let i = 1; i <= 5000; i++) h = withStatus(h, POSTING_STATUSES[i % POSTING_STATUSES.length] as PostingStatus, T0 + i * 1000);
    expect(h.length).toBeLessThanOrEqual(200);
    const f = funnelOf([{ id: 'w', status: h.at(-1)?.status as PostingStatus, savedAt: T0, history: h }]);
    // Applied first at i=2 (2 s), first reply at i=3 (3 s).
    expect(f.medianDaysToReply).toBeCloseTo(1000 / DAY_MS, 12);
  });
});
