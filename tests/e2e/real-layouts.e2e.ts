/**
 * Issue 12, "the right job on real pages", in Chromium with the production build: the current board layouts
 * (tests/e2e/fixtures/real-layouts/, hand-written pages with the structure real pages show) served under their real
 * hostnames. The sidebar must name the open job — its title and company, never the page's metadata or the board's
 * brand — and, where the page shows the job without its description, say so without a readiness number.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_LAYOUT_CASES, realLayoutHtml, realLayoutPath, realLayoutRoutes, realLayoutUrl } from './fixtures/real-layouts/cases';
import { launchExtension, screenshot, sidebarSettledInPage, unexpectedWebRequests, type ExtensionSession } from './harness';

const SIDEBAR_CASES = REAL_LAYOUT_CASES.filter((c) => c.sidebar);

async function sidebarState(page: Page, timeout = 20_000): Promise<string> {
  const root = page.locator('pathway-lens [data-testid="gap-sidebar"]');
  await root.waitFor({ state: 'attached', timeout });
  await page.waitForFunction(sidebarSettledInPage, undefined, { timeout });
  return (await root.getAttribute('data-state')) ?? '';
}

const text = async (page: Page, selector: string): Promise<string | null> => {
  const el = page.locator(`pathway-lens ${selector}`);
  return (await el.count()) > 0 ? ((await el.first().textContent()) ?? '').trim() : null;
};

describe('current board layouts: the sidebar names the open job (issue 12)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ routes: realLayoutRoutes(SIDEBAR_CASES) });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const c of SIDEBAR_CASES) {
    it(`${c.name} (${c.hostname})`, async () => {
      // Set per test: some cases share a URL (Workday before and after render).
      session.server.setPage(c.hostname, realLayoutPath(c), realLayoutHtml(c.file));
      const page = await session.goto(realLayoutUrl(c));
      const state = await sidebarState(page);
      await screenshot(page, `real-layouts-${c.file.replace(/\.html$/, '')}`);
      expect(state).toBe(c.expected.state);
      if (c.expected.state === 'ready') {
        expect(await text(page, '.pl-title')).toBe(c.expected.title);
        const companyLine = (await text(page, '.pl-company')) ?? '';
        expect(companyLine.split(' · ')[0]).toBe(c.expected.company);
        if (c.expected.location) expect(companyLine).toContain(c.expected.location);
        // A posting in another language gets the language notice instead of a score (the English ones a gauge).
        expect(await page.locator('pathway-lens [data-testid="readiness"]').count()).toBe(c.expected.language ? 0 : 1);
        const notice = await text(page, '[data-testid="language-notice"]');
        if (c.expected.language === 'fr') expect(notice).toContain('This posting is in French.');
        else expect(notice).toBeNull();
      } else {
        const message = page.locator('pathway-lens [data-testid="gap-sidebar"] [role="status"]');
        expect(await message.textContent()).toContain(c.expected.message ?? '');
        expect(await page.locator('pathway-lens [data-testid="readiness"]').count()).toBe(0);
        expect(await page.locator('pathway-lens [data-testid="skill"]').count()).toBe(0);
        expect(await page.locator('pathway-lens [data-testid="save-posting"]').count()).toBe(0);
      }
      await page.close();
    });
  }

  it('never reaches the internet', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
  });
});
