/**
 * Size budgets of the JS the extension puts in board pages (issue 14, "pay only on job pages"):
 *
 * - Every page of a supported board (LinkedIn's feed and messaging included) runs the job-page detector only,
 *   `content-scripts/job.js` (entrypoints/job.content, lib/job-page/detector.ts): target ≤ 10 KiB gzip. It goes without
 *   webextension-polyfill, whose start-up is most of its script time (scripts/plain-browser-plugin.ts).
 * - A job page also runs the sidebar the background injects, `job-ui.js` (entrypoints/job-ui.tsx): detector + sidebar
 *   ≤ 100 KiB gzip. The sidebar renders with preact/compat there (scripts/preact-in-page-plugin.ts): react-dom alone
 *   is ~56 KiB gzip, which the budget cannot hold next to capture, the sidebar, its CSS and the pathway.
 * - A search/result list (LinkedIn `/jobs/search`, Indeed `/jobs`) also runs the list badges the background injects,
 *   `list-ui.js` (entrypoints/list-ui.ts, no React): held to the job page's budget with the detector (≈ 19 KiB today),
 *   and, like the sidebar, without zod, the analyser or react-dom (the background answers `getCardBadges`).
 * - zod, the analyser (lib/analysis: the lexicon, fuse.js) and react-dom stay out of all of them: the background validates
 *   every message and analyses the posting (`analyzePosting`, lib/messaging/messages.ts); the page bundles zod-free
 *   modules (lib/pathway/ids.ts, lib/capture/capture-result.ts + shape.ts, lib/storage/result.ts,
 *   lib/posting/save-input.ts, lib/messaging/client.ts — which imports the message table for its types only) and
 *   hand-written guards tested against the schemas (tests/capture/parse-captured.test.ts,
 *   tests/messaging/envelope.test.ts). One runtime import of a schema module brings all of zod back; one of
 *   lib/posting/flow.ts the whole analyser: the signatures below give them away.
 *
 * The guards are the targets themselves, which today's files meet with room to spare (detector ≈ 4.5 KiB, detector +
 * sidebar ≈ 57 KiB): generous on purpose, so a regression fails here and growth within the budget does not. The
 * sizes are printed; `npm run bench:browser` measures what Chromium actually parses on a feed page and on a job page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt, CHROME_BUILD_DIR, DETECTOR_FILE, FIREFOX_BUILD_DIR, JOB_UI_FILE, LIST_UI_FILE } from './harness';

const KIB = 1024;
/** Issue 14: what a board page that is no posting may run. */
const DETECTOR_BUDGET_BYTES = 10 * KIB;
/** Issue 14: what a job page may run, detector included. */
const JOB_PAGE_BUDGET_BYTES = 100 * KIB;
/** Strings only zod's runtime puts in a bundle (`inst._zod`, its class names); property names survive minification. */
const ZOD_SIGNATURES = ['._zod', '$ZodType', 'ZodError'];
/**
 * Strings only the analyser, its lexicon and fuse.js put in a bundle: fuse.js's option names, a lexicon alias that
 * appears nowhere else (data/skills-lexicon.ts), the report's version field the analyser writes; and react-dom's element tag (preact/compat has none).
 */
const ANALYSIS_SIGNATURES = ['ignoreFieldNorm', 'useExtendedSearch', 'analysisVersion:', 'api ecosystem'];
const REACT_DOM_SIGNATURES = ['react.transitional.element', '__reactFiber'];
/** webextension-polyfill's start-up check: the detector goes without it (scripts/plain-browser-plugin.ts). */
const POLYFILL_SIGNATURE = 'This script should only be loaded in a browser extension';

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file));
const gzipSize = (source: Buffer) => gzipSync(source).length;
const found = (source: string, signatures: string[]) => signatures.filter((s) => source.includes(s));

