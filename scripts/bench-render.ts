/**
 * node --import tsx scripts/bench-render.ts [--runs N] [--counts 1000,5000] [--before] [--json]
 *
 * Render-side timings of the popup's Saved list and the dashboard with many saved postings, in real Chromium
 * (playwright-core, `CHROMIUM_PATH` or /usr/bin/chromium), without building the extension: scripts/bench-render/page.tsx
 * (PopupApp over an in-memory source, DashboardApp) is bundled with esbuild (production React, the extension's CSS)
 * into a temporary directory and loaded from file://. The postings reach the views the way the extension's do: the
 * background's summaries (lib/storage/summary.ts), structured-cloned (the message channel), then `expandList`.
 *
 * What is timed (ms, median of the runs after one warm-up, each run a fresh page):
 * - popup: first view ("This page") painted from render start; the Saved tab's first row painted after the click
 *   (the postings arrived while "This page" was shown); re-sort and search of the open list; opening on #saved.
 * - dashboard: matrix rows painted and insights painted from render start (the data already expanded); the expand;
 *   re-sort of the matrix; a scroll of the matrix; DOM size.
 * Not timed here: the background's read and the message transfer (scripts/bench-browser.ts measures the whole path).
 *
 * `--before` also builds the page with the render-side files as they are at git HEAD (read with `git show`, nothing
 * in the working tree changes) and runs the two builds alternately, run by run, so a busy machine slows both alike.
 * Each figure is then "before → after". Medians, with the fastest run in brackets.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { chromium } from 'playwright-core';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(arg('runs') ?? 5);
const COUNTS = (arg('counts') ?? '1000,5000').split(',').map(Number);
const JSON_OUT = process.argv.includes('--json');
const BEFORE = process.argv.includes('--before');

/** The render-side files this benchmark compares (their HEAD versions make the "before" build). */
const RENDER_FILES = [
  'components/saved/saved-postings-view.tsx',
  'components/saved/saved-posting-row.tsx',
  'components/popup/popup-app.tsx',
  'components/popup/use-popup-data.ts',
  'components/compare/dashboard-app.tsx',
  'components/compare/compare-matrix.tsx',
  'components/compare/compare-view.tsx',
  'components/insights/insights-view.tsx',
  'lib/insights/saved-list.ts',
  'lib/insights/coverage.ts',
  'lib/insights/demand.ts',
  'lib/insights/compare.ts',
];

/** Serves `RENDER_FILES` from git HEAD. */
function headFiles(): Plugin {
  const files = new Map(RENDER_FILES.map((f) => [path.join(REPO_ROOT, f), f]));
  return {
    name: 'render-files-at-head',
    setup(b) {
      b.onLoad({ filter: /\.(ts|tsx)$/ }, (args) => {
        const rel = files.get(args.path);
        if (!rel) return undefined;
        const contents = execFileSync('git', ['show', `HEAD:${rel}`], { cwd: REPO_ROOT, encoding: 'utf8' });
        return { contents, loader: rel.endsWith('x') ? 'tsx' : 'ts', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

async function bundle(dir: string, plugins: Plugin[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: [path.join(REPO_ROOT, 'scripts/bench-render/page.tsx')],
    bundle: true,
    outdir: dir,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.BROWSER': '"chrome"' },
    logLevel: 'error',
    plugins,
  });
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="stylesheet" href="page.css"></head><body><div id="root"></div><script src="page.js"></script></body></html>',
  );
  return pathToFileURL(path.join(dir, 'index.html')).href;
}
const log = (s: string) => process.stderr.write(`[bench:render] ${s}\n`);

const median = (xs: number[]) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : NaN;
};

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-render-'));
  try {
    const variants: [string, string][] = [['after', await bundle(path.join(dir, 'after'), [])]];
    if (BEFORE) variants.unshift(['before', await bundle(path.join(dir, 'before'), [headFiles()])]);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true });
    const results: Record<string, Record<string, Record<string, { median: number; min: number }>>> = {};
    try {
      for (const n of COUNTS) {
        for (const kind of ['popup', 'popup-saved', 'dashboard'] as const) {
          const samples: Record<string, Record<string, number[]>> = {};
          for (let run = 0; run <= RUNS; run++) {
            for (const [variant, url] of variants) {
              const isDash = kind === 'dashboard';
              const page = await browser.newPage({ viewport: isDash ? { width: 1280, height: 900 } : { width: 400, height: 600 } });
              page.on('pageerror', (e) => log(`${variant}: page error: ${e.message}`));
              await page.goto(url);
              await page.waitForFunction(() => 'bench' in window);
              const t = await page.evaluate(
                ([k, count]) => (k === 'dashboard' ? window.bench.dashboard(count) : window.bench.popup(count, k === 'popup' ? 'page' : 'saved')),
                [kind, n] as const,
              );
              await page.close();
              if (run === 0) continue; // warm-up
              const mine = (samples[variant] ??= {});
              for (const [name, v] of Object.entries(t)) (mine[name] ??= []).push(v);
            }
          }
          const key = `${kind} @${n}`;
          results[key] = Object.fromEntries(
            Object.entries(samples).map(([variant, byName]) => [variant, Object.fromEntries(Object.entries(byName).map(([name, xs]) => [name, { median: median(xs), min: Math.min(...xs) }]))]),
          );
          for (const [variant, byName] of Object.entries(samples)) {
            log(`${key} ${variant}: ${Object.entries(byName).map(([name, xs]) => `${name} ${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(', ')})`).join('; ')}`);
          }
        }
      }
    } finally {
      await browser.close();
    }
    if (JSON_OUT) process.stdout.write(`${JSON.stringify({ loadavg: os.loadavg()[0], cpus: os.cpus().length, runs: RUNS, results })}\n`);
    else {
      process.stdout.write(`load average ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} cores; ms, median of ${RUNS} runs [fastest]${BEFORE ? ', before → after' : ''}\n`);
      const fmt = (v: { median: number; min: number } | undefined) => (v ? `${v.median.toFixed(0)} [${v.min.toFixed(0)}]` : '–');
      for (const [key, byVariant] of Object.entries(results)) {
        const names = [...new Set(Object.values(byVariant).flatMap((r) => Object.keys(r)))];
        const cells = names.map((name) => `${name} ${BEFORE ? `${fmt(byVariant.before?.[name])} → ${fmt(byVariant.after?.[name])}` : fmt(byVariant.after?.[name])}`);
        process.stdout.write(`${key.padEnd(18)} ${cells.join('  ')}\n`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
