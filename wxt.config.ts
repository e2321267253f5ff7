import { defineConfig } from 'wxt';
import { JOB_BOARD_MATCHES } from './lib/job-boards';
import { PLAIN_BROWSER_ENTRYPOINTS, plainBrowser } from './scripts/plain-browser-plugin';
import { PREACT_ENTRYPOINTS, preactInPage } from './scripts/preact-in-page-plugin';
import { stripPdfEval } from './scripts/strip-eval-plugin';

// Auto-imports are off on purpose: every name is imported explicitly so it can be followed by reading.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Shadow roots are closed in shipped builds; `PATHWAY_LENS_OPEN_SHADOW=1` opens them for browser tests
  // (lib/job-page/shadow-mode.ts).
  vite: () => ({
    // pdfjs (dashboard only) ships string-evaluation paths we never use: removed from the emitted files.
    plugins: [stripPdfEval()],
    define: {
      'import.meta.env.PATHWAY_LENS_OPEN_SHADOW': JSON.stringify(process.env.PATHWAY_LENS_OPEN_SHADOW === '1' ? '1' : ''),
      // Browser-test builds only (scripts/test-all.ts): a budget small enough for a test to fill (lib/env.d.ts).
      'import.meta.env.PATHWAY_LENS_STORAGE_BUDGET_BYTES': JSON.stringify(/^\d{1,12}$/.test(process.env.PATHWAY_LENS_STORAGE_BUDGET_BYTES ?? '') ? process.env.PATHWAY_LENS_STORAGE_BUDGET_BYTES : ''),
    },
  }),
  hooks: {
    // Issue 14's page budgets. The sidebar injected into job pages renders with preact/compat: the 100 KiB gzip budget
    // of a job page cannot hold react-dom; the popup and the dashboard keep React (scripts/preact-in-page-plugin.ts).
    // The job-page detector, on every board page, goes without webextension-polyfill (scripts/plain-browser-plugin.ts).
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.some((e) => PREACT_ENTRYPOINTS.has(e.name))) config.plugins = [preactInPage(), ...(config.plugins ?? [])];
      if (entrypoints.some((e) => PLAIN_BROWSER_ENTRYPOINTS.has(e.name))) config.plugins = [plainBrowser(), ...(config.plugins ?? [])];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Pathway Lens',
    description:
      'See job postings through your Backend Developer → AI Program Manager pathway: skills you have, skills to learn, and gaps.',
    // The fewest permissions that work: storage for progress, activeTab + scripting for on-demand analysis
    // of career sites we do not list (and to inject the sidebar into a board tab once a posting is there), and
    // unlimitedStorage so saved postings keep their full descriptions past storage.local's 10 MiB (no install
    // warning; see README "Privacy"), and alarms (no install warning) to count due follow-ups on the toolbar badge
    // as days pass. No <all_urls>, no tabs, no notifications.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'alarms'],
    host_permissions: [...JOB_BOARD_MATCHES],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the Pathway Lens sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pathway-lens@pathway-lens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['.output/**', 'test-results/**', '**/*.log', 'coverage/**', 'node_modules/**'],
  },
});
