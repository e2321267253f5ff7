import { Script } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANALYSIS_VERSION } from '../../lib/analysis/analyze-posting';
import { parseImport } from '../../lib/storage/export-import';
import { IMPORT_MAX_CHARS } from '../../lib/storage/safe-json';
import { ExportFileSchema, type ExportFile } from '../../lib/storage/schemas';
import { createWriter } from '../../lib/storage/writer';
import { exportFile, exportText, fits, generatePostings, generateSaved, storedBytes } from '../../scripts/bench-browser/export-file';
import { probeScript } from '../../scripts/bench-browser/in-page';
import { FIGURES, formatTable, median, parseArgs, targetFor, toJson, UsageError, type BenchResult, type CountResult } from '../../scripts/bench-browser/report';

const NOW = Date.UTC(2026, 0, 15);

describe('bench:browser export file', () => {
  beforeEach(() => fakeBrowser.reset());

  for (const length of ['full', 'short'] as const) {
    it(`${length} postings: a valid export file of analysed postings, the same every time`, () => {
      const postings = generatePostings(40, { length });
      const file = exportFile(postings);
      const text = exportText(file);
      expect(ExportFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
      const parsed = parseImport(text, Date.now());
      expect(parsed.ok).toBe(true);
      expect(new Set(postings.map((p) => p.id)).size).toBe(40);
      // Real analysis, of varied texts on varied boards.
      expect(postings.every((p) => p.analysisVersion === ANALYSIS_VERSION && p.report.analysisVersion === ANALYSIS_VERSION)).toBe(true);
      expect(postings.filter((p) => p.report.skills.length > 0).length).toBeGreaterThan(35);
      expect(new Set(postings.map((p) => p.board)).size).toBeGreaterThanOrEqual(8);
      expect(new Set(postings.map((p) => p.descriptionExcerpt)).size).toBeGreaterThan(30);
      expect(postings.every((p) => p.savedAt <= NOW && p.updatedAt >= p.savedAt && p.updatedAt <= NOW)).toBe(true);
      expect(file.postings.map((p) => p.savedAt)).toEqual([...file.postings.map((p) => p.savedAt)].sort((a, b) => a - b));
      expect(exportText(exportFile(generatePostings(40, { length })))).toBe(text);
    });
  }

  it('sizes: board-length postings are stored at 5–9 KB like real ones; short ones under 2.5 KB (each with its index entry)', () => {
    const perPosting = (length: 'full' | 'short') => storedBytes(exportFile(generatePostings(60, { length }), [])) / 60;
    expect(perPosting('full')).toBeGreaterThan(5_000);
    expect(perPosting('full')).toBeLessThan(9_000);
    expect(perPosting('short')).toBeLessThan(2_500);
  });

  it('imports through the writer as written, with the full descriptions, and storedBytes is what the writer counts for it', async () => {
    const { postings, texts } = generateSaved(25, { length: 'full' });
    expect(texts).toHaveLength(25);
    const file = exportFile(postings, undefined, undefined, texts);
    expect(file.postings.every((p) => p.textChars !== undefined)).toBe(true);
    const text = exportText(file);
    const writer = createWriter({ now: () => NOW + 1_000 });
    const applied = await writer.applyImport(text);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.added).toHaveLength(25);
    // The extension's own export of what was imported is the same file (only the export time differs).
    const again = await writer.exportData('json');
    if (!again.ok) throw new Error(again.error.message);
    expect({ ...(JSON.parse(again.value.text) as ExportFile), exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
    // The writer also logs the imported progress changes: a little more than the records themselves.
    expect(applied.value.usage.bytesInUse).toBeGreaterThanOrEqual(storedBytes(file));
    expect(applied.value.usage.bytesInUse).toBeLessThan(storedBytes(file) + 4_000);
  });

  it('fits: says why a file cannot be imported — over the import limit, or over the storage budget', () => {
    const file = exportFile(generatePostings(3, { length: 'short' }));
    expect(fits(file, exportText(file))).toMatchObject({ ok: true, reason: null });
    expect(fits(file, 'x'.repeat(IMPORT_MAX_CHARS + 1)).reason).toMatch(/import limit/);
    expect(fits(file, '{}', storedBytes(file) - 1)).toMatchObject({ ok: false });
    expect(fits(file, '{}', storedBytes(file) - 1).reason).toMatch(/budget/);
  });
});

describe('bench:browser report', () => {
  it('median: middle value, mean of the middle two, NaN for nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, NaN, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('parseArgs: defaults, --quick, --runs, --json, --extension-dir; anything else is a usage error', () => {
    expect(parseArgs([])).toEqual({ json: false, quick: false, runs: 5, counts: [1000, 5000], pageLoads: 7, extensionDir: null });
    expect(parseArgs(['--quick', '--json'])).toEqual({ json: true, quick: true, runs: 3, counts: [1000], pageLoads: 3, extensionDir: null });
    expect(parseArgs(['--runs', '7', '--extension-dir', '.output/chrome-mv3'])).toMatchObject({ runs: 7, extensionDir: '.output/chrome-mv3' });
    expect(() => parseArgs(['--runs', '0'])).toThrow(UsageError);
    expect(() => parseArgs(['--extension-dir'])).toThrow(UsageError);
    expect(() => parseArgs(['--fast'])).toThrow(UsageError);
  });

  it('targets are the issue\'s, at 1,000 and 5,000 saved postings', () => {
    expect(FIGURES.map((f) => [targetFor(f, 1000), targetFor(f, 5000)])).toEqual([
      [150, 250],
      [150, 300],
      [400, 800],
      [5_000, 20_000],
    ]);
  });

  it('the table shows each figure against its target, and the JSON is one object with null for a failed figure', () => {
    const count = (popupSavedList: number): CountResult => ({
      popupFirstView: 120,
      popupSavedList,
      dashboardMatrix: 900,
      importMs: 4_000,
      postingLength: 'full',
      avgPostingBytes: 6_900,
      storedBytes: 6_900_000,
      fileBytes: 10_000_000,
      previewMs: 800,
      popupListFromWriter: 0,
      breakdown: {
        popupScriptStart: 90,
        popupStartToReady: 30,
        savedWaitForPostings: 600,
        savedRender: 50,
        savedListWarm: 50,
        popupPostingsAt: 700,
        dashboardScriptRan: 90,
        dashboardDataAt: 800,
        dashboardDataToMatrix: 100,
        importToData: 3_500,
      },
      diagnostics: { storageReadMs: 300, indexReadMs: 60, getOverviewMs: 500, getDashboardMs: 550, getProgressAndSettingsMs: 8, getResumeMs: 400, overviewChars: 7_000_000 },
      samples: {},
    });
    const result: BenchResult = {
      postings: { 1000: count(990), 5000: count(NaN) },
      contentScript: { nonJobPageGzipBytes: 137_000, jobPageGzipBytes: 137_000, nonJobPageBytes: 420_000, jobPageBytes: 420_000, nonJobPageScripts: ['content-scripts/job.js'], jobPageScripts: ['content-scripts/job.js'] },
      nonJobPageCost: { scriptMs: 40, taskMs: 50, heapBytes: 1_000_000, with: { scriptMs: 40, taskMs: 90, heapBytes: 1_600_000 }, without: { scriptMs: 0, taskMs: 40, heapBytes: 600_000 }, loads: 7 },
      runs: 5,
      notes: ['a note'],
      environment: { chromium: 'Chromium 1', cpus: 2, loadAverage: 0.5, headless: true, buildSeconds: 14, totalSeconds: 300 },
    };
    const table = formatTable(result);
    for (const f of FIGURES) expect(table).toContain(f.label);
    expect(table).toMatch(/popup, Saved tab list painted after the click +990 ms +≤150 ms OVER ×6\.6 +— +≤300 ms failed/);
    expect(table).toMatch(/import of the export file, with progress +4\.00 s +≤5 s +ok/);
    expect(table).toContain('non-job board page (linkedin.com/feed/) 133.8 KiB');
    expect(table).toContain('Note: a note');
    expect(table).toContain('read by the popup from the index in 10 of 10 loads, from the writer\'s list message in 0');
    const json = JSON.parse(toJson(result)) as { postings: Record<string, { popupSavedList: number | null }>; runs: number };
    expect(json.postings['1000']!.popupSavedList).toBe(990);
    expect(json.postings['5000']!.popupSavedList).toBeNull();
    expect(json.runs).toBe(5);
    expect(toJson({ ...result, postings: { 1000: { ...count(576.2999999), importMs: 3704.30000001 } } })).toContain('"popupSavedList":576.3');
  });

  it('the probe is one script that compiles, with a __name for functions tsx compiled', () => {
    const source = probeScript({ click: { afterMark: 'pathway-lens:popup-ready', delayMs: 0, selector: '#a', until: '#b', timeoutMs: 1_000 } });
    expect(source.startsWith('var __name = ')).toBe(true);
    expect(() => new Script(source)).not.toThrow();
  });
});
