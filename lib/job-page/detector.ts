/**
 * The job-page detector: what `content-scripts/job.js` does on every page of a supported board (LinkedIn's feed and
 * messaging included). It decides from the URL alone whether the page shows a posting (lib/capture/job-key.ts
 * `isJobPageUrl`) and, once it does, asks the background to inject the sidebar (`job-ui.js`: React, capture, the
 * sidebar). Until then the page pays for this file only (issue 14: ≤ 10 KiB gzip, ≤ 5 ms of script per load,
 * held by tests/e2e/bundle-budget.e2e.ts and measured by `npm run bench:browser`).
 *
 * In-page navigation (the feed → a job, a search page → a job) is followed with the Navigation API where the
 * browser has it (Chromium: at once), else with WXT's `wxt:locationchange` poll (once a second; Firefox 140). The UI
 * is asked for once per page: once it runs, it follows later navigations itself (hiding on non-job URLs).
 *
 * Search/result lists (LinkedIn `/jobs/search`, Indeed `/jobs`: lib/capture/job-key.ts `listBoardOf`) get the list
 * badges the same way: `injectListUi` injects `list-ui.js` (entrypoints/list-ui.ts), once per page, which then follows
 * navigations itself. A list with a job open beside it gets both. The detector stops listening once every UI it can
 * ask for runs (on the feed it keeps listening, at the cost of one URL test per navigation).
 *
 * Imports: nothing but types and the guard's name (kept here, tiny, for lib/job-page/job-page.ts to share). The
 * entrypoint wires the URL test and the message (lib/messaging/client.ts → the table's `injectJobUi`).
 */

/** Where the running sidebar (lib/job-page/job-page.ts) leaves its handle, on `window` of the extension's isolated world. */
export const JOB_PAGE_GUARD = '__pathwayLensJobPage';

/** Where the running list badges (lib/list-badges/list-badges.ts) leave their handle, as the sidebar does. */
export const LIST_PAGE_GUARD = '__pathwayLensListPage';

/** What the running sidebar (or list badges) leaves on `window` for a later injection (and this detector) to find. */
export interface RunningJobPage {
  /** Removes this instance's sidebar and stops it listening, without a "reload this tab" state. */
  retire(): void;
  /** False once retired, or once its extension context is gone (extension reloaded or updated). */
  live(): boolean;
}

/** The running sidebar in this frame's isolated world, if any (content scripts of one extension share `window`). */
export function runningJobPage(win: Window, guard: string = JOB_PAGE_GUARD): RunningJobPage | undefined {
  const found = (win as unknown as Record<string, RunningJobPage | undefined>)[guard];
  return found && typeof found.retire === 'function' ? found : undefined;
}

/** Whether to ask for the sidebar now. Pure: the whole decision, tested in tests/job-page/detector.test.ts. */
export function shouldRequestUi(state: {
  readonly url: URL;
  readonly isJobPage: (url: URL) => boolean;
  /** A live sidebar already runs in this frame (injected earlier, or by a previous detector). */
  readonly uiLive: boolean;
  /** A request is in flight or already answered yes. */
  readonly requested: boolean;
  /** The detector's extension context is still valid (false after the extension was reloaded or updated). */
  readonly contextValid: boolean;
}): boolean {
  return state.contextValid && !state.requested && !state.uiLive && state.isJobPage(state.url);
}

/** Adds a listener that is removed when the detector stops (WXT's `ctx.addEventListener`). */
export type DetectorListen = (target: EventTarget, type: 'currententrychange' | 'wxt:locationchange', listener: () => void) => void;

export interface DetectorOptions {
  readonly win: Window;
  readonly isJobPage: (url: URL) => boolean;
  readonly listen: DetectorListen;
  readonly contextValid: () => boolean;
  /** Asks the background to inject the sidebar into this frame; true once it runs (or already ran) here. */
  readonly requestUi: () => Promise<boolean>;
  /** Ends the detector's listeners (WXT: aborts its context, which also stops the location poll). */
  readonly stop: () => void;
  /** Search/result list pages (lib/capture/job-key.ts `isListPageUrl`); without it, no list badges are asked for. */
  readonly isListPage?: (url: URL) => boolean;
  /** Asks the background to inject the list badges into this frame; true once they run (or already ran) here. */
  readonly requestListUi?: () => Promise<boolean>;
}

/** One UI the detector may ask for: the sidebar on postings, the list badges on lists. */
interface Wanted {
  readonly wants: (url: URL) => boolean;
  readonly guard: string;
  readonly request: () => Promise<boolean>;
  requested: boolean;
  done: boolean;
}

/** Checks the page now and on every in-page navigation until every UI it can ask for runs. */
export function startDetector(o: DetectorOptions): void {
  const uis: Wanted[] = [{ wants: o.isJobPage, guard: JOB_PAGE_GUARD, request: o.requestUi, requested: false, done: false }];
  if (o.isListPage && o.requestListUi) uis.push({ wants: o.isListPage, guard: LIST_PAGE_GUARD, request: o.requestListUi, requested: false, done: false });
  let stopped = false;
  const finish = () => {
    if (stopped || !uis.every((ui) => ui.done)) return;
    stopped = true;
    o.stop();
  };
  const check = () => {
    if (stopped) return;
    let url: URL;
    try {
      url = new URL(o.win.location.href);
    } catch {
      return;
    }
    for (const ui of uis) {
      if (ui.done) continue;
      const uiLive = runningJobPage(o.win, ui.guard)?.live() === true;
      if (uiLive) {
        // It already runs here (this script was injected again): it follows navigations itself.
        ui.done = true;
        continue;
      }
      if (!shouldRequestUi({ url, isJobPage: ui.wants, uiLive, requested: ui.requested, contextValid: o.contextValid() })) continue;
      ui.requested = true;
      ui.request().then(
        (ran) => {
          ui.requested = false;
          if (!ran) return; // Refused or failed: the next navigation to such a page asks again.
          ui.done = true;
          finish();
        },
        () => {
          ui.requested = false;
        },
      );
    }
    finish();
  };
  check();
  if (stopped) return;
  // One source of navigations: the Navigation API reports each same-document URL change at once; without it
  // (Firefox 140), WXT's poll compares the URL once a second.
  const navigation = (o.win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) o.listen(navigation, 'currententrychange', check);
  else o.listen(o.win, 'wxt:locationchange', check);
}
