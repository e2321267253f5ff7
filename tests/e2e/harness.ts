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
  /** Opens a new tab (with error tracking) and navigates to `url`. */
  goto(url: string): Promise<Page>;
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
      async goto(url) {
        const page = await newPage();
        await page.goto(url, { waitUntil: 'load' });
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
  '`PATHWAY_LENS_OPEN_SHADOW=1 npm run build && PATHWAY_LENS_OPEN_SHADOW=1 npm run build:firefox` first (npm test does it).';

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

/** The mode of the sidebar's shadow root in a build directory's content script, or null when it cannot be told. */
export function builtSidebarMode(dir = CHROME_BUILD_DIR): 'open' | 'closed' | 'unknown' | null {
  const file = path.join(dir, 'content-scripts/job.js');
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
