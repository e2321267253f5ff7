/**
 * Badges on job lists (issue 15, point 4), production build in Chromium, the boards served under their real hostnames.
 *
 * Seeded through the real flows: a LinkedIn posting opened, saved and set to "Applied" in its sidebar; another
 * LinkedIn posting only opened (the sidebar analyses it: the analysed record); an Indeed posting opened and saved. Each
 * expected readiness is the one that posting's own sidebar showed. Then:
 * - a LinkedIn search list (no job selected) under https://www.linkedin.com/jobs/search/: the saved card gets
 *   "NN% · Applied"; the analysed card — appended only when the list is scrolled (infinite scroll) — gets "NN%" once it
 *   appears; the saved card's badge hides while LinkedIn's occlusion empties its slot and is back on it when the slot is
 *   refilled; an in-app page change (the list replaced) moves the badges to the new cards; a status changed elsewhere
 *   updates the badge; no other card has one;
 * - an Indeed result list under https://www.indeed.com/jobs: the saved card gets "NN% · Saved";
 * - the popup's "Badges on job lists" switch off for LinkedIn removes the LinkedIn list's badges at once (Indeed keeps
 *   its own), and every card's box is the same with and without badges (no layout shift);
 * - where the real-page corpus is beside the checkout (../shared/corpus/html-real, read at run time, never copied): a
 *   real Indeed result page with a job open (`/jobs?…&vjk=`) — the sidebar analyses that job, and its card in the real
 *   list gets the badge.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobRefFromUrl } from '../../lib/capture/job-key';
import { boardFixture, BOARDS, boardUrl, fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from './fixtures';
import { launchExtension, REAL_PAGES_DIR, screenshot, sidebarSettledInPage, sidebarViewInPage, unexpectedWebRequests, waitForPathwayLens, type ExtensionSession } from './harness';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const GUEST = BOARDS.find((b) => b.file === 'linkedin-guest.html')!;
const GUEST_URL = boardUrl(GUEST);
const INDEED_JOB_URL = 'https://www.indeed.com/viewjob?jk=0f1e2d3c4b5a6978&from=serp&vjs=3';
const LIST_URL = 'https://www.linkedin.com/jobs/search/?keywords=ai%20program%20manager&location=Remote';
const INDEED_LIST_URL = 'https://www.indeed.com/jobs?q=ai+program+manager&l=Remote';

// The ids the product gives these postings (lib/capture/job-key.ts), and the ids on the list cards.
const SAVED = jobRefFromUrl(LINKEDIN_JOB_URL)!;
const ANALYSED = jobRefFromUrl(GUEST_URL)!;
const INDEED = jobRefFromUrl(INDEED_JOB_URL)!;

/** 40 LinkedIn cards: the saved posting 3rd (in the first screen), the analysed one 26th (only after scrolling). */
const LINKEDIN_IDS = Array.from({ length: 40 }, (_, i) => (i === 2 ? SAVED.id : i === 25 ? ANALYSED.id : String(4100007000 + i)));
/** Page 2 of the same search (in-app pagination): the analysed posting 2nd, the saved one absent. */
const PAGE_2_IDS = Array.from({ length: 10 }, (_, i) => (i === 1 ? ANALYSED.id : String(4100008000 + i)));
const INDEED_JKS = Array.from({ length: 16 }, (_, i) => (i === 4 ? INDEED.id : `b0c0d0e0f0a0${(0x1000 + i).toString(16)}`));

