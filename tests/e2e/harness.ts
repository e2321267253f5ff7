/**
 * Real-browser harness: loads the PRODUCTION build (`.output/chrome-mv3`) into Debian Chromium with playwright-core,
 * and makes Chromium believe the local fixture server is the real job boards (`--host-resolver-rules`), so the
 * manifest that ships is the manifest that is tested.
 *
 *   const s = await launchExtension({ routes: FIXTURE_ROUTES });
 *   const page = await s.goto(LINKEDIN_JOB_URL);
 *   await waitForPathwayLens(page);
 *   await screenshot(page, 'linkedin-job');
 *   expect(s.errors).toEqual([]);
 *   await s.close();
 *
 * Every hostname not in the map resolves to nothing (`MAP * ~NOTFOUND`): tests never touch the real internet,
 * and a network call by the extension would show up as a failed request instead of silently succeeding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ElementHandle, type Page } from 'playwright-core';
import type { ExpectedPage } from '../../scripts/real-pages';
import {
  chromiumArgs,
  chromiumMissingMessage,
  chromiumPath,
  MAPPED_HOSTS,
  startFixtureServer,
  type FixtureRoutes,
  type FixtureServer,
} from '../../scripts/fixture-server';

export {
  BOARD_HOSTS,
  chromiumArgs,
  chromiumMissingMessage,
  chromiumPath,
  hostResolverRules,
  MAPPED_HOSTS,
  NON_BOARD_HOSTS,
} from '../../scripts/fixture-server';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Overridable so parallel work can test a private copy of a build.
export const CHROME_BUILD_DIR = process.env.PATHWAY_LENS_EXTENSION_DIR || path.join(REPO_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD_DIR = path.join(REPO_ROOT, '.output/firefox-mv2');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results/screenshots');

/** Throws an error whose whole report is one line. */
export function assertChromium(): string {
  const p = chromiumPath();
  if (!existsSync(p)) {
    const err = new Error(chromiumMissingMessage(p));
    err.stack = err.message;
    throw err;
  }
  return p;
}

export function assertBuilt(dir = CHROME_BUILD_DIR, command = 'npm run build'): void {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    const err = new Error(`No build at ${path.relative(REPO_ROOT, dir)} — run \`${command}\` first (npm test does it for you).`);
    err.stack = err.message;
    throw err;
  }
}

