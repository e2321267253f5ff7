/**
 * Issue 12, point 4, in Firefox (firefox-esr, the MV2 build): the real saved pages of ../shared/corpus/html-real under
 * their real URLs, checked as tests/e2e/real-pages.e2e.ts checks them in Chromium (see there for what is checked and
 * why the pages off the boards are read by evaluating the built `capture-page.js`, which the popup's "Analyze this
 * page" injects with an activeTab grant automation cannot give). Skipped, with one line, where that folder is absent.
 *
 * The proxy tunnels every hostname a real page references to the fixture server (a 404 for its scripts and CDN
 * files); pages are opened up to `domcontentloaded` and nothing waits on them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExpected } from '../../scripts/real-pages';
import {
  checkRealPage,
  formatRealPagesTable,
  loadRealPages,
  REAL_PAGES_DIR,
  realPagesPresent,
  realPagesSkipped,
  realPageTestName,
  serveRealPages,
  sidebarSettledInPage,
  type RealPage,
  type RealPageDriver,
  type RealPageRow,
} from '../e2e/harness';
import { FIREFOX_BUILD_DIR, launchFirefox, readSidebar, screenshot, type FirefoxSession } from './harness';

const present = realPagesPresent();
const listed = present ? await readExpected(REAL_PAGES_DIR) : [];

if (!present) it.skip(realPagesSkipped('Firefox'), () => undefined);
else {
  describe('real saved pages in Firefox: the sidebar and the on-demand capture name the job the command line names', () => {
    let s: FirefoxSession;
    let pages: RealPage[] = [];
    const rows: RealPageRow[] = [];
    const started = performance.now();
    const driver: RealPageDriver<Page> = {
      open: (url) => s.goto(url, 'domcontentloaded'),
      async readSidebar(page) {
        await page.waitForFunction(sidebarSettledInPage, { timeout: 20_000, polling: 100 }).catch(() => undefined);
        return readSidebar(page);
      },
      capture: (page) => page.evaluate(readFileSync(path.join(FIREFOX_BUILD_DIR, 'capture-page.js'), 'utf8')),
      screenshot: (page, name) => screenshot(page, name),
      close: (page) => page.close(),
    };

    beforeAll(async () => {
      [pages, s] = await Promise.all([loadRealPages(), launchFirefox()]);
      serveRealPages(s.server, pages);
    });

    afterAll(async () => {
      await s?.close();
      console.info(`${formatRealPagesTable('Firefox', rows, listed.length)}\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
    });

    for (const e of listed) {
      it(realPageTestName(e), async () => {
        const row = await checkRealPage(pages.find((p) => p.file === e.file)!, driver);
        rows.push(row);
        expect(row.problems, `${e.file} at ${e.url}`).toEqual([]);
      });
    }
  });
}
