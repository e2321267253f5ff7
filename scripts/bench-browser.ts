/**
 * npm run bench:browser [-- --json] [-- --quick] — issue 14's measurements in the built extension, in Chromium:
 *
 * 1. Builds the Chrome extension once (open shadow roots, as the browser tests build it) into a private directory:
 *    `.output/chrome-mv3` is never touched.
 * 2. For 1,000 and 5,000 saved postings, imports an export file through the dashboard's Data section the way a user
 *    does (choose the file → preview → Import → the "Imported" message), once per run into a fresh profile, and times
 *    it; then, in the last seeded profile, times fresh loads of the popup (first view painted; the Saved tab's list
 *    painted after the click) and of the dashboard (matrix painted).
 * 3. The content-script JS the browser injects on a non-job board page (LinkedIn's feed, served under its real
 *    hostname by the fixture server) and on a job page, and what the extension costs that non-job page (Chromium's
 *    Performance.getMetrics with and without the extension).
 *
 * Each figure is the median of the runs after one warm-up run. Progress goes to stderr; stdout has the table, or with
 * `--json` exactly one JSON object. The pure parts (arguments, medians, table, the export file) are in
 * scripts/bench-browser/ and tested in tests/scripts/bench-browser.test.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertBuilt, assertChromium, chromiumArgs, chromiumPath, launchExtension, REPO_ROOT, type ExtensionSession } from '../tests/e2e/harness';
import { fixture, LINKEDIN_FEED_URL, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from '../tests/e2e/fixtures';
import type { FixtureRoutes } from './fixture-server';
import { exportFile, exportText, fits, generateSaved, type PostingLength } from './bench-browser/export-file';
import {
  armStep,
  DATA_PANEL_MESSAGE,
  DATA_PANEL_RESULT,
  MARKS,
  probeFinished,
  probeScript,
  readProbe,
  readStep,
  timedMessage,
  timedStorageRead,
  type ProbePlan,
  type ProbeResult,
  type StepTime,
} from './bench-browser/in-page';
import { INDEX_KEYS } from '../lib/storage/summary';
import { fmtBytes, fmtMs, formatTable, median, parseArgs, toJson, UsageError, USAGE, type BenchArgs, type BenchResult, type CountResult } from './bench-browser/report';

const ROUTES: FixtureRoutes = {
  'www.linkedin.com': {
    [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') },
    '/feed': { body: fixture('linkedin-feed.html') },
  },
};
const POPUP_VIEWPORT = { width: 400, height: 600 };
const PAGE_VIEWPORT = { width: 1280, height: 900 };
/** Generous: a run that takes longer has failed. */
const STEP_TIMEOUT_MS = 180_000;
const SETTLE_MS = 300;

const started = performance.now();
const log = (msg: string) => {
  process.stderr.write(`[bench:browser ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Paths removed on Ctrl-C as well as at the end. */
const scratch = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const p of scratch) rmSync(p, { recursive: true, force: true });
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Build

/** Builds into `.output/bench-…` with WXT's API (scripts/bench-browser/build.ts) and moves the result to `work`. */
async function buildExtension(work: string): Promise<{ dir: string; seconds: number }> {
  const template = `bench-${process.pid}-${Date.now().toString(36)}`;
  const built = path.join(REPO_ROOT, '.output', template);
  const dir = path.join(work, 'chrome-mv3');
  scratch.add(built);
  const t0 = performance.now();
  log('building the extension (PATHWAY_LENS_OPEN_SHADOW=1, private output directory)…');
  try {
    const output: Buffer[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/bench-browser/build.ts'), template], {
        cwd: REPO_ROOT,
        env: { ...process.env, PATHWAY_LENS_OPEN_SHADOW: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (b: Buffer) => output.push(b));
      child.stderr.on('data', (b: Buffer) => output.push(b));
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${Buffer.concat(output).toString('utf8').slice(-3000)}`);
    await cp(built, dir, { recursive: true });
  } finally {
    await rm(built, { recursive: true, force: true });
    scratch.delete(built);
  }
  const seconds = (performance.now() - t0) / 1000;
  log(`built in ${seconds.toFixed(0)} s`);
  return { dir, seconds };
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

const extUrl = (s: ExtensionSession, page: string) => `chrome-extension://${s.extensionId}/${page}`;

