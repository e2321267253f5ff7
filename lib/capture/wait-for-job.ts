import { captureDetailed, pageCaptureOf } from './capture-posting';
import { captureFailure, type CapturedPosting, type PageCapture } from './capture-result';

/**
 * After in-page navigation (LinkedIn, Indeed, Workday, Ashby, Glassdoor swap the detail pane without a page
 * load), wait until the pane shows the job the URL names, then capture it.
 *
 * - Bounded: at most `timeoutMs` (≤ 8 s), then 'loading' ("posting still loading"). 'no-description' (the job
 *   without its description) ends the wait at once only when the URL is the job's application step; otherwise
 *   on the last attempt, since the pane may still be another job's.
 * - Watches the narrowest container the board adapter names (its detail pane), with childList, subtree,
 *   characterData and a few attributes. Without a pane it watches the body for childList only — never the
 *   whole body with characterData (every text tick on LinkedIn would wake us).
 * - Mutations are coalesced: one capture attempt per `debounceMs` burst, plus a slow poll in case the pane
 *   node itself is replaced (observers on a detached node hear nothing).
 * - Ready when the capture succeeds for `expectedJobKey`, the pane does not name another job, and its text
 *   is no longer `previous`'s (the job shown before the navigation).
 * - Abort (`signal`) disconnects everything and rejects with the signal's reason.
 */

export const MAX_WAIT_MS = 8_000;

export interface WaitForJobOptions {
  doc: Document;
  url: URL;
  expectedJobKey: string;
  signal?: AbortSignal;
  /** Default and maximum 8000 ms. */
  timeoutMs?: number;
  /** Coalescing window for mutation bursts. Default 150 ms. */
  debounceMs?: number;
  /** Poll interval while waiting (replaced panes). Default 1000 ms. */
  pollMs?: number;
  /** The posting shown before the navigation, to recognise a pane that has not swapped yet. */
  previous?: Pick<CapturedPosting, 'jobKey' | 'title' | 'location' | 'descriptionText'> | null;
  /**
   * What the pane showed at the moment the URL changed (whatever job that was: possibly one the user clicked
   * past before it was shown). Its text is not accepted while waiting — a pane that swaps its header before its
   * description would otherwise pair the new title with the old text — but is on the last attempt, in case
   * the page swapped the pane before changing the URL.
   */
  paneBefore?: Pick<CapturedPosting, 'descriptionText'> | null;
  now?: () => Date;
}

/** The URL itself is a job's application step (`…/<job>/application`), as on Ashby. */
function isApplicationStep(url: URL): boolean {
  return url.pathname.split('/').filter(Boolean).pop()?.toLowerCase() === 'application';
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The wait was aborted', 'AbortError');
}

interface Attempt {
  result: PageCapture | null;
  pane: Element | null;
}

/**
 * One capture attempt. While waiting (`final` false), a pane whose text is still the previous job's is not
 * ready: some panes swap the title before the description. On the last attempt, a pane that names the
 * expected job id is believed even if its text equals the previous job's (same posting in two locations).
 */
function attempt(options: WaitForJobOptions, final: boolean): Attempt {
  const { doc, url, expectedJobKey, previous } = options;
  const details = captureDetailed(doc, url, { now: options.now?.() ?? new Date(), genericInPane: final });
  const { result } = details;
  // The job is shown without its description (Ashby's Application tab): no amount of waiting brings it — but
  // only the URL proves the page is that job's application step. Otherwise the pane may still be the previous
  // job's Application tab (Ashby's fallback names no job id), so it counts only on the last attempt.
  if (!result.ok && result.reason === 'no-description') {
    return { result: final || isApplicationStep(url) ? result : null, pane: details.pane };
  }
  if (!result.ok || result.posting.jobKey !== expectedJobKey) return { result: null, pane: details.pane };
  const posting = result.posting;
  const changed =
    previous == null ||
    previous.jobKey === expectedJobKey ||
    previous.descriptionText !== posting.descriptionText ||
    (details.shownJobId === null && (previous.title !== posting.title || previous.location !== posting.location));
  const paneNamesJob = details.shownJobId !== null && details.shownJobId === details.jobRef?.id;
  const before = options.paneBefore;
  if (!final && before && before.descriptionText === posting.descriptionText) return { result: null, pane: details.pane };
  return { result: changed || (final && paneNamesJob) ? pageCaptureOf(details) : null, pane: details.pane };
}

export function waitForJob(options: WaitForJobOptions): Promise<PageCapture> {
  const { doc, signal } = options;
  const timeoutMs = Math.min(Math.max(options.timeoutMs ?? MAX_WAIT_MS, 0), MAX_WAIT_MS);
  const debounceMs = Math.min(Math.max(options.debounceMs ?? 150, 0), 2_000);
  const pollMs = Math.min(Math.max(options.pollMs ?? 1_000, 50), 5_000);

  return new Promise<PageCapture>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    let settled = false;
    let observer: MutationObserver | null = null;
    let observed: Node | null = null;
    let pending: ReturnType<typeof setTimeout> | null = null;
    const timers: Array<ReturnType<typeof setTimeout> | ReturnType<typeof setInterval>> = [];

    const cleanup = (): void => {
      settled = true;
      observer?.disconnect();
      observer = null;
      if (pending !== null) clearTimeout(pending);
      for (const t of timers) {
        clearTimeout(t as ReturnType<typeof setTimeout>);
        clearInterval(t as ReturnType<typeof setInterval>);
      }
      signal?.removeEventListener('abort', onAbort);
    };
    const finish = (result: PageCapture): void => {
      if (settled) return;
      cleanup();
      resolve(result);
    };
    function onAbort(): void {
      if (settled) return;
      cleanup();
      reject(signal ? abortReason(signal) : new DOMException('Aborted', 'AbortError'));
    }

    const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    const watch = (pane: Element | null): void => {
      const target: Node | null = pane ?? doc.body ?? doc.documentElement;
      if (!Observer || !target || target === observed) return;
      observer?.disconnect();
      observer = new Observer(schedule);
      observed = target;
      if (pane) {
        observer.observe(pane, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['href', 'data-job-id', 'aria-current', 'class'],
        });
      } else {
        observer.observe(target, { childList: true, subtree: true });
      }
    };

    const check = (): void => {
      pending = null;
      if (settled) return;
      let outcome: Attempt;
      try {
        outcome = attempt(options, false);
      } catch {
        outcome = { result: null, pane: null };
      }
      if (outcome.result) {
        finish(outcome.result);
        return;
      }
      // The pane may have appeared or been replaced: move the observer to it.
      if (observed === null || !observed.isConnected || (outcome.pane !== null && outcome.pane !== observed)) watch(outcome.pane);
    };
    function schedule(): void {
      if (settled || pending !== null) return;
      pending = setTimeout(check, debounceMs);
    }

    signal?.addEventListener('abort', onAbort, { once: true });
    check();
    if (settled) return;
    if (observed === null) watch(null);
    timers.push(setInterval(check, pollMs));
    timers.push(
      setTimeout(() => {
        if (settled) return;
        // Last attempt: if the pane rendered but our description selectors no longer match, read it generically.
        let last: Attempt = { result: null, pane: null };
        try {
          last = attempt(options, true);
        } catch {
          // fall through to 'loading'
        }
        finish(last.result ?? captureFailure('loading'));
      }, timeoutMs),
    );
  });
}
