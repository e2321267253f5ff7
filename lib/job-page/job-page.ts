import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { captureDetailed, pageCaptureOf } from '../capture/capture-posting';
import type { CapturedPosting } from '../capture/capture-result';
import { isJobPageUrl, jobKeyFromUrl } from '../capture/job-key';
import { waitForJob } from '../capture/wait-for-job';
import { client, tabMessenger } from '../messaging/client';
import { pageReportAnswer } from '../messaging/page-report';
import { postingKey, PROGRESS_PREFIX, RESUME_KEY, SETTINGS_KEY } from '../storage/keys';
import { JOB_PAGE_GUARD, runningJobPage, type RunningJobPage } from './detector';
import { JobPageSession } from './job-page-session';
import { watchInPageNavigation } from './watch-navigation';

/**
 * Everything the sidebar does in a job page besides drawing: the re-injection guard, the session with its page
 * services (capture, wait for in-page navigation), the tab messages it answers, the storage changes it follows.
 * It runs in `job-ui.js` (entrypoints/job-ui.tsx), which the background injects once the job-page detector
 * (./detector.ts, the manifest's content script) saw a posting URL; the entrypoint creates the UI and hands it
 * here (`attach`). From then on this follows every in-page navigation itself, hiding on URLs that are no posting.
 */

/** The sidebar's host, as WXT's shadow-root UI exposes it. */
export interface SidebarHost {
  /** Truthy while mounted (WXT: the mounted root). */
  readonly mounted: unknown;
  mount(): void;
  remove(): void;
}

export interface JobPage {
  readonly session: JobPageSession;
  /** False when a newer injection took over while the UI was being created. */
  readonly live: () => boolean;
  /** Shows the host on job pages only (in-page navigation can make a page become one, or stop being one). */
  attach(host: SidebarHost): void;
}

// A second injection (the detector asked twice, or a test injected job-ui.js again) must not mount a second
// sidebar: the running instance leaves a handle on `window` (the extension's isolated world), ./detector.ts's guard.

/**
 * A 40 ms coalescing window (default 150 ms) keeps "description appears → sidebar painted" within the 150 ms
 * budget (tests/e2e/sidebar-ui.e2e.ts) while still folding a render burst into one attempt.
 */
const DEBOUNCE_MS = 40;

export function startJobPage(ctx: ContentScriptContext, win: Window = window): JobPage {
  const doc = win.document;
  // WXT announces every new instance with a window message, and the running one invalidates itself when it hears
  // it. So an earlier instance — working, or showing "reload this tab" after an extension reload — steps aside
  // quietly, and this one takes over with one sidebar.
  const flags = win as unknown as Record<string, RunningJobPage | undefined>;
  runningJobPage(win)?.retire();
  doc.querySelectorAll('pathway-lens[data-wxt-shadow-root]').forEach((el) => el.remove());

  const here = () => new URL(win.location.href);
  const session = new JobPageSession({
    isJobPage: isJobPageUrl,
    jobKeyOf: jobKeyFromUrl,
    currentUrl: here,
    store: client,
    locateDescription: (url) => captureDetailed(doc, url).descriptionElement,
    capture: async (url, previous, signal, paneBefore) => {
      const key = jobKeyFromUrl(url);
      if (!key) return null;
      const result = await waitForJob({ doc, url, expectedJobKey: key, signal, previous, paneBefore, debounceMs: DEBOUNCE_MS });
      if (result.ok) return result;
      // waitForJob reports every time-out as 'loading'; capture itself tells a page still rendering its job
      // from one that has no job markup at all ("no posting found here").
      const again = pageCaptureOf(captureDetailed(doc, url, { genericInPane: true }));
      return again.ok ? result : again;
    },
  });

  let retired = false;
  let host: SidebarHost | null = null;
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    // Only progress, settings, the kept résumé and this tab's own posting concern an open job tab: saving other
    // postings (from any tab) must not make every open job tab re-read storage.
    const keys = Object.keys(changes);
    if (keys.some((key) => key.startsWith(PROGRESS_PREFIX))) void session.refreshProgress();
    if (keys.includes(SETTINGS_KEY)) void session.refreshSettings();
    if (keys.includes(RESUME_KEY)) void session.refreshResume();
    const shown = session.getView().posting;
    if (shown && keys.includes(postingKey(shown.jobKey))) void session.refreshSavedStatus();
  };
  const fromUs = (sender: { id?: string }) => sender.id === browser.runtime.id;
  const stopListening = [
    tabMessenger.onMessage('toggleSidebar', ({ sender }) => {
      if (fromUs(sender)) session.toggleCollapsed();
      return null;
    }),
    // The popup's "This page" (top frame only: the UI renders there).
    tabMessenger.onMessage('getPageReport', ({ sender }) => (fromUs(sender) && win === win.top ? pageReportAnswer(session.getView()) : { kind: 'none' as const })),
  ];
  browser.storage.onChanged.addListener(onStorageChange);

  flags[JOB_PAGE_GUARD] = {
    live: () => !retired && ctx.isValid,
    retire() {
      retired = true;
      // The old instance's extension context may already be gone (extension reloaded): never let that throw here.
      try {
        browser.storage.onChanged.removeListener(onStorageChange);
        stopListening.forEach((stop) => stop());
      } catch {
        // Nothing left to remove from.
      }
      session.dispose();
      host?.remove();
    },
  };
  return {
    session,
    live: () => !retired,
    attach(ui) {
      if (retired) return;
      host = ui;
      session.subscribe(() => {
        const { active } = session.getView();
        if (active && !ui.mounted) ui.mount();
        if (!active && ui.mounted) ui.remove();
      });
      // Extension reloaded or updated: this tab can no longer reach the background. Say so once. Registered after
      // the UI, whose own invalidation handler removes it first: the state change then mounts it again, with the
      // "reload this tab" message.
      ctx.onInvalidated(() => {
        if (!retired) session.invalidate();
      });
      const navigate = (paneBefore: CapturedPosting | null = null) => void session.navigate(here(), paneBefore);
      watchInPageNavigation(
        win,
        (target, type, listener) => ctx.addEventListener(target as Window, type as 'wxt:locationchange', listener),
        () => {
          const shown = captureDetailed(doc, here()).result;
          return shown.ok ? shown.posting : null;
        },
        navigate,
      );
      navigate();
    },
  };
}
