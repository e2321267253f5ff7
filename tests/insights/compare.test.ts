import { describe, expect, it } from 'vitest';
import { compareRows } from '../../lib/insights/compare';
import { formatTimeShort, formatTimeToQualify, safeHttpUrl } from '../../lib/insights/format';
import { byTimeToQualify } from '../../lib/insights/saved-list';
import { posting, progress } from './fixtures';

describe('compareRows', () => {
  const a = posting({ id: 'a', skills: [['program-management-frameworks', 'required'], ['api-development', 'required'], ['jira', 'preferred', 'Jira']] });
  const b = posting({ id: 'b', skills: [['program-management-frameworks', 'required'], ['api-development', 'preferred']] });
  const c = posting({ id: 'c', skills: [['program-management-frameworks', 'required'], ['ai-ml-fundamentals', 'required']] });

  it('has a row for every skill any posting asks, with one cell per posting, sorted by demand', () => {
    const rows = compareRows([a, b, c], progress(['ai-ml-fundamentals']));
    expect(rows.map((r) => r.id)).toEqual(['program-management-frameworks', 'api-development', 'ai-ml-fundamentals', 'jira']);
    expect(rows[0]).toMatchObject({ levels: ['required', 'required', 'required'], differs: false, coverage: 'roadmap', demand: 3 });
    expect(rows[1]).toMatchObject({ levels: ['required', 'preferred', null], differs: true, coverage: 'have' });
    expect(rows[2]).toMatchObject({ levels: [null, null, 'required'], coverage: 'have' });
    expect(rows[3]).toMatchObject({ levels: ['preferred', null, null], coverage: 'not-covered', label: 'Jira' });
  });

  it('sorts by name or coverage when asked', () => {
    expect(compareRows([a, b], progress(), 'name').map((r) => r.label)).toEqual(['API Development', 'Jira', 'Program Management Frameworks']);
    expect(compareRows([a, b], progress(), 'coverage').map((r) => r.coverage)).toEqual(['not-covered', 'roadmap', 'have']);
  });
});

describe('format helpers', () => {
  it('words time to qualify', () => {
    expect(formatTimeToQualify({ weeks: 0, pathwayWeeks: 0, hoursPerWeek: 10, phase: null, phaseEndWeek: null, unscheduled: [], unestimated: [], gaps: [] })).toMatch(/^Ready now/);
    expect(formatTimeToQualify({ weeks: 16, pathwayWeeks: 16, hoursPerWeek: 10, phase: 3, phaseEndWeek: 24, unscheduled: ['financial-budget-management'], unestimated: [], gaps: ['a', 'b'] })).toBe(
      '16 weeks at 10 h/week, by the end of Phase 3, 1 self-study skill',
    );
    // At the user's pace, and a gap nobody has an estimate for is said, not counted as 0 weeks.
    expect(
      formatTimeToQualify({ weeks: 27, pathwayWeeks: 16, hoursPerWeek: 6, phase: 3, phaseEndWeek: 24, unscheduled: ['cloud-platforms'], unestimated: ['cloud-platforms'], gaps: ['a', 'cloud-platforms'] }),
    ).toBe('27 weeks at 6 h/week, by the end of Phase 3, 1 skill without an estimate');
    expect(formatTimeToQualify({ weeks: 0, pathwayWeeks: 0, hoursPerWeek: 10, phase: null, phaseEndWeek: null, unscheduled: ['a', 'b'], unestimated: ['a', 'b'], gaps: ['a', 'b'] })).toBe(
      'No estimate yet for 2 skills: add one in your profile',
    );
    expect(formatTimeShort({ weeks: 27, pathwayWeeks: 16, hoursPerWeek: 6, phase: 3, phaseEndWeek: 24, unscheduled: ['c'], unestimated: ['c'], gaps: ['a', 'c'] })).toBe('27 weeks + 1 unestimated');
    expect(formatTimeShort({ weeks: 0, pathwayWeeks: 0, hoursPerWeek: 10, phase: null, phaseEndWeek: null, unscheduled: ['c'], unestimated: ['c'], gaps: ['c'] })).toBe('No estimate');
  });

  it('only links http(s) addresses', () => {
    expect(safeHttpUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});

describe('byTimeToQualify', () => {
  const t = (weeks: number, gaps: string[], unestimated: string[] = []) => ({ weeks, pathwayWeeks: weeks, hoursPerWeek: 10, phase: null, phaseEndWeek: null, unscheduled: unestimated, unestimated, gaps });
  it('shortest first; among equal weeks fewer unestimated gaps; a posting with no date at all last', () => {
    const ready = t(0, []);
    const undated = t(0, ['cloud-platforms'], ['cloud-platforms']);
    const twelve = t(12, ['a']);
    const twelvePlus = t(12, ['a', 'cloud-platforms'], ['cloud-platforms']);
    const four = t(4, ['b']);
    const sorted = [undated, twelvePlus, twelve, four, ready].sort(byTimeToQualify);
    expect(sorted).toEqual([ready, four, twelve, twelvePlus, undated]);
  });
});