for (const [browser, dir] of [
  ['Chrome', CHROME_BUILD_DIR],
  ['Firefox', FIREFOX_BUILD_DIR],
] as const) {
  describe(`bundle budget (${browser} build)`, () => {
    it(`the detector, on every board page: ≤ ${kib(DETECTOR_BUDGET_BYTES)} gzip, no zod, no analyser, no UI`, () => {
      assertBuilt(dir);
      const bytes = read(dir, DETECTOR_FILE);
      const source = bytes.toString('utf8');
      const gzip = gzipSize(bytes);
      console.log(`[${browser}] ${DETECTOR_FILE}: ${kib(bytes.length)} minified, ${kib(gzip)} gzip (${gzip} B); budget ${kib(DETECTOR_BUDGET_BYTES)}`);
      expect(found(source, ZOD_SIGNATURES), 'zod is bundled in the detector').toEqual([]);
      expect(found(source, ANALYSIS_SIGNATURES), 'the analyser is bundled in the detector').toEqual([]);
      expect(found(source, ['attachShadow', 'pathway-lens', ...REACT_DOM_SIGNATURES]), 'the detector draws nothing').toEqual([]);
      expect(found(source, [POLYFILL_SIGNATURE]), 'webextension-polyfill is bundled in the detector').toEqual([]);
      expect(gzip).toBeLessThanOrEqual(DETECTOR_BUDGET_BYTES);
    });

    it(`detector + sidebar, on a job page: ≤ ${kib(JOB_PAGE_BUDGET_BYTES)} gzip, no zod, no analyser, no react-dom`, () => {
      assertBuilt(dir);
      const detector = gzipSize(read(dir, DETECTOR_FILE));
      const uiBytes = read(dir, JOB_UI_FILE);
      const source = uiBytes.toString('utf8');
      const ui = gzipSize(uiBytes);
      const total = detector + ui;
      console.log(
        `[${browser}] job page: ${DETECTOR_FILE} ${kib(detector)} + ${JOB_UI_FILE} ${kib(ui)} (${kib(uiBytes.length)} minified) = ${kib(total)} gzip ` +
          `(${total} B); budget ${kib(JOB_PAGE_BUDGET_BYTES)}, ${kib(JOB_PAGE_BUDGET_BYTES - total)} under`,
      );
      expect(found(source, ZOD_SIGNATURES), 'zod is bundled in the sidebar').toEqual([]);
      expect(found(source, ANALYSIS_SIGNATURES), 'the analyser (lexicon, fuse.js) is bundled in the sidebar').toEqual([]);
      expect(found(source, REACT_DOM_SIGNATURES), 'react-dom is bundled in the sidebar').toEqual([]);
      expect(total).toBeLessThanOrEqual(JOB_PAGE_BUDGET_BYTES);
    });

    it(`detector + list badges, on a search/result list: ≤ ${kib(JOB_PAGE_BUDGET_BYTES)} gzip, no zod, no analyser, no react-dom`, () => {
      assertBuilt(dir);
      const detector = gzipSize(read(dir, DETECTOR_FILE));
      const listBytes = read(dir, LIST_UI_FILE);
      const source = listBytes.toString('utf8');
      const list = gzipSize(listBytes);
      console.log(`[${browser}] list page: ${DETECTOR_FILE} ${kib(detector)} + ${LIST_UI_FILE} ${kib(list)} (${kib(listBytes.length)} minified) = ${kib(detector + list)} gzip`);
      expect(found(source, ZOD_SIGNATURES), 'zod is bundled in the list badges').toEqual([]);
      expect(found(source, ANALYSIS_SIGNATURES), 'the analyser is bundled in the list badges').toEqual([]);
      expect(found(source, REACT_DOM_SIGNATURES), 'react-dom is bundled in the list badges').toEqual([]);
      expect(detector + list).toBeLessThanOrEqual(JOB_PAGE_BUDGET_BYTES);
    });
  });
}

describe('bundle budget (Chrome build): extension pages', () => {
  it('reports the popup JS the popup page loads', () => {
    assertBuilt(CHROME_BUILD_DIR);
    const html = readFileSync(path.join(CHROME_BUILD_DIR, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((s) => ({ s, gzip: gzipSize(read(CHROME_BUILD_DIR, s)) }));
    const total = sizes.reduce((sum, x) => sum + x.gzip, 0);
    console.log(`popup JS (eager): ${kib(total)} gzip = ${sizes.map((x) => `${x.s} ${kib(x.gzip)}`).join(' + ')}`);
  });
});