/** A fresh tab at `url` with the probe installed, until the frame after `mark` is painted (and the plan's click is done). */
async function probedLoad(s: ExtensionSession, url: string, viewport: { width: number; height: number }, plan: ProbePlan, mark: string): Promise<ProbeResult> {
  const page = await s.context.newPage();
  try {
    await page.setViewportSize(viewport);
    await page.addInitScript(probeScript(plan));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(probeFinished, mark, { timeout: STEP_TIMEOUT_MS, polling: 50 });
    const r = await page.evaluate(readProbe);
    if (!r) throw new Error(`no probe in ${url}`);
    if (r.error) throw new Error(`${url}: ${r.error}`);
    return r;
  } finally {
    await page.close();
  }
}

async function waitStep(page: Page): Promise<StepTime> {
  await page.waitForFunction(() => (window as Window & { __benchStep?: unknown }).__benchStep != null, undefined, { timeout: STEP_TIMEOUT_MS, polling: 100 });
  const step = await page.evaluate(readStep);
  if (!step) throw new Error('the step has no result');
  return step;
}

interface ImportRun {
  preview: StepTime;
  apply: StepTime | null;
  /** When the dashboard had its data again after the click on Import (the first dashboard-data mark after it). */
  reloadAt: number | null;
}

/** Imports `file` through the dashboard's Data section of `s`: choose the file, wait for the preview, click Import, wait for the message. */
async function importThroughDashboard(s: ExtensionSession, file: string): Promise<ImportRun> {
  const page = await s.context.newPage();
  try {
    await page.setViewportSize(PAGE_VIEWPORT);
    await page.addInitScript(probeScript());
    await page.goto(extUrl(s, 'dashboard.html#data'));
    await page.locator('[data-testid="data-panel"]').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.evaluate(armStep, { trigger: 'change' as const, until: DATA_PANEL_RESULT });
    await page.locator('#import-file').setInputFiles(file);
    const preview = await waitStep(page);
    if (preview.error) return { preview, apply: null, reloadAt: null };
    await page.evaluate(armStep, { trigger: 'click' as const, until: DATA_PANEL_MESSAGE });
    const apply = await waitStep(page);
    const log = (await page.evaluate(readProbe))?.log ?? [];
    const reload = log.find(([name, t]) => name === MARKS.dashboardData && t > apply.at);
    return { preview, apply, reloadAt: reload ? reload[1] : null };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding

interface Seed {
  file: string;
  length: PostingLength;
  avgPostingBytes: number;
  storedBytes: number;
  fileBytes: number;
}

/**
 * The export file for `count`: board-length postings with their full descriptions (as saves keep them) when they can be
 * imported (under the import limit and the storage budget, which `unlimitedStorage` raises), else short ones.
 */
async function seedFile(count: number, work: string, notes: string[]): Promise<Seed> {
  for (const length of ['full', 'short'] as const) {
    const t0 = performance.now();
    const { postings, texts } = generateSaved(count, { length });
    const file = exportFile(postings, undefined, undefined, texts);
    const text = exportText(file);
    const fit = fits(file, text);
    const avgPostingBytes = postings.reduce((n, p) => n + JSON.stringify(p).length, 0) / count;
    log(`${count} ${length} postings analysed and exported in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${fmtBytes(fit.fileChars)} file, ${fmtBytes(fit.storedBytes)} stored${fit.ok ? '' : ` — cannot be imported: ${fit.reason}`}`);
    const out = path.join(work, `pathway-lens-${count}-${length}.json`);
    await writeFile(out, text);
    if (fit.ok) return { file: out, length, avgPostingBytes, storedBytes: fit.storedBytes, fileBytes: Buffer.byteLength(text) };
    await rm(out, { force: true });
    notes.push(`${count.toLocaleString('en-US')} board-length postings cannot be imported: ${fit.reason}. Measured instead with short postings.`);
  }
  throw new Error(`no export file of ${count} postings fits the import limit and the storage budget`);
}

// ---------------------------------------------------------------------------------------------------------------
// One count: imports into fresh profiles, then the popup and the dashboard in the last one.

async function measureCount(count: number, args: BenchArgs, extensionDir: string, work: string, notes: string[], withSeeded?: (s: ExtensionSession) => Promise<void>): Promise<CountResult> {
  const seed = await seedFile(count, work, notes);
  const importMs: number[] = [];
  const previewMs: number[] = [];
  const importToData: number[] = [];
  let seeded: ExtensionSession | null = null;
  try {
    for (let i = 0; i < args.runs; i++) {
      const s = await launchExtension({ extensionDir, routes: ROUTES });
      try {
        const run = await importThroughDashboard(s, seed.file);
        if (!run.apply || run.apply.error || !run.apply.text.startsWith(`Imported: ${count} added`)) {
          throw new Error(`the import of ${count} postings did not succeed: “${(run.apply ?? run.preview).text}”`);
        }
        previewMs.push(run.preview.paintedAt - run.preview.at);
        importMs.push(run.apply.paintedAt - run.apply.at);
        importToData.push(run.reloadAt === null ? NaN : run.reloadAt - run.apply.at);
        log(`${count}: import ${i + 1}/${args.runs} (fresh profile): preview ${fmtMs(previewMs.at(-1)!)}, import ${fmtMs(importMs.at(-1)!)}`);
      } catch (err) {
        await s.close();
        throw err;
      }
      if (i < args.runs - 1) await s.close();
      else seeded = s;
    }
    const s = seeded!;
    // Let the writer and every page that reloaded after the import go quiet.
    await sleep(1_000);

    const samples: Record<string, number[]> = {
      popupFirstView: [], popupSavedList: [], dashboardMatrix: [], popupScriptStart: [], popupStartToReady: [], popupPostingsAt: [],
      savedWaitForPostings: [], savedRender: [], savedListWarm: [], dashboardScriptRan: [], dashboardDataAt: [], dashboardDataToMatrix: [],
    };
    const push = (k: string, v: number) => samples[k]!.push(v);
    let listFromWriter = 0;
    const savedRow = '[data-testid="saved-posting"]';
    const savedTab = '[data-testid="popup-tab-saved"]';
    // One warm-up run of each (not counted), then the measured runs, interleaved.
    for (let i = -1; i < args.runs; i++) {
      const counted = i >= 0;
      // The popup opens on "This page"; the user clicks Saved as soon as it is on screen.
      const cold = await probedLoad(s, extUrl(s, 'popup.html'), POPUP_VIEWPORT, { click: { afterMark: MARKS.popupReady, delayMs: 0, selector: savedTab, until: savedRow, timeoutMs: STEP_TIMEOUT_MS } }, MARKS.popupReady);
      await sleep(SETTLE_MS);
      // The same click once the saved postings have arrived: the list's own render.
      const warm = await probedLoad(s, extUrl(s, 'popup.html'), POPUP_VIEWPORT, { click: { afterMark: MARKS.popupPostings, delayMs: 500, selector: savedTab, until: savedRow, timeoutMs: STEP_TIMEOUT_MS } }, MARKS.popupPostings);
      await sleep(SETTLE_MS);
      const dash = await probedLoad(s, extUrl(s, 'dashboard.html'), PAGE_VIEWPORT, {}, MARKS.matrix);
      await sleep(SETTLE_MS);
      const c = cold.click!;
      const postingsAt = cold.marks[MARKS.popupPostings] ?? NaN;
      const firstView = cold.painted[MARKS.popupReady]!;
      const savedList = c.paintedAt - c.at;
      const matrix = dash.painted[MARKS.matrix]!;
      log(`${count}: ${counted ? `run ${i + 1}/${args.runs}` : 'warm-up'}: popup first view ${fmtMs(firstView)}, Saved after the click ${fmtMs(savedList)} (once loaded ${fmtMs(warm.click!.paintedAt - warm.click!.at)}), dashboard matrix ${fmtMs(matrix)}`);
      if (!counted) continue;
      for (const load of [cold, warm]) if (MARKS.popupListFromWriter in load.marks) listFromWriter++;
      push('popupFirstView', firstView);
      push('popupSavedList', savedList);
      push('dashboardMatrix', matrix);
      push('popupScriptStart', cold.marks[MARKS.popupStart] ?? NaN);
      push('popupStartToReady', (cold.marks[MARKS.popupReady] ?? NaN) - (cold.marks[MARKS.popupStart] ?? NaN));
      push('popupPostingsAt', postingsAt);
      push('savedWaitForPostings', Math.max(0, postingsAt - c.at));
      push('savedRender', c.paintedAt - Math.max(c.at, postingsAt));
      push('savedListWarm', warm.click!.paintedAt - warm.click!.at);
      push('dashboardScriptRan', dash.domContentLoaded ?? NaN);
      push('dashboardDataAt', dash.marks[MARKS.dashboardData] ?? NaN);
      push('dashboardDataToMatrix', matrix - (dash.marks[MARKS.dashboardData] ?? NaN));
    }
    const diagnostics = await backgroundDiagnostics(s);
    log(`${count}: idle: storage.local.get ${fmtMs(diagnostics.storageReadMs)} in the service worker, the index shards read by a page ${fmtMs(diagnostics.indexReadMs)}, getOverview ${fmtMs(diagnostics.getOverviewMs)}, getDashboard ${fmtMs(diagnostics.getDashboardMs)}`);
    if (withSeeded) await withSeeded(s);
    const m = (k: string) => median(samples[k]!);
    return {
      popupFirstView: m('popupFirstView'),
      popupSavedList: m('popupSavedList'),
      dashboardMatrix: m('dashboardMatrix'),
      importMs: median(importMs),
      postingLength: seed.length,
      avgPostingBytes: Math.round(seed.avgPostingBytes),
      storedBytes: seed.storedBytes,
      fileBytes: seed.fileBytes,
      previewMs: median(previewMs),
      popupListFromWriter: listFromWriter,
      breakdown: {
        popupScriptStart: m('popupScriptStart'),
        popupStartToReady: m('popupStartToReady'),
        savedWaitForPostings: m('savedWaitForPostings'),
        savedRender: m('savedRender'),
        savedListWarm: m('savedListWarm'),
        popupPostingsAt: m('popupPostingsAt'),
        dashboardScriptRan: m('dashboardScriptRan'),
        dashboardDataAt: m('dashboardDataAt'),
        dashboardDataToMatrix: m('dashboardDataToMatrix'),
        importToData: median(importToData),
      },
      diagnostics,
      samples: { ...samples, importMs, previewMs, importToData },
    };
  } finally {
    await seeded?.close();
  }
}

/**
 * Where a popup's wait for its data goes, with nothing else running (median of 3 each): one read of everything in
 * storage.local in the service worker, the popup's own read of the index shards, and the round trips of the messages
 * the popup and the dashboard send.
 */
async function backgroundDiagnostics(s: ExtensionSession): Promise<CountResult['diagnostics']> {
  const worker = s.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${s.extensionId}/`));
  const page = await s.context.newPage();
  try {
    await page.addInitScript(probeScript());
    // The roadmap tab: the popup still reads everything once; wait for that, then let it go quiet.
    await page.goto(extUrl(s, 'popup.html#roadmap'), { waitUntil: 'commit' });
    await page.waitForFunction(probeFinished, MARKS.popupPostings, { timeout: STEP_TIMEOUT_MS, polling: 50 });
    await sleep(500);
    const reads: number[] = [];
    const indexReads: number[] = [];
    const times: Record<string, number[]> = { getOverview: [], getDashboard: [], getProgressAndSettings: [], getResume: [] };
    let overviewChars = NaN;
    for (let i = 0; i < 3; i++) {
      if (worker) reads.push((await worker.evaluate(timedStorageRead, null)).ms);
      indexReads.push((await page.evaluate(timedStorageRead, [...INDEX_KEYS])).ms);
      for (const type of Object.keys(times)) {
        const r = await page.evaluate(timedMessage, type);
        if (!r.ok) throw new Error(`${type} failed in the seeded profile`);
        times[type]!.push(r.ms);
        if (type === 'getOverview') overviewChars = r.chars;
      }
    }
    return {
      storageReadMs: median(reads),
      indexReadMs: median(indexReads),
      getOverviewMs: median(times.getOverview!),
      getDashboardMs: median(times.getDashboard!),
      getProgressAndSettingsMs: median(times.getProgressAndSettings!),
      getResumeMs: median(times.getResume!),
      overviewChars,
    };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Content scripts: what the browser injects, and what it costs a page that is no job posting.

/** The extension's scripts the page parsed (Debugger.scriptParsed), with their sizes. */
async function injectedScripts(s: ExtensionSession, url: string): Promise<{ files: string[]; bytes: number; gzipBytes: number }> {
  const page = await s.context.newPage();
  try {
    const cdp = await s.context.newCDPSession(page);
    const prefix = `chrome-extension://${s.extensionId}/`;
    const scripts = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.startsWith(prefix) && !scripts.has(e.url)) scripts.set(e.url, e.scriptId);
    });
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(2_000);
    let bytes = 0;
    let gzipBytes = 0;
    for (const id of scripts.values()) {
      const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: id });
      const source = Buffer.from(scriptSource, 'utf8');
      bytes += source.length;
      gzipBytes += gzipSync(source).length;
    }
    await cdp.detach();
    return { files: [...scripts.keys()].map((u) => u.slice(prefix.length)), bytes, gzipBytes };
  } finally {
    await page.close();
  }
}

