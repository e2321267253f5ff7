/**
 * The pure part of `npm run bench:browser`: arguments, medians, the issue's targets, and the table.
 */

export class UsageError extends Error {}

export interface BenchArgs {
  json: boolean;
  quick: boolean;
  /** Measured runs per figure (a warm-up run before them is not counted). */
  runs: number;
  /** Saved-posting counts, e.g. [1000, 5000]. */
  counts: number[];
  /** Loads of the non-job page, with and without the extension. */
  pageLoads: number;
  /** A finished Chrome build to use instead of building one. */
  extensionDir: string | null;
}

export const USAGE =
  'usage: npm run bench:browser -- [--json] [--quick] [--runs N] [--extension-dir DIR]\n' +
  '  --json             print exactly one JSON object\n' +
  '  --quick            1,000 saved postings only, 3 runs (for development)\n' +
  '  --runs N           runs per figure (default 5; 3 with --quick)\n' +
  '  --extension-dir D  measure this finished build (e.g. .output/chrome-mv3) instead of building one';

export function parseArgs(argv: readonly string[]): BenchArgs {
  let json = false;
  let quick = false;
  let runs: number | null = null;
  let extensionDir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--quick') quick = true;
    else if (a === '--runs') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError('--runs needs an integer between 1 and 50');
      runs = n;
    } else if (a === '--extension-dir') {
      extensionDir = argv[++i] ?? null;
      if (!extensionDir) throw new UsageError('--extension-dir needs a directory');
    } else throw new UsageError(`unknown argument ${a}`);
  }
  return {
    json,
    quick,
    runs: runs ?? (quick ? 3 : 5),
    counts: quick ? [1000] : [1000, 5000],
    pageLoads: quick ? 3 : 7,
    extensionDir,
  };
}

/** The middle value; the mean of the two middle values for an even count; NaN for none. */
export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The four figures of issue 14, with its targets at 1,000 and 5,000 saved postings (ms). */
export const FIGURES = [
  { key: 'popupFirstView', label: 'popup, first view painted', targets: { 1000: 150, 5000: 250 } },
  { key: 'popupSavedList', label: 'popup, Saved tab list painted after the click', targets: { 1000: 150, 5000: 300 } },
  { key: 'dashboardMatrix', label: 'dashboard, matrix painted', targets: { 1000: 400, 5000: 800 } },
  { key: 'importMs', label: 'import of the export file, with progress', targets: { 1000: 5_000, 5000: 20_000 } },
] as const;
export type FigureKey = (typeof FIGURES)[number]['key'];

/** The target for `count` postings: the issue's, or the nearer of its two for another count. */
export function targetFor(figure: (typeof FIGURES)[number], count: number): number {
  return count <= 1000 ? figure.targets[1000] : count >= 5000 ? figure.targets[5000] : count - 1000 < 5000 - count ? figure.targets[1000] : figure.targets[5000];
}

export interface CountResult {
  /** Medians (ms). NaN (null in JSON) when a run failed. */
  popupFirstView: number;
  popupSavedList: number;
  dashboardMatrix: number;
  importMs: number;
  /** What the seeded postings are like: `full` board-length postings, or `short` ones (see `postingsNote`). */
  postingLength: 'full' | 'short';
  avgPostingBytes: number;
  storedBytes: number;
  fileBytes: number;
  /** Preview of the file (change event → preview painted), median. */
  previewMs: number;
  /**
   * Measured popup loads whose saved list came from the writer's list message (the fallback), not the page's own read
   * of the index shards: 0 when the popup took its fast way every time.
   */
  popupListFromWriter: number;
  /** Where the time goes (medians, ms). */
  breakdown: {
    /** Popup: navigation → its script starts (page creation, parsing the bundle). */
    popupScriptStart: number;
    /** Popup: script start → the first view's data on screen (the app's popup-ready mark). */
    popupStartToReady: number;
    /** Saved click right after the first view: the part spent waiting for the saved postings to arrive. */
    savedWaitForPostings: number;
    /** Saved click right after the first view: postings in → rows in the document → painted. */
    savedRender: number;
    /** The Saved click once the postings have arrived (render only). */
    savedListWarm: number;
    /** Popup: navigation → all saved postings answered (popup-postings mark). */
    popupPostingsAt: number;
    /** Dashboard: navigation → its scripts have run (DOMContentLoaded) → data arrived (dashboard-data mark) → matrix painted. */
    dashboardScriptRan: number;
    dashboardDataAt: number;
    dashboardDataToMatrix: number;
    /** Import: the click → the dashboard has the data again (stored, then re-read); the rest is rendering the message. */
    importToData: number;
  };
  /** With nothing else running, median of 3 (ms): what the popup's and the dashboard's reads cost in the background. */
  diagnostics: {
    /** `storage.local.get(null)` in the service worker: the raw read of everything. */
    storageReadMs: number;
    /** The popup's own read of the 16 index shards (lib/storage/direct-list.ts), in an extension page. */
    indexReadMs: number;
    /**
     * Round trips from an extension page: the writer's list read (what the popup falls back to when it cannot use its
     * own read of the index), everything (dashboard), the small read.
     */
    getOverviewMs: number;
    getDashboardMs: number;
    getProgressAndSettingsMs: number;
    /** The kept résumé (one small key), which the dashboard asks for beside getDashboard. */
    getResumeMs: number;
    /** Size of getOverview's answer as JSON. */
    overviewChars: number;
  };
  samples: Record<string, number[]>;
}

