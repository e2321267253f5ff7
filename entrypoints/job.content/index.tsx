import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';
import { captureDetailed } from '../../lib/capture/capture-posting';
import { waitForJob } from '../../lib/capture/wait-for-job';
import type { CapturedPosting } from '../../lib/capture/capture-result';
import { isJobPageUrl, jobKeyFromUrl } from '../../lib/capture/job-key';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import { scoreReport } from '../../lib/scoring/score-report';
import { toProgressSnapshot } from '../../lib/storage/progress';
import { PROGRESS_PREFIX, SETTINGS_KEY } from '../../lib/storage/keys';
import * as store from '../../lib/messaging/client';
import { JobPageSession } from '../../lib/job-page/job-page-session';
import { watchInPageNavigation } from '../../lib/job-page/watch-navigation';
import { isToggleSidebarMessage } from '../../lib/messaging/tab-commands';
import { isPageReportRequest, pageReportAnswer } from '../../lib/messaging/page-report';
import { JobPageSidebar } from '../../components/job-page/job-page-sidebar';
// Inlined into the shadow root: a web-accessible CSS file would let every board page detect the extension.
import sidebarCss from '../../components/sidebar/sidebar.css?inline';

// A second injection (e.g. "Analyze this page" on a board page) must not mount a second sidebar.
const GUARD = '__pathwayLensJobPage';

/** What the running instance leaves on `window` (the extension's isolated world) for a later injection to find. */
interface RunningInstance {
  /** Removes this instance's sidebar and stops it listening, without a "reload this tab" state. */
  retire(): void;
}

export default defineContentScript({
  matches: [...JOB_BOARD_MATCHES],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // WXT announces every new instance with a window message, and the running one invalidates itself when it hears
    // it (the message is already posted: it cannot be stopped from here). So an earlier instance — working, or showing
    // "reload this tab" after an extension reload — steps aside quietly, and this one takes over with one sidebar.
    const flags = window as unknown as Record<string, RunningInstance | undefined>;
    flags[GUARD]?.retire();
    document.querySelectorAll('pathway-lens[data-wxt-shadow-root]').forEach((el) => el.remove());
    let retired = false;
    const retire = (): void => {
      retired = true;
      // The old instance's extension context may already be gone (extension reloaded): never let that throw here.
      try {
        browser.storage.onChanged.removeListener(onStorageChange);
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // Nothing left to remove from.
      }
      session.dispose();
      mounted.ui?.remove();
    };
    flags[GUARD] = { retire };
    const mounted: { ui?: ShadowRootContentScriptUi<Root> } = {};

    const session = new JobPageSession({
      isJobPage: (url) => isJobPageUrl(url),
      jobKeyOf: (url) => jobKeyFromUrl(url),
      capture: async (url, previous, signal, paneBefore) => {
        const key = jobKeyFromUrl(url);
        if (!key) return null;
        // A 40 ms coalescing window (default 150 ms) keeps "description appears → sidebar painted" within the 150 ms
        // budget (measured in tests/e2e/sidebar-ui.e2e.ts) while still folding a render burst into one attempt.
        const result = await waitForJob({ doc: document, url, expectedJobKey: key, signal, previous, paneBefore, debounceMs: 40 });
        if (result.ok) return result;
        // waitForJob reports every time-out as 'loading'; capture itself tells a page still rendering its job
        // from one that has no job markup at all ("no posting found here").
        const again = captureDetailed(document, url, { genericInPane: true }).result;
        return again.ok ? result : again;
      },
      analyze: (posting) =>
        analyzePosting({
          title: posting.title,
          company: posting.company,
          location: posting.location,
          board: posting.board,
          url: posting.url,
          text: posting.descriptionText,
          blocks: posting.descriptionBlocks,
        }),
      score: (report, progress) => scoreReport(report, progress),
      toSnapshot: toProgressSnapshot,
      currentUrl: () => new URL(location.href),
      store,
    });

    // Where the posting text sits on the page, for highlights and scroll-to: the element capture read the description
    // from — never the page's header or navigation. Cached while it stays in the page and the URL is the same.
    let described: { href: string; element: Element } | null = null;
    const descriptionRoot = (): Element | null => {
      if (described?.href === location.href && described.element.isConnected) return described.element;
      const element = captureDetailed(document, new URL(location.href)).descriptionElement;
      described = element ? { href: location.href, element } : null;
      return element;
    };

    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'pathway-lens',
      css: sidebarCss,
      position: 'overlay',
      zIndex: 2147483647,
      isolateEvents: true,
      anchor: 'html',
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <JobPageSidebar
            session={session}
            pageDocument={document}
            descriptionRoot={descriptionRoot}
            onReload={() => location.reload()}
          />,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });

    // A newer injection took over while the UI was being created.
    if (retired) return;
    mounted.ui = ui;

    // The host exists only on job pages; in-page navigation can make a page become one, or stop being one.
    const sync = () => {
      const { active } = session.getView();
      if (active && !ui.mounted) ui.mount();
      if (!active && ui.mounted) ui.remove();
    };
    session.subscribe(sync);

    const navigate = (paneBefore: CapturedPosting | null = null) => void session.navigate(new URL(location.href), paneBefore);
    watchInPageNavigation(
      window,
      (target, type, listener) => ctx.addEventListener(target as Window, type as 'wxt:locationchange', listener),
      () => {
        const shown = captureDetailed(document, new URL(location.href)).result;
        return shown.ok ? shown.posting : null;
      },
      navigate,
    );
    navigate();

    // Only progress changes re-score the sidebar: saving postings (from any tab) must not make every open
    // job tab re-read progress — with five tabs that was five full reads of storage per save.
    const onStorageChange = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      const keys = Object.keys(changes);
      if (keys.some((key) => key.startsWith(PROGRESS_PREFIX))) void session.refreshProgress();
      if (keys.includes(SETTINGS_KEY)) void session.refreshTheme();
    };
    browser.storage.onChanged.addListener(onStorageChange);
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if (isToggleSidebarMessage(message)) session.toggleCollapsed();
      // The popup's "This page": answer with the current gap report (top frame only: the UI renders there).
      if (isPageReportRequest(message) && window === window.top) return Promise.resolve(pageReportAnswer(session.getView()));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      // Extension reloaded or updated: this tab can no longer reach the background. Say so once.
      if (!retired) session.invalidate();
    });
  },
});
