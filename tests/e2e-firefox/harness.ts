/**
 * Firefox harness: loads the Firefox build (`.output/firefox-mv2`, MV2) into Debian's firefox-esr with puppeteer-core
 * over WebDriver BiDi, in a fresh profile, and makes Firefox believe the local fixture server is the real job boards:
 * every HTTP(S) request goes through a local proxy (./proxy.ts) that forwards to the same fixture server the Chromium
 * tests use (scripts/fixture-server.ts), so pages, hostnames and certificates are the same.
 *
 *   const s = await launchFirefox({ routes });
 *   const page = await s.goto('https://jobs.lever.co/…');
 *   await waitForSidebar(page);
 *   await screenshot(page, 'lever');           // test-results/screenshots/firefox-lever.png
 *   expect(s.errors).toEqual([]);
 *   await s.close();
 *
 * The profile's prefs turn off every call Firefox would make on its own (updates, telemetry, safe browsing, captive
 * portal, remote settings, …); what is left still only reaches the proxy, which never forwards off the machine, and
 * `offFixtureHosts()` lists any hostname the browser asked for that is not one of the fixture hosts.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { MAPPED_HOSTS, startFixtureServer, type FixtureRoutes, type FixtureServer } from '../../scripts/fixture-server';
import { assertBuilt, builtSidebarMode, CLOSED_BUILD_HINT, FIREFOX_BUILD_DIR, SCREENSHOT_DIR, sidebarViewInPage, type SidebarView } from '../e2e/harness';
import { firefoxMissingMessage, firefoxPath } from './browser';
import { startConnectProxy, type ConnectProxy } from './proxy';

export { FIREFOX_BUILD_DIR, REPO_ROOT, type SidebarView } from '../e2e/harness';

/** The add-on id of the Firefox build (wxt.config.ts, `browser_specific_settings.gecko.id`). */
const GECKO_ID = 'pathway-lens@pathway-lens.dev';

function oneLineError(message: string): Error {
  const err = new Error(message);
  err.stack = message;
  return err;
}

function assertFirefox(): string {
  const p = firefoxPath();
  if (!p || !existsSync(p)) throw oneLineError(firefoxMissingMessage());
  return p;
}

/** Prefs that keep Firefox from calling anywhere on its own, on top of puppeteer's and the remote agent's own. */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutConfig.showWarning': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Honoured on release builds only with MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (set at launch); this value makes
  // remote settings skip every sync.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.sync.enabled': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
};

/** Every HTTP and HTTPS request through the proxy, localhost included, with nothing exempt. */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

