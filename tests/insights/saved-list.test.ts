import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS, scorePostings, sortPostings, visiblePostings } from '../../lib/insights/saved-list';
import { computeScore, score as memoScore } from '../../lib/scoring/score';
import { manyPostings, posting, progress } from './fixtures';

describe('saved list: scores, order, search', () => {
  const postings = manyPostings(300);
  const p = progress(['stakeholder-management']);

  it('each row’s readiness and score are the one score’s, worked out lazily with the default score', () => {
    const rows = scorePostings(postings, p);
    rows.forEach((row, i) => {
      const expected = computeScore(postings[i]!.report, p);
      expect(row.readiness).toBe(expected.readiness);
      expect(row.score).toEqual(expected);
      // The memoised score: the same object for every reader.
      expect(row.score).toBe(memoScore(postings[i]!.report, p));
    });
  });

  it('the default order reads readiness only; an injected score is called once per posting', () => {
    const injected = vi.fn(computeScore);
    const rows = scorePostings(postings, p, injected);
    expect(injected).toHaveBeenCalledTimes(postings.length);
    const sorted = sortPostings(rows, 'readiness').map((r) => r.posting.id);
    const lazy = sortPostings(scorePostings(postings, p), 'readiness').map((r) => r.posting.id);
    expect(lazy).toEqual(sorted);
    const readiness = sortPostings(rows, 'readiness').map((r) => r.readiness);
    expect(readiness).toEqual([...readiness].sort((a, b) => b - a));
    expect(sortPostings(scorePostings(postings, p), 'time').map((r) => r.posting.id)).toEqual(sortPostings(rows, 'time').map((r) => r.posting.id));
  });

  it('search folds accents and case, and reads a changed posting afresh', () => {
    const a = posting({ id: 'a', title: 'Programme Manager', company: 'Société Générale', skills: [] });
    const b = posting({ id: 'b', title: 'Engineer', company: 'Acme', skills: [], notes: '' });
    const rows = scorePostings([a, b], p);
    expect(visiblePostings(rows, { ...NO_FILTERS, query: 'SOCIETE gen' }, 'date').map((r) => r.posting.id)).toEqual(['a']);
    expect(visiblePostings(rows, { ...NO_FILTERS, query: 'referral' }, 'date')).toEqual([]);
    // Notes changed: a new object, searched by its new notes.
    const b2 = { ...b, notes: 'Referral from Sam' };
    expect(visiblePostings(scorePostings([a, b2], p), { ...NO_FILTERS, query: 'referral' }, 'date').map((r) => r.posting.id)).toEqual(['b']);
  });
});
