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

/** The app's User Timing marks the bench reads (entrypoints/popup/main.tsx, components/popup, components/compare). */
export const MARKS = {
  popupStart: 'pathway-lens:popup-start',
  popupReady: 'pathway-lens:popup-ready',
  popupPostings: 'pathway-lens:popup-postings',
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

/** In the service worker: one read of everything in storage.local, timed. */
export const timedStorageRead = async (): Promise<{ ms: number; keys: number }> => {
  const local = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local;
  const t0 = performance.now();
  const all = await local.get(null);
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
