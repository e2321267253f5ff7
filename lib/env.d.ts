/**
 * Compile-time constants that wxt.config.ts defines for the extension bundles (`vite.define`).
 * A script file (no imports or exports), so the interface merges into the global `ImportMetaEnv`.
 */
interface ImportMetaEnv {
  /**
   * '1' when built with `PATHWAY_LENS_OPEN_SHADOW=1` (browser tests that read inside the sidebar's shadow root),
   * '' otherwise: shipped builds and `npm run zip` attach closed shadow roots (lib/job-page/shadow-mode.ts).
   * Undefined outside a WXT build (e.g. unit tests), which also means closed.
   */
  readonly PATHWAY_LENS_OPEN_SHADOW?: '1' | '';
  /**
   * The writer's storage budget in bytes when built with `PATHWAY_LENS_STORAGE_BUDGET_BYTES` (npm test's browser-test
   * builds use 10 MiB, so a browser test can fill storage); '' otherwise: the budget follows the manifest
   * (lib/storage/local-area.ts `browserStorageBudget`).
   */
  readonly PATHWAY_LENS_STORAGE_BUDGET_BYTES?: string;
}