export interface LaunchOptions {
  routes?: FixtureRoutes;
  /** Defaults to the Chrome production build. */
  extensionDir?: string;
  headless?: boolean;
  /** How long to wait for the extension's service worker. */
  serviceWorkerTimeoutMs?: number;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** `pageerror`s and console errors of every page and popup, as `[url] message`. */
  errors: string[];
  /** Every request the browser context made (pages, popup, content scripts), in order. */
  requests: { url: string; resourceType: string; navigation: boolean }[];
  /** Opens a new tab (with error tracking) and navigates to `url`, waiting for `load` unless told otherwise. */
  goto(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<Page>;
  /** Opens `chrome-extension://ID/popup.html` in a tab sized like a toolbar popup (default 400×600). */
  openPopup(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const executablePath = assertChromium();
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  assertBuilt(extensionDir);

  const server = await startFixtureServer({ routes: options.routes ?? {}, certificateHosts: MAPPED_HOSTS });
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'pathway-lens-profile-'));
  const errors: string[] = [];
  const requests: ExtensionSession['requests'] = [];
  let context: BrowserContext | undefined;

  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    await server.close();
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      args: chromiumArgs(extensionDir, server.port),
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: { width: 1280, height: 900 },
    });
    const ctx = context;

    const track = (page: Page) => {
      page.on('pageerror', (err) => errors.push(`[${page.url()}] pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // For "Failed to load resource" the location is the resource that failed: worth seeing.
        const where = msg.location().url;
        errors.push(`[${page.url()}] console.error: ${msg.text()}${where && where !== page.url() ? ` (${where})` : ''}`);
      });
    };
    ctx.pages().forEach(track);
    ctx.on('page', track);
    ctx.on('request', (req) => {
      if (requests.length < 2_000) requests.push({ url: req.url(), resourceType: req.resourceType(), navigation: req.isNavigationRequest() });
    });

    const isExtensionWorker = (url: string) => url.startsWith('chrome-extension://');
    let worker = ctx.serviceWorkers().find((w) => isExtensionWorker(w.url()));
    worker ??= await ctx.waitForEvent('serviceworker', {
      predicate: (w) => isExtensionWorker(w.url()),
      timeout: options.serviceWorkerTimeoutMs ?? 15_000,
    });
    const extensionId = new URL(worker.url()).host;

    const newPage = async () => {
      // Reuse the blank first tab of the persistent context once, then open new ones.
      const blank = ctx.pages().find((p) => p.url() === 'about:blank');
      return blank ?? (await ctx.newPage());
    };

    return {
      context: ctx,
      extensionId,
      server,
      errors,
      requests,
      async goto(url, waitUntil = 'load') {
        const page = await newPage();
        await page.goto(url, { waitUntil });
        return page;
      },
      async openPopup(viewport = { width: 400, height: 600 }) {
        const page = await newPage();
        await page.setViewportSize(viewport);
        await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'load' });
        return page;
      },
      close: cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/**
 * Web requests other than the navigations a test made itself (and favicons): with fixture pages that load no
 * sub-resources, anything here was fetched by the extension — which must make no network calls.
 */
export function unexpectedWebRequests(session: ExtensionSession): string[] {
  return session.requests
    .filter((r) => /^(https?|wss?):/.test(r.url) && !r.navigation && !r.url.endsWith('/favicon.ico'))
    .map((r) => `${r.resourceType} ${r.url}`);
}

/** Number of `pathway-lens` custom elements (the content script's shadow-root hosts) in the page. */
export function countPathwayLensHosts(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('pathway-lens').length);
}

/**
 * Waits until a `pathway-lens` host with an open, non-empty shadow root is in the page. Browser tests need a build
 * with open shadow roots: when the host is there but its root is closed (a shipped build), the time-out says so.
 */
export async function waitForPathwayLens(page: Page, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const host = document.querySelector('pathway-lens');
        return !!host?.shadowRoot && (host.shadowRoot.textContent ?? '').trim().length > 0;
      },
      undefined,
      { timeout },
    );
  } catch (err) {
    const closed = await page.evaluate(() => {
      const host = document.querySelector('pathway-lens');
      return !!host && host.shadowRoot === null;
    }).catch(() => false);
    if (closed) throw new Error(`${CLOSED_BUILD_HINT} (waited ${timeout} ms for the sidebar)`, { cause: err });
    throw err;
  }
}

/** The shadow root of the `pathway-lens` host (null when absent or closed). */
export async function pathwayLensShadowRoot(page: Page): Promise<ElementHandle<ShadowRoot> | null> {
  const handle = await page.evaluateHandle(() => document.querySelector('pathway-lens')?.shadowRoot ?? null);
  const el = handle.asElement();
  if (!el) {
    await handle.dispose();
    return null;
  }
  return el as ElementHandle<ShadowRoot>;
}

/** Visible text inside the `pathway-lens` shadow root ('' when absent). */
export function pathwayLensText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('pathway-lens')?.shadowRoot;
    if (!root) return '';
    const body = root.querySelector('body') ?? root;
    return (body as HTMLElement).innerText ?? body.textContent ?? '';
  });
}

/** What a browser test says when it finds the shipped (closed) build where it needs to look inside the sidebar. */
export const CLOSED_BUILD_HINT =
  'The pathway-lens host has a closed shadow root: this is a shipped build. Browser tests read inside the sidebar and need ' +
  '`PATHWAY_LENS_OPEN_SHADOW=1 PATHWAY_LENS_STORAGE_BUDGET_BYTES=10485760 npm run build` and the same with `build:firefox` first (npm test does it).';

/** How a built bundle attaches shadow roots, read from its minified source (see `builtShadowRoots`). */
export interface BuiltShadowRoots {
  /** Every shadow-root UI (`createShadowRootUi({ name: '…-…', mode, …, onMount })`) with the mode it compiles to. */
  uis: { name: string; mode: 'open' | 'closed' | 'unknown' }[];
  /** `.attachShadow(` calls in the bundle; a WXT build has one, inside @webext-core/isolated-element. */
  attachShadowCalls: number;
}

/**
 * Reads the shadow-root modes out of a built (minified) script. A UI site is a `name:"<custom-element>"` followed by
 * `onMount` in the same options object; its `mode:` is a string literal or a constant (`const x="closed"`, which is
 * how the PATHWAY_LENS_OPEN_SHADOW define compiles) — no `mode:` means WXT's default, open. A constant assigned more
 * than one value in the bundle is 'unknown'.
 */
export function builtShadowRoots(source: string): BuiltShadowRoots {
  const uis: BuiltShadowRoots['uis'] = [];
  for (const m of source.matchAll(/\bname:"([a-z][a-z0-9]*-[a-z0-9-]*)"/g)) {
    const rest = source.slice(m.index + m[0].length, m.index + m[0].length + 800);
    const end = rest.search(/\bonMount\b/);
    if (end < 0) continue;
    const mode = /\bmode:("open"|"closed"|[A-Za-z_$][\w$]*)/.exec(rest.slice(0, end))?.[1];
    let resolved: 'open' | 'closed' | 'unknown' = 'open';
    if (mode === '"open"' || mode === '"closed"') resolved = mode === '"open"' ? 'open' : 'closed';
    else if (mode) {
      const id = mode.replace(/\$/g, '\\$');
      const values = new Set([...source.matchAll(new RegExp(`(?:^|[^\\w$.])${id}="(open|closed)"`, 'g'))].map((v) => v[1]));
      resolved = values.size === 1 ? (values.has('closed') ? 'closed' : 'open') : 'unknown';
    }
    uis.push({ name: m[1]!, mode: resolved });
  }
  return { uis, attachShadowCalls: source.match(/\.attachShadow\(/g)?.length ?? 0 };
}

/** The job-page detector, the one content script the manifest lists (entrypoints/job.content). */
export const DETECTOR_FILE = 'content-scripts/job.js';
/** The sidebar bundle the background injects on job pages (entrypoints/job-ui.tsx): it holds the shadow-root UI. */
export const JOB_UI_FILE = 'job-ui.js';
/** The list badges bundle the background injects on search/result lists (entrypoints/list-ui.ts): its own shadow-root UI. */
export const LIST_UI_FILE = 'list-ui.js';

/** The mode of the sidebar's shadow root in a build directory's sidebar bundle, or null when it cannot be told. */
export function builtSidebarMode(dir = CHROME_BUILD_DIR): 'open' | 'closed' | 'unknown' | null {
  const file = path.join(dir, JOB_UI_FILE);
  if (!existsSync(file)) return null;
  return builtShadowRoots(readFileSync(file, 'utf8')).uis.find((ui) => ui.name === 'pathway-lens')?.mode ?? null;
}

/** Saves `test-results/screenshots/<name>.png` (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Lets the page settle: content scripts run at document_idle and may mount a little after `load`. */
export async function settle(page: Page, ms = 1_500): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the sidebar: plain functions handed to `page.evaluate` / `page.waitForFunction` by Playwright (Chromium)
// and puppeteer (Firefox) alike. They travel as source text: no named functions or imports inside.

/** What the sidebar shows: title, company line, readiness, language notice and each skill row's id and group. */
export interface SidebarView {
  state: string | null;
  title: string | null;
  company: string | null;
  readiness: number | null;
  saved: string | null;
  /** `data-language` of the language notice (a posting the analysis does not read), null when there is none. */
  language: string | null;
  skills: { id: string; kind: string | null; level: string | null; group: string | null; section: string | null }[];
}

export const sidebarViewInPage = (): SidebarView => {
  const root = document.querySelector('pathway-lens')?.shadowRoot ?? null;
  const readiness = root?.querySelector('[data-testid="readiness"]')?.getAttribute('data-value');
  return {
    state: root?.querySelector('[data-testid="gap-sidebar"]')?.getAttribute('data-state') ?? null,
    title: root?.querySelector('.pl-title')?.textContent?.trim() ?? null,
    company: root?.querySelector('.pl-company')?.textContent?.trim() ?? null,
    readiness: readiness == null ? null : Number(readiness),
    saved: root?.querySelector('[data-testid="save-posting"]')?.getAttribute('data-saved') ?? null,
    language: root?.querySelector('[data-testid="language-notice"]')?.getAttribute('data-language') ?? null,
    skills: Array.from(root?.querySelectorAll('[data-testid="skill"]') ?? [], (el) => ({
      id: el.getAttribute('data-skill-id') ?? '',
      kind: el.getAttribute('data-kind'),
      level: el.getAttribute('data-level'),
      group: el.getAttribute('data-group'),
      section: el.closest('section[data-group]')?.getAttribute('data-group') ?? null,
    })),
  };
};

/** True once the sidebar is past loading (a report, a message, the language notice). */
export const sidebarSettledInPage = (): boolean => {
  const state = document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="gap-sidebar"]')?.getAttribute('data-state');
  return !!state && state !== 'loading' && state !== 'still-loading';
};

// ---------------------------------------------------------------------------------------------------------------
// Real saved pages (tests/e2e/real-pages.e2e.ts, tests/e2e-firefox/real-pages.e2e.ts). They live beside the checkout
// and are read at run time, never copied into the project; the checks skip where the folder is absent.

/** `../shared/corpus/html-real` beside the checkout (scripts/real-pages.ts reads the same folder). */
export const REAL_PAGES_DIR = path.resolve(REPO_ROOT, '../shared/corpus/html-real');

export function realPagesPresent(dir = REAL_PAGES_DIR): boolean {
  return existsSync(path.join(dir, 'expected.json'));
}

/** Where the pages are absent: one console line, and the name of the skipped test that says why. */
export function realPagesSkipped(browser: string, dir = REAL_PAGES_DIR): string {
  console.info(`real pages (${browser}): skipped, no real-page corpus at ${dir} (it lives beside the checkout in ../shared).`);
  return `real saved pages in ${browser} (skipped: no ${path.relative(REPO_ROOT, dir)}/expected.json beside the checkout)`;
}

export interface RealPage extends ExpectedPage {
  html: string;
  hostname: string;
  /** `sidebar` where the content script runs (a supported board); `on demand` elsewhere (the popup's Analyze this page). */
  via: 'sidebar' | 'on demand';
  /** What `npm run analyze -- FILE --url URL` reads and finds (same capture, same analysis). */
  cli: { descriptionChars: number; skillIds: string[]; unreadLanguage: string | null };
}

/** Every page of `expected.json` with its HTML and the command line's reading of it. */
export async function loadRealPages(dir = REAL_PAGES_DIR): Promise<RealPage[]> {
  // Imported here, not at the top: only these checks need the Node DOM (happy-dom) the command line reads pages with.
  const [{ readExpected }, { readPostingFile }, { analyzePosting }, { unreadLanguage }] = await Promise.all([
    import('../../scripts/real-pages'),
    import('../../scripts/read-posting-file'),
    import('../../lib/analysis/analyze-posting'),
    import('../../lib/analysis/language'),
  ]);
  const pages: RealPage[] = [];
  for (const e of await readExpected(dir)) {
    const file = path.join(dir, e.file);
    const input = await readPostingFile(file, e.url);
    const report = analyzePosting(input);
    pages.push({
      ...e,
      html: readFileSync(file, 'utf8'),
      hostname: new URL(e.url).hostname,
      via: e.board === 'other' ? 'on demand' : 'sidebar',
      cli: {
        descriptionChars: input.text.length,
        skillIds: report.skills.map((k) => k.id).sort(),
        unreadLanguage: unreadLanguage(report.language),
      },
    });
  }
  return pages;
}

/** Serves each page under its real hostname and path (the fixture server matches the path; the query is ignored). */
export function serveRealPages(server: FixtureServer, pages: readonly RealPage[]): void {
  for (const p of pages) server.setPage(p.hostname, new URL(p.url).pathname, p.html);
}

/** One page as a browser showed it, judged against expected.json and the command line. */
export interface RealPageRow {
  file: string;
  board: string;
  via: RealPage['via'];
  title: string | null;
  titleOk: boolean;
  company: string | null;
  companyOk: boolean;
  /** Skill rows in the sidebar (null on demand), and whether their ids are the command line's. */
  skills: number | null;
  skillsAsCli: boolean | null;
  /** Description characters the on-demand capture read (null in the sidebar, which does not show them). */
  descriptionChars: number | null;
  /** What is wrong, one line each ([] when the page is right). */
  problems: string[];
}

/** The row of one page, with the title and company judged against expected.json (as scripts/real-pages.ts does). */
async function judged(page: RealPage, title: string | null, company: string | null, rest: Pick<RealPageRow, 'skills' | 'skillsAsCli' | 'descriptionChars' | 'problems'>): Promise<RealPageRow> {
  const { sameText } = await import('../../scripts/real-pages');
  const titleOk = sameText(title, page.title);
  const companyOk = sameText(company, page.company);
  const problems = [
    ...(titleOk ? [] : [`title ${JSON.stringify(title)}, expected ${JSON.stringify(page.title)}`]),
    ...(companyOk ? [] : [`company ${JSON.stringify(company)}, expected ${JSON.stringify(page.company)}`]),
    ...rest.problems,
  ];
  return { file: page.file, board: page.board, via: page.via, title, titleOk, company, companyOk, ...rest, problems };
}

/**
 * The sidebar on a board page: ready, the expected title and company (company before " · "), the language notice
 * exactly where the command line finds a language it does not read, and the command line's skill ids — proof that
 * the browser read the same description.
 */
function judgeSidebar(page: RealPage, view: SidebarView): Promise<RealPageRow> {
  const ids = view.skills.map((k) => k.id).sort();
  const expectedIds = page.cli.unreadLanguage ? [] : page.cli.skillIds;
  const skillsAsCli = ids.join(',') === expectedIds.join(',');
  const problems: string[] = [];
  if (view.state !== 'ready') problems.push(`sidebar state ${String(view.state)}, expected ready`);
  if (view.language !== page.cli.unreadLanguage) problems.push(`language notice ${String(view.language)}, the command line reads ${String(page.cli.unreadLanguage)}`);
  if (!skillsAsCli) {
    const missing = expectedIds.filter((id) => !ids.includes(id));
    const extra = ids.filter((id) => !expectedIds.includes(id));
    problems.push(`skills differ from the command line: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
  }
  const company = view.company === null ? null : (view.company.split(' · ')[0] ?? '');
  return judged(page, view.title, company, { skills: ids.length, skillsAsCli, descriptionChars: null, problems });
}

/** What the built `capture-page.js` returns (a CaptureResult), as far as these checks read it. */
type CaptureValue =
  | { ok: true; posting: { title: string; company: string | null; descriptionText: string } }
  | { ok: false; reason: string; message?: string };

/** The on-demand capture of a page: the expected title and company, and the description the command line reads. */
function judgeCapture(page: RealPage, value: CaptureValue | null | undefined): Promise<RealPageRow> {
  const posting = value?.ok ? value.posting : null;
  const chars = posting ? posting.descriptionText.length : null;
  const problems: string[] = [];
  if (!posting) problems.push(`capture failed: ${value && !value.ok ? value.reason : String(value)}`);
  else if (chars !== page.cli.descriptionChars) problems.push(`description ${String(chars)} characters, the command line reads ${page.cli.descriptionChars}`);
  return judged(page, posting?.title ?? null, posting?.company ?? null, { skills: null, skillsAsCli: null, descriptionChars: chars, problems });
}

/** How a browser test opens and reads a real page: Playwright in Chromium, puppeteer in Firefox. */
export interface RealPageDriver<P> {
  /** A new tab at `url`, up to `domcontentloaded`: real pages reference scripts and CDNs that never answer properly. */
  open(url: string): Promise<P>;
  /** Waits (a while at most) for the sidebar to be past loading, then reads it. */
  readSidebar(page: P): Promise<SidebarView>;
  /** Evaluates the built `capture-page.js` in the page: its value is the CaptureResult the popup would receive. */
  capture(page: P): Promise<unknown>;
  screenshot(page: P, name: string): Promise<unknown>;
  close(page: P): Promise<void>;
}

/**
 * Opens one real page, judges what the browser read (sidebar or on-demand capture), screenshots and closes it. A page
 * that cannot be opened or read is a row too, its error the one problem, so the table always counts every page.
 */
export async function checkRealPage<P>(p: RealPage, driver: RealPageDriver<P>): Promise<RealPageRow> {
  let page: P | undefined;
  try {
    page = await driver.open(p.url);
    const row = p.via === 'sidebar' ? await judgeSidebar(p, await driver.readSidebar(page)) : await judgeCapture(p, (await driver.capture(page)) as CaptureValue);
    await driver.screenshot(page, `real-pages-${p.file.replace(/\.html$/, '')}`);
    return row;
  } catch (err) {
    const error = `${page === undefined ? 'could not open the page' : 'could not read the page'}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    return judged(p, null, null, { skills: null, skillsAsCli: null, descriptionChars: null, problems: [error] });
  } finally {
    if (page !== undefined) await driver.close(page).catch(() => undefined);
  }
}

/** The test's name for a page of expected.json. */
export function realPageTestName(e: ExpectedPage): string {
  const how = e.board === 'other' ? 'the built capture-page.js reads' : 'the sidebar names';
  return `${e.file}: ${how} “${e.title}” at ${e.company} (${new URL(e.url).hostname})`;
}

/** The `npm run eval`-style table of the rows and the title/company totals out of `total` pages. */
export function formatRealPagesTable(browser: string, rows: readonly RealPageRow[], total = rows.length): string {
  const cut = (s: string | null, n: number) => (s === null ? '—' : s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const ok = (b: boolean) => (b ? 'ok' : 'WRONG');
  const lines = [
    `Real pages in ${browser} (sidebar on the boards, the built capture-page.js elsewhere):`,
    `  ${'file'.padEnd(20)} ${'board'.padEnd(11)} ${'via'.padEnd(10)} ${'title'.padEnd(42)} ${'company'.padEnd(28)} ${'skills'.padEnd(14)} desc`,
  ];
  for (const r of rows) {
    const skills = r.skills === null ? '—' : `${r.skills} = CLI ${r.skillsAsCli ? 'yes' : 'NO'}`;
    lines.push(
      `  ${r.file.padEnd(20)} ${r.board.padEnd(11)} ${r.via.padEnd(10)} ${`${ok(r.titleOk)} ${cut(r.title, 36)}`.padEnd(42)} ` +
        `${`${ok(r.companyOk)} ${cut(r.company, 22)}`.padEnd(28)} ${skills.padEnd(14)} ${r.descriptionChars ?? '—'}`,
    );
  }
  const count = (f: (r: RealPageRow) => boolean) => rows.filter(f).length;
  lines.push(`Title: ${count((r) => r.titleOk)}/${total}   Company: ${count((r) => r.companyOk)}/${total}   Skills as the CLI: ${count((r) => !!r.skillsAsCli)}/${count((r) => r.via === 'sidebar')} sidebar pages`);
  if (rows.length < total) lines.push(`(${total - rows.length} page(s) not checked)`);
  return lines.join('\n');
}
