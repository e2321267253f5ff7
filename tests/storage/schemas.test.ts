import { describe, expect, it } from 'vitest';
import { toExcerpt } from '../../lib/storage/excerpt';
import {
  DEFAULT_SETTINGS,
  DESCRIPTION_EXCERPT_MAX,
  ExportFileSchema,
  ExportFileV3Schema,
  PostingIdSchema,
  ProgressRecordSchema,
  SavedPostingSchema,
  SavedPostingV2Schema,
  SettingsSchema,
  type SavedPosting,
} from '../../lib/storage/schemas';
import { autoOpenFor, applySettingsPatch, sidebarFor } from '../../lib/storage/settings';
import { makeReport } from './helpers';

const posting: SavedPosting = {
  id: 'greenhouse:acme:1',
  url: 'https://boards.greenhouse.io/acme/jobs/1',
  board: 'greenhouse',
  title: 'AI Program Manager',
  company: 'Acme',
  location: null,
  report: makeReport(),
  descriptionExcerpt: 'Lead AI programs.',
  savedAt: 1,
  updatedAt: 2,
  status: 'interviewing',
  notes: 'Call Tuesday',
  analysisVersion: '2025.1',
  history: [{ status: 'saved', at: 1 }, { status: 'interviewing', at: 2 }],
  followUpAt: null,
  followUpDoneAt: null,
};

describe('schemas', () => {
  it('round-trips a saved posting, progress record, settings and export through JSON', () => {
    expect(SavedPostingSchema.parse(JSON.parse(JSON.stringify(posting)))).toEqual(posting);
    const record = { kind: 'task', id: 'define-ai-use-case', done: true, doneAt: 5, updatedAt: 5 } as const;
    expect(ProgressRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
    const settings = applySettingsPatch(DEFAULT_SETTINGS, { sidebar: { board: 'linkedin', position: 'left' } }, 9);
    expect(SettingsSchema.parse(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
    const file = { format: 'pathway-lens-export', version: 5, exportedAt: 10, postings: [{ ...posting, textChars: 4 }], texts: [{ id: posting.id, text: 'Lead' }], progress: [record], settings };
    expect(ExportFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    const { history: _h, followUpAt: _f, followUpDoneAt: _d, ...v3Posting } = posting;
    const v3 = { format: 'pathway-lens-export', version: 3, exportedAt: 10, postings: [v3Posting], progress: [record], settings };
    expect(ExportFileV3Schema.parse(JSON.parse(JSON.stringify(v3)))).toEqual(v3);
    // A v3 file's postings are read as v3 (their stage history is made on import); a v5 shape is not a v3 file's.
    expect(ExportFileV3Schema.parse({ ...v3, postings: [posting] }).postings[0]).toEqual(v3Posting);
  });

  it('rejects what must never be stored', () => {
    const bad: Partial<Record<keyof SavedPosting, unknown>>[] = [
      { id: 'a$' }, // would collide with WXT meta keys
      { id: '__proto__' },
      { url: 'javascript:alert(1)' },
      { status: 'ghosted' },
      { notes: 'x'.repeat(5001) },
      { descriptionExcerpt: 'x'.repeat(DESCRIPTION_EXCERPT_MAX + 1) },
      { savedAt: -1 },
      { history: [] }, // a posting always has at least the entry of its save
      { history: [{ status: 'saved', at: 1 }] }, // the last entry must be the status (interviewing)
      { history: [{ status: 'interviewing', at: -5 }] },
      { history: Array.from({ length: 201 }, () => ({ status: 'interviewing', at: 1 })) }, // HISTORY_MAX
      { followUpAt: 'tomorrow' },
    ];
    for (const patch of bad) expect(SavedPostingSchema.safeParse({ ...posting, ...patch }).success, JSON.stringify(patch)).toBe(false);
    expect(PostingIdSchema.safeParse('has space').success).toBe(false);
    expect(ProgressRecordSchema.safeParse({ kind: 'skill', id: 'api-development', done: true, doneAt: 1, updatedAt: 1 }).success).toBe(false); // transferable, not to-learn
  });

  it('stores no score: a v3 posting drops one it is given; the frozen v2 shape still checks its cached score', () => {
    const cached = { readiness: 42, timeToQualify: { weeks: 6, phase: 2, phaseEndWeek: 16, unscheduled: [], gaps: [] }, scoredAt: 3 };
    expect(SavedPostingSchema.parse({ ...posting, score: cached })).toEqual(posting);
    const { history: _h, followUpAt: _f, followUpDoneAt: _d, ...v3Posting } = posting;
    expect(SavedPostingV2Schema.parse({ ...posting, score: cached })).toEqual({ ...v3Posting, score: cached });
    expect(SavedPostingV2Schema.safeParse({ ...posting, score: { ...cached, readiness: 'high' } }).success).toBe(false);
    expect(SavedPostingV2Schema.safeParse(posting).success).toBe(false); // v2 always had the field (null when unscored)
    expect(ExportFileSchema.safeParse({ format: 'pathway-lens-export', version: 2, exportedAt: 1, postings: [], progress: [], settings: DEFAULT_SETTINGS }).success).toBe(false);
  });

  it('refuses reserved board keys in settings records and reads only own properties', () => {
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, autoOpen: { constructor: true } }).success).toBe(false);
    expect(autoOpenFor(DEFAULT_SETTINGS, 'toString')).toBe(true);
    expect(sidebarFor(DEFAULT_SETTINGS, 'valueOf')).toEqual(DEFAULT_SETTINGS.defaultSidebar);
    const s = applySettingsPatch(DEFAULT_SETTINGS, { autoOpen: { board: 'indeed', enabled: false } }, 1);
    expect(autoOpenFor(s, 'indeed')).toBe(false);
    expect(autoOpenFor(s, 'lever')).toBe(true);
  });

  it('keeps description excerpts bounded without splitting characters', () => {
    const long = '😀'.repeat(DESCRIPTION_EXCERPT_MAX);
    const ex = toExcerpt(long);
    expect(ex.length).toBeLessThanOrEqual(DESCRIPTION_EXCERPT_MAX);
    expect(ex).toMatch(/…$/);
    expect(() => encodeURIComponent(ex)).not.toThrow(); // throws on a lone surrogate
    expect(toExcerpt('  a \n\n b  ')).toBe('a b');
  });
});
