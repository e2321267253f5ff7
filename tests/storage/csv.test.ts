import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_PROGRESS, type ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { csvCell } from '../../lib/storage/csv';
import { CSV_HEADER, postingsCsv } from '../../lib/storage/export-import';
import { migratePostingV1ToV2 } from '../../lib/storage/migrations/posting-v1-to-v2';
import { migratePostingV2ToV3 } from '../../lib/storage/migrations/posting-v2-to-v3';
import { migratePostingV3ToV4 } from '../../lib/storage/migrations/posting-v3-to-v4';
import { createWriter } from '../../lib/storage/writer';
import { V1_POSTING } from './fixtures/v1';
import { makeInput, tickingClock } from './helpers';

const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
const progress = (learned: string[], known: string[]): ProgressSnapshot => ({ ...EMPTY_PROGRESS, learnedSkills: new Set(learned), knownSkills: new Set(known) });

// The posting asks stakeholder management (to learn, required, 6 weeks), API development (transferable,
// preferred) and Kubernetes (other, required): readiness = (2·required had + preferred had) / (2·2 + 1).
const posting = migratePostingV3ToV4(migratePostingV2ToV3(migratePostingV1ToV2(V1_POSTING)));

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
    const hostile = { ...posting, id: 'h:1', title: '=cmd|"/C calc"!A0', company: '@evil' };
    const lines = rows(postingsCsv([posting, hostile], EMPTY_PROGRESS));
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    // API development only: 1 / 5 = 20 %; stakeholder management's 6 weeks left.
    expect(lines[1]).toBe('AI Program Manager,Acme,greenhouse,saved,20,6,Stakeholder management; Kubernetes,,,saved 2023-07-22');
    expect(lines[2]).toBe(`"'=cmd|""/C calc""!A0",'@evil,greenhouse,saved,20,6,Stakeholder management; Kubernetes,,,saved 2023-07-22`);
    // No cell of the file starts with a formula character.
    for (const line of lines.slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it.each([
    ['stakeholder management learned', ['stakeholder-management'], [], '60,0,Kubernetes'],
    ['Kubernetes known', [], ['kubernetes'], '60,6,Stakeholder management'],
    ['both', ['stakeholder-management'], ['kubernetes'], '100,0,'],
  ])('scores with the progress it is given: %s', (_name, learned, known, expected) => {
    expect(rows(postingsCsv([posting], progress(learned, known)))[1]).toBe(`AI Program Manager,Acme,greenhouse,saved,${expected},,,saved 2023-07-22`);
  });

  it('carries the stage history, the applied date (set by hand) and the follow-up', () => {
    const day = (d: string) => Date.parse(`${d}T10:00:00Z`);
    const moved = {
      ...posting,
      status: 'interviewing' as const,
      history: [{ status: 'saved' as const, at: day('2023-07-22') }, { status: 'applied' as const, at: day('2023-07-18'), hand: true as const }, { status: 'interviewing' as const, at: day('2023-08-02') }],
      followUpAt: day('2023-08-09'),
    };
    expect(rows(postingsCsv([moved], EMPTY_PROGRESS))[1]).toBe(
      'AI Program Manager,Acme,greenhouse,interviewing,20,6,Stakeholder management; Kubernetes,2023-07-18,2023-08-09,saved 2023-07-22; applied 2023-07-18 (set by hand); interviewing 2023-08-02',
    );
    // Applied 14 days before "now" with no reply: the suggested follow-up is the 14th day after applying.
    const applied = { ...posting, status: 'applied' as const, history: [{ status: 'saved' as const, at: day('2023-07-22') }, { status: 'applied' as const, at: day('2023-07-24') }] };
    expect(rows(postingsCsv([applied], EMPTY_PROGRESS))[1]).toMatch(/,2023-07-24,2023-08-07,saved 2023-07-22; applied 2023-07-24$/);
  });

  describe('through the writer', () => {
    beforeEach(() => fakeBrowser.reset());

    it('scores with the progress stored when the file is made (no stored score to go stale)', async () => {
      const writer = createWriter({ now: tickingClock() });
      expect((await writer.savePosting(makeInput('greenhouse:acme:1', { title: 'Lead' }))).ok).toBe(true);
      const exportRow = async () => {
        const r = await writer.exportData('csv');
        if (!r.ok) throw new Error(r.error.message);
        expect(r.value).toMatchObject({ mimeType: 'text/csv', filename: expect.stringMatching(/^pathway-lens-postings-\d{4}-\d\d-\d\d\.csv$/) });
        return rows(r.value.text)[1];
      };
      expect(await exportRow()).toMatch(/^Lead,Acme,greenhouse,saved,20,6,Stakeholder management; Kubernetes,,,saved \d{4}-\d\d-\d\d$/);
      await writer.setProgress('skill', 'stakeholder-management', true);
      expect(await exportRow()).toMatch(/^Lead,Acme,greenhouse,saved,60,0,Kubernetes,,,saved \d{4}-\d\d-\d\d$/);
      await writer.setProgress('other', 'kubernetes', true);
      await writer.setProgress('skill', 'stakeholder-management', false);
      expect(await exportRow()).toMatch(/^Lead,Acme,greenhouse,saved,60,6,Stakeholder management,,,saved \d{4}-\d\d-\d\d$/);
    });
  });
});
