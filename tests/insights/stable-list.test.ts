import { describe, expect, it } from 'vitest';
import { keepLog, keepProgress, reuseUnchanged } from '../../lib/insights/stable-list';
import { expandSummary, summarize, type PostingListItem } from '../../lib/storage/summary';
import { manyPostings, progress } from './fixtures';

/** What a reload gives the page: every item expanded afresh from its summary. */
const read = (items: ReturnType<typeof manyPostings>): PostingListItem[] => items.map((p) => expandSummary(p.id, summarize(p)));

describe('reuseUnchanged', () => {
  const saved = manyPostings(50);

  it('a reload with nothing changed gives back the previous list itself', () => {
    const first = read(saved);
    expect(reuseUnchanged(first, read(saved))).toBe(first);
    expect(reuseUnchanged([], first)).toBe(first);
  });

  it('keeps unchanged items; a status change keeps the report object (its score stays memoised)', () => {
    const first = read(saved);
    const changed = saved.map((p, i) => (i === 7 ? { ...p, status: 'applied' as const, updatedAt: p.updatedAt + 1 } : p));
    const next = reuseUnchanged(first, read(changed));
    expect(next).not.toBe(first);
    expect(next.filter((p, i) => p !== first[i]).map((p) => p.id)).toEqual([saved[7]!.id]);
    expect(next[7]!.status).toBe('applied');
    expect(next[7]!.report).toBe(first[7]!.report);
  });

  it('a re-analysed posting gets its new report; added, removed and re-ordered items are handled', () => {
    const first = read(saved);
    const reanalysed = saved.map((p, i) => (i === 3 ? { ...p, report: { ...p.report, skills: p.report.skills.slice(1) } } : p));
    const next = reuseUnchanged(first, read(reanalysed));
    expect(next[3]!.report).not.toBe(first[3]!.report);
    expect(next[3]!.report.skills).toHaveLength(saved[3]!.report.skills.length - 1);

    const fewer = reuseUnchanged(first, read(saved.slice(10)));
    expect(fewer).toHaveLength(40);
    expect(fewer.every((p, i) => p === first[i + 10])).toBe(true);
    const reversed = reuseUnchanged(first, read([...saved].reverse()));
    expect(reversed).not.toBe(first);
    expect(reversed.every((p, i) => p === first[first.length - 1 - i])).toBe(true);
    const more = reuseUnchanged(first, read(manyPostings(51)));
    expect(more).toHaveLength(51);
    expect(more[50]!.id).toBe('job-50');
  });
});

describe('keepProgress and keepLog', () => {
  it('an equal progress keeps the earlier snapshot; any change of a field gives the new one', () => {
    const a = progress(['stakeholder-management'], ['jira']);
    expect(keepProgress(a, progress(['stakeholder-management'], ['jira']))).toBe(a);
    const learned = progress(['stakeholder-management', 'ai-ml-fundamentals'], ['jira']);
    expect(keepProgress(a, learned)).toBe(learned);
    const paced = { ...a, pace: { hoursPerWeek: 6, pathwayHoursPerWeek: 10 } };
    expect(keepProgress(a, paced)).toBe(paced);
    expect(keepProgress(null, a)).toBe(a);
    expect(keepProgress(a, null)).toBe(null);
  });

  it('an equal log keeps the earlier object', () => {
    const log = { baseline: { learnedSkills: ['x'], knownSkills: [] }, events: [{ at: 1, kind: 'skill' as const, id: 'y', done: true }] };
    expect(keepLog(log, structuredClone(log))).toBe(log);
    const more = { ...log, events: [...log.events, { at: 2, kind: 'other' as const, id: 'z', done: true }] };
    expect(keepLog(log, more)).toBe(more);
    const undone = { ...log, events: [{ ...log.events[0]!, done: false }] };
    expect(keepLog(log, undone)).toBe(undone);
    expect(keepLog(undefined, log)).toBe(log);
  });
});