export interface FirefoxLaunchOptions {
  routes?: FixtureRoutes;
}

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  proxy: ConnectProxy;
  /** The fixture hosts: the mapped hosts plus those of the routes given at launch. */
  hosts: ReadonlySet<string>;
  /** `moz-extension://<uuid>` — fixed through the `extensions.webextensions.uuids` pref. */
  extensionOrigin: string;
  /** `pageerror`s and console errors of every page opened through the session, as `[url] message`. */
  errors: string[];
  /** Opens a new tab (with error tracking) and navigates to `url`, waiting for `load` unless told otherwise. */
  goto(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<Page>;
  /** Opens an extension page (`popup.html`, `dashboard.html`, with query/hash) in a new tab, sized like the popup. */
  openExtensionPage(pathAndQuery?: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const executablePath = assertFirefox();
  const extensionDir = FIREFOX_BUILD_DIR;
  assertBuilt(extensionDir, `PATHWAY_LENS_OPEN_SHADOW=1 npm run build:firefox`);
  if (builtSidebarMode(extensionDir) === 'closed') throw oneLineError(CLOSED_BUILD_HINT);

  const server = await startFixtureServer({ routes: options.routes ?? {}, certificateHosts: MAPPED_HOSTS });
  let proxy: ConnectProxy | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await proxy?.close();
    await server.close();
  };

  try {
    proxy = await startConnectProxy(server.port);
    const uuid = randomUUID();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      // WebDriver BiDi only navigates to http(s), file and blob URLs unless system access is allowed: the
      // extension's own pages (moz-extension://) need it.
      args: ['--remote-allow-system-access'],
      // Firefox refuses connections to anything but loopback (the proxy is on 127.0.0.1, so pages still load).
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        ...proxyPrefs(proxy.port),
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      },
    });
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);
    const b = browser;
    const extensionOrigin = `moz-extension://${uuid}`;
    const errors: string[] = [];

    const newPage = async () => {
      const page = await b.newPage();
      page.on('pageerror', (err) => errors.push(`[${page.url()}] pageerror: ${err instanceof Error ? err.message : String(err)}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`[${page.url()}] console.error: ${msg.text()}`);
      });
      return page;
    };

    return {
      browser: b,
      server,
      proxy,
      hosts: new Set([...MAPPED_HOSTS, ...Object.keys(options.routes ?? {})]),
      extensionOrigin,
      errors,
      async goto(url, waitUntil = 'load') {
        const page = await newPage();
        await page.goto(url, { waitUntil });
        return page;
      },
      async openExtensionPage(pathAndQuery = 'popup.html', viewport = { width: 400, height: 600 }) {
        const page = await newPage();
        await page.setViewport(viewport);
        const url = `${extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`;
        // The extension page loads, but puppeteer sees no navigation events for moz-extension:// documents (its
        // `goto` would time out and `page.url()` stays about:blank): start it, then wait on the document itself.
        page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        // The page swaps realms (about:blank → the extension page) while this polls: the BiDi race below, more than once.
        await retryBidiRealmRace(
          () => page.waitForFunction((want: string) => location.href === want && document.readyState === 'complete', { timeout: 15_000, polling: 50 }, url),
          5,
        );
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
 * Hostnames the browser asked the proxy for that are not fixture hosts: the extension makes no network calls and
 * the profile's prefs silence Firefox's own, so this stays empty.
 */
export function offFixtureHosts(session: FirefoxSession): string[] {
  return session.proxy.log
    .filter((e) => e.kind === 'refused' || !session.hosts.has(e.target.replace(/:\d+$/, '')))
    .map((e) => `${e.kind} ${e.target}`);
}

/**
 * Firefox's BiDi sometimes answers an evaluation in a realm that was just created (a fresh extension page, a page
 * right after reload) with an internal error ("right-hand side of 'in' should be an object, got null" in
 * script.sys.mjs), not with the page's answer. That is the driver, not the page: try again, `retries` times (twice by
 * default), after a pause that grows (50, 100, 150 ms…): tried at once, every retry met the same half-made realm.
 */
export async function retryBidiRealmRace<T>(attempt: () => Promise<T>, retries = 2): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt();
    } catch (err) {
      const text = `${String(err)} ${String((err as Error).cause)}`;
      if (tries >= retries || !text.includes('Protocol error')) throw err;
      await new Promise((r) => setTimeout(r, 50 * (tries + 1)));
    }
  }
}

/** Waits until the sidebar (`pathway-lens` host, open shadow root) is in `state` (default: a report is shown). */
export async function waitForSidebar(page: Page, state = 'ready', timeout = 15_000): Promise<void> {
  await retryBidiRealmRace(() =>
    page.waitForFunction(
      (want: string) => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="gap-sidebar"]')?.getAttribute('data-state') === want,
      { timeout, polling: 100 },
      state,
    ),
  );
}

/** What the sidebar shows (tests/e2e/harness.ts `sidebarViewInPage`, shared with the Chromium tests). */
export function readSidebar(page: Page): Promise<SidebarView> {
  return retryBidiRealmRace(() => page.evaluate(sidebarViewInPage));
}

/** Clicks an element inside the sidebar's (open) shadow root with a real mouse click. */
export async function clickInSidebar(page: Page, selector: string): Promise<void> {
  const handle = await page.evaluateHandle((sel: string) => document.querySelector('pathway-lens')?.shadowRoot?.querySelector(sel) ?? null, selector);
  const el = handle.asElement();
  if (!el) throw new Error(`nothing matches ${selector} in the sidebar`);
  await (el as Awaited<ReturnType<Page['$']>> & object).click();
  await handle.dispose();
}

/** Saves `test-results/screenshots/firefox-<name>.png` (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `firefox-${name}.png`);
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}
