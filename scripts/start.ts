/**
 * `npm start` — build the extension and open a browser with it loaded on a bundled demo job posting.
 *
 * The demo posting (scripts/demo/demo-posting.html, fictional) is served from this machine under
 * https://www.linkedin.com/jobs/view/… inside a throw-away browser profile whose DNS sends the board hostnames
 * to the local server (and nothing else anywhere), so the extension runs exactly as it would on the real board.
 * Stays until the browser window is closed; Ctrl-C cleans up.
 *
 *   npm start                                   build, open the browser, wait
 *   npm start -- --no-build                     reuse .output/chrome-mv3
 *   npm start -- --headless --screenshot[=FILE] prove it works without a display: screenshot of the demo page
 *                                               (default test-results/screenshots/start-demo.png), then exit
 * Env: CHROMIUM_PATH=/path/to/chromium-or-chrome picks the browser.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, startFixtureServer, type FixtureServer } from './fixture-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const DEMO_HOST = 'www.linkedin.com';
const DEMO_PATH = '/jobs/view/ai-program-manager-at-meridian-freight-4091557720';
const DEMO_URL = `https://${DEMO_HOST}${DEMO_PATH}/`;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const flagValue = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const headless = flag('headless');
const screenshotPath = flag('screenshot')
  ? path.resolve(ROOT, flagValue('screenshot') || 'test-results/screenshots/start-demo.png')
  : null;
const skipBuild = flag('no-build');

let interrupted = false;
const log = (msg: string) => console.log(`[start] ${msg}`);

const MANUAL_LOAD = [
  'To load the extension by hand:',
  `  1. npm run build            (creates ${path.relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR})`,
  '  2. Chrome/Chromium: open chrome://extensions → turn on "Developer mode" → "Load unpacked" → pick .output/chrome-mv3',
  '  3. Open a job posting on a supported board (LinkedIn /jobs/view/…, Greenhouse, Lever, …) and click the Pathway Lens icon.',
  '  Firefox: npm run build:firefox, then about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → .output/firefox-mv2/manifest.json',
].join('\n');

interface Browser {
  path: string;
  branded: boolean;
}

function findBrowser(): Browser | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, branded: /chrome/i.test(path.basename(fromEnv)) && !/chromium/i.test(fromEnv) } : null;
  const chromiums = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  const chromes = [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ...(process.env.PROGRAMFILES ? [path.join(process.env.PROGRAMFILES, 'Google/Chrome/Application/chrome.exe')] : []),
    ...(process.env.LOCALAPPDATA ? [path.join(process.env.LOCALAPPDATA, 'Google/Chrome/Application/chrome.exe')] : []),
  ];
  const chromiumFound = chromiums.find((p) => existsSync(p));
  if (chromiumFound) return { path: chromiumFound, branded: false };
  const chromeFound = chromes.find((p) => existsSync(p));
  return chromeFound ? { path: chromeFound, branded: true } : null;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const win = process.platform === 'win32';
    const bin = path.join(ROOT, 'node_modules/.bin', win ? `${cmd}.cmd` : cmd);
    const child = spawn(bin, args, { cwd: ROOT, stdio: 'inherit', shell: win });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

async function main(): Promise<number> {
  const browser = findBrowser();
  if (!browser) {
    console.error(
      [
        'No Chromium or Google Chrome found (looked at CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome, …).',
        'Install one:  Debian/Ubuntu: sudo apt-get install -y chromium   ·   Fedora: sudo dnf install chromium   ·   macOS: brew install --cask chromium',
        'or point CHROMIUM_PATH at your browser:  CHROMIUM_PATH=/path/to/chrome npm start',
        '',
        MANUAL_LOAD,
      ].join('\n'),
    );
    return 1;
  }
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      [
        'No display found (DISPLAY and WAYLAND_DISPLAY are empty), so no browser window can open here.',
        'Run `npm start` on a desktop session, or check that it works with:  npm start -- --headless --screenshot',
        '',
        MANUAL_LOAD,
      ].join('\n'),
    );
    return 1;
  }

  if (!skipBuild) {
    log('building the extension (wxt build)…');
    await run('wxt', ['build']);
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No build at ${EXTENSION_DIR} — run \`npm run build\` (or drop --no-build).`);
    return 1;
  }

  const demo = readFileSync(path.join(ROOT, 'scripts/demo/demo-posting.html'), 'utf8');
  let server: FixtureServer | undefined;
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await context?.close().catch(() => undefined);
      await server?.close();
      if (userDataDir) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    log(`${signal}: closing the browser and the demo server…`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await startFixtureServer({ routes: { [DEMO_HOST]: { [DEMO_PATH]: { body: demo } } } });
    userDataDir = await mkdtemp(path.join(tmpdir(), 'pathway-lens-start-'));
    // Same flags as the browser tests, minus two that show a warning bar in a visible window:
    // --no-sandbox is only needed as root, and certificate errors are ignored through ignoreHTTPSErrors instead.
    const isRoot = process.getuid?.() === 0;
    const args = chromiumArgs(EXTENSION_DIR, server.port, [DEMO_HOST]).filter(
      (a) => a !== '--ignore-certificate-errors' && (isRoot || a !== '--no-sandbox'),
    );
    // Branded Chrome 137+ ignores --load-extension unless this feature is switched off (and may ignore it anyway).
    if (browser.branded) args.push('--disable-features=DisableLoadExtensionCommandLineSwitch');
    log(`opening ${browser.path}${headless ? ' (headless)' : ''}…`);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browser.path,
      headless,
      args,
      ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
      viewport: headless ? { width: 1280, height: 900 } : null,
      ignoreHTTPSErrors: true,
      // Our own signal handlers close the browser, then remove the profile; Playwright's would exit first.
      handleSIGINT: false,
      handleSIGTERM: false,
    });

    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context
        .waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 10_000 })
        .catch(() => null));
    if (!worker) {
      console.error(`The browser did not load the extension from the command line.\n${MANUAL_LOAD}`);
      if (headless) return 1;
    }

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(DEMO_URL, { waitUntil: 'load' });

    if (screenshotPath) {
      const mounted = await page
        .waitForFunction(() => !!document.querySelector('pathway-lens')?.shadowRoot, undefined, { timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      await mkdir(path.dirname(screenshotPath), { recursive: true });
      await page.screenshot({ path: screenshotPath });
      log(`screenshot: ${path.relative(process.cwd(), screenshotPath)}`);
      if (!mounted) {
        console.error('[start] Pathway Lens did not appear on the demo posting.');
        return 1;
      }
      log('Pathway Lens is running on the demo posting.');
      return 0;
    }

    log(`demo posting: ${DEMO_URL} (fictional, served from this computer)`);
    log('Pathway Lens is loaded: open the puzzle-piece menu in the toolbar and pin "Pathway Lens" to see your pathway.');
    log(headless ? 'Running headless: press Ctrl-C to stop.' : 'Close the browser window (or press Ctrl-C) to stop.');
    const ctx = context;
    await new Promise<void>((resolve) => ctx.once('close', () => resolve()));
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(interrupted ? 130 : code),
  (err: unknown) => {
    console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
