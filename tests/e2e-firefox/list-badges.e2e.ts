/**
 * Badges on job lists in real Firefox (the MV2 build in firefox-esr): a LinkedIn posting opened (its sidebar analyses
 * it), then a LinkedIn search list under https://www.linkedin.com/jobs/search/ whose cards include it: that card, and
 * only that one, gets a badge with the readiness the sidebar showed; scrolled far down (cards appended, the card out
 * of view), the badge hides. tests/e2e/list-badges.e2e.ts tells the whole story in Chromium.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from '../e2e/fixtures';
import { launchFirefox, offFixtureHosts, readSidebar, screenshot, waitForSidebar, type FirefoxSession } from './harness';

const JOB_ID = LINKEDIN_JOB_PATH.replace(/^.*-(\d+)$/, '$1');
const LIST_URL = 'https://www.linkedin.com/jobs/search/?keywords=ai%20program%20manager';
/** The analysed posting is the 2nd card; the others are fictional. */
const IDS = Array.from({ length: 40 }, (_, i) => (i === 1 ? JOB_ID : String(4100005000 + i)));

/** The badges in the list UI's (open, test-build) shadow root: key, text and whether shown. */
const badges = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelector('pathway-lens-badges')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="card-badge"]') ?? [], (el) => ({
      key: el.getAttribute('data-job-key'),
      text: el.textContent,
      shown: !el.hidden,
    })),
  );

describe('list badges (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;
  let readiness: number;

  beforeAll(async () => {
    const list = fixture('linkedin-search-list.html').replace('/*PL-IDS*/[]', JSON.stringify(IDS));
    s = await launchFirefox({ routes: { 'www.linkedin.com': { [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') }, '/jobs/search': { body: list } } } });
    const job = await s.goto(LINKEDIN_JOB_URL);
    await waitForSidebar(job);
    const view = await readSidebar(job);
    expect(view.readiness).not.toBeNull();
    readiness = view.readiness!;
    await job.close();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('the analysed posting\'s card on a LinkedIn search list shows its readiness; no other card has a badge', async () => {
    const page = await s.goto(LIST_URL);
    await expect.poll(() => badges(page), { timeout: 15_000 }).toEqual([{ key: `linkedin:${JOB_ID}`, text: `${readiness}%`, shown: true }]);
    const inside = await page.evaluate((id: string) => {
      const badge = document.querySelector('pathway-lens-badges')!.shadowRoot!.querySelector('[data-testid="card-badge"]')!.getBoundingClientRect();
      const card = document.querySelector(`li[data-occludable-job-id="${id}"]`)!.getBoundingClientRect();
      return badge.left >= card.left && badge.right <= card.right && badge.top >= card.top && badge.bottom <= card.bottom;
    }, JOB_ID);
    expect(inside).toBe(true);
    await screenshot(page, 'list-badges-linkedin');
    // Scrolled to the end: more cards are appended, none of them analysed; the badge hides with its card out of view.
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => {
        const pane = document.getElementById('list-pane')!;
        pane.scrollTop = pane.scrollHeight;
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(await page.evaluate(() => document.querySelectorAll('li[data-occludable-job-id]').length)).toBe(IDS.length);
    await expect.poll(() => badges(page), { timeout: 10_000 }).toEqual([{ key: `linkedin:${JOB_ID}`, text: `${readiness}%`, shown: false }]);
    await page.close();
  });

  it('made no request off the fixture hosts and logged no errors', () => {
    expect(offFixtureHosts(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