interface PageMetrics {
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
}

/** One load of `url` in a new tab: Chromium's script and task time for it, and the JS heap after a garbage collection. */
async function pageMetrics(context: BrowserContext, url: string): Promise<PageMetrics> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle, after load: give them time to run and settle.
    await page.waitForTimeout(1_500);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    await cdp.detach();
    return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, heapBytes: get('JSHeapUsedSize') };
  } finally {
    await page.close();
  }
}

async function measureContentScripts(s: ExtensionSession, loads: number, result: BenchResult): Promise<void> {
  const feed = await injectedScripts(s, LINKEDIN_FEED_URL);
  const job = await injectedScripts(s, LINKEDIN_JOB_URL);
  result.contentScript = {
    nonJobPageGzipBytes: feed.gzipBytes,
    jobPageGzipBytes: job.gzipBytes,
    nonJobPageBytes: feed.bytes,
    jobPageBytes: job.bytes,
    nonJobPageScripts: feed.files,
    jobPageScripts: job.files,
  };
  log(`content scripts: feed ${fmtBytes(feed.gzipBytes)} gzip (${feed.files.join(', ') || 'none'}), job page ${fmtBytes(job.gzipBytes)} gzip`);

  // The same pages from the same fixture server in a browser without the extension.
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pathway-lens-bench-plain-'));
  scratch.add(profile);
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs('-', s.server.port).filter((a) => !a.startsWith('--load-extension=') && !a.startsWith('--disable-extensions-except=')),
    viewport: PAGE_VIEWPORT,
  });
  try {
    const withExt: PageMetrics[] = [];
    const without: PageMetrics[] = [];
    // One warm-up load each (compiling and caching the content script), then alternating loads.
    for (let i = -1; i < loads; i++) {
      const a = await pageMetrics(s.context, LINKEDIN_FEED_URL);
      const b = await pageMetrics(plain, LINKEDIN_FEED_URL);
      if (i < 0) continue;
      withExt.push(a);
      without.push(b);
    }
    const med = (xs: PageMetrics[]): PageMetrics => ({ scriptMs: median(xs.map((x) => x.scriptMs)), taskMs: median(xs.map((x) => x.taskMs)), heapBytes: median(xs.map((x) => x.heapBytes)) });
    const w = med(withExt);
    const o = med(without);
    result.nonJobPageCost = { scriptMs: w.scriptMs - o.scriptMs, taskMs: w.taskMs - o.taskMs, heapBytes: w.heapBytes - o.heapBytes, with: w, without: o, loads };
    log(`feed page with − without the extension: script ${fmtMs(w.scriptMs - o.scriptMs)}, tasks ${fmtMs(w.taskMs - o.taskMs)}, heap ${fmtBytes(w.heapBytes - o.heapBytes)}`);
  } finally {
    await plain.close();
    await rm(profile, { recursive: true, force: true });
    scratch.delete(profile);
  }
}

