import { describe, expect, it } from 'vitest';
import { csvCell } from '../../lib/storage/csv';
import { CSV_HEADER, postingsCsv } from '../../lib/storage/export-import';
import { EMPTY_PROGRESS } from '../../lib/scoring/progress-snapshot';
import { migratePostingV1ToV2 } from '../../lib/storage/migrations/posting-v1-to-v2';
import { V1_POSTING } from './fixtures/v1';

describe('CSV export', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=cmd', `"'\r=cmd"`],
    ['plain, text', '"plain, text"'],
    ['say "hi"', '"say ""hi"""'],
    ['Acme = good', 'Acme = good'],
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes one row per posting with the agreed columns, escaping every cell', () => {
    const p = migratePostingV1ToV2(V1_POSTING);
    const hostile = { ...p, id: 'h:1', title: '=cmd|"/C calc"!A0', company: '@evil', score: { readiness: 55.4, timeToQualify: { weeks: 9, phase: 2, phaseEndWeek: 16, unscheduled: [], gaps: [] }, scoredAt: 1 } };
    const csv = postingsCsv([p, hostile], EMPTY_PROGRESS);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('AI Program Manager,Acme,greenhouse,saved,,,Stakeholder management; Kubernetes');
    expect(lines[2]).toBe(`"'=cmd|""/C calc""!A0",'@evil,greenhouse,saved,55,9,Stakeholder management; Kubernetes`);
    // No cell of the file starts with a formula character.
    for (const line of lines.slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
