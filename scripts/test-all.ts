/**
 * `npm test` — everything, in order, stopping at the first failure:
 * typecheck → lint → unit/component tests → Chrome build → Firefox build → browser tests (Chromium).
 *
 *   npm test                   all steps
 *   npm test -- --from e2e     start at a step (typecheck, lint, unit, build, build-firefox, e2e)
 *
 * Exits non-zero when a step fails, with a summary of what ran, how long it took and how to re-run the failed step.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMissingMessage, chromiumPath } from './fixture-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Step {
  id: string;
  title: string;
  bin: string;
  args: string[];
  /** Shown in the summary when the step fails. */
  rerun: string;
  /** Checked before the step runs: a message means "fail now with this one line". */
  precheck?: () => string | null;
}

const STEPS: Step[] = [
  { id: 'typecheck', title: 'typecheck (tsc --noEmit)', bin: 'tsc', args: ['--noEmit'], rerun: 'npm run typecheck' },
  { id: 'lint', title: 'lint (eslint .)', bin: 'eslint', args: ['.'], rerun: 'npm run lint' },
  { id: 'unit', title: 'unit + component tests (vitest --project unit)', bin: 'vitest', args: ['run', '--project', 'unit'], rerun: 'npm run test:unit' },
  { id: 'build', title: 'build Chrome MV3 (wxt build)', bin: 'wxt', args: ['build'], rerun: 'npm run build' },
  { id: 'build-firefox', title: 'build Firefox (wxt build -b firefox)', bin: 'wxt', args: ['build', '-b', 'firefox'], rerun: 'npm run build:firefox' },
  {
    id: 'e2e',
    title: 'browser tests in Chromium (vitest --project e2e)',
    bin: 'vitest',
    args: ['run', '--project', 'e2e'],
    rerun: 'npm run test:e2e',
    precheck: () => (existsSync(chromiumPath()) ? null : chromiumMissingMessage()),
  },
];

interface Result {
  step: Step;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  detail?: string;
}

const fmt = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)}m${((ms % 60_000) / 1000).toFixed(0).padStart(2, '0')}s` : `${(ms / 1000).toFixed(1)}s`);
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, s: string) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);

function runStep(step: Step): Promise<{ ok: boolean; detail?: string }> {
  return new Promise((resolve) => {
    const win = process.platform === 'win32';
    const bin = path.join(ROOT, 'node_modules/.bin', win ? `${step.bin}.cmd` : step.bin);
    if (!existsSync(bin)) return resolve({ ok: false, detail: `${path.relative(ROOT, bin)} is missing — run \`npm ci\` first` });
    const child = spawn(bin, step.args, { cwd: ROOT, stdio: 'inherit', shell: win, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (useColor ? '1' : '0') } });
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
    const pre = step.precheck?.();
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
    console.log(`  ${mark} ${r.step.title.padEnd(52)} ${time}`);
  }
  console.log(`  total ${fmt(total)}`);
  if (failed) {
    console.log(paint(31, `\nFAILED at "${failed.step.id}": ${failed.detail ?? ''}`));
    console.log(`Re-run that step with: ${failed.step.rerun}   (or npm test -- --from ${failed.step.id})`);
    return 1;
  }
  console.log(paint(32, '\nAll checks passed.'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
