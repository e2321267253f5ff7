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
}
