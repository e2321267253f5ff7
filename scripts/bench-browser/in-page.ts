/**
 * What `npm run bench:browser` runs inside the extension's pages. Every time is the page's own `performance.now()`
 * (0 = the page's navigation start), so nothing here is inflated by the DevTools round trips.
 *
 * "Painted" is the first moment after the frame that shows a change: a `requestAnimationFrame` callback, then a task
 * (`setTimeout 0`) — by then the frame's style, layout and paint have run.
 *
 * These functions travel to the page as source text. tsx compiles named inner functions to `__name(fn, "name")`
 * calls; `probeScript` defines a `__name` that returns its function, so functions evaluated in a probed page may use
 * them.
 */

import { gzipSync } from 'node:zlib';

/** The app's User Timing marks the bench reads (entrypoints/popup/main.tsx, components/popup, components/compare). */
export const MARKS = {
  popupStart: 'pathway-lens:popup-start',
  popupReady: 'pathway-lens:popup-ready',
  popupPostings: 'pathway-lens:popup-postings',
  /** The popup's list came from the writer's list message (its fallback; entrypoints/popup/popup-source.ts). */
  popupListFromWriter: 'pathway-lens:popup-list-from-writer',
  dashboardData: 'pathway-lens:dashboard-data',
  matrix: 'pathway-lens:matrix',
} as const;

export interface ProbePlan {
  /**
   * Once mark `afterMark` is painted and `delayMs` more have passed, click `selector` and time until `until` is in the
   * document and painted.
   */
  click?: { afterMark: string; delayMs: number; selector: string; until: string; timeoutMs: number };
}

export interface ProbeResult {
  /** Each `pathway-lens:` mark's time (its first occurrence). */
  marks: Record<string, number>;
  /** When the frame after each mark was painted. */
  painted: Record<string, number>;
  /** Every `pathway-lens:` mark in order (a mark repeats when the page reloads its data), at most 200. */
  log: [string, number][];
  /** The navigation's DOMContentLoaded: the page's module scripts have run by then (read with `readProbe`). */
  domContentLoaded: number | null;
  click: { at: number; domAt: number; paintedAt: number } | null;
  error: string | null;
  done: boolean;
}

type BenchWindow = Window & { __bench?: ProbeResult };

/**
 * Installed before the page's own scripts (an init script): wraps `performance.mark` to note when the frame after each
 * of the app's marks is painted, and runs the plan's click.
 */
export function installProbe(plan: ProbePlan): void {
  const result: ProbeResult = { marks: {}, painted: {}, log: [], domContentLoaded: null, click: null, error: null, done: !plan.click };
  (window as BenchWindow).__bench = result;
  const waiting: Record<string, Array<() => void>> = {};
  const original = performance.mark.bind(performance);
  performance.mark = function (name: string, options?: PerformanceMarkOptions): PerformanceMark {
    const entry = original(name, options);
    if (name.startsWith('pathway-lens:') && result.log.length < 200) result.log.push([name, entry.startTime]);
    if (name.startsWith('pathway-lens:') && !(name in result.marks)) {
      result.marks[name] = entry.startTime;
      requestAnimationFrame(() =>
        setTimeout(() => {
          result.painted[name] = performance.now();
          for (const run of waiting[name] ?? []) run();
          delete waiting[name];
        }, 0),
      );
    }
    return entry;
  } as typeof performance.mark;

  const c = plan.click;
  if (!c) return;
  (waiting[c.afterMark] ??= []).push(() =>
    setTimeout(() => {
      const target = document.querySelector<HTMLElement>(c.selector);
      if (!target) {
        result.error = `nothing matches ${c.selector}`;
        result.done = true;
        return;
      }
      let seen = false;
      let at = 0;
      const observer = new MutationObserver(() => {
        if (seen || !document.querySelector(c.until)) return;
        seen = true;
        observer.disconnect();
        const domAt = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => {
            result.click = { at, domAt, paintedAt: performance.now() };
            result.done = true;
          }, 0),
        );
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      at = performance.now();
      target.click();
      setTimeout(() => {
        if (result.done) return;
        observer.disconnect();
        result.error = `${c.until} did not appear within ${c.timeoutMs} ms of the click`;
        result.done = true;
      }, c.timeoutMs);
    }, c.delayMs),
  );
}

/** The init script: a `__name` for tsx-compiled functions, then the probe. */
export function probeScript(plan: ProbePlan = {}): string {
  return `var __name = function (fn) { return fn; };\n(${installProbe.toString()})(${JSON.stringify(plan)});`;
}

