import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';
import { captureDetailed } from '../../lib/capture/capture-posting';
import { waitForJob } from '../../lib/capture/wait-for-job';
import { isJobPageUrl, jobKeyFromUrl } from '../../lib/capture/job-key';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import { scoreReport } from '../../lib/scoring/score-report';
import { toProgressSnapshot } from '../../lib/storage/progress';
import * as store from '../../lib/messaging/client';
import { JobPageSession } from '../../lib/job-page/job-page-session';
import { isToggleSidebarMessage } from '../../lib/messaging/tab-commands';
import { JobPageSidebar } from '../../components/job-page/job-page-sidebar';
// Inlined into the shadow root: a web-accessible CSS file would let every board page detect the extension.
import sidebarCss from '../../components/sidebar/sidebar.css?inline';

// A second injection (e.g. "Analyze this page" on a board page) must not mount a second sidebar.
const GUARD = '__pathwayLensJobPage';

export default defineContentScript({
  matches: [...JOB_BOARD_MATCHES],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const flags = window as unknown as Record<string, unknown>;
    if (flags[GUARD]) return;
    flags[GUARD] = true;

    const session = new JobPageSession({
      isJobPage: (url) => isJobPageUrl(url),
      jobKeyOf: (url) => jobKeyFromUrl(url),
      capture: (url, previous, signal) => {
        const key = jobKeyFromUrl(url);
        if (!key) return Promise.resolve(null);
        return waitForJob({ doc: document, url, expectedJobKey: key, signal, previous });
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
      store,
    });

    // Where the posting sits on the page, for highlights and scroll-to (the detail pane on split-pane boards).
    const descriptionRoot = (): Element | null => captureDetailed(document, new URL(location.href)).pane ?? document.body;

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

    // The host exists only on job pages; in-page navigation can make a page become one, or stop being one.
    const sync = () => {
      const { active } = session.getView();
      if (active && !ui.mounted) ui.mount();
      if (!active && ui.mounted) ui.remove();
    };
    session.subscribe(sync);

    const navigate = () => void session.navigate(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', navigate);
    navigate();

    const onStorageChange = (_changes: unknown, area: string) => {
      if (area === 'local') void session.refreshProgress();
    };
    browser.storage.onChanged.addListener(onStorageChange);
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && isToggleSidebarMessage(message)) session.toggleCollapsed();
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      // Extension reloaded or updated: this tab can no longer reach the background. Say so once.
      session.invalidate();
    });
  },
});
