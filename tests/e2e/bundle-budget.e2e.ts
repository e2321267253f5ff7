/**
 * Size budget of the production content script (issue 6: content-script JS ≤ 100 KB gzip, "measure and report;
 * if React makes that impossible, say by how much and why").
 *
 * - zod must stay out of the content script: the background validates every message and storage every read with
 *   zod; the content script uses zod-free modules (lib/pathway/ids.ts, lib/capture/capture-result.ts + shape.ts,
 *   lib/storage/result.ts, lib/messaging/client.ts — which imports the message table for its types only) and hand-written guards
 *   tested against the schemas (tests/capture/parse-captured.test.ts, tests/messaging/envelope.test.ts). One runtime
 *   import of a schema module brings all of zod back; this test names the signature that gives it away.
 * - The gzip size is printed, with the gap to the 100 KB budget, and held under a ceiling so growth is noticed.
 *   React DOM alone is ~60 KB gzip of it, so the 100 KB budget is not met while the sidebar renders with React.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt, CHROME_BUILD_DIR } from './harness';

/** Issue 6's budget. */
const BUDGET_BYTES = 100 * 1024;
/**
 * Today's ceiling, a regression guard (content script ≈ 134.0 KiB gzip without zod: +2.6 KiB for the language detector
 * and the current-layout adapters of issue 12, +1.5 KiB for the profile in the sidebar (issue 13: lacking transferable
 * skills, the ready-by date at your pace); zod would put it far above). Lower it as the script shrinks (issue 14).
 */
const CEILING_BYTES = 135 * 1024;
/** Strings only zod's runtime puts in a bundle (`inst._zod`, its class names); property names survive minification. */
const ZOD_SIGNATURES = ['._zod', '$ZodType', 'ZodError'];

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

describe('bundle budget', () => {
  it('keeps zod out of the content script, and reports its gzip size', () => {
    assertBuilt(CHROME_BUILD_DIR);
    const file = path.join(CHROME_BUILD_DIR, 'content-scripts/job.js');
    const source = readFileSync(file, 'utf8');
    const gzip = gzipSize(file);
    const over = gzip - BUDGET_BYTES;
    console.log(
      `content-scripts/job.js: ${kib(source.length)} minified, ${kib(gzip)} gzip (${gzip} B); budget ${kib(BUDGET_BYTES)}: ` +
        (over > 0 ? `${kib(over)} over` : `${kib(-over)} under`),
    );

    expect(ZOD_SIGNATURES.filter((s) => source.includes(s)), 'zod is bundled in the content script').toEqual([]);
    expect(gzip).toBeLessThanOrEqual(CEILING_BYTES);
  });

  it('reports the popup JS the popup page loads', () => {
    assertBuilt(CHROME_BUILD_DIR);
    const html = readFileSync(path.join(CHROME_BUILD_DIR, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((s) => ({ s, gzip: gzipSize(path.join(CHROME_BUILD_DIR, s)) }));
    const total = sizes.reduce((sum, x) => sum + x.gzip, 0);
    console.log(`popup JS (eager): ${kib(total)} gzip = ${sizes.map((x) => `${x.s} ${kib(x.gzip)}`).join(' + ')}`);
  });
});