const ROUTES = {
  'www.linkedin.com': {
    [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') },
    [GUEST.path]: { body: boardFixture(GUEST.file) },
    '/jobs/search': { body: fixture('linkedin-search-list.html').replace('/*PL-IDS*/[]', JSON.stringify(LINKEDIN_IDS)) },
  },
  'www.indeed.com': {
    '/viewjob': { body: boardFixture('indeed-viewjob.html') },
    '/jobs': { body: fixture('indeed-results-list.html').replace('/*PL-JKS*/[]', JSON.stringify(INDEED_JKS)) },
  },
};

interface BadgeView {
  key: string;
  text: string;
  status: string;
  readiness: string;
  label: string;
  visible: boolean;
  box: { x: number; y: number; width: number; height: number };
}

/** The badges in the list UI's (open, test-build) shadow root. */
const badgesInPage = (): BadgeView[] => {
  const root = document.querySelector('pathway-lens-badges')?.shadowRoot;
  return Array.from(root?.querySelectorAll<HTMLElement>('[data-testid="card-badge"]') ?? [], (el) => {
    const r = el.getBoundingClientRect();
    return {
      key: el.getAttribute('data-job-key') ?? '',
      text: el.textContent ?? '',
      status: el.getAttribute('data-status') ?? '',
      readiness: el.getAttribute('data-readiness') ?? '',
      label: el.getAttribute('aria-label') ?? '',
      visible: !el.hidden && r.width > 0,
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
};

/** Every card's box (the page's own elements), in document order. */
const cardBoxes = (selector: string): { x: number; y: number; width: number; height: number }[] =>
  Array.from(document.querySelectorAll(selector), (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

const cardBox = ([selector]: [string]) => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

const visibleBadges = async (page: Page) => (await page.evaluate(badgesInPage)).filter((b) => b.visible);
const inside = (b: BadgeView['box'], card: BadgeView['box']) => b.x >= card.x && b.y >= card.y && b.x + b.width <= card.x + card.width && b.y + b.height <= card.y + card.height;

async function openAndRead(s: ExtensionSession, url: string): Promise<{ page: Page; readiness: number }> {
  const page = await s.goto(url);
  await waitForPathwayLens(page);
  await page.waitForFunction(sidebarSettledInPage, undefined, { timeout: 15_000 });
  const view = await page.evaluate(sidebarViewInPage);
  expect(view.state).toBe('ready');
  expect(view.readiness).not.toBeNull();
  return { page, readiness: view.readiness! };
}

async function save(page: Page): Promise<void> {
  await page.locator('pathway-lens [data-testid="save-posting"]').click();
  await expect.poll(() => page.locator('pathway-lens [data-testid="save-posting"]').getAttribute('data-saved')).toBe('true');
}

describe('badges on job lists (production build in Chromium, LinkedIn and Indeed under their real hostnames)', () => {
  let s: ExtensionSession;
  const readiness: Record<string, number> = {};
  let list: Page;
  let indeedList: Page;

  beforeAll(async () => {
    s = await launchExtension({ routes: ROUTES });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('seeds through the real flows: one saved posting set to Applied and one only analysed (LinkedIn), one saved (Indeed)', async () => {
    const a = await openAndRead(s, LINKEDIN_JOB_URL);
    readiness[SAVED.jobKey] = a.readiness;
    await save(a.page);
    await a.page.locator('pathway-lens select.pl-select').selectOption('applied');
    const b = await openAndRead(s, GUEST_URL);
    readiness[ANALYSED.jobKey] = b.readiness;
    const c = await openAndRead(s, INDEED_JOB_URL);
    readiness[INDEED.jobKey] = c.readiness;
    await save(c.page);
    for (const p of [a.page, b.page, c.page]) await p.close();
  });

  it('LinkedIn search list: the saved card shows readiness and status; no other card has a badge', async () => {
    list = await s.goto(LIST_URL);
    await expect.poll(() => visibleBadges(list), { timeout: 10_000 }).toHaveLength(1);
    const [badge] = await visibleBadges(list);
    expect(badge).toMatchObject({ key: SAVED.jobKey, text: `${readiness[SAVED.jobKey]}% · Applied`, status: 'applied', readiness: String(readiness[SAVED.jobKey]) });
    expect(badge!.label).toContain('Applied');
    const card = await list.evaluate(cardBox, [`li[data-occludable-job-id="${SAVED.id}"]`] as [string]);
    expect(inside(badge!.box, card!), 'the badge sits on its card').toBe(true);
    // The page's own DOM holds no badge text: the badges live in the list UI's shadow root only.
    expect(await list.evaluate(() => document.body.innerText.includes('Applied'))).toBe(false);
    await screenshot(list, 'list-badges-linkedin');
  });

  it('cards appended while scrolling get their badge; occluded cards lose it and get it back when refilled', async () => {
    // Scroll the list pane down until the analysed posting's card is appended (infinite scroll), then bring it into view.
    for (let i = 0; i < 20 && !(await list.evaluate((id) => !!document.querySelector(`li[data-occludable-job-id="${id}"]`), ANALYSED.id)); i++) {
      await list.evaluate(() => {
        const pane = document.getElementById('list-pane')!;
        pane.scrollTop = pane.scrollHeight;
      });
      await list.waitForTimeout(100);
    }
    await list.evaluate((id) => document.querySelector(`li[data-occludable-job-id="${id}"]`)!.scrollIntoView({ block: 'center' }), ANALYSED.id);
    await expect.poll(async () => (await visibleBadges(list)).map((b) => b.key), { timeout: 10_000 }).toEqual([ANALYSED.jobKey]);
    const [analysed] = await visibleBadges(list);
    expect(analysed).toMatchObject({ text: `${readiness[ANALYSED.jobKey]}%`, status: '', readiness: String(readiness[ANALYSED.jobKey]) });
    const analysedCard = await list.evaluate(cardBox, [`li[data-occludable-job-id="${ANALYSED.id}"]`] as [string]);
    expect(inside(analysed!.box, analysedCard!)).toBe(true);
    await screenshot(list, 'list-badges-linkedin-scrolled');

    // The saved posting's slot is far above now: the fixture (like LinkedIn) emptied it.
    const stats = await list.evaluate(() => (window as unknown as { __plStats(): { cards: number; occluded: number } }).__plStats());
    expect(stats.cards).toBeGreaterThan(25);
    expect(stats.occluded).toBeGreaterThan(0);
    expect(await list.evaluate((id) => document.querySelector(`li[data-occludable-job-id="${id}"]`)!.childElementCount, SAVED.id)).toBe(0);

    // Back to the top: the slot is refilled, and its badge is back on it.
    await list.evaluate(() => (document.getElementById('list-pane')!.scrollTop = 0));
    await expect.poll(async () => (await visibleBadges(list)).map((b) => b.key), { timeout: 10_000 }).toEqual([SAVED.jobKey]);
    expect(await list.evaluate((id) => document.querySelector(`li[data-occludable-job-id="${id}"]`)!.childElementCount, SAVED.id)).toBe(1);
    const [saved] = await visibleBadges(list);
    const savedCard = await list.evaluate(cardBox, [`li[data-occludable-job-id="${SAVED.id}"]`] as [string]);
    expect(inside(saved!.box, savedCard!)).toBe(true);
    expect(saved!.text).toBe(`${readiness[SAVED.jobKey]}% · Applied`);
  });

  it('a status changed in another tab updates the badge', async () => {
    const ext = await s.openPopup();
    const answer = await ext.evaluate(
      async (id) => (await chrome.runtime.sendMessage({ id: 1, type: 'setPostingStatus', timestamp: Date.now(), data: { id, status: 'interviewing' } })) as { res?: { ok: boolean } },
      SAVED.jobKey,
    );
    expect(answer.res?.ok).toBe(true);
    await ext.close();
    await expect.poll(async () => (await visibleBadges(list)).map((b) => b.text), { timeout: 10_000 }).toEqual([`${readiness[SAVED.jobKey]}% · Interviewing`]);
  });

  it('in-app pagination (the list replaced, the URL changed): badges follow the new cards', async () => {
    await list.evaluate(([ids]) => (window as unknown as { __plReplaceList(ids: string[], url: string): void }).__plReplaceList(ids, '/jobs/search/?keywords=ai%20program%20manager&start=25'), [PAGE_2_IDS] as [string[]]);
    await expect.poll(async () => (await visibleBadges(list)).map((b) => `${b.key} ${b.text}`), { timeout: 10_000 }).toEqual([`${ANALYSED.jobKey} ${readiness[ANALYSED.jobKey]}%`]);
    expect((await list.evaluate(badgesInPage)).map((b) => b.key)).toEqual([ANALYSED.jobKey]);
  });

  it('Indeed result list: the saved card shows readiness and "Saved"', async () => {
    indeedList = await s.goto(INDEED_LIST_URL);
    await expect.poll(() => visibleBadges(indeedList), { timeout: 10_000 }).toHaveLength(1);
    const [badge] = await visibleBadges(indeedList);
    expect(badge).toMatchObject({ key: INDEED.jobKey, text: `${readiness[INDEED.jobKey]}% · Saved`, status: 'saved' });
    const card = await indeedList.evaluate(cardBox, [`.job_${INDEED.id}`] as [string]);
    expect(inside(badge!.box, card!)).toBe(true);
    await screenshot(indeedList, 'list-badges-indeed');
  });

  it('turned off for LinkedIn in the popup: the LinkedIn list loses its badges, Indeed keeps its own; no layout shift', async () => {
    await list.bringToFront();
    const withBadges = await list.evaluate(cardBoxes, 'li[data-occludable-job-id]');
    const indeedWith = await indeedList.evaluate(cardBoxes, '.cardOutline');
    expect(await visibleBadges(list)).toHaveLength(1);

    const popup = await s.openPopup();
    await popup.locator('[data-testid="settings"] summary').click();
    const linkedinBox = popup.locator('[data-testid="list-badges-board"][data-board="linkedin"]');
    expect(await linkedinBox.isChecked()).toBe(true);
    expect(await popup.locator('[data-testid="list-badges-board"]').count()).toBe(2);
    await linkedinBox.uncheck();
    await expect.poll(() => linkedinBox.isChecked()).toBe(false);

    await expect.poll(async () => (await list.evaluate(badgesInPage)).length, { timeout: 10_000 }).toBe(0);
    expect(await visibleBadges(indeedList)).toHaveLength(1);
    expect(await list.evaluate(cardBoxes, 'li[data-occludable-job-id]'), 'LinkedIn cards, with and without badges').toEqual(withBadges);

    // A new LinkedIn list page gets none either; turned on again, the badges come back.
    await linkedinBox.check();
    await expect.poll(async () => (await visibleBadges(list)).length, { timeout: 10_000 }).toBe(1);
    await popup.locator('[data-testid="list-badges-board"][data-board="indeed"]').uncheck();
    await expect.poll(async () => (await indeedList.evaluate(badgesInPage)).length, { timeout: 10_000 }).toBe(0);
    expect(await indeedList.evaluate(cardBoxes, '.cardOutline'), 'Indeed cards, with and without badges').toEqual(indeedWith);
    await popup.close();
  });

  it('made no network calls and logged no errors', () => {
    expect(unexpectedWebRequests(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

/** A rendered Indeed result page saved by someone else (../shared/corpus/html-real/SOURCES.md), with its job pane open. */
const REAL_SERP = path.join(REAL_PAGES_DIR, 'indeed-003.html');
const REAL_SERP_URL = 'https://www.indeed.com/jobs?q=frontend&l=egypt&vjk=b974b400e0228d67';

describe.skipIf(!existsSync(REAL_SERP))('badges on a real Indeed result page (corpus beside the checkout)', () => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchExtension({ routes: { 'www.indeed.com': { '/jobs': { body: readFileSync(REAL_SERP, 'utf8') } } } });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('the job open in the pane is analysed by the sidebar; its card in the real list gets the badge, on the card', async () => {
    // Real pages reference their own scripts and CDNs, which resolve to nothing here: nothing waits on them.
    const page = await s.goto(REAL_SERP_URL, 'domcontentloaded');
    await waitForPathwayLens(page, 20_000);
    await page.waitForFunction(sidebarSettledInPage, undefined, { timeout: 20_000 });
    const view = await page.evaluate(sidebarViewInPage);
    expect(view.state).toBe('ready');
    const key = jobRefFromUrl(REAL_SERP_URL)!.jobKey;
    await expect.poll(async () => (await page.evaluate(badgesInPage)).map((b) => [b.key, b.text]), { timeout: 15_000 }).toEqual([[key, `${view.readiness}%`]]);
    // Scrolled into view beside the sidebar, the badge shows on the real card.
    await page.evaluate(() => document.querySelector('.job_b974b400e0228d67')!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => visibleBadges(page), { timeout: 10_000 }).toHaveLength(1);
    const [badge] = await visibleBadges(page);
    const card = await page.evaluate(cardBox, ['.job_b974b400e0228d67'] as [string]);
    expect(inside(badge!.box, card!)).toBe(true);
    await screenshot(page, 'list-badges-indeed-real');
  });
});
