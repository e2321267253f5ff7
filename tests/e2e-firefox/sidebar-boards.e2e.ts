/**
 * The gap sidebar in real Firefox (firefox-esr, the MV2 build, puppeteer-core over WebDriver BiDi), on the board
 * fixtures tests/e2e/sidebar-boards.e2e.ts uses in Chromium, served on their real hostnames: the posting's title and
 * company, and skills in the right groups; then save, read back from the extension's storage.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardByFile, boardFixture, boardUrl, BOARDS, FRESH_GROUP, fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from '../e2e/fixtures';
import { clickInSidebar, launchFirefox, offFixtureHosts, readSidebar, screenshot, waitForSidebar, type FirefoxSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const browser: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

interface Board {
  name: string;
  url: string;
  host: string;
  path: string;
  body: string;
  title: string;
  /** The company line starts with this (a location may follow). */
  company: string;
  /** skill id → group in a fresh profile. */
  groups: Record<string, 'have' | 'roadmap' | 'other'>;
}

const BOARD_PAGES: Board[] = [
  // The Chromium test's boards (../e2e/fixtures.ts `BOARDS`): the groups follow the expected kinds.
  ...BOARDS.map((b) => ({
    name: b.file.replace(/\.html$/, ''),
    url: boardUrl(b),
    host: b.host,
    path: b.path,
    body: boardFixture(b.file),
    title: b.title,
    company: b.company,
    groups: Object.fromEntries(b.expected.map((k) => [k.id, FRESH_GROUP[k.kind]])),
  })),
  {
    name: 'linkedin-job',
    url: LINKEDIN_JOB_URL,
    host: 'www.linkedin.com',
    path: LINKEDIN_JOB_PATH,
    body: fixture('linkedin-job.html'),
    title: 'AI Program Manager',
    company: 'Harborlight Health',
    groups: { 'agile-scrum': 'have', 'sql-data-management': 'have' },
  },
];

describe('gap sidebar on board job pages (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;

  beforeAll(async () => {
    const routes: Record<string, Record<string, { body: string }>> = {};
    for (const b of BOARD_PAGES) (routes[b.host] ??= {})[b.path] = { body: b.body };
    s = await launchFirefox({ routes });
  });

  afterAll(async () => {
    await s?.close();
  });

  for (const board of BOARD_PAGES) {
    it(`${board.name}: title, company and skills in the right groups`, async () => {
      const page = await s.goto(board.url);
      await waitForSidebar(page);
      const view = await readSidebar(page);
      expect(view.title).toBe(board.title);
      expect(view.company?.startsWith(board.company), `company line "${view.company}"`).toBe(true);
      expect(view.readiness).toBeGreaterThanOrEqual(0);
      const groups = Object.fromEntries(view.skills.filter((k) => k.id in board.groups).map((k) => [k.id, k.group]));
      expect(groups).toEqual(board.groups);
      // Each row sits in the section its data-group names.
      expect(view.skills.filter((k) => k.section !== k.group)).toEqual([]);
      // One host, and the page's highlights registry is filled (the Custom Highlight API).
      expect(await page.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(1);
      // Highlights follow the sidebar's render; on a loaded machine (the whole suite on 2 cores) that can take seconds.
      await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 15_000 });
      await screenshot(page, `sidebar-${board.name}`);
      await page.close();
    });
  }

  it('lever: save stores the posting exactly once, and the sidebar remembers it after reload', async () => {
    const board = boardByFile('lever.html');
    const page: Page = await s.goto(boardUrl(board));
    await waitForSidebar(page);
    expect((await readSidebar(page)).saved).toBe('false');
    await clickInSidebar(page, '[data-testid="save-posting"]');
    await expect.poll(async () => (await readSidebar(page)).saved, { timeout: 5_000 }).toBe('true');

    await page.reload({ waitUntil: 'load' });
    await waitForSidebar(page);
    await expect.poll(async () => (await readSidebar(page)).saved, { timeout: 5_000 }).toBe('true');
    await screenshot(page, 'sidebar-lever-saved');

    const ext = await s.openExtensionPage('popup.html');
    const saved = await ext.evaluate(async () => {
      const all = await browser.storage.local.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith('posting:') && !k.endsWith('$'))
        .map(([key, v]) => ({ key, url: String((v as { url?: unknown }).url) }));
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.url).toContain(board.path);
    await ext.close();
    await page.close();
  });

  it('made no calls off the fixture hosts and logged no errors', () => {
    expect(offFixtureHosts(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
