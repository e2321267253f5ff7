/**
 * In-page navigation on split-pane boards (issue 4 "Real-browser tests", issue 8 "Navigation"): the production
 * build on LinkedIn-, Indeed- and Workday-like search pages (tests/e2e/fixtures/*-search-nav.html, served under
 * the real hostnames). Clicking a job card pushes the job's URL at once and swaps the detail pane 0–1,200 ms
 * later (header first, sometimes the description up to 100 ms after it), as the boards do.
 *
 * ~100 navigations in bursts of quick clicks. A MutationObserver in the page on the sidebar's shadow root
 * records every change of what the sidebar shows (title and the job's signature skill), with the URL's job
 * at that moment. Asserted: the sidebar never shows job i (its title, or its posting's skills) while the URL
 * names job j; after each burst it settles on the URL's job. Timed, over all boards: settling after the last click
 * of a burst (asserted p95 ≤ 1.5 s) and how long the previous job stays visible after a URL change (asserted p95
 * ≤ 500 ms). The per-board p50/p95 lines and the settle time after the pane swap report only (printed, not asserted).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, waitForPathwayLens, type ExtensionSession } from './harness';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const NAV_SCRIPT = readFileSync(path.join(dir, 'nav-fixture.js'), 'utf8');
const navPage = (file: string) => readFileSync(path.join(dir, file), 'utf8').replace('<!--NAV-FIXTURE-->', () => `<script>${NAV_SCRIPT}</script>`);

interface Board {
  name: string;
  host: string;
  routePath: string;
  file: string;
  firstUrl: string;
  navigations: number;
}

const BOARDS: Board[] = [
  {
    name: 'linkedin',
    host: 'www.linkedin.com',
    routePath: '/jobs/search',
    file: 'linkedin-search-nav.html',
    firstUrl: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000201&keywords=ai%20program%20manager',
    navigations: 34,
  },
  {
    name: 'indeed',
    host: 'www.indeed.com',
    routePath: '/jobs',
    file: 'indeed-search-nav.html',
    firstUrl: 'https://www.indeed.com/jobs?q=ai+program+manager&l=Remote&vjk=a1b2c3d4e5f60701',
    navigations: 33,
  },
  {
    name: 'workday',
    host: 'acme.wd5.myworkdayjobs.com',
    routePath: '/en-US/External/job/US-TX-Austin/AI-Program-Manager-1_JR3001',
    file: 'workday-search-nav.html',
    firstUrl: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/US-TX-Austin/AI-Program-Manager-1_JR3001',
    navigations: 33,
  },
];

interface Job {
  id: string;
  title: string;
  skillId: string;
}
interface NavLog {
  pushes: { id: string; t: number; shown: string | null }[];
  swaps: { id: string; t: number; delay: number }[];
  renders: { t: number; urlJob: string | null; title: string | null; sig: string[] }[];
}

/** Seeded, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Waits until the sidebar shows `job` completely (title and its signature skill). */
async function settledOn(page: Page, job: Job, timeout = 8_000): Promise<boolean> {
  try {
    await page.waitForFunction(
      (j) => {
        const renders = (window as unknown as { __nav: NavLog }).__nav.renders;
        const last = renders[renders.length - 1];
        return !!last && last.title === j.title && last.sig.length === 1 && last.sig[0] === j.skillId;
      },
      job,
      { timeout, polling: 50 },
    );
    return true;
  } catch {
    return false;
  }
}

interface BoardRun {
  board: string;
  navigations: number;
  bursts: number;
  unsettled: string[];
  stale: NavLog['renders'];
  settleFromClick: number[];
  settleFromSwap: number[];
  exposure: number[];
}

