/**
 * `npm test` — everything, in order, stopping at the first failure:
 *
 *   typecheck → lint → unit/component tests
 *   → Chrome + Firefox builds and zips AS SHIPPED (`npm run zip:chrome`, `zip:firefox`: shadow roots closed)
 *   → closed: proof that the shipped builds and zips keep the sidebar's shadow root closed to the page (Chromium)
 *   → Chrome + Firefox rebuilt with PATHWAY_LENS_OPEN_SHADOW=1 (the browser tests read inside the sidebar)
 *   → browser tests (Chromium), then the ones that matter in Firefox (firefox-esr)
 *
 *   npm test                          all steps
 *   npm test -- --from e2e            start at a step (ids in STEPS: typecheck, lint, unit, build, build-firefox,
 *                                     closed, build-open, build-open-firefox, e2e,
 *                                     e2e-firefox)
 *
 * The shipped builds are made with PATHWAY_LENS_OPEN_SHADOW=1 deliberately set in their environment: the zip scripts
 * must ignore it, and the closed step fails if they do not. After a full run `.output/chrome-mv3` and
 * `.output/firefox-mv2` hold the OPEN test builds, the `.output/*.zip` files the closed, shipped ones.
 *
 * Exits non-zero when a step fails, with a summary of what ran, how long it took and how to re-run the failed step.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMissingMessage, chromiumPath } from './fixture-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OPEN_SHADOW = 'PATHWAY_LENS_OPEN_SHADOW';
const TEST_BUDGET = 'PATHWAY_LENS_STORAGE_BUDGET_BYTES';

interface Step {
  id: string;
  title: string;
  bin: string;
  args: string[];
  /** Set in (string) or removed from (undefined) the step's environment. */
  env?: Record<string, string | undefined>;
  /** Shown in the summary when the step fails. */
  rerun: string;
  /** Checked before the step runs: a message means "fail now with this one line". */
  precheck?: () => string | null | Promise<string | null>;
}

const needChromium = () => (existsSync(chromiumPath()) ? null : chromiumMissingMessage());

const needFirefoxBrowser = async (): Promise<string | null> => {
  const { firefoxMissingMessage, firefoxPath } = await import('../tests/e2e-firefox/browser');
  const p = firefoxPath();
  return p && existsSync(p) ? null : firefoxMissingMessage();
};

/**
 * The browser (Chromium, or firefox-esr) and an OPEN test build for its browser tests: they read inside the sidebar,
 * so on a closed (shipped) build they would only time out, one by one.
 */
function needOpenBuild(target: {
  browserMissing: () => string | null | Promise<string | null>;
  buildDir: 'CHROME_BUILD_DIR' | 'FIREFOX_BUILD_DIR';
  /** "the browser tests", "the Firefox browser tests". */
  tests: string;
  /** The build command(s) that make the open build, and the `--from` step id that does. */
  build: string;
  fromStep: string;
}): () => Promise<string | null> {
  return async () => {
    const missing = await target.browserMissing();
    if (missing) return missing;
    const harness = await import('../tests/e2e/harness');
    const dir = harness[target.buildDir];
    // No build, or a mode this check cannot read: the tests themselves say what is wrong.
    if (harness.builtSidebarMode(dir) !== 'closed') return null;
    return (
      `${path.relative(ROOT, dir)} is a shipped build (closed shadow root); ${target.tests} need ` +
      `\`${target.build}\` (or npm test -- --from ${target.fromStep})`
    );
  };
}

/** The two builds: step ids `build`, `build-firefox`, `build-open`, `build-open-firefox`. */
const BROWSERS = [
  { name: 'Chrome', idSuffix: '', wxtArgs: [] as string[], zipScript: 'zip:chrome', buildScript: 'build' },
  { name: 'Firefox', idSuffix: '-firefox', wxtArgs: ['-b', 'firefox'], zipScript: 'zip:firefox', buildScript: 'build:firefox' },
];

