/**
 * "Pay only on job pages" (issue 14), production build in Chromium, LinkedIn served under its real hostname:
 *
 * - On the feed (a board page that is no posting) only the job-page detector runs: the extension scripts Chromium
 *   parses for the page are `content-scripts/job.js` alone (DevTools Protocol `Debugger.scriptParsed`), ≤ 10 KiB gzip;
 *   no `pathway-lens` host, and the sidebar's guard is absent from the extension's isolated world.
 * - In-app navigation from the feed to a job (pushState + the job's DOM, as LinkedIn's app does) makes the detector ask
 *   the background, which injects `job-ui.js`: one sidebar, showing that job. Timed from the moment the description is
 *   in the page (the URL change and the DOM swap happen in the same task) to the first frame showing the ready sidebar —
 *   injection, capture, the background's analysis and the render included. The target (≤ 150 ms) is printed
 *   with the median; the assertion is the same generous regression guard as tests/e2e/sidebar-ui.e2e.ts (1,500 ms).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPathwayLensHosts, DETECTOR_FILE, JOB_UI_FILE, launchExtension, screenshot, settle, sidebarViewInPage, unexpectedWebRequests, type ExtensionSession } from './harness';
import { navigateToJob } from './feed-to-job';
import { fixture, LINKEDIN_FEED_URL, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from './fixtures';

const TARGET_MS = 150;
/** As tests/e2e/sidebar-ui.e2e.ts: 10× the target, for a loaded 2-core machine. Only this bound is asserted. */
const BOUND_MS = 1_500;
const SAMPLES = 5;
const DETECTOR_BUDGET_BYTES = 10 * 1024;

const JOB_HTML = fixture('linkedin-job.html');

const navTiming = (page: Page) => page.evaluate(() => (window as unknown as { __plNav?: { inserted: number; ready: number } }).__plNav ?? null);

describe('job-page detector: the feed pays for the detector only; a job gets the sidebar (production build in Chromium)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({
      routes: { 'www.linkedin.com': { '/feed': { body: fixture('linkedin-feed.html') }, [LINKEDIN_JOB_PATH]: { body: JOB_HTML } } },
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('feed: only the detector runs (≤ 10 KiB gzip); in-app navigation to a job injects the sidebar once, showing that job', async () => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const prefix = `chrome-extension://${session.extensionId}/`;
    const parsed = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.startsWith(prefix) && !parsed.has(e.url)) parsed.set(e.url.slice(prefix.length), e.scriptId);
    });
    await cdp.send('Debugger.enable');
    await page.goto(LINKEDIN_FEED_URL, { waitUntil: 'load' });
    await settle(page);

    expect([...parsed.keys()]).toEqual([DETECTOR_FILE]);
    const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: parsed.get(DETECTOR_FILE)! });
    const gzip = gzipSync(Buffer.from(scriptSource, 'utf8')).length;
    console.info(`[detector] feed page: ${DETECTOR_FILE} ran alone, ${(gzip / 1024).toFixed(1)} KiB gzip (budget 10 KiB)`);
    expect(gzip).toBeLessThanOrEqual(DETECTOR_BUDGET_BYTES);
    expect(await countPathwayLensHosts(page)).toBe(0);
    // The sidebar's guard (lib/job-page/detector.ts JOB_PAGE_GUARD) lives in the extension's isolated world: absent.
    const contexts: { id: number; name: string; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push({ id: e.context.id, name: e.context.name, origin: e.context.origin }));
    await cdp.send('Runtime.enable');
    await expect.poll(() => contexts.some((c) => c.origin === prefix.slice(0, -1) || c.name === 'Pathway Lens')).toBe(true);
    const isolated = contexts.find((c) => c.origin === prefix.slice(0, -1) || c.name === 'Pathway Lens')!;
    const guard = () =>
      cdp.send('Runtime.evaluate', { expression: "typeof window.__pathwayLensJobPage + ':' + typeof window.job", contextId: isolated.id, returnByValue: true }).then((r) => r.result.value as string);
    expect(await guard(), 'no sidebar guard; the detector ran (its IIFE global `job`)').toBe('undefined:object');

    await page.evaluate(navigateToJob, [JOB_HTML, `${LINKEDIN_JOB_PATH}/`] as [string, string]);
    await page.waitForFunction(() => (window as unknown as { __plNav?: { ready: number } }).__plNav?.ready, undefined, { timeout: 15_000 });
    expect([...parsed.keys()]).toEqual([DETECTOR_FILE, JOB_UI_FILE]);
    expect(await guard()).toBe('object:object');
    await settle(page, 1_000);
    expect(await countPathwayLensHosts(page)).toBe(1);
    const view = await page.evaluate(sidebarViewInPage);
    expect(view).toMatchObject({ state: 'ready', title: 'AI Program Manager' });
    expect(view.skills.length).toBeGreaterThan(3);
    await screenshot(page, 'detector-feed-to-job');
    // Back to a page that is no posting: the sidebar hides itself (the detector no longer listens).
    await page.evaluate(() => history.pushState({}, '', '/feed/'));
    await expect.poll(() => countPathwayLensHosts(page)).toBe(0);
    expect([...parsed.keys()]).toEqual([DETECTOR_FILE, JOB_UI_FILE]);
    await screenshot(page, 'detector-back-to-feed');
    await cdp.detach();
    await page.close();
  });

  it(`feed → job in-app: description present → sidebar painted (target ≤ ${TARGET_MS} ms reports only; guard ≤ ${BOUND_MS} ms)`, async () => {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const page = await session.context.newPage();
      await page.goto(LINKEDIN_FEED_URL, { waitUntil: 'load' });
      // The detector runs at document_idle: let it start, as a person reads the feed before clicking.
      await settle(page, 500);
      await page.evaluate(navigateToJob, [JOB_HTML, `${LINKEDIN_JOB_PATH}/`] as [string, string]);
      await page.waitForFunction(() => (window as unknown as { __plNav?: { ready: number } }).__plNav?.ready, undefined, { timeout: 15_000 });
      const t = (await navTiming(page))!;
      samples.push(t.ready - t.inserted);
      expect(page.url()).toBe(LINKEDIN_JOB_URL);
      await page.close();
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.info(`[detector] feed → job in-app, description present → sidebar ready painted: median ${median.toFixed(0)} ms (samples ${samples.map((s) => s.toFixed(0)).join(', ')} ms; target ≤ ${TARGET_MS} ms)`);
    expect(median).toBeLessThanOrEqual(BOUND_MS);
  });

  it('made no network calls and logged no errors', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