export interface BenchResult {
  postings: Record<string, CountResult>;
  contentScript: {
    nonJobPageGzipBytes: number;
    jobPageGzipBytes: number;
    nonJobPageBytes: number;
    jobPageBytes: number;
    nonJobPageScripts: string[];
    jobPageScripts: string[];
  } | null;
  nonJobPageCost: {
    /** With − without the extension, medians of `loads` loads each. */
    scriptMs: number;
    taskMs: number;
    heapBytes: number;
    with: { scriptMs: number; taskMs: number; heapBytes: number };
    without: { scriptMs: number; taskMs: number; heapBytes: number };
    loads: number;
  } | null;
  runs: number;
  notes: string[];
  environment: { chromium: string; cpus: number; loadAverage: number; headless: boolean; buildSeconds: number | null; totalSeconds: number };
}

const num = (n: number) => n.toLocaleString('en-US');
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
export function fmtTarget(ms: number): string {
  return ms >= 2_000 ? `≤${ms / 1000} s` : `≤${ms} ms`;
}
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${Math.round(bytes)} B`;
}
const verdict = (ms: number, target: number) => (!Number.isFinite(ms) ? 'failed' : ms <= target ? 'ok' : `OVER ×${(ms / target).toFixed(1)}`);

/** The readable report: the figures against their targets per count, then content-script bytes and page cost. */
export function formatTable(r: BenchResult): string {
  const counts = Object.keys(r.postings).map(Number);
  const env = r.environment;
  const out: string[] = [
    `Pathway Lens in ${env.chromium}${env.headless ? ' (headless)' : ''}: median of ${r.runs} run${r.runs === 1 ? '' : 's'} (fresh page loads, one seeded profile per count; imports into fresh profiles)`,
    `Machine: ${env.cpus} cores, load average ${env.loadAverage.toFixed(1)}${env.loadAverage > env.cpus ? ' — busier than its core count: times are inflated' : ''}`,
    '',
  ];
  const labelW = Math.max(...FIGURES.map((f) => f.label.length)) + 2;
  const col = 30;
  out.push(`${''.padEnd(labelW)}${counts.map((c) => `${num(c)} saved`.padEnd(col)).join('')}`);
  out.push(`${''.padEnd(labelW)}${counts.map(() => 'measured  target  '.padEnd(col)).join('')}`);
  for (const f of FIGURES) {
    const cells = counts.map((c) => {
      const ms = r.postings[String(c)]?.[f.key] ?? NaN;
      const t = targetFor(f, c);
      return `${fmtMs(ms).padStart(8)}  ${fmtTarget(t).padEnd(7)} ${verdict(ms, t)}`.padEnd(col);
    });
    out.push(`${f.label.padEnd(labelW)}${cells.join('')}`);
  }
  out.push('');
  for (const c of counts) {
    const p = r.postings[String(c)];
    if (!p) continue;
    const b = p.breakdown;
    out.push(
      `${num(c)} saved: ${p.postingLength === 'full' ? 'board-length' : 'short'} postings, ${fmtBytes(p.avgPostingBytes)} each, ${fmtBytes(p.storedBytes)} in storage.local, ` +
        `export file ${fmtBytes(p.fileBytes)}; preview of the file ${fmtMs(p.previewMs)}`,
    );
    out.push(
      `  popup: script starts at ${fmtMs(b.popupScriptStart)}, first view's data on screen ${fmtMs(b.popupStartToReady)} later; all saved postings answered at ${fmtMs(b.popupPostingsAt)} ` +
        `(read by the popup from the index in ${r.runs * 2 - p.popupListFromWriter} of ${r.runs * 2} loads, from the writer's list message in ${p.popupListFromWriter})`,
    );
    out.push(
      `  Saved clicked right after the first view: ${fmtMs(b.savedWaitForPostings)} waiting for the saved postings + ${fmtMs(b.savedRender)} to render and paint the list; ` +
        `clicked once they are in: ${fmtMs(b.savedListWarm)}`,
    );
    out.push(`  dashboard: scripts run by ${fmtMs(b.dashboardScriptRan)}, data arrived at ${fmtMs(b.dashboardDataAt)}, matrix painted ${fmtMs(b.dashboardDataToMatrix)} later`);
    out.push(`  import: ${fmtMs(b.importToData)} from the click until the dashboard has re-read the data, then ${fmtMs(p.importMs - b.importToData)} to render it and the message`);
    const d = p.diagnostics;
    out.push(
      `  idle (median of 3): storage.local.get(everything) ${fmtMs(d.storageReadMs)} in the service worker; the index shards read by the popup ${fmtMs(d.indexReadMs)}; round trips from a page: ` +
        `getOverview ${fmtMs(d.getOverviewMs)} (the popup's fallback; ${fmtBytes(d.overviewChars)} of JSON), getDashboard ${fmtMs(d.getDashboardMs)}, getResume ${fmtMs(d.getResumeMs)}, getProgressAndSettings ${fmtMs(d.getProgressAndSettingsMs)}`,
    );
  }
  if (r.contentScript) {
    const cs = r.contentScript;
    out.push(
      '',
      `Content-script JS injected (gzip): non-job board page (linkedin.com/feed/) ${fmtBytes(cs.nonJobPageGzipBytes)} (${fmtBytes(cs.nonJobPageBytes)} minified: ${cs.nonJobPageScripts.join(', ') || 'none'}); ` +
        `job page ${fmtBytes(cs.jobPageGzipBytes)} (${fmtBytes(cs.jobPageBytes)}: ${cs.jobPageScripts.join(', ') || 'none'})`,
    );
  }
  if (r.nonJobPageCost) {
    const c = r.nonJobPageCost;
    out.push(
      `Non-job page cost (feed fixture, median of ${c.loads} loads, with − without the extension): script ${fmtMs(c.scriptMs)}, tasks ${fmtMs(c.taskMs)}, JS heap ${c.heapBytes >= 0 ? '+' : '−'}${fmtBytes(Math.abs(c.heapBytes))} ` +
        `(with: script ${fmtMs(c.with.scriptMs)}, tasks ${fmtMs(c.with.taskMs)}, heap ${fmtBytes(c.with.heapBytes)}; without: script ${fmtMs(c.without.scriptMs)}, tasks ${fmtMs(c.without.taskMs)}, heap ${fmtBytes(c.without.heapBytes)})`,
    );
  }
  if (r.notes.length > 0) out.push('', ...r.notes.map((n) => `Note: ${n}`));
  out.push('', `Took ${Math.round(env.totalSeconds)} s${env.buildSeconds === null ? ' (no build: a given build was measured)' : ` (build ${Math.round(env.buildSeconds)} s)`}.`);
  return out.join('\n');
}

/** The JSON form: times rounded to 0.1 ms, NaN as null (JSON has no NaN). */
export function toJson(r: BenchResult): string {
  return JSON.stringify(r, (_k, v: unknown) => (typeof v !== 'number' ? v : !Number.isFinite(v) ? null : Number.isInteger(v) ? v : Math.round(v * 10) / 10));
}
