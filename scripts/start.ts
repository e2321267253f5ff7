/**
 * `npm start` — build the extension and open a browser with it loaded on a bundled demo job posting.
 *
 * The demo posting (scripts/demo/demo-posting.html, fictional) is served from this machine under
 * https://www.linkedin.com/jobs/view/… inside a throw-away browser profile whose DNS sends the board hostnames
 * to the local server (and nothing else anywhere), so the extension runs exactly as it would on the real board.
 *
 * With a display it opens a visible browser and stays until the window is closed; Ctrl-C cleans up.
 * Without one (Linux with neither DISPLAY nor WAYLAND_DISPLAY), or with --headless, it opens the demo posting
 * headless, waits for the sidebar, prints its headline (readiness, time to qualify, the three skill groups),
 * saves a screenshot and exits — 0 when the sidebar showed the gap report.
 *
 *   npm start                          build, open the browser (headless report without a display)
 *   npm start -- --no-build            reuse .output/chrome-mv3
 *   npm start -- --headless            the headless report even where there is a display
 *   npm start -- --screenshot[=FILE]   where the report's screenshot goes (default test-results/screenshots/start-demo.png);
 *                                      with a display, also report and exit instead of staying open
 * Env: CHROMIUM_PATH=/path/to/chromium-or-chrome picks the browser; with --no-build, PATHWAY_LENS_EXTENSION_DIR=DIR
 * loads that build instead of .output/chrome-mv3.
 *
 * The sidebar's shadow root is closed in shipped builds, so the headline is read through the DevTools Protocol
 * (scripts/closed-shadow.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readShadowMany, waitForShadow } from './closed-shadow';
import { chromiumArgs, startFixtureServer, type FixtureServer } from './fixture-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_HOST = 'www.linkedin.com';
const DEMO_PATH = '/jobs/view/ai-program-manager-at-meridian-freight-4091557720';
const DEMO_URL = `https://${DEMO_HOST}${DEMO_PATH}/`;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const flagValue = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = flag('headless') || noDisplay;
/** Report mode: wait for the sidebar, print its headline, save the screenshot, exit. */
const report = headless || flag('screenshot');
const screenshotPath = path.resolve(ROOT, flagValue('screenshot') || 'test-results/screenshots/start-demo.png');
const skipBuild = flag('no-build');
// With --no-build, a build elsewhere can be loaded (as the browser tests do: tests/e2e/harness.ts).
const BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');
const EXTENSION_DIR = (skipBuild && process.env.PATHWAY_LENS_EXTENSION_DIR) || BUILD_DIR;

let interrupted = false;
const log = (msg: string) => console.log(`[start] ${msg}`);

const MANUAL_LOAD = [
  'To load the extension by hand:',
  `  1. npm run build            (creates ${path.relative(process.cwd(), BUILD_DIR) || BUILD_DIR})`,
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

const HOST = 'pathway-lens';
const GROUP_IDS = ['have', 'roadmap', 'other'] as const;

/** What the headline reads from the sidebar (data-testids, data-group and classes of components/sidebar/*.tsx). */
const HEADLINE_SELECTORS: Readonly<Record<string, string>> = {
  title: '.pl-head .pl-title',
  company: '.pl-head .pl-company',
  readiness: '[data-testid="readiness"]',
  covered: '.pl-readiness-line',
  // The time-to-qualify block, line by line: the main line, the weeks, unscheduled self-study, "Not counted: …".
  ttq: '[data-testid="time-to-qualify"] :is(.pl-ttq-main, .pl-ttq-sub, .pl-ttq-list > li, .pl-ttq-note)',
  ...Object.fromEntries(
    GROUP_IDS.flatMap((id) => [
      [`${id}:title`, `section[data-group="${id}"] .pl-group-title`],
      [`${id}:count`, `section[data-group="${id}"] .pl-count`],
      [`${id}:skills`, `[data-testid="skill"][data-group="${id}"] .pl-skill-name`],
    ]),
  ),
};

/**
 * Report mode: waits for the sidebar to show the demo posting's gap report, saves the screenshot and prints the
 * headline — readiness, time to qualify and the three groups with their counts and skills, as the sidebar shows them.
 * Returns the exit code: 1 when there is no gap report to print.
 */
async function reportDemo(page: Page): Promise<number> {
  const shown = await waitForShadow(page, HOST, '[data-testid="gap-sidebar"]', {
    timeout: 15_000,
    done: ([el]) => el?.attributes['data-state'] === 'ready',
  }).then(
    ([el]) => (el?.attributes['data-collapsed'] === 'true' ? 'The Pathway Lens sidebar is collapsed: it shows no headline.' : null),
    (err: unknown) => `Pathway Lens did not show a gap report on the demo posting: ${err instanceof Error ? err.message : String(err)}`,
  );
  const found = shown === null ? await readShadowMany(page, HOST, HEADLINE_SELECTORS) : null;

  await mkdir(path.dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, animations: 'disabled' });
  const relative = path.relative(process.cwd(), screenshotPath);
  const savedTo = `screenshot: ${relative.startsWith('..') ? screenshotPath : relative}`;

  const texts = (key: string): string[] => (found?.[key] ?? []).map((el) => el.text);
  const text = (key: string): string => texts(key)[0] ?? '';
  const readiness = Number(found?.readiness?.[0]?.attributes['data-value'] ?? NaN);
  const failure = shown ?? (Number.isInteger(readiness) && readiness >= 0 && readiness <= 100 ? null : 'The sidebar shows no readiness.');
  if (failure) {
    console.error(`[start] ${failure}`);
    log(savedTo);
    return 1;
  }

  const headline = [
    `Pathway Lens on the demo posting: ${[text('title'), text('company')].filter(Boolean).join(' — ')}`,
    `Readiness ${readiness}%${text('covered') ? ` (${text('covered')})` : ''}`,
    `Time to qualify: ${texts('ttq').join('; ')}`,
    ...GROUP_IDS.map((id) => {
      const skills = texts(`${id}:skills`);
      return `${text(`${id}:title`)} (${text(`${id}:count`)}): ${skills.length > 0 ? skills.join(', ') : '—'}`;
    }),
  ];
  console.log(['', ...headline, ''].join('\n'));
  log(savedTo);
  return 0;
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
  if (noDisplay) log('no display (DISPLAY and WAYLAND_DISPLAY are empty): opening the demo posting headless.');

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
      if (report) return 1;
    }

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(DEMO_URL, { waitUntil: 'load' });

    if (report) return await reportDemo(page);

    log(`demo posting: ${DEMO_URL} (fictional, served from this computer)`);
    log('Pathway Lens is loaded: open the puzzle-piece menu in the toolbar and pin "Pathway Lens" to see your pathway.');
    log('Close the browser window (or press Ctrl-C) to stop.');
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