const STEPS: Step[] = [
  { id: 'typecheck', title: 'typecheck (tsc --noEmit)', bin: 'tsc', args: ['--noEmit'], rerun: 'npm run typecheck' },
  { id: 'lint', title: 'lint (eslint .)', bin: 'eslint', args: ['.'], rerun: 'npm run lint' },
  { id: 'unit', title: 'unit + component tests (vitest --project unit)', bin: 'vitest', args: ['run', '--project', 'unit'], rerun: 'npm run test:unit' },
  // As shipped: the release zips. The variable is set on purpose — `npm run zip` must ignore it.
  ...BROWSERS.map(
    (b): Step => ({
      id: `build${b.idSuffix}`,
      title: `${b.name} build + zip, as shipped (npm run ${b.zipScript})`,
      bin: 'npm',
      args: ['run', '--silent', b.zipScript],
      env: { [OPEN_SHADOW]: '1' },
      rerun: `npm run ${b.zipScript}`,
    }),
  ),
  {
    id: 'closed',
    title: 'shipped builds are closed (vitest --project closed)',
    bin: 'vitest',
    args: ['run', '--project', 'closed'],
    rerun: 'npm run zip && npm run test:closed',
    precheck: needChromium,
  },
  // For the browser tests: the same builds with open shadow roots, so Playwright and `host.shadowRoot` can look in.
  ...BROWSERS.map(
    (b): Step => ({
      id: `build-open${b.idSuffix}`,
      title: `${b.name} test build, open shadow roots (${['wxt', 'build', ...b.wxtArgs].join(' ')})`,
      bin: 'wxt',
      args: ['build', ...b.wxtArgs],
      // And the 10 MiB storage budget, so the quota browser test can fill storage (lib/env.d.ts).
      env: { [OPEN_SHADOW]: '1', [TEST_BUDGET]: String(10 * 1024 * 1024) },
      rerun: `${OPEN_SHADOW}=1 ${TEST_BUDGET}=${10 * 1024 * 1024} npm run ${b.buildScript}`,
    }),
  ),
  {
    id: 'e2e',
    title: 'browser tests in Chromium (vitest --project e2e)',
    bin: 'vitest',
    args: ['run', '--project', 'e2e'],
    rerun: 'npm run test:e2e',
    precheck: needOpenBuild({
      browserMissing: needChromium,
      buildDir: 'CHROME_BUILD_DIR',
      tests: 'the browser tests',
      build: `${OPEN_SHADOW}=1 npm run build && ${OPEN_SHADOW}=1 npm run build:firefox`,
      fromStep: 'build-open',
    }),
  },
  {
    id: 'e2e-firefox',
    title: 'browser tests in Firefox (vitest --project firefox)',
    bin: 'vitest',
    args: ['run', '--project', 'firefox'],
    rerun: 'npm run test:firefox',
    precheck: needOpenBuild({
      browserMissing: needFirefoxBrowser,
      buildDir: 'FIREFOX_BUILD_DIR',
      tests: 'the Firefox browser tests',
      build: `${OPEN_SHADOW}=1 npm run build:firefox`,
      fromStep: 'build-open-firefox',
    }),
  },
];

interface Result {
  step: Step;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  detail?: string;
}

const TITLE_WIDTH = Math.max(...STEPS.map((s) => s.title.length)) + 2;
const fmt = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)}m${((ms % 60_000) / 1000).toFixed(0).padStart(2, '0')}s` : `${(ms / 1000).toFixed(1)}s`);
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, s: string) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);

function runStep(step: Step): Promise<{ ok: boolean; detail?: string }> {
  return new Promise((resolve) => {
    const win = process.platform === 'win32';
    // npm itself comes from PATH; every other tool from the project's node_modules.
    const local = step.bin !== 'npm';
    const bin = local ? path.join(ROOT, 'node_modules/.bin', win ? `${step.bin}.cmd` : step.bin) : win ? 'npm.cmd' : 'npm';
    if (local && !existsSync(bin)) return resolve({ ok: false, detail: `${path.relative(ROOT, bin)} is missing — run \`npm ci\` first` });
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (useColor ? '1' : '0') };
    for (const [key, value] of Object.entries(step.env ?? {})) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    const child = spawn(bin, step.args, { cwd: ROOT, stdio: 'inherit', shell: win, env });
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = (r: { ok: boolean; detail?: string }) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(r);
    };
    child.on('error', (err) => done({ ok: false, detail: err.message }));
    child.on('exit', (code, signal) => done(code === 0 ? { ok: true } : { ok: false, detail: signal ? `killed by ${signal}` : `exit code ${code}` }));
  });
}

async function main(): Promise<number> {
  const fromIdx = process.argv.indexOf('--from');
  const from = fromIdx >= 0 ? process.argv[fromIdx + 1] : undefined;
  const start = from ? STEPS.findIndex((s) => s.id === from) : 0;
  if (start < 0) {
    console.error(`Unknown step "${from}". Steps: ${STEPS.map((s) => s.id).join(', ')}`);
    return 2;
  }

  const t0 = Date.now();
  const results: Result[] = STEPS.slice(0, start).map((step) => ({ step, status: 'skipped', ms: 0, detail: '--from' }));
  let failed: Result | undefined;

  for (const step of STEPS.slice(start)) {
    if (failed) {
      results.push({ step, status: 'skipped', ms: 0 });
      continue;
    }
    console.log(paint(1, `\n▶ ${step.title}`));
    const s0 = Date.now();
    const pre = await step.precheck?.();
    const { ok, detail } = pre ? { ok: false, detail: pre } : await runStep(step);
    const r: Result = { step, status: ok ? 'passed' : 'failed', ms: Date.now() - s0, detail };
    results.push(r);
    if (pre) console.error(paint(31, pre));
    if (!ok) failed = r;
  }

  const total = Date.now() - t0;
  console.log(paint(1, '\n── npm test summary ──'));
  for (const r of results) {
    const mark = r.status === 'passed' ? paint(32, '✔') : r.status === 'failed' ? paint(31, '✘') : paint(90, '–');
    const time = r.status === 'skipped' ? paint(90, 'skipped') : fmt(r.ms);
    console.log(`  ${mark} ${r.step.title.padEnd(TITLE_WIDTH)} ${time}`);
  }
  console.log(`  total ${fmt(total)}`);
  if (failed) {
    console.log(paint(31, `\nFAILED at "${failed.step.id}": ${failed.detail ?? ''}`));
    console.log(`Re-run that step with: ${failed.step.rerun}   (or npm test -- --from ${failed.step.id})`);
    return 1;
  }
  console.log(paint(32, '\nAll checks passed.'));
  if (results.some((r) => r.step.id === 'build-open' && r.status === 'passed')) {
    console.log(
      paint(90, `.output/chrome-mv3 and .output/firefox-mv2 are the open-shadow test builds; the .output/*.zip files are the shipped ones.`),
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
