import { defineContentScript } from 'wxt/utils/define-content-script';
import { isJobPageUrl, isListPageUrl } from '../../lib/capture/job-key';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';
import { startDetector } from '../../lib/job-page/detector';
import { client } from '../../lib/messaging/client';

/**
 * The only script that runs on every page of a supported board: the job-page detector (lib/job-page/detector.ts).
 * On a posting URL — at load, or after in-page navigation (the LinkedIn feed → a job) — it asks the background to
 * inject the sidebar (entrypoints/job-ui.tsx, `job-ui.js`) through the message table (`injectJobUi`, with the one
 * message client), and on a search/result list the list badges (`injectListUi` → entrypoints/list-ui.ts, `list-ui.js`);
 * everywhere else it costs this file only: ≤ 10 KiB gzip (the URL test, the client, WXT's context —
 * about 4.5 KiB, tests/e2e/bundle-budget.e2e.ts) and a few ms of script per load (`npm run bench:browser`). Built
 * without webextension-polyfill, whose start-up would be most of that time (scripts/plain-browser-plugin.ts).
 */
export default defineContentScript({
  matches: [...JOB_BOARD_MATCHES],
  // No CSS here; the sidebar inlines its own into its shadow root (a web-accessible file would be detectable).
  cssInjectionMode: 'manual',
  main(ctx) {
    startDetector({
      win: window,
      isJobPage: isJobPageUrl,
      listen: (target, type, listener) => ctx.addEventListener(target as Window, type as 'wxt:locationchange', listener),
      contextValid: () => ctx.isValid,
      requestUi: async () => (await client.injectJobUi()).ok,
      // Search/result lists: the badges on job cards the user analysed or saved (entrypoints/list-ui.ts).
      isListPage: isListPageUrl,
      requestListUi: async () => (await client.injectListUi()).ok,
      stop: () => ctx.abort('the sidebar (and list badges) run on this page'),
    });
  },
});
