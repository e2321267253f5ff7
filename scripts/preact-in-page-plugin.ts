import type { Plugin } from 'vite';

/**
 * The sidebar injected into job pages (entrypoints/job-ui.tsx, `job-ui.js`) renders with Preact's React-compatible
 * layer instead of react-dom; the popup, the dashboard and every component test keep React. Why (issue 14): a job page
 * may carry at most 100 KiB gzip of our JS (the detector + this bundle), and react-dom alone is ~56 KiB gzip of the
 * ~107 KiB the bundle weighs with React — capture (~15 KiB), the sidebar and its CSS, the pathway, the message client
 * and WXT's shadow-root UI are the rest, and all of them must run in the page. With preact/compat the bundle is about
 * 55 KiB (tests/e2e/bundle-budget.e2e.ts holds the total). The sidebar's components use only what both implement
 * (function components, useState/useEffect/useRef/useId/useSyncExternalStore, DOM refs, DOM events); the browser
 * tests (tests/e2e, tests/e2e-firefox) drive this Preact build, the component tests the same components under React.
 *
 * Applied by wxt.config.ts to the build of that one entrypoint only. To go back to react-dom there, drop the hook.
 */
const TO_PREACT: Readonly<Record<string, string>> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

export const PREACT_ENTRYPOINTS: ReadonlySet<string> = new Set(['job-ui']);

export function preactInPage(): Plugin {
  return {
    name: 'pathway-lens:preact-in-page',
    enforce: 'pre',
    async resolveId(id, importer) {
      const to = TO_PREACT[id];
      return to ? this.resolve(to, importer, { skipSelf: true }) : null;
    },
  };
}
