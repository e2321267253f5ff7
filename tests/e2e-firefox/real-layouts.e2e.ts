/**
 * The current board layouts (tests/e2e/fixtures/real-layouts/cases.ts, the table tests/e2e/real-layouts.e2e.ts runs in
 * Chromium) in real Firefox: the sidebar's state, and for a report the title and company it names.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_LAYOUT_CASES, realLayoutHtml, realLayoutPath, realLayoutRoutes, realLayoutUrl } from '../e2e/fixtures/real-layouts/cases';
import { sidebarSettledInPage } from '../e2e/harness';
import { launchFirefox, offFixtureHosts, readSidebar, screenshot, type FirefoxSession } from './harness';

const CASES = REAL_LAYOUT_CASES.filter((c) => c.sidebar);

/** The sidebar's state once it is past loading ('' when it never got there). */
async function settledState(page: Page, timeout = 20_000): Promise<string> {
  await page.waitForFunction(sidebarSettledInPage, { timeout, polling: 100 }).catch(() => undefined);
  return (await readSidebar(page)).state ?? '';
}

describe('current board layouts in Firefox: the sidebar names the open job', () => {
  let s: FirefoxSession;

  beforeAll(async () => {
    s = await launchFirefox({ routes: realLayoutRoutes(CASES) });
  });

  afterAll(async () => {
    await s?.close();
  });

  for (const c of CASES) {
    it(`${c.name} (${c.hostname})`, async () => {
      // Set per test: some cases share a URL (a page before and after it renders).
      s.server.setPage(c.hostname, realLayoutPath(c), realLayoutHtml(c.file));
      const page = await s.goto(realLayoutUrl(c));
      const state = await settledState(page);
      await screenshot(page, `real-layouts-${c.file.replace(/\.html$/, '')}`);
      expect(state).toBe(c.expected.state);
      const view = await readSidebar(page);
      if (c.expected.state === 'ready') {
        expect(view.title).toBe(c.expected.title);
        expect((view.company ?? '').split(' · ')[0]).toBe(c.expected.company);
        if (c.expected.location) expect(view.company).toContain(c.expected.location);
        expect(view.readiness === null).toBe(!!c.expected.language);
        const notice = await page.evaluate(
          () => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="language-notice"]')?.textContent ?? null,
        );
        if (c.expected.language === 'fr') expect(notice).toContain('This posting is in French.');
        else expect(notice).toBeNull();
      } else {
        const message = await page.evaluate(
          () => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="gap-sidebar"] [role="status"]')?.textContent ?? '',
        );
        expect(message).toContain(c.expected.message ?? '');
        expect(view.readiness).toBeNull();
        expect(view.skills).toEqual([]);
        expect(view.saved).toBeNull();
      }
      await page.close();
    });
  }

  it('made no calls off the fixture hosts and logged no errors', () => {
    expect(offFixtureHosts(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
