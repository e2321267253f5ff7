/**
 * The gap sidebar in real Firefox (firefox-esr, the MV2 build, puppeteer-core over WebDriver BiDi), on the board
 * fixtures tests/e2e/sidebar-boards.e2e.ts uses in Chromium, served on their real hostnames: the posting's title and
 * company, and skills in the right groups; then save, read back from the extension's storage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from '../e2e/fixtures';
import { clickInSidebar, launchFirefox, offFixtureHosts, readSidebar, REPO_ROOT, screenshot, waitForSidebar, type FirefoxSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const browser: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

/** A board fixture as served; image sources dropped (their CDNs resolve to nothing). */
const boardPage = (name: string) => readFileSync(path.join(REPO_ROOT, 'tests/fixtures/boards', name), 'utf8').replace(/(<img\b[^>]*?)\s+src="[^"]*"/gi, '$1');

interface Board {
  name: string;
  host: string;
  path: string;
  body: string;
  title: string;
  /** The company line starts with this (a location may follow). */
  company: string;
  /** skill id → group in a fresh profile (a subset of what the Chromium test checks). */
  groups: Record<string, 'have' | 'roadmap' | 'other'>;
}

const BOARDS: Board[] = [
  {
    name: 'linkedin-guest',
    host: 'www.linkedin.com',
    path: '/jobs/view/technical-program-manager-ml-platform-at-northwind-analytics-4100000001',
    body: boardPage('linkedin-guest.html'),
    title: 'Technical Program Manager, ML Platform',
    company: 'Northwind Analytics',
    groups: { 'sql-data-management': 'have', python: 'other', 'devops-cicd': 'have' },
  },
  {
    name: 'greenhouse',
    host: 'job-boards.greenhouse.io',
    path: '/litwareai/jobs/4555000008',
    body: boardPage('greenhouse-new.html'),
    title: 'Technical Program Manager, Inference Platform',
    company: 'Litware AI',
    groups: { 'program-management-frameworks': 'roadmap', 'gpu-clusters': 'other', 'devops-cicd': 'have' },
  },
  {
    name: 'lever',
    host: 'jobs.lever.co',
    path: '/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
    body: boardPage('lever.html'),
    title: 'Delivery Manager, Applied AI',
    company: 'Proseware',
    groups: { 'financial-budget-management': 'roadmap', 'ai-ml-fundamentals': 'roadmap', 'enterprise-customers': 'other' },
  },
  {
    name: 'workday',
    host: 'acme.wd5.myworkdayjobs.com',
    path: '/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234',
    body: boardPage('workday.html'),
    title: 'Senior Technical Program Manager, AI Infrastructure',
    company: 'Woodgrove Systems',
    groups: { 'stakeholder-management': 'roadmap', 'program-management-frameworks': 'roadmap' },
  },
  {
    name: 'linkedin-job',
    host: 'www.linkedin.com',
    path: LINKEDIN_JOB_PATH,
    body: fixture('linkedin-job.html'),
    title: 'AI Program Manager',
    company: 'Harborlight Health',
    groups: { 'agile-scrum': 'have', 'sql-data-management': 'have' },
  },
];

const urlOf = (b: Board) => (b.path === LINKEDIN_JOB_PATH ? LINKEDIN_JOB_URL : `https://${b.host}${b.path}`);

describe('gap sidebar on board job pages (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;

  beforeAll(async () => {
    const routes: Record<string, Record<string, { body: string }>> = {};
    for (const b of BOARDS) (routes[b.host] ??= {})[b.path] = { body: b.body };
    s = await launchFirefox({ routes });
  });

  afterAll(async () => {
    await s?.close();
  });

  for (const board of BOARDS) {
    it(`${board.name}: title, company and skills in the right groups`, async () => {
      const page = await s.goto(urlOf(board));
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
      await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 5_000 });
      await screenshot(page, `sidebar-${board.name}`);
      await page.close();
    });
  }

  it('lever: save stores the posting exactly once, and the sidebar remembers it after reload', async () => {
    const board = BOARDS.find((b) => b.name === 'lever')!;
    const page: Page = await s.goto(urlOf(board));
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
