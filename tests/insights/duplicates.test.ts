import { describe, expect, it } from 'vitest';
import { companyKey, likelyDuplicates, titleSimilarity } from '../../lib/insights/duplicates';
import { mergedPosting } from '../../lib/storage/merge';
import { posting } from './fixtures';

const at = (d: string) => Date.parse(`${d}T09:00:00Z`);

describe('likely duplicates: one job saved from two boards', () => {
  it('pairs the same title and company across boards, fuzzily (legal suffixes, case, seniority spelled two ways)', () => {
    const li = posting({ id: 'linkedin:1', board: 'linkedin', title: 'Sr. AI Program Manager (Remote)', company: 'Acme, Inc.', skills: [], savedAt: at('2026-11-01') });
    const gh = posting({ id: 'greenhouse:acme:9', board: 'greenhouse', title: 'Senior AI Program Manager', company: 'ACME', skills: [], savedAt: at('2026-11-03') });
    const other = posting({ id: 'lever:beta:1', board: 'lever', title: 'Senior AI Program Manager', company: 'Beta GmbH', skills: [] });
    const pairs = likelyDuplicates([gh, other, li]);
    expect(pairs.map((p) => [p.first.id, p.second.id])).toEqual([['linkedin:1', 'greenhouse:acme:9']]);
    expect(pairs[0]?.similarity).toBe(1);
  });

  it('does not pair different jobs at one company, postings of one board, unknown companies, or pairs the user called distinct', () => {
    const a = posting({ id: 'linkedin:1', board: 'linkedin', title: 'AI Program Manager', company: 'Acme', skills: [] });
    const b = posting({ id: 'greenhouse:acme:2', board: 'greenhouse', title: 'Data Engineer', company: 'Acme', skills: [] });
    const c = posting({ id: 'linkedin:3', board: 'linkedin', title: 'AI Program Manager', company: 'Acme', skills: [] });
    const d = posting({ id: 'lever:x:4', board: 'lever', title: 'AI Program Manager', company: null, skills: [] });
    expect(likelyDuplicates([a, b, c, d])).toEqual([]);
    const e = posting({ id: 'indeed:5', board: 'indeed', title: 'AI Program Manager', company: 'Acme', skills: [] });
    expect(likelyDuplicates([a, e])).toHaveLength(1);
    expect(likelyDuplicates([{ ...a, distinctFrom: ['indeed:5'] }, e])).toEqual([]);
    expect(likelyDuplicates([a, { ...e, distinctFrom: ['linkedin:1'] }])).toEqual([]);
  });

  it('titles: word overlap, noise words ignored', () => {
    expect(titleSimilarity('Technical Program Manager, ML Platform', 'Technical Program Manager - ML Platform (m/f/d)')).toBe(1);
    expect(titleSimilarity('Technical Program Manager', 'Technical Program Manager, ML Platform')).toBeCloseTo(3 / 5);
    expect(titleSimilarity('', 'x')).toBe(0);
    expect(companyKey('The Acme Company, LLC')).toBe('acme');
    expect(companyKey(null)).toBe('');
  });

  it('stays bounded on thousands of postings at one company', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => posting({ id: `linkedin:${i}`, board: i % 2 ? 'linkedin' : 'indeed', title: `Program Manager ${i}`, company: 'Acme', skills: [], savedAt: i }));
    const started = performance.now();
    const pairs = likelyDuplicates(many);
    expect(performance.now() - started).toBeLessThan(2_000); // generous guard: the newest 200 per company are compared
    expect(pairs.length).toBeLessThanOrEqual(50);
  });
});

describe('merging two postings of one job', () => {
  it('keeps one record, adds the other’s notes, both histories in time order ending at the kept status, the earlier follow-up', () => {
    const keep = {
      ...posting({ id: 'linkedin:1', board: 'linkedin', title: 'AI PM', company: 'Acme', skills: [], savedAt: at('2026-11-03'), notes: 'Referral from Sam' }),
      status: 'interviewing' as const,
      history: [{ status: 'saved' as const, at: at('2026-11-03') }, { status: 'interviewing' as const, at: at('2026-11-20') }],
      followUpAt: at('2026-12-10'),
    };
    const drop = {
      ...posting({ id: 'greenhouse:acme:1', board: 'greenhouse', title: 'AI PM', company: 'Acme', skills: [], savedAt: at('2026-11-01'), notes: 'Applied on the site' }),
      status: 'applied' as const,
      history: [{ status: 'saved' as const, at: at('2026-11-01') }, { status: 'applied' as const, at: at('2026-11-02'), hand: true as const }],
      followUpAt: at('2026-12-01'),
      followUpDoneAt: at('2026-11-25'),
    };
    const m = mergedPosting(keep, drop);
    expect(m.id).toBe('linkedin:1');
    expect(m.status).toBe('interviewing');
    expect(m.savedAt).toBe(at('2026-11-01'));
    expect(m.notes).toBe('Referral from Sam\n\nFrom the greenhouse posting: Applied on the site');
    expect(m.history).toEqual([
      { status: 'saved', at: at('2026-11-01') },
      { status: 'applied', at: at('2026-11-02'), hand: true },
      { status: 'saved', at: at('2026-11-03') },
      { status: 'interviewing', at: at('2026-11-20') },
    ]);
    expect(m.followUpAt).toBe(at('2026-12-01'));
    expect(m.followUpDoneAt).toBe(at('2026-11-25'));
    // When the other's last change is later, the kept status is recorded again at the end.
    const later = mergedPosting({ ...keep, status: 'saved', history: [{ status: 'saved', at: at('2026-11-03') }] }, drop);
    expect(later.history.at(-1)).toEqual({ status: 'saved', at: at('2026-11-03') });
    const lateDrop = mergedPosting({ ...keep, status: 'saved', history: [{ status: 'saved', at: at('2026-10-01') }] }, drop);
    expect(lateDrop.history.at(-1)).toEqual({ status: 'saved', at: at('2026-11-02') });
  });
});
