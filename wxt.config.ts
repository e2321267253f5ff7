import { defineConfig } from 'wxt';
import { JOB_BOARD_MATCHES } from './lib/job-boards';
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
    define: { 'import.meta.env.PATHWAY_LENS_OPEN_SHADOW': JSON.stringify(process.env.PATHWAY_LENS_OPEN_SHADOW === '1' ? '1' : '') },
  }),
  manifest: ({ browser }) => ({
    name: 'Pathway Lens',
    description:
      'See job postings through your Backend Developer → AI Program Manager pathway: skills you have, skills to learn, and gaps.',
    // The fewest permissions that work: storage for progress, activeTab + scripting for on-demand analysis
    // of career sites we do not list. No <all_urls>, no tabs.
    permissions: ['storage', 'activeTab', 'scripting'],
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
