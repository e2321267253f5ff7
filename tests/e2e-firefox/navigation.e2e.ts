/**
 * In-page navigation in real Firefox, on the split-pane fixtures of tests/e2e/navigation.e2e.ts (LinkedIn, Indeed and
 * Workday search pages; tests/e2e/fixtures/nav-fixture.js pushes the job's URL on a click and swaps the pane
 * 0–1,200 ms later). Firefox 153 ESR has the Navigation API (older Firefox fell back to WXT's 1 s location poll); the
 * test prints whether the page has it. Fewer clicks than the Chromium test; asserted: after every click the sidebar
 * settles on the URL's job, and it never shows another job (title or signature skill) than the one the URL names at
 * that moment. Timings are printed, not asserted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, offFixtureHosts, REPO_ROOT, screenshot, waitForSidebar, type FirefoxSession } from './harness';

const dir = path.join(REPO_ROOT, 'tests/e2e/fixtures');
const NAV_SCRIPT = readFileSync(path.join(dir, 'nav-fixture.js'), 'utf8');
const navPage = (file: string) => readFileSync(path.join(dir, file), 'utf8').replace('<!--NAV-FIXTURE-->', () => `<script>${NAV_SCRIPT}</script>`);

const BOARDS = [
  { name: 'linkedin', host: 'www.linkedin.com', routePath: '/jobs/search', file: 'linkedin-search-nav.html', firstUrl: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000201&keywords=ai%20program%20manager' },
  { name: 'indeed', host: 'www.indeed.com', routePath: '/jobs', file: 'indeed-search-nav.html', firstUrl: 'https://www.indeed.com/jobs?q=ai+program+manager&l=Remote&vjk=a1b2c3d4e5f60701' },
  {
    name: 'workday',
    host: 'acme.wd5.myworkdayjobs.com',
    routePath: '/en-US/External/job/US-TX-Austin/AI-Program-Manager-1_JR3001',
    file: 'workday-search-nav.html',
    firstUrl: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/US-TX-Austin/AI-Program-Manager-1_JR3001',
  },
];
/** Jobs clicked on each board, by index into the page's list (the first job is the one loaded). */
const CLICKS = [3, 7, 1, 5];

interface Job {
  id: string;
  title: string;
  skillId: string;
}
interface NavLog {
  pushes: { id: string; t: number; shown: string | null }[];
  renders: { t: number; urlJob: string | null; title: string | null; sig: string[] }[];
}

const navLog = (page: Page) => page.evaluate(() => (window as unknown as { __nav: NavLog }).__nav);

/** Waits until the sidebar shows `job` completely; returns when (page clock), or null on time-out. */
async function settledOn(page: Page, job: Job, timeout = 6_000): Promise<number | null> {
  try {
    await page.waitForFunction(
      (j: Job) => {
        const renders = (window as unknown as { __nav: NavLog }).__nav.renders;
        const last = renders[renders.length - 1];
        return !!last && last.title === j.title && last.sig.length === 1 && last.sig[0] === j.skillId;
      },
      { timeout, polling: 50 },
      job,
    );
    const log = await navLog(page);
    return log.renders[log.renders.length - 1]!.t;
  } catch {
    return null;
  }
}

const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? NaN;

describe('in-page navigation on split-pane boards (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;
  const settle: number[] = [];
  /** How long the previous job stays in the sidebar after the URL names another one. */
  const exposure: number[] = [];
  let navigationApi = false;

  beforeAll(async () => {
    const routes: Record<string, Record<string, { body: string }>> = {};
    for (const b of BOARDS) (routes[b.host] ??= {})[b.routePath] = { body: navPage(b.file) };
    s = await launchFirefox({ routes });
  });

  afterAll(async () => {
    await s?.close();
  });

  for (const board of BOARDS) {
    it(`${board.name}: a click on another job changes the sidebar to that job, never to a wrong one`, async () => {
      const page = await s.goto(board.firstUrl);
      const ids: string[] = await page.evaluate(() => Array.from(document.querySelectorAll('[data-nav-job]'), (el) => el.getAttribute('data-nav-job') ?? ''));
      const jobs: Job[] = await page.evaluate((list: string[]) => (window as unknown as { __navJobs(ids: string[]): Job[] }).__navJobs(list), ids);
      await waitForSidebar(page);
      expect(await settledOn(page, jobs[0]!), 'the first job').not.toBeNull();

      const unsettled: string[] = [];
      for (const i of CLICKS) {
        const job = jobs[i]!;
        // A real click on the job card (the fixture pushes the URL, then swaps the pane).
        await page.click(`[data-nav-job="${job.id}"]`);
        const log = await navLog(page);
        const pushedAt = log.pushes[log.pushes.length - 1]!.t;
        const at = await settledOn(page, job);
        if (at === null) unsettled.push(job.id);
        else settle.push(at - pushedAt);
      }
      const log = await navLog(page);
      navigationApi = await page.evaluate(() => 'navigation' in window);
      for (const push of log.pushes) {
        const gone = log.renders.find((r) => r.t >= push.t && r.title !== push.shown);
        if (push.shown !== null && gone) exposure.push(gone.t - push.t);
      }
      await screenshot(page, `navigation-${board.name}`);
      await page.close();

      const byId = new Map(jobs.map((j) => [j.id, j]));
      const stale = log.renders.filter((r) => {
        const want = r.urlJob ? byId.get(r.urlJob) : undefined;
        if (!want) return r.title !== null || r.sig.length > 0;
        if (r.title !== null && r.title !== want.title) return true;
        return r.sig.length > 0 && (r.sig.length !== 1 || r.sig[0] !== want.skillId);
      });
      expect(unsettled, 'jobs the sidebar never settled on').toEqual([]);
      expect(stale.slice(0, 5), 'renders of another job than the URL names').toEqual([]);
    });
  }

  it('settle times (printed)', () => {
    const fmt = (v: number[]) => `p50 ${Math.round(p(v, 0.5))} ms, p95 ${Math.round(p(v, 0.95))} ms, max ${Math.round(Math.max(...v))} ms (n=${v.length})`;
    console.info(
      `[firefox navigation] Navigation API ${navigationApi ? 'present' : 'absent'}; settle after a click: ${fmt(settle)}; ` +
        `previous job visible after the URL change: ${fmt(exposure)}`,
    );
    expect(settle.length).toBe(BOARDS.length * CLICKS.length);
  });

  it('made no calls off the fixture hosts and logged no errors', () => {
    expect(offFixtureHosts(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
