import type { Plugin } from 'vite';

/**
 * The job-page detector (entrypoints/job.content, `content-scripts/job.js`) runs on every page of a supported board,
 * the LinkedIn feed included, so issue 14 gives it ≤ 5 ms of script time per page load. webextension-polyfill is the
 * largest part of that time there (its wrapper is built at start-up, ~1–2 ms of a ~5 ms budget in Chromium) and buys
 * the detector nothing: it only reads `runtime.id` and sends one message, which Chromium's MV3 `chrome.runtime`
 * does with promises and Firefox's `browser` natively. In that one bundle, `wxt/browser` (which the
 * @wxt-dev/webextension-polyfill module aliases to the polyfill) and @webext-core/messaging's own import of the polyfill
 * resolve to WXT's plain `browser` instead — `globalThis.browser` where it is the extension API (Firefox), else
 * `globalThis.chrome`. Every other bundle keeps the polyfill.
 *
 * Applied by wxt.config.ts to the detector's build only; tests/e2e/bundle-budget.e2e.ts checks the polyfill is not in it.
 */
export const PLAIN_BROWSER_ENTRYPOINTS: ReadonlySet<string> = new Set(['job']);

const SHIM_ID = '\0pathway-lens:plain-browser';
const POLYFILL_IDS = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser', 'webextension-polyfill']);

export function plainBrowser(): Plugin {
  return {
    name: 'pathway-lens:plain-browser',
    enforce: 'pre',
    resolveId: (id) => (POLYFILL_IDS.has(id) ? SHIM_ID : null),
    load: (id) =>
      id === SHIM_ID
        ? [
            '// WXT\'s plain `browser` (@wxt-dev/browser), for the job-page detector: scripts/plain-browser-plugin.ts',
            'export const browser = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;',
            'export default browser;',
          ].join('\n')
        : null,
  };
}
