/**
 * Builds the Chrome extension into `.output/<template>` (argv[2]) with WXT's own API, so `.output/chrome-mv3` is never
 * touched; scripts/bench-browser.ts moves the result to a private temporary directory at once. Run as a child process
 * with `PATHWAY_LENS_OPEN_SHADOW=1` in its environment (wxt.config.ts reads it).
 */
import { build } from 'wxt';

const template = process.argv[2];
if (!template || !/^bench-[\w-]+$/.test(template)) {
  console.error('usage: node --import tsx scripts/bench-browser/build.ts bench-<name>');
  process.exit(2);
}
await build({ browser: 'chrome', outDirTemplate: template });
