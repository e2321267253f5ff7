import { describe, expect, it } from 'vitest';
import type { GapReport } from '../../lib/analysis/gap-report';
import { badgeLabel, badgeText } from '../../lib/list-badges/badge-text';
import { cardBadges } from '../../lib/list-badges/card-badges';
import { concernsBadges } from '../../lib/list-badges/list-badges';
import { EMPTY_PROGRESS, type ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { ANALYSED_MAX, readAnalysed, withAnalysed } from '../../lib/storage/analysed';
import { summarize, type PostingSummary } from '../../lib/storage/summary';
import type { SavedPosting } from '../../lib/storage/schemas';
import { makeReport } from '../storage/helpers';

/**
 * Skills chosen so readiness is easy to work out by hand: required count double.
 * transferable/required (have by default), transferable/required (have), toLearn/required (a gap until learned),
 * other/preferred (a gap until known) → (2·2 + 0) / (2·3 + 1) = 4/7 = 57%.
 */
const skill = (id: string, kind: 'transferable' | 'toLearn' | 'other', level: 'required' | 'preferred') => ({ id, label: id, kind, level, evidence: 'e', mentions: [], match: 'exact' as const, score: 1 });
const REPORT: GapReport = makeReport({
  skills: [
    skill('api-development', 'transferable', 'required'),
    skill('sql-data-management', 'transferable', 'required'),
    skill('program-management-frameworks', 'toLearn', 'required'),
    skill('kubernetes', 'other', 'preferred'),
  ],
  language: 'en',
});
const LEARNED: ProgressSnapshot = { ...EMPTY_PROGRESS, learnedSkills: new Set(['program-management-frameworks']) };

function savedSummary(id: string, status: SavedPosting['status'], report: GapReport = REPORT): PostingSummary {
  return summarize({
    id,
    url: 'https://www.linkedin.com/jobs/view/4100000101/',
    board: 'linkedin',
    title: 'AI Program Manager',
    company: 'Contoso',
    location: null,
    report,
    descriptionExcerpt: '',
    savedAt: 1,
    updatedAt: 1,
    status,
    notes: 'private notes',
    analysisVersion: report.analysisVersion,
    history: [{ status, at: 1 }],
    followUpAt: null,
    followUpDoneAt: null,
  });
}

describe('the analysed record: bounded, validated on read', () => {
  it('keeps skills and language only, replaces a posting analysed again, and scores like the report it came from', () => {
    let record = withAnalysed(undefined, 'linkedin:4100000101', REPORT, 1_000);
    expect(record.entries['linkedin:4100000101']).toEqual({
      at: 1_000,
      language: 'en',
      skills: [['api-development', 'tr'], ['sql-data-management', 'tr'], ['program-management-frameworks', 'lr'], ['kubernetes', 'op']],
    });
    expect(JSON.stringify(record)).not.toMatch(/Acme|AI Program Manager|evidence/);
    record = withAnalysed(record, 'linkedin:4100000101', { skills: [], language: null }, 2_000);
    expect(Object.keys(record.entries)).toEqual(['linkedin:4100000101']);
    expect(record.entries['linkedin:4100000101']).toEqual({ at: 2_000, language: null, skills: [] });
  });

  it(`holds the last ${ANALYSED_MAX} postings by time: the oldest goes first`, () => {
    const entries: Record<string, unknown> = {};
    for (let i = 0; i < ANALYSED_MAX; i++) entries[`indeed:a1b2c3d4e5f6${String(i).padStart(4, '0')}`] = { at: 10_000 + i, language: null, skills: [] };
    const full = { v: 1, entries };
    const next = withAnalysed(full, 'indeed:ffffffffffffffff', REPORT, 99_999);
    expect(Object.keys(next.entries)).toHaveLength(ANALYSED_MAX);
    expect(next.entries['indeed:ffffffffffffffff']).toBeDefined();
    expect(next.entries['indeed:a1b2c3d4e5f60000']).toBeUndefined(); // the oldest
    expect(next.entries['indeed:a1b2c3d4e5f60001']).toBeDefined();
  });

  it('skips invalid entries and reads a record that is not one as empty; reads only the ids asked for', () => {
    const stored = JSON.parse(JSON.stringify({
      v: 1,
      entries: {
        'linkedin:4100000101': { at: 5, language: 'fr', skills: [['api-development', 'tr']] },
        'linkedin:4100000102': { at: 5, language: 'fr', skills: [['api-development', 'zz']] },
        'linkedin:4100000103': { at: -1, language: null, skills: [] },
        'linkedin:4100000104': { at: 5, language: null, skills: [], title: 'extra field' },
        'bad key with spaces': { at: 5, language: null, skills: [] },
        proto: { at: 5, language: null, skills: [] },
      },
    }).replace('"proto"', '"__proto__"')) as unknown;
    expect(Object.hasOwn((stored as { entries: object }).entries, '__proto__')).toBe(true);
    expect([...readAnalysed(stored).keys()]).toEqual(['linkedin:4100000101']);
    expect([...readAnalysed(stored, ['linkedin:4100000102', 'linkedin:4100000101', 'linkedin:999']).keys()]).toEqual(['linkedin:4100000101']);
    for (const bad of [null, 'x', [], { v: 2, entries: {} }, { v: 1, entries: [] }, { v: 1 }]) expect(readAnalysed(bad).size).toBe(0);
    const huge = { v: 1, entries: Object.fromEntries(Array.from({ length: ANALYSED_MAX * 2 + 1 }, (_, i) => [`indeed:${String(i).padStart(16, '0')}`, { at: 1, language: null, skills: [] }])) };
    expect(readAnalysed(huge).size).toBe(0);
    // A write over an unreadable record starts afresh; a bad id is refused.
    expect(Object.keys(withAnalysed('garbage', 'linkedin:4100000105', REPORT, 9).entries)).toEqual(['linkedin:4100000105']);
    expect(() => withAnalysed(undefined, '__proto__', REPORT, 9)).toThrow();
  });
});

describe('cardBadges: the badges of the cards asked about', () => {
  const analysed = readAnalysed(withAnalysed(withAnalysed(undefined, 'linkedin:4100000102', REPORT, 1), 'linkedin:4100000103', { ...REPORT, language: 'de' }, 2));
  const saved = new Map([
    ['linkedin:4100000101', savedSummary('linkedin:4100000101', 'applied')],
    ['linkedin:4100000999', savedSummary('linkedin:4100000999', 'offer')],
  ]);

  it('saved → readiness and status; analysed → readiness; neither → nothing; others never', () => {
    const keys = ['linkedin:4100000101', 'linkedin:4100000102', 'linkedin:4100000104', 'linkedin:4100000101'];
    expect(cardBadges(keys, saved, analysed, EMPTY_PROGRESS)).toEqual([
      { jobKey: 'linkedin:4100000101', readiness: 57, language: null, status: 'applied' },
      { jobKey: 'linkedin:4100000102', readiness: 57, language: null, status: null },
    ]);
  });

  it('readiness follows the progress now: a skill learned raises it (2·3 + 0) / 7 = 86%', () => {
    expect(cardBadges(['linkedin:4100000102'], saved, analysed, LEARNED)).toEqual([{ jobKey: 'linkedin:4100000102', readiness: 86, language: null, status: null }]);
  });

  it('a posting the analysis does not read (German) has no readiness; saved wins over analysed', () => {
    expect(cardBadges(['linkedin:4100000103'], saved, analysed, EMPTY_PROGRESS)).toEqual([{ jobKey: 'linkedin:4100000103', readiness: null, language: 'de', status: null }]);
    const both = new Map([['linkedin:4100000102', savedSummary('linkedin:4100000102', 'saved', { ...REPORT, skills: [] })]]);
    expect(cardBadges(['linkedin:4100000102'], both, analysed, EMPTY_PROGRESS)).toEqual([{ jobKey: 'linkedin:4100000102', readiness: 0, language: null, status: 'saved' }]);
  });
});

describe('badge text', () => {
  it('readiness, and the status when saved, in text; the same facts in the accessible name', () => {
    expect(badgeText({ jobKey: 'k', readiness: 72, language: null, status: 'applied' })).toBe('72% · Applied');
    expect(badgeText({ jobKey: 'k', readiness: 0, language: null, status: null })).toBe('0%');
    expect(badgeText({ jobKey: 'k', readiness: null, language: 'fr', status: 'interviewing' })).toBe('— · Interviewing');
    expect(badgeLabel({ jobKey: 'k', readiness: 72, language: null, status: 'applied' })).toBe('Pathway Lens: saved, status Applied; readiness 72%');
    expect(badgeLabel({ jobKey: 'k', readiness: 40, language: null, status: null })).toBe('Pathway Lens: analysed, readiness 40%; not saved');
    expect(badgeLabel({ jobKey: 'k', readiness: null, language: 'fr', status: null })).toBe('Pathway Lens: analysed, readiness not measured (the posting is in French); not saved');
  });

  it('storage changes that can change a badge, and bookkeeping that cannot', () => {
    for (const keys of [['settings'], ['analysed'], ['posting:linkedin:1', 'index:3'], ['progress:skill:x']]) expect(concernsBadges(keys)).toBe(true);
    for (const keys of [['sync-status'], ['reanalysis'], ['text:linkedin:1'], ['resume'], []]) expect(concernsBadges(keys)).toBe(false);
  });
});