async function drive(session: ExtensionSession, board: Board, seed: number): Promise<BoardRun> {
  const page = await session.goto(board.firstUrl);
  const ids: string[] = await page.evaluate(() => Array.from(document.querySelectorAll('[data-nav-job]'), (el) => el.getAttribute('data-nav-job') ?? ''));
  // Titles and skills come from the page's own job table (nav-fixture.js), keyed by id.
  const table: Job[] = await page.evaluate((ids) => (window as unknown as { __navJobs(ids: string[]): Job[] }).__navJobs(ids), ids);
  const byId = new Map(table.map((j) => [j.id, j]));
  await waitForPathwayLens(page);
  const first = table[0]!;
  if (!(await settledOn(page, first))) throw new Error(`${board.name}: the sidebar never showed the first job`);

  const rand = prng(seed);
  let current = first.id;
  let done = 0;
  let bursts = 0;
  const unsettled: string[] = [];
  const burstEnds: number[] = []; // index into pushes of each burst's last click
  while (done < board.navigations) {
    const size = Math.min(1 + Math.floor(rand() * 4), board.navigations - done);
    for (let k = 0; k < size; k++) {
      const others = table.filter((j) => j.id !== current);
      current = others[Math.floor(rand() * others.length)]!.id;
      await page.evaluate((id) => (window as unknown as { __navSelect(id: string): void }).__navSelect(id), current);
      done++;
      if (k < size - 1) await sleep(50 + Math.floor(rand() * 300));
    }
    bursts++;
    burstEnds.push(done); // pushes[0..] are only ours: the first job was loaded, not pushed
    if (!(await settledOn(page, byId.get(current)!))) unsettled.push(`${board.name}: burst ${bursts} ended on ${current}`);
  }
  const log = await page.evaluate(() => (window as unknown as { __nav: NavLog }).__nav);
  await screenshot(page, `navigation-${board.name}`);
  await page.close();

  const stale = log.renders.filter((r) => {
    const want = r.urlJob ? byId.get(r.urlJob) : undefined;
    if (!want) return r.title !== null || r.sig.length > 0;
    if (r.title !== null && r.title !== want.title) return true;
    return r.sig.length > 0 && (r.sig.length !== 1 || r.sig[0] !== want.skillId);
  });

  const settleFromClick: number[] = [];
  const settleFromSwap: number[] = [];
  for (const end of burstEnds) {
    const push = log.pushes[end - 1]!;
    const job = byId.get(push.id)!;
    const ready = log.renders.find((r) => r.t >= push.t && r.urlJob === job.id && r.title === job.title && r.sig[0] === job.skillId);
    const swap = log.swaps.find((s) => s.id === job.id && s.t >= push.t);
    if (!ready || !swap) continue;
    settleFromClick.push(ready.t - push.t);
    settleFromSwap.push(ready.t - swap.t);
  }
  // How long the previous job stays on screen after the URL names another one.
  const exposure: number[] = [];
  for (const push of log.pushes) {
    if (push.shown === null || push.shown === byId.get(push.id)?.title) continue;
    const gone = log.renders.find((r) => r.t >= push.t && r.title !== push.shown);
    if (gone) exposure.push(gone.t - push.t);
  }
  return { board: board.name, navigations: done, bursts, unsettled, stale, settleFromClick, settleFromSwap, exposure };
}

describe('in-page navigation on split-pane boards (production build in Chromium)', () => {
  let session: ExtensionSession;
  const runs: BoardRun[] = [];

  beforeAll(async () => {
    const routes: Record<string, Record<string, { body: string }>> = {};
    for (const b of BOARDS) (routes[b.host] ??= {})[b.routePath] = { body: navPage(b.file) };
    session = await launchExtension({ routes });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const [i, board] of BOARDS.entries()) {
    it(`${board.name}: ${board.navigations} quick navigations — never a stale job, settles on the URL's job`, async () => {
      const run = await drive(session, board, 1_000 + i);
      runs.push(run);
      const fmt = (v: number[]) => `p50 ${Math.round(percentile(v, 50))} ms, p95 ${Math.round(percentile(v, 95))} ms (n=${v.length})`;
      // Reports only: the timings are asserted over all boards in the test below.
      console.info(
        `[navigation] ${run.board}: ${run.navigations} navigations in ${run.bursts} bursts; stale renders ${run.stale.length}; ` +
          `settle after last click ${fmt(run.settleFromClick)}; after pane swap ${fmt(run.settleFromSwap)}; previous job visible after URL change ${fmt(run.exposure)}`,
      );
      expect(run.stale.slice(0, 5)).toEqual([]);
      expect(run.unsettled).toEqual([]);
    }, 90_000);
  }

  it('settles within 1.5 s at p95 (after the last click of a burst, pane delay included); previous job gone within 500 ms at p95', () => {
    const all = runs.flatMap((r) => r.settleFromClick);
    const fromSwap = runs.flatMap((r) => r.settleFromSwap);
    const exposure = runs.flatMap((r) => r.exposure);
    console.info(
      `[navigation] all boards: ${runs.reduce((n, r) => n + r.navigations, 0)} navigations; settle p50 ${Math.round(percentile(all, 50))} ms, p95 ${Math.round(percentile(all, 95))} ms ` +
        `(after the pane swap: p95 ${Math.round(percentile(fromSwap, 95))} ms); previous job visible after a URL change: p95 ${Math.round(percentile(exposure, 95))} ms`,
    );
    expect(runs).toHaveLength(BOARDS.length);
    expect(percentile(all, 95)).toBeLessThanOrEqual(1_500);
    // URL changes are seen at once (Navigation API), not at WXT's 1 s location poll.
    expect(percentile(exposure, 95)).toBeLessThanOrEqual(500);
  });

  it('logged no page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
