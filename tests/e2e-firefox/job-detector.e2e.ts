/**
 * The job-page detector in real Firefox (MV2 build; the background injects the sidebar with `scripting.executeScript`,
 * which Firefox has in MV2 since 102): on LinkedIn's feed no sidebar; in-app navigation from the feed to a job (pushState
 * + the job's DOM, as LinkedIn's app does) injects it, once, showing that job. Firefox gives the background no
 * `documentId`: the injector claims the frame's isolated world first (lib/messaging/inject-ui.ts). The time from the
 * description being present to the sidebar ready is printed, not asserted (tests/e2e/job-detector.e2e.ts bounds
 * Chromium's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navigateToJob } from '../e2e/feed-to-job';
import { fixture, LINKEDIN_FEED_URL, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from '../e2e/fixtures';
import { launchFirefox, offFixtureHosts, readSidebar, retryBidiRealmRace, screenshot, type FirefoxSession } from './harness';

const JOB_HTML = fixture('linkedin-job.html');

describe('job-page detector (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;

  beforeAll(async () => {
    s = await launchFirefox({ routes: { 'www.linkedin.com': { '/feed': { body: fixture('linkedin-feed.html') }, [LINKEDIN_JOB_PATH]: { body: JOB_HTML } } } });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('feed: no sidebar; in-app navigation to a job: the sidebar, once, showing that job; back to the feed: hidden', async () => {
    const page = await s.goto(LINKEDIN_FEED_URL);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await page.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(0);

    await page.evaluate(navigateToJob, [JOB_HTML, `${LINKEDIN_JOB_PATH}/`] as [string, string]);
    await retryBidiRealmRace(() =>
      page.waitForFunction(() => (window as unknown as { __plNav?: { ready: number } }).__plNav?.ready, { timeout: 15_000, polling: 50 }),
    );
    const t = await page.evaluate(() => (window as unknown as { __plNav: { inserted: number; ready: number } }).__plNav);
    const navigationApi = await page.evaluate(() => 'navigation' in window);
    console.info(`[firefox detector] feed → job in-app (Navigation API ${navigationApi ? 'present' : 'absent'}): description present → sidebar ready ${(t.ready - t.inserted).toFixed(0)} ms`);
    expect(page.url()).toBe(LINKEDIN_JOB_URL);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(1);
    const view = await readSidebar(page);
    expect(view).toMatchObject({ state: 'ready', title: 'AI Program Manager' });
    expect(view.skills.length).toBeGreaterThan(3);
    await screenshot(page, 'detector-feed-to-job');

    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await page.waitForFunction(() => document.querySelectorAll('pathway-lens').length === 0, { timeout: 5_000, polling: 50 });
    await page.close();
  });

  it('made no calls off the fixture hosts and logged no errors', () => {
    expect(offFixtureHosts(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
