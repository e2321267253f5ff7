import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four projects: fast unit/component tests (WXT's fake browser, happy-dom where a file asks for it); browser tests
// that drive the production build in Chromium and read inside the sidebar, so they need a build with open shadow roots
// (`PATHWAY_LENS_OPEN_SHADOW=1 wxt build`); `firefox`, the same for the Firefox build in firefox-esr
// (`PATHWAY_LENS_OPEN_SHADOW=1 wxt build -b firefox`); and `closed`, the proof that the shipped build (`wxt build`, `npm run zip`)
// keeps its shadow roots closed to the page. `npm test` runs each against the build it needs (scripts/test-all.ts).
const CLOSED_SHADOW_TESTS = ['tests/e2e/closed-shadow.e2e.ts'];

export default defineConfig({
  test: {
    // Every core for the unit files (Vitest's default leaves one idle: on a 2-core machine, one worker and half the
    // speed). The browser projects run one file at a time anyway (fileParallelism: false).
    maxWorkers: availableParallelism(),
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: [...CLOSED_SHADOW_TESTS, 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The browser tests that matter, in real Firefox (firefox-esr, the MV2 build, puppeteer-core over BiDi).
          name: 'firefox',
          include: ['tests/e2e-firefox/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'closed',
          include: CLOSED_SHADOW_TESTS,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
