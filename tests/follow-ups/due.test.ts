import { describe, expect, it } from 'vitest';
import { dayInputValue, parseDayInput } from '../../lib/follow-ups/day-input';
import { badgeText, countDueInIndex, dueFollowUps, followUpReason, formatDayMonth } from '../../lib/follow-ups/due';
import type { StatusChange } from '../../lib/storage/pipeline';
import type { PostingStatus, SavedPosting } from '../../lib/storage/schemas';
import { summarize } from '../../lib/storage/summary';
import { posting } from '../insights/fixtures';

const DAY = 24 * 60 * 60 * 1000;
/** Now in these tests: 7 Dec 2026, 09:00 UTC. */
const NOW = Date.UTC(2026, 11, 7, 9);

/** A saved posting with the given history (its status is the last entry's) and follow-up fields. */
function saved(id: string, history: StatusChange[], follow: { at?: number | null; done?: number | null } = {}): SavedPosting {
  const p = posting({ id, skills: [], title: `Role ${id}`, savedAt: history[0]?.at ?? NOW - 30 * DAY });
  const status = (history.at(-1) as StatusChange).status;
  return { ...p, status, history, followUpAt: follow.at ?? null, followUpDoneAt: follow.done ?? null };
}

const step = (status: PostingStatus, daysAgo: number, hand = false): StatusChange => (hand ? { status, at: NOW - daysAgo * DAY, hand: true } : { status, at: NOW - daysAgo * DAY });

/** One posting per case the badge must tell apart, with whether it is due now. */
const cases: { name: string; p: SavedPosting; due: boolean }[] = [
  { name: 'applied 20 days ago, no reply (suggested)', p: saved('a', [step('saved', 25), step('applied', 20)]), due: true },
  { name: 'applied 14 days ago to the hour (suggested, due today)', p: saved('b', [step('saved', 30), step('applied', 14)]), due: true },
  { name: 'applied 13 days ago (not yet)', p: saved('c', [step('saved', 30), step('applied', 13)]), due: false },
  { name: 'applied by hand 40 days ago, saved since', p: saved('d', [step('saved', 2), step('applied', 40, true)]), due: true },
  { name: 'applied 20 days ago, then interviewing (a reply)', p: saved('e', [step('applied', 20), step('interviewing', 5)]), due: false },
  { name: 'applied 20 days ago, follow-up done since', p: saved('f', [step('applied', 20)], { done: NOW - 1 * DAY }), due: false },
  { name: 'follow-up done before applying again is no answer', p: saved('g', [step('saved', 40), step('applied', 20)], { done: NOW - 30 * DAY }), due: true },
  { name: 'snoozed to next week', p: saved('h', [step('applied', 20)], { at: NOW + 7 * DAY }), due: false },
  { name: 'a follow-up set for yesterday, still saved', p: saved('i', [step('saved', 3)], { at: NOW - DAY }), due: true },
  { name: 'a follow-up set for tomorrow', p: saved('j', [step('saved', 3)], { at: NOW + DAY }), due: false },
  { name: 'archived with a past follow-up', p: saved('k', [step('applied', 30), step('archived', 10)], { at: NOW - DAY }), due: false },
  { name: 'rejected with a past follow-up', p: saved('l', [step('applied', 30), step('rejected', 10)], { at: NOW - DAY }), due: false },
  { name: 'applied 20 days ago, archived (no suggestion)', p: saved('m', [step('applied', 20), step('archived', 1)]), due: false },
  { name: 'saved only, no date', p: saved('n', [step('saved', 60)]), due: false },
  { name: 'interviewing with a follow-up set for today', p: saved('o', [step('applied', 20), step('interviewing', 10)], { at: NOW }), due: true },
];

describe('due follow-ups', () => {
  it.each(cases)('$name → due: $due', ({ p, due }) => {
    expect(dueFollowUps([p], NOW).length).toBe(due ? 1 : 0);
    // The badge counts the summary index (what the background reads), and must agree with the list over the records.
    expect(countDueInIndex([summarize(p)], NOW)).toBe(due ? 1 : 0);
  });

  it('counts every due posting of a mixed index once', () => {
    const all = cases.map((c) => c.p);
    expect(countDueInIndex(all.map(summarize), NOW)).toBe(6);
    // Due 26 days ago (d), 6 days ago (a and g, by id), yesterday (i), now (b and o, by id).
    expect(dueFollowUps(all, NOW).map((d) => d.posting.id)).toEqual(['d', 'a', 'g', 'i', 'b', 'o']);
  });

  it('lists the longest overdue first, and by id on the same day', () => {
    const x = saved('x', [step('saved', 3)], { at: NOW - 2 * DAY });
    const y = saved('y', [step('saved', 3)], { at: NOW - 2 * DAY });
    const z = saved('z', [step('applied', 30)]);
    expect(dueFollowUps([y, x, z], NOW).map((d) => d.posting.id)).toEqual(['z', 'x', 'y']);
  });

  it('says why: days since applying for a suggestion, the day for one set by hand', () => {
    const suggested = saved('a', [step('saved', 25), step('applied', 16)]);
    const [s] = dueFollowUps([suggested], NOW);
    expect(s && followUpReason(suggested, s.followUp, NOW, 'en-GB')).toBe('Applied 16 days ago, no reply');
    const hand = saved('b', [step('saved', 25)], { at: Date.UTC(2026, 2, 3) });
    const [h] = dueFollowUps([hand], NOW);
    expect(h?.followUp.source).toBe('hand');
    expect(h && followUpReason(hand, h.followUp, NOW, 'en-GB')).toBe('Follow-up set for 3 Mar');
    expect(formatDayMonth(Date.UTC(2026, 2, 3), 'en-US')).toBe('Mar 3');
  });
});

describe('badge text', () => {
  it('is empty for none, the count, then 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('day fields', () => {
  it('reads a day as its UTC midnight and writes it back', () => {
    expect(parseDayInput('2026-03-12')).toBe(Date.UTC(2026, 2, 12));
    expect(dayInputValue(Date.UTC(2026, 2, 12, 23, 59))).toBe('2026-03-12');
    expect(dayInputValue(null)).toBe('');
  });

  it('refuses what is not a day', () => {
    for (const bad of ['', '2026-02-31', '2026-13-01', '12/03/2026', '2026-3-12', '+275760-09-13', '2026-03-12T00:00']) expect(parseDayInput(bad), bad).toBeNaN();
  });

  it('keeps years before 100 as they are (refused later as before 2000, not read as 19xx)', () => {
    expect(new Date(parseDayInput('0002-01-01')).getUTCFullYear()).toBe(2);
    expect(parseDayInput('0099-12-31')).toBeLessThan(Date.UTC(1900, 0, 1));
  });
});