/** Reads the probe's result (null before the init script ran). */
export const readProbe = (): ProbeResult | null => {
  const r = (window as BenchWindow).__bench;
  if (!r) return null;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return { ...r, domContentLoaded: nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null };
};

/** The extension's message envelope (@webext-core/messaging), sent from an extension page and timed there. */
export const timedMessage = async (type: string): Promise<{ ms: number; chars: number; ok: boolean }> => {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
  const t0 = performance.now();
  const answer = (await runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, timestamp: Date.now() })) as { res?: { ok?: boolean } } | undefined;
  const ms = performance.now() - t0;
  return { ms, chars: JSON.stringify(answer ?? null).length, ok: answer?.res?.ok === true };
};

/** One read of `keys` in storage.local (everything for null), timed where it runs: the service worker, or a page. */
export const timedStorageRead = async (keys: string[] | null): Promise<{ ms: number; keys: number }> => {
  const local = (globalThis as unknown as { chrome: { storage: { local: { get(keys: string[] | null): Promise<Record<string, unknown>> } } } }).chrome.storage.local;
  const t0 = performance.now();
  const all = await local.get(keys);
  return { ms: performance.now() - t0, keys: Object.keys(all).length };
};

/** Whether the probe has painted `mark` and finished its click, if any. */
export const probeFinished = (mark: string): boolean => {
  const r = (window as BenchWindow).__bench;
  return !!r && (r.error !== null || (r.done && mark in r.painted));
};

// ---------------------------------------------------------------------------------------------------------------
// The dashboard's Data section (components/saved/data-panel.tsx): choose a file → preview → Import → the message.

export interface StepTime {
  /** When the step began: the file input's change event, or the click on Import. */
  at: number;
  /** When its result (the preview, or the message) was in the document, and when that frame was painted. */
  domAt: number;
  paintedAt: number;
  /** The message shown ("Imported: 1000 added, 0 updated.", or the error). */
  text: string;
  error: boolean;
}

type StepWindow = Window & { __benchStep?: StepTime | null };

/** The preview, or a message, in the Data section. */
export const DATA_PANEL_RESULT = '[data-testid="import-preview"], [data-testid="data-panel"] > p.notice--info, [data-testid="data-panel"] > p.notice--error';
/** The message after Import: done (info) or refused (error). */
export const DATA_PANEL_MESSAGE = '[data-testid="data-panel"] > p.notice--info, [data-testid="data-panel"] > p.notice--error';

/**
 * Arms a timer for one step of the import: from the change event of the file input (`trigger: 'change'`) or a click on
 * the preview's Import button (`trigger: 'click'`, clicked here) until `until` is in the document and painted.
 */