// ---------------------------------------------------------------------------------------------------------------

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(/\s+built\b/)[0] ?? 'Chromium';
  } catch {
    return 'Chromium';
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const args = parseArgs(argv);
  assertChromium();
  const work = await mkdtemp(path.join(os.tmpdir(), 'pathway-lens-bench-'));
  scratch.add(work);
  try {
    const built = args.extensionDir ? { dir: path.resolve(args.extensionDir), seconds: null } : await buildExtension(work);
    assertBuilt(built.dir);
    const result: BenchResult = {
      postings: {},
      contentScript: null,
      nonJobPageCost: null,
      runs: args.runs,
      notes: [],
      environment: { chromium: chromiumVersion(), cpus: os.cpus().length, loadAverage: os.loadavg()[0] ?? 0, headless: true, buildSeconds: built.seconds, totalSeconds: 0 },
    };
    for (const [i, count] of args.counts.entries()) {
      result.postings[String(count)] = await measureCount(count, args, built.dir, work, result.notes, i === 0 ? (s) => measureContentScripts(s, args.pageLoads, result) : undefined);
    }
    const load = os.loadavg()[0] ?? 0;
    result.environment.loadAverage = Math.max(result.environment.loadAverage, load);
    if (result.environment.loadAverage > result.environment.cpus) {
      result.notes.push(`The load average (${result.environment.loadAverage.toFixed(1)}) was above the core count: other work competed for the CPU, and the times are inflated.`);
    }
    result.environment.totalSeconds = (performance.now() - started) / 1000;
    process.stdout.write(`${args.json ? toJson(result) : formatTable(result)}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
    scratch.delete(work);
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench:browser failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
