/**
 * Issue 12, point 4, in Chromium with the production build: the real saved pages of ../shared/corpus/html-real (beside
 * the checkout, read at run time, never copied into the project) served under their real URLs. Skipped, with one
 * line, where that folder is absent. The shared steps are in ./harness.ts (`checkRealPage`); Firefox runs the same
 * check (tests/e2e-firefox/real-pages.e2e.ts).
 *
 * - On a supported board the content script runs: the sidebar must be ready and name the expected title and company,
 *   show the language notice exactly where the command line finds a language it does not read, and show the skill
 *   ids `npm run analyze -- FILE --url URL` finds (same capture, same analysis) — so the browser read the same
 *   description as the command line.
 * - Elsewhere (careers.hostaway.com, au.seek.com) the extension reads the page only on demand: the popup's "Analyze
 *   this page" injects the built `/capture-page.js`. That needs the activeTab grant of a real toolbar click, which
 *   automation cannot give (tests/e2e/embedded-frame.e2e.ts shows the injection refused without it), so the test
 *   evaluates the same built file in the page: the same bytes and the same return value (the CaptureResult) the popup
 *   receives, in the page's main world instead of an isolated one. Title, company and the description's length (the
 *   command line's) are checked; the popup's handling of that value is covered by tests/e2e/popup.e2e.ts.
 *
 * Real pages reference their own scripts and CDNs: those hostnames resolve to nothing (or get the fixture server's
 * 404), so pages are opened up to `domcontentloaded` and nothing waits on them. Prints an `npm run eval`-style table.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExpected } from '../../scripts/real-pages';
import {
  CHROME_BUILD_DIR,
  checkRealPage,
  formatRealPagesTable,
  launchExtension,
  loadRealPages,
  MAPPED_HOSTS,
  REAL_PAGES_DIR,
  realPagesPresent,
  realPagesSkipped,
  realPageTestName,
  screenshot,
  serveRealPages,
  sidebarSettledInPage,
  sidebarViewInPage,
  type ExtensionSession,
  type RealPage,
  type RealPageDriver,
  type RealPageRow,
} from './harness';

const present = realPagesPresent();
const listed = present ? await readExpected(REAL_PAGES_DIR) : [];

if (!present) it.skip(realPagesSkipped('Chromium'), () => undefined);
else {
  describe('real saved pages in Chromium: the sidebar and the on-demand capture name the job the command line names', () => {
    let session: ExtensionSession;
    let pages: RealPage[] = [];
    const rows: RealPageRow[] = [];
    const started = performance.now();
    const driver: RealPageDriver<Page> = {
      open: (url) => session.goto(url, 'domcontentloaded'),
      async readSidebar(page) {
        await page.waitForFunction(sidebarSettledInPage, undefined, { timeout: 20_000 }).catch(() => undefined);
        return page.evaluate(sidebarViewInPage);
      },
      capture: (page) => page.evaluate(readFileSync(path.join(CHROME_BUILD_DIR, 'capture-page.js'), 'utf8')),
      screenshot: (page, name) => screenshot(page, name),
      close: (page) => page.close(),
    };

    beforeAll(async () => {
      [pages, session] = await Promise.all([loadRealPages(), launchExtension()]);
      serveRealPages(session.server, pages);
    });

    afterAll(async () => {
      await session?.close();
      console.info(`${formatRealPagesTable('Chromium', rows, listed.length)}\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
    });

    for (const e of listed) {
      it(realPageTestName(e), async () => {
        const hostname = new URL(e.url).hostname;
        expect(MAPPED_HOSTS, `${hostname} is not sent to the fixture server: add it to MAPPED_HOSTS (scripts/fixture-server.ts)`).toContain(hostname);
        const row = await checkRealPage(pages.find((p) => p.file === e.file)!, driver);
        rows.push(row);
        expect(row.problems, `${e.file} at ${e.url}`).toEqual([]);
      });
    }
  });
}