export function armStep(args: { trigger: 'change' | 'click'; until: string }): void {
  const w = window as StepWindow;
  w.__benchStep = null;
  let at = -1;
  let seen = false;
  const observer = new MutationObserver(() => {
    if (seen || at < 0) return;
    const el = document.querySelector(args.until);
    if (!el) return;
    seen = true;
    observer.disconnect();
    const domAt = performance.now();
    const text = (el.textContent ?? '').trim().slice(0, 300);
    const error = el.classList.contains('notice--error');
    requestAnimationFrame(() => setTimeout(() => (w.__benchStep = { at, domAt, paintedAt: performance.now(), text, error }), 0));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  if (args.trigger === 'change') {
    document.querySelector('#import-file')?.addEventListener('change', () => (at = performance.now()), { capture: true, once: true });
  } else {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="import-preview"] .button--primary');
    if (!button) throw new Error('no Import button in the preview');
    at = performance.now();
    button.click();
  }
}

export const readStep = (): StepTime | null => (window as StepWindow).__benchStep ?? null;

// ---------------------------------------------------------------------------------------------------------------
// Content scripts (issue 14, "pay only on job pages"): which of the extension's scripts a board page actually ran, their
// gzip bytes, and the script time they add. Node-side helpers over the DevTools Protocol, for scripts/bench-browser.ts:
//
//   const cost = await contentScriptCost(s.context, plain, s.extensionId, [
//     { name: 'feed', url: LINKEDIN_FEED_URL },   // a board page that is no posting: the detector alone
//     { name: 'job', url: LINKEDIN_JOB_URL },     // a job page: the detector + the sidebar the background injects
//   ], args.pageLoads);
//   // cost.feed.gzipBytes, cost.feed.files, cost.feed.scriptMs (with − without), cost.job.…

/** One extension script a page ran (`Debugger.scriptParsed`), by path in the build (`content-scripts/job.js`, `job-ui.js`). */
export interface RanScript {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What the extension's content scripts cost one page: the JS that ran, and Chromium's script/task time, with − without. */
export interface PageScriptCost {
  url: string;
  /** The extension's scripts the page parsed, in order (injected ones included), and their totals. */
  scripts: RanScript[];
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Medians over the loads: ScriptDuration and TaskDuration of `Performance.getMetrics`, with the extension − without. */
  scriptMs: number;
  taskMs: number;
  /** JSHeapUsedSize after a garbage collection, with − without. */
  heapBytes: number;
  loads: number;
  with: PageMetricsSample;
  without: PageMetricsSample;
}

export interface PageMetricsSample {
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
}

/** The slice of Playwright's API these helpers use (playwright-core's BrowserContext fits). */
interface CdpSessionLike {
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, listener: (event: never) => void): unknown;
  detach(): Promise<void>;
}
interface PageLike {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  close(): Promise<void>;
}
export interface BrowserContextLike {
  newPage(): Promise<PageLike>;
  newCDPSession(page: never): Promise<CdpSessionLike>;
}

const gzipLength = (text: string): number => gzipSync(Buffer.from(text, 'utf8')).length;

/**
 * Loads `url` in a new tab of `context` (the extension's) and returns the extension scripts the page ran, with their
 * sizes: on a board page that is no posting, `content-scripts/job.js` alone; on a job page, it and `job-ui.js`.
 * `settleMs` after `load` leaves time for document_idle and for the background's injection.
 */
export async function scriptsRanBy(context: BrowserContextLike, extensionId: string, url: string, settleMs = 2_000): Promise<RanScript[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page as never);
    const prefix = `chrome-extension://${extensionId}/`;
    const parsed = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', ((e: { url: string; scriptId: string }) => {
      if (e.url.startsWith(prefix) && !parsed.has(e.url)) parsed.set(e.url, e.scriptId);
    }) as (event: never) => void);
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const out: RanScript[] = [];
    for (const [scriptUrl, scriptId] of parsed) {
      const { scriptSource } = (await cdp.send('Debugger.getScriptSource', { scriptId })) as { scriptSource: string };
      out.push({ file: scriptUrl.slice(prefix.length), bytes: Buffer.byteLength(scriptSource, 'utf8'), gzipBytes: gzipLength(scriptSource) });
    }
    await cdp.detach();
    return out;
  } finally {
    await page.close();
  }
}

/** One load of `url` in a new tab: Chromium's script and task time for it, and the JS heap after a garbage collection. */
export async function pageMetricsOf(context: BrowserContextLike, url: string, settleMs = 1_500): Promise<PageMetricsSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page as never);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle, after load; the sidebar is injected after that: let them run and settle.
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    await cdp.detach();
    return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, heapBytes: get('JSHeapUsedSize') };
  } finally {
    await page.close();
  }
}

const medianOf = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * For each page: the extension's JS that ran there (gzip bytes, files) and what it costs the page — script and task
 * time and heap, medians of `loads` alternating loads with the extension (`withExtension`) and without it (`plain`, a
 * browser on the same fixture server without the extension), after one warm-up load of each.
 */
export async function contentScriptCost<K extends string>(
  withExtension: BrowserContextLike,
  plain: BrowserContextLike,
  extensionId: string,
  pages: ReadonlyArray<{ name: K; url: string }>,
  loads: number,
): Promise<Record<K, PageScriptCost>> {
  const out = {} as Record<K, PageScriptCost>;
  for (const { name, url } of pages) {
    const scripts = await scriptsRanBy(withExtension, extensionId, url);
    const a: PageMetricsSample[] = [];
    const b: PageMetricsSample[] = [];
    for (let i = -1; i < loads; i++) {
      const w = await pageMetricsOf(withExtension, url);
      const o = await pageMetricsOf(plain, url);
      if (i < 0) continue;
      a.push(w);
      b.push(o);
    }
    const med = (xs: PageMetricsSample[]): PageMetricsSample => ({
      scriptMs: medianOf(xs.map((x) => x.scriptMs)),
      taskMs: medianOf(xs.map((x) => x.taskMs)),
      heapBytes: medianOf(xs.map((x) => x.heapBytes)),
    });
    const w = med(a);
    const o = med(b);
    out[name] = {
      url,
      scripts,
      files: scripts.map((s) => s.file),
      bytes: scripts.reduce((n, s) => n + s.bytes, 0),
      gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
      scriptMs: w.scriptMs - o.scriptMs,
      taskMs: w.taskMs - o.taskMs,
      heapBytes: w.heapBytes - o.heapBytes,
      loads,
      with: w,
      without: o,
    };
  }
  return out;
}
