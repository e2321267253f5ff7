/**
 * Hostile pages (issue 8): the production build in Chromium on pages that do everything a real site may do to an
 * extension — strict CSP and Trusted Types headers, CSS that resets, hides, zooms or transforms everything, a
 * max-z-index overlay and a modal dialog, 1 MB of text, 50,000 nodes, 3,000 levels of nesting, a mutation storm,
 * XSS payloads, a cross-origin job iframe, a posting 3 s late, a second injection, and an extension reload.
 * Pages: tests/e2e/fixtures/hostile/pages.ts (generated). One browser for the file, pages one after the other.
 *
 * Every page asserts:
 *  - the sidebar reaches `ready`, its stylesheet applied (`.pl-root` fixed, panel painted inside the viewport), and is
 *    usable: collapse + expand through the real toggle (Playwright's click hit-tests like a person), and
 *    `document.elementFromPoint` at the panel's centre, from the page's world, is our host;
 *  - the analysis: 2–3 skills with kind and level justified by the fixture text;
 *  - no `pageerror`, and no console error except ones the page causes itself (declared per page, never from
 *    chrome-extension://);
 *  - the page's own DOM, outside `pathway-lens`, and the computed style of sampled page elements are what they were at
 *    DOMContentLoaded. The snapshot is taken by an init script (CDP `addScriptToEvaluateOnNewDocument`, which page CSP
 *    cannot block) at DOMContentLoaded — before the content script, which runs at document_idle. Containers a page
 *    changes by itself are marked `data-volatile` and emptied on both sides.
 *
 * Budgets (printed as `budget:` lines; asserted only against the generous regression guards in BOUNDS — time to sidebar,
 * the late posting's ready time and this file's duration report only): time to sidebar; analysis time on the 1 MB page
 * (content-script JS after insertion, reported against the 200 ms target, guarded at 600 ms; the page inserts its 1 MB
 * description while the sidebar shows "loading" and records `performance.now()` at insertion and at the first frame
 * showing `ready`: capture + analysis + render; nothing new is exposed by the product); content-script heap (CDP
 * `HeapProfiler.collectGarbage` + `Runtime.getHeapUsage` on the page's target — isolated worlds share the page's V8
 * heap — for the same 50,000-node page on a non-board host (no content script) and on a board host after the sidebar
 * is ready: the difference); long tasks (a `PerformanceObserver` the page registers in <head>; the storm and 1 MB pages
 * time their own tasks, and a long task that does not overlap one of the page's own is attributed to the extension —
 * Chromium's long-task attribution names only the frame, never the world); and this file's duration.
 */
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, unexpectedWebRequests, type ExtensionSession } from './harness';
import { DEEP_LEVELS, GH_SAMPLES, hostilePages, type HostilePage } from './fixtures/hostile/pages';

/** The slice of the extension API used inside `evaluate` (service worker or an extension page, not Node). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: { reload(): void };
  storage: {
    onChanged: { addListener(cb: (changes: Record<string, unknown>, area: string) => void): void };
  };
};

const PAGES = hostilePages();
const byName = (name: string): HostilePage => {
  const p = PAGES.find((x) => x.name === name);
  if (!p) throw new Error(`no hostile page ${name}`);
  return p;
};
const urlOf = (p: HostilePage) => `https://${p.host}${p.path}/`;

/** Generous regression guards for a loaded 2-core machine: these are what the tests assert; the measured numbers are printed. */
const BOUNDS = { analysisMs: 600, wallClockMs: 3_000, longTaskMs: 200, heapDeltaMb: 40 };
/** The issue's targets: reports only (printed in the `budget:` lines next to the measured number), never asserted. */
const TARGETS = { analysisMs: 200 };

/** Computed properties compared on sampled page elements (layout-independent ones, plus width). */
const STYLE_PROPS = [
  'display', 'position', 'z-index', 'visibility', 'opacity', 'color', 'background-color', 'font-family', 'font-size',
  'font-weight', 'line-height', 'letter-spacing', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'transform', 'zoom', 'pointer-events', 'overflow-x',
  'overflow-y', 'filter', 'width', 'border-top-width', 'text-decoration-line', 'cursor',
];
const ALL_SAMPLES = [...new Set(PAGES.flatMap((p) => p.samples).concat(GH_SAMPLES))];

/** Runs in every frame before any page script: snapshots at DOMContentLoaded, and times the sidebar by frames. */
function probe({ samples, props }: { samples: string[]; props: string[] }): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__plProbe) return;
  w.__plProbe = true;
  const normalize = (): string => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('pathway-lens').forEach((el) => el.remove());
    clone.querySelectorAll('[data-volatile]').forEach((el) => el.replaceChildren());
    return clone.outerHTML;
  };
  const styles = (): Record<string, Record<string, string>> => {
    const out: Record<string, Record<string, string>> = {};
    for (const sel of samples) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const cs = getComputedStyle(el);
      const entry: Record<string, string> = {};
      for (const p of props) entry[p] = cs.getPropertyValue(p);
      out[sel] = entry;
    }
    return out;
  };
  w.__plNow = () => ({ dom: normalize(), styles: styles() });
  document.addEventListener('DOMContentLoaded', () => {
    w.__plBefore = { dom: normalize(), styles: styles(), dcl: performance.now() };
  }, { once: true });
  const timing = { mounted: null as number | null, ready: null as number | null };
  w.__plSidebar = timing;
  const tick = () => {
    const ui = document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="gap-sidebar"]');
    if (ui && timing.mounted === null) timing.mounted = performance.now();
    if (ui?.getAttribute('data-state') === 'ready') {
      timing.ready = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

interface Tracked {
  pageErrors: string[];
  consoleErrors: { text: string; where: string }[];
  dialogs: string[];
}

function track(page: Page): Tracked {
  const t: Tracked = { pageErrors: [], consoleErrors: [], dialogs: [] };
  page.on('pageerror', (err) => t.pageErrors.push(err.message));
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') t.consoleErrors.push({ text: msg.text(), where: msg.location().url });
  });
  page.on('dialog', (d) => {
    t.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return t;
}

/** Console errors the page causes itself (its own CSP/TT violations) are allowed; anything from the extension is not. */
function unexpectedErrors(t: Tracked, allowed: RegExp[] = []): string[] {
  const fromExtension = (e: { text: string; where: string }) => /chrome-extension:\/\//.test(`${e.text} ${e.where}`);
  return [
    ...t.pageErrors.map((m) => `pageerror: ${m}`),
    ...t.consoleErrors.filter((e) => fromExtension(e) || !allowed.some((re) => re.test(e.text))).map((e) => `console.error: ${e.text} (${e.where})`),
  ];
}

const sidebar = (page: Page) => page.locator('pathway-lens [data-testid="gap-sidebar"]');

async function waitForState(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.locator(`pathway-lens [data-testid="gap-sidebar"][data-state="${state}"]`).waitFor({ state: 'attached', timeout });
}

async function skillRows(page: Page) {
  return page.locator('pathway-lens [data-testid="skill"]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-skill-id'), kind: el.getAttribute('data-kind'), level: el.getAttribute('data-level') })),
  );
}

async function expectAnalysis(page: Page, p: HostilePage): Promise<void> {
  const rows = await skillRows(page);
  for (const want of p.expected) {
    const row = rows.find((r) => r.id === want.id);
    expect(row, `${p.name}: ${want.id} (${want.because})`).toBeDefined();
    expect({ kind: row?.kind, level: row?.level }, `${p.name}: ${want.id} (${want.because})`).toEqual({ kind: want.kind, level: want.level });
  }
}

/** The panel is styled (our shadow stylesheet applied), inside the viewport, and the page's hit test finds our host. */
async function expectPanelReachable(page: Page, name: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const info = await page.evaluate(() => {
    const host = document.querySelector('pathway-lens');
    const root = host?.shadowRoot;
    const ui = root?.querySelector('.pl-root');
    const panel = root?.querySelector('.pl-panel');
    if (!host || !ui || !panel) return null;
    const r = panel.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + Math.min(r.height / 2, 300);
    const hit = document.elementFromPoint(cx, cy);
    return {
      hostTag: host.tagName.toLowerCase(),
      hosts: document.querySelectorAll('pathway-lens').length,
      rootPosition: getComputedStyle(ui).position,
      panelBg: getComputedStyle(panel).backgroundColor,
      panelFont: getComputedStyle(panel).fontSize,
      box: { x: r.left, y: r.top, width: r.width, height: r.height },
      hit: hit === host ? 'host' : hit ? `${hit.tagName.toLowerCase()}#${hit.id}` : 'null',
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
  expect(info, `${name}: sidebar panel present`).not.toBeNull();
  const i = info!;
  expect(i.hostTag).toBe('pathway-lens');
  expect(i.hosts, `${name}: one host`).toBe(1);
  expect(i.rootPosition, `${name}: our stylesheet applies in the shadow root`).toBe('fixed');
  expect(i.panelBg, `${name}: panel painted`).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  expect(i.panelFont, `${name}: px sizes, whatever the page's root font size`).toBe('14px');
  expect(i.box.width, `${name}: panel width`).toBeGreaterThan(250);
  expect(i.box.height, `${name}: panel height`).toBeGreaterThan(300);
  expect(i.box.x + i.box.width, `${name}: panel inside the viewport`).toBeLessThanOrEqual(i.viewport.width + 1);
  expect(i.box.y).toBeGreaterThanOrEqual(-1);
  expect(i.hit, `${name}: elementFromPoint at the panel (page world) is our host`).toBe('host');
  return i.box;
}

/** Collapse and expand with the real toggle (ends expanded: the collapsed state is saved per board). */
async function expectToggleWorks(page: Page, name: string): Promise<void> {
  await page.locator('pathway-lens [data-testid="toggle-sidebar"]').click({ timeout: 5_000 });
  await expect.poll(() => sidebar(page).getAttribute('data-collapsed'), { message: `${name}: collapses` }).toBe('true');
  await page.locator('pathway-lens [data-testid="toggle-sidebar"]').click({ timeout: 5_000 });
  await expect.poll(() => sidebar(page).getAttribute('data-collapsed'), { message: `${name}: expands` }).toBe('false');
}

async function expectPageUnchanged(page: Page, name: string): Promise<void> {
  const r = await page.evaluate(() => {
    const w = window as unknown as { __plBefore?: { dom: string; styles: Record<string, Record<string, string>> }; __plNow: () => { dom: string; styles: Record<string, Record<string, string>> } };
    return { before: w.__plBefore ?? null, now: w.__plNow() };
  });
  expect(r.before, `${name}: DOMContentLoaded snapshot taken`).not.toBeNull();
  if (r.now.dom !== r.before!.dom) {
    // A readable first difference instead of two megabytes of HTML.
    const a = r.before!.dom;
    const b = r.now.dom;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    expect(`…${b.slice(Math.max(0, i - 80), i + 160)}…`, `${name}: page DOM changed outside our host`).toBe(`…${a.slice(Math.max(0, i - 80), i + 160)}…`);
  }
  expect(Object.keys(r.before!.styles).length, `${name}: sampled elements`).toBeGreaterThan(0);
  // Elements the page added later (a late posting) have no "before".
  const now = Object.fromEntries(Object.keys(r.before!.styles).map((k) => [k, r.now.styles[k]]));
  expect(now, `${name}: computed styles of sampled page elements`).toEqual(r.before!.styles);
}

function serviceWorker(session: ExtensionSession) {
  const w = session.context.serviceWorkers().find((x) => x.url().startsWith(`chrome-extension://${session.extensionId}/`));
  if (!w) throw new Error('extension service worker not found');
  return w;
}

async function heapUsedMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

const budget = (line: string) => console.info(`budget: ${line}`);

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/**
 * The content script's share of a CDP CPU profile of the page's renderer (isolated worlds run on the page's main
 * thread): a sample is the extension's when a frame of its stack comes from chrome-extension://. A "stretch" is a run
 * of the extension's samples with gaps under 2 ms — the longest one bounds any long task the extension can cause by
 * its own JavaScript. `afterFunction` names a page function (e.g. the page's `insert`): time is also summed from its
 * last sample on.
 */
function extensionShare(profile: CpuProfile, afterFunction?: string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, { ext: boolean; fn: boolean }>();
  const classify = (id: number): { ext: boolean; fn: boolean } => {
    const known = memo.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const up = parent.has(id) ? classify(parent.get(id)!) : { ext: false, fn: false };
    const v = {
      ext: up.ext || n.callFrame.url.startsWith('chrome-extension://'),
      fn: up.fn || (afterFunction !== undefined && n.callFrame.functionName === afterFunction && !n.callFrame.url.startsWith('chrome-extension://')),
    };
    memo.set(id, v);
    return v;
  };
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  let markerAt = -Infinity;
  profile.samples.forEach((id, i) => {
    if (classify(id).fn) markerAt = times[i]!;
  });
  let total = 0;
  let afterMarker = 0;
  let longest = 0;
  let stretchStart = -1;
  let last = -Infinity;
  profile.samples.forEach((id, i) => {
    if (!classify(id).ext) return;
    const dt = (times[i + 1] ?? times[i]!) - times[i]!;
    total += dt;
    if (times[i]! > markerAt) afterMarker += dt;
    if (times[i]! - last > 2_000) stretchStart = times[i]!;
    longest = Math.max(longest, times[i]! + dt - stretchStart);
    last = times[i]! + dt;
  });
  return { totalMs: total / 1000, afterMarkerMs: markerAt > -Infinity ? afterMarker / 1000 : null, longestStretchMs: longest / 1000 };
}

describe('hostile pages (production build in Chromium)', () => {
  let session: ExtensionSession;
  const suiteStart = Date.now();
  const timeToSidebar: { name: string; navToReady: number; dclToReady: number }[] = [];
  const CONTROL_HOST = 'careers.example.com';
  const CONTROL_PATH = '/hostile/fifty-thousand-nodes';

  beforeAll(async () => {
    const routes: Record<string, Record<string, HostilePage['page']>> = {};
    for (const p of PAGES) (routes[p.host] ??= {})[p.path] = p.page;
    // The same 50,000-node page on a host the content script does not match: the heap control.
    routes[CONTROL_HOST] = { [CONTROL_PATH]: byName('fifty-thousand-nodes').page };
    session = await launchExtension({ routes });
    await session.context.addInitScript(probe, { samples: ALL_SAMPLES, props: STYLE_PROPS });
  });

  afterAll(async () => {
    // Reports only: time to sidebar and the suite's duration are printed, not asserted.
    if (timeToSidebar.length > 0) {
      const sorted = [...timeToSidebar].sort((a, b) => a.navToReady - b.navToReady);
      const med = sorted[Math.floor(sorted.length / 2)]!;
      const dcl = [...timeToSidebar].sort((a, b) => a.dclToReady - b.dclToReady)[Math.floor(sorted.length / 2)]!;
      budget(
        `time to sidebar (navigation start → first frame showing ready), median over ${sorted.length} hostile pages: ${med.navToReady.toFixed(0)} ms ` +
          `(DOMContentLoaded → ready ${dcl.dclToReady.toFixed(0)} ms; slowest ${sorted.at(-1)!.name} ${sorted.at(-1)!.navToReady.toFixed(0)} ms)`,
      );
    }
    await session?.close();
    budget(`hostile-pages suite duration ${((Date.now() - suiteStart) / 1000).toFixed(1)} s (browser launch to close)`);
  });

  /**
   * The common checks. `extra` runs after the sidebar is ready and before the DOM comparison.
   * Returns the page (closed by the caller's `finally` unless `keepOpen`).
   */
  async function runPage(
    p: HostilePage,
    opts: {
      allowConsole?: RegExp[];
      extra?: (page: Page, t: Tracked, profile: () => Promise<CpuProfile>) => Promise<void>;
      skipToggle?: boolean;
      skipReachable?: boolean;
      /** Record a CDP CPU profile of the page's renderer from before navigation (see extensionShare). */
      profile?: boolean;
    } = {},
  ): Promise<void> {
    const page = await session.context.newPage();
    const t = track(page);
    let cdp: CDPSession | null = null;
    try {
      if (opts.profile) {
        cdp = await session.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await cdp.send('Profiler.start');
      }
      const stopProfile = async (): Promise<CpuProfile> => {
        if (!cdp) throw new Error('not profiling');
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        return profile;
      };
      await page.goto(urlOf(p), { waitUntil: 'load' });
      await waitForState(page, 'ready', p.readyTimeoutMs ?? 15_000);
      const timing = await page.evaluate(() => {
        const w = window as unknown as { __plSidebar: { ready: number | null }; __plBefore?: { dcl: number } };
        return { ready: w.__plSidebar.ready, dcl: w.__plBefore?.dcl ?? null };
      });
      if (timing.ready !== null && timing.dcl !== null && !/late|storm|megabyte/.test(p.name)) {
        timeToSidebar.push({ name: p.name, navToReady: timing.ready, dclToReady: timing.ready - timing.dcl });
      }
      await expectAnalysis(page, p);
      if (!opts.skipReachable) await expectPanelReachable(page, p.name);
      if (!opts.skipToggle) await expectToggleWorks(page, p.name);
      await opts.extra?.(page, t, stopProfile);
      await screenshot(page, `hostile-${p.name}`);
      await expectPageUnchanged(page, p.name);
      expect(t.dialogs, `${p.name}: no alert/confirm/prompt`).toEqual([]);
      expect(unexpectedErrors(t, opts.allowConsole), `${p.name}: errors`).toEqual([]);
    } finally {
      await cdp?.detach().catch(() => undefined);
      await page.close();
    }
  }

  it('content-script heap: JS heap delta on a 50,000-node page vs the same page where the script does not run', async () => {
    const measure = async (url: string, board: boolean) => {
      const page = await session.context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        if (board) await waitForState(page, 'ready');
        else await page.waitForTimeout(1_000);
        await page.waitForTimeout(500);
        const cdp = await session.context.newCDPSession(page);
        const a = await heapUsedMb(cdp);
        const b = await heapUsedMb(cdp);
        await cdp.detach();
        return Math.min(a, b);
      } finally {
        await page.close();
      }
    };
    const p = byName('fifty-thousand-nodes');
    const control = await measure(`https://${CONTROL_HOST}${CONTROL_PATH}`, false);
    const withExtension = await measure(urlOf(p), true);
    const delta = withExtension - control;
    budget(
      `content-script JS heap delta after mount on the 50,000-node page: ${delta.toFixed(2)} MB ` +
        `(page heap ${control.toFixed(2)} MB without the content script → ${withExtension.toFixed(2)} MB with the sidebar ready; ` +
        'CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage on the page target, isolated world included)',
    );
    expect(delta).toBeLessThan(BOUNDS.heapDeltaMb);
  });

  it("strict CSP header (default-src 'none'; style-src 'none'): sidebar styled and working, page untouched", async () => {
    // The page's own <style> is refused by its own policy: reported once, from the page. A second report would be our
    // shadow-root <style> (then also unstyled, which expectPanelReachable checks).
    const allowed = /(Applying inline style violates|Refused to apply inline style because it violates) the following Content Security Policy directive/;
    await runPage(byName('csp-strict'), {
      allowConsole: [allowed],
      extra: async (_page, t) => {
        expect(t.consoleErrors.filter((e) => allowed.test(e.text))).toHaveLength(1);
      },
    });
  });

  it("Trusted Types header (require-trusted-types-for 'script'; trusted-types 'none')", async () => {
    await runPage(byName('trusted-types'), {
      allowConsole: [/requires 'TrustedHTML' assignment/],
      extra: async (page) => {
        // The policy is really enforced in this page (its own innerHTML assignment threw).
        expect(await page.evaluate(() => (window as unknown as { __ttEnforced?: boolean }).__ttEnforced)).toBe(true);
      },
    });
  });

  it('html { font-size: 10px }', async () => {
    await runPage(byName('root-font-size'));
  });

  it('* { all: unset !important }', async () => {
    await runPage(byName('all-unset'));
  });

  it('div { display: none !important } — our host is not a div', async () => {
    await runPage(byName('div-display-none'), {
      extra: async (page) => {
        expect(await page.evaluate(() => document.querySelector('[data-wxt-shadow-root]')?.tagName)).toBe('PATHWAY-LENS');
        // The shadow root's own divs are rendered (the page's selector does not cross the shadow boundary).
        expect(await page.locator('pathway-lens .pl-panel').isVisible()).toBe(true);
      },
    });
  });

  it('@font-face overriding common families and custom properties with our names', async () => {
    await runPage(byName('fonts-and-custom-props'), {
      extra: async (page) => {
        const colors = await page.evaluate(() => {
          const root = document.querySelector('pathway-lens')!.shadowRoot!;
          const panel = root.querySelector('.pl-panel')!;
          return { bg: getComputedStyle(panel).backgroundColor, text: getComputedStyle(root.querySelector('.pl-root')!).color };
        });
        // The page's --pl-bg / --pl-text (magenta / green) do not leak through: ours are defined on .pl-root.
        expect(colors.bg).not.toBe('rgb(255, 0, 255)');
        expect(colors.text).not.toBe('rgb(0, 255, 0)');
      },
    });
  });

  it('body { zoom: .5 }', async () => {
    await runPage(byName('body-zoom'));
  });

  it('transform stacking context on body (and a filter on html)', async () => {
    await runPage(byName('body-transform'));
  });

  it('full-viewport overlay at z-index 2147483647: panel on top; collapsed, a click on the page button reaches the page', async () => {
    const p = byName('overlay-max-z');
    await runPage(p, {
      extra: async (page) => {
        await expectClickThroughWhenCollapsed(page, '#overlay-action');
      },
    });
  });

  /** Expanded, the panel covers the page button; collapsed, a real mouse click at the button's centre reaches the page. */
  async function expectClickThroughWhenCollapsed(page: Page, button: string): Promise<void> {
    const box = await page.locator(button).boundingBox();
    expect(box).not.toBeNull();
    const cx = box!.x + box!.width / 2;
    const cy = box!.y + box!.height / 2;
    const hitAt = () => page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x!, y!);
      return el?.tagName === 'PATHWAY-LENS' ? 'host' : `${el?.tagName.toLowerCase()}#${el?.id}`;
    }, [cx, cy]);
    expect(await hitAt(), 'expanded: the panel covers the page button').toBe('host');
    await page.locator('pathway-lens [data-testid="toggle-sidebar"]').click({ timeout: 5_000 });
    await expect.poll(() => sidebar(page).getAttribute('data-collapsed')).toBe('true');
    expect(await hitAt(), 'collapsed: the page button is hit').toBe(button.replace('#', 'button#'));
    const before = await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks);
    await page.mouse.click(cx, cy);
    expect(await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks)).toBe(before + 1);
    await page.locator('pathway-lens [data-testid="toggle-sidebar"]').click({ timeout: 5_000 });
    await expect.poll(() => sidebar(page).getAttribute('data-collapsed')).toBe('false');
  }

  it('open modal <dialog> (showModal): ready underneath; the page\'s modal keeps the top layer, our panel is reachable once it closes', async () => {
    await runPage(byName('modal-dialog'), {
      // A modal dialog makes everything outside it inert and paints it in the top layer (HTML spec): nothing outside
      // the dialog — a max z-index element or even a popover shown after it — can be hit, so the sidebar does not
      // fight the page's modal. Checked instead: it analyses underneath, the page's dialog gets the clicks, and the
      // panel is reachable and usable once the person closes the dialog.
      skipReachable: true,
      skipToggle: true,
      extra: async (page) => {
        expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog#consent')?.open)).toBe(true);
        const box = await page.locator('pathway-lens .pl-panel').boundingBox();
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id ?? null, [box!.x + box!.width / 2, box!.y + 300]);
        expect(hit, 'while the modal is open the page\'s dialog is hit').toBe('consent');
        await screenshot(page, 'hostile-modal-dialog-open');
        const before = await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks);
        const b = await page.locator('#dialog-action').boundingBox();
        await page.mouse.click(b!.x + b!.width / 2, b!.y + b!.height / 2);
        expect(await page.evaluate(() => (window as unknown as { __pageClicks: number }).__pageClicks), 'a click on the dialog button reaches the page').toBe(before + 1);
        // The person closes the page's dialog (Escape): our panel is on top again and usable.
        await page.keyboard.press('Escape');
        await expect.poll(() => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog#consent')?.open)).toBe(false);
        await expectPanelReachable(page, 'modal-dialog (closed)');
        await expectToggleWorks(page, 'modal-dialog (closed)');
        // Back to the page's own state for the DOM comparison.
        await page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog#consent')!.showModal());
      },
    });
  });

  it('non-modal <dialog open> at z-index 2147483647 over the viewport', async () => {
    await runPage(byName('open-dialog-max-z'), {
      extra: async (page) => {
        await expectClickThroughWhenCollapsed(page, '#promo-action');
      },
    });
  });

  it('1 MB of text in the posting (static page)', async () => {
    await runPage(byName('one-megabyte'));
  });

  it(`1 MB posting inserted late: content-script JS after insertion (${TARGETS.analysisMs} ms target reports only; guard ≤ ${BOUNDS.analysisMs} ms), inserted → ready painted ≤ ${BOUNDS.wallClockMs} ms, longest content-script JS stretch ≤ ${BOUNDS.longTaskMs} ms (long tasks report only)`, async () => {
    await runPage(byName('one-megabyte-late'), {
      profile: true,
      extra: async (page, _t, stopProfile) => {
        await page.waitForTimeout(500);
        const share = extensionShare(await stopProfile(), 'insert');
        const t = await page.evaluate(() => {
          const w = window as unknown as {
            __plTiming: { inserted: number | null; ready: number | null; insertMs: number; longTasks: { start: number; duration: number; container: string }[]; pageTasks: { start: number; end: number }[] };
          };
          return w.__plTiming;
        });
        expect(t.inserted).not.toBeNull();
        expect(t.ready).not.toBeNull();
        const analysis = t.ready! - t.inserted!;
        const own = (lt: { start: number; duration: number }) => t.pageTasks.some((pt) => lt.start < pt.end && lt.start + lt.duration > pt.start);
        const after = t.longTasks.filter((lt) => lt.start + lt.duration >= t.inserted! && !own(lt));
        const worst = Math.max(0, ...after.map((lt) => lt.duration));
        budget(
          `analysis time on the 1 MB page: content-script JavaScript after the page inserted its 1 MB description ${share.afterMarkerMs?.toFixed(0)} ms ` +
            `(CDP CPU profile: capture + analysis + sidebar render + highlights; target ≤ ${TARGETS.analysisMs} ms); ` +
            `wall clock inserted → first frame showing ready ${analysis.toFixed(0)} ms, which includes the page's own style/layout of 1 MB of text ` +
            `(long tasks after insertion: ${after.length ? after.map((lt) => `${lt.duration.toFixed(0)} ms`).join(', ') : 'none'}, longest ${worst.toFixed(0)} ms); ` +
            `longest uninterrupted content-script JS stretch ${share.longestStretchMs.toFixed(0)} ms, content-script JS over the page's life ${share.totalMs.toFixed(0)} ms`,
        );
        expect(share.afterMarkerMs, 'the profile saw the page insert its description').not.toBeNull();
        expect(share.afterMarkerMs!).toBeLessThanOrEqual(BOUNDS.analysisMs);
        expect(analysis).toBeLessThanOrEqual(BOUNDS.wallClockMs);
        expect(share.longestStretchMs, 'longest task attributable to the extension').toBeLessThanOrEqual(BOUNDS.longTaskMs);
      },
    });
  });

  it('50,000 nodes', async () => {
    await runPage(byName('fifty-thousand-nodes'));
  });

  it(`the posting ${DEEP_LEVELS} elements deep (3,000 crash Chromium's renderer without the extension)`, async () => {
    await runPage(byName('deep-nesting'), {
      extra: async (page) => {
        expect(await page.evaluate(() => (window as unknown as { __deepest: number }).__deepest)).toBe(DEEP_LEVELS);
      },
    });
  });

  it(`mutation storm (1,000 node changes every 16 ms for 5 s, posting arrives 1 s in): ready during the storm, longest content-script JS stretch ≤ ${BOUNDS.longTaskMs} ms (long tasks report only)`, async () => {
    await runPage(byName('mutation-storm'), {
      profile: true,
      extra: async (page, _t, stopProfile) => {
        const readyAt = await page.evaluate(() => (window as unknown as { __plSidebar: { ready: number } }).__plSidebar.ready);
        await page.waitForFunction(() => (window as unknown as { __storm: { done: boolean } }).__storm.done, undefined, { timeout: 20_000 });
        const share = extensionShare(await stopProfile());
        const s = await page.evaluate(() => (window as unknown as { __storm: { ticks: number; changes: number; longTasks: { start: number; duration: number }[]; pageTaskMax: number; start: number; end: number; inserted: number } }).__storm);
        // The page's own tasks are each ≤ pageTaskMax; a long task longer than that plus a margin is not one of them.
        const foreign = s.longTasks.filter((lt) => lt.start >= s.start && lt.duration > s.pageTaskMax + 50);
        const worst = Math.max(0, ...foreign.map((lt) => lt.duration));
        budget(
          `mutation storm: ${s.changes} node changes in ${((s.end - s.start) / 1000).toFixed(1)} s (${s.ticks} ticks, the page's own longest tick ${s.pageTaskMax.toFixed(0)} ms); ` +
            `sidebar ready ${(readyAt - s.inserted).toFixed(0)} ms after the posting arrived mid-storm; long tasks during the storm: ${s.longTasks.length} ` +
            `(longest ${Math.max(0, ...s.longTasks.map((lt) => lt.duration)).toFixed(0)} ms; longer than any of the page's own ticks: ${foreign.length}, longest ${worst.toFixed(0)} ms); ` +
            `content-script JS (CDP CPU profile) ${share.totalMs.toFixed(0)} ms in total, longest uninterrupted stretch ${share.longestStretchMs.toFixed(0)} ms`,
        );
        expect(readyAt).toBeGreaterThan(s.inserted);
        expect(readyAt).toBeLessThan(s.end);
        expect(share.longestStretchMs, 'longest task attributable to the extension').toBeLessThanOrEqual(BOUNDS.longTaskMs);
      },
    });
  });

  it('the posting is rendered 3 s late: loading, then ready with the late posting', async () => {
    const p = byName('late-3s');
    await runPage(p, {
      extra: async (page) => {
        const t = await page.evaluate(() => (window as unknown as { __plTiming: { inserted: number; ready: number } }).__plTiming);
        const dcl = await page.evaluate(() => (window as unknown as { __plBefore: { dcl: number } }).__plBefore.dcl);
        expect(t.inserted - dcl).toBeGreaterThanOrEqual(2_900);
        // Reports only: how soon after the page rendered the posting the sidebar was ready (no bound but runPage's wait).
        budget(`late posting: ready ${(t.ready - t.inserted).toFixed(0)} ms after the page rendered it (3 s after DOMContentLoaded)`);
        // The slot holds exactly what the page put there.
        const same = await page.evaluate(() => {
          const tpl = document.getElementById('posting-template') as HTMLTemplateElement;
          return document.getElementById('job-description-slot')!.innerHTML === tpl.innerHTML;
        });
        expect(same).toBe(true);
      },
    });
  });

  async function expectInertXss(page: Page, t: Tracked): Promise<void> {
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => {
      const root = document.querySelector('pathway-lens')!.shadowRoot!;
      return {
        imgs: root.querySelectorAll('img').length,
        scripts: root.querySelectorAll('script').length,
        jsLinks: [...root.querySelectorAll('a[href]')].filter((a) => !/^(https?|chrome-extension):/.test(a.getAttribute('href') ?? '')).length,
        xss: (window as unknown as { __xss?: number }).__xss ?? 0,
        text: (root.querySelector('.pl-panel') as HTMLElement).innerText,
      };
    });
    expect(r.imgs, 'no <img> in the shadow root').toBe(0);
    expect(r.scripts).toBe(0);
    expect(r.jsLinks, 'no javascript: links in the shadow root').toBe(0);
    expect(r.xss, 'no onerror handler ran').toBe(0);
    expect(t.dialogs).toEqual([]);
    // Shown literally, as text.
    expect(r.text).toContain('<img src=x onerror=');
  }

  it('XSS payloads in title, company and description (Greenhouse DOM) render as inert text', async () => {
    await runPage(byName('xss-greenhouse'), { extra: expectInertXss });
  });

  it('XSS payloads in LinkedIn JSON-LD (title, company, HTML description) render as inert text', async () => {
    await runPage(byName('xss-linkedin-jsonld'), { extra: expectInertXss });
  });

  it('cross-origin job iframe (LinkedIn job page framing a Greenhouse job): the UI renders once, in the top frame', async () => {
    const p = byName('cross-origin-iframe');
    await runPage(p, {
      extra: async (page) => {
        const frame = page.frames().find((f) => f.url().includes(byName('framed-job-page').path));
        expect(frame, 'the framed job loaded').toBeDefined();
        await frame!.waitForLoadState('load');
        await page.waitForTimeout(1_000);
        expect(await frame!.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(0);
        expect(await page.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(1);
        // The top frame's posting, not the framed one.
        const rows = await skillRows(page);
        expect(rows.map((r) => r.id)).not.toContain('rust');
      },
    });
  });

  it('a page that clobbers main-world globals and uses document.write', async () => {
    await runPage(byName('document-write-and-globals'));
  });

  it('content script and sidebar injected twice: one host, still working, one storage write per save click', async () => {
    const p = byName('double-injection');
    await runPage(p, {
      extra: async (page) => {
        const worker = serviceWorker(session);
        await worker.evaluate(async (url) => {
          const tab = (await chrome.tabs.query({})).find((x) => x.url?.startsWith(url));
          if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
          // The detector again (it finds the running sidebar and asks for nothing), then the sidebar bundle itself
          // (its guard retires the running one: one sidebar, still working).
          await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content-scripts/job.js'] });
          await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['job-ui.js'] });
        }, urlOf(p).replace(/\/$/, ''));
        await page.waitForTimeout(1_500);
        expect(await page.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(1);
        expect(await sidebar(page).getAttribute('data-state'), 'the second injection must not invalidate the first').toBe('ready');

        // Count storage change events seen by an extension page while the save button is clicked once.
        const watcher = await session.openPopup();
        try {
          await watcher.evaluate(() => {
            const w = window as unknown as { __writes: string[][] };
            w.__writes = [];
            chrome.storage.onChanged.addListener((changes, area) => {
              if (area === 'local') w.__writes.push(Object.keys(changes));
            });
          });
          await page.bringToFront();
          await page.locator('pathway-lens [data-testid="save-posting"]').click();
          await expect.poll(() => page.locator('pathway-lens [data-testid="save-posting"]').getAttribute('data-saved'), { timeout: 10_000 }).toBe('true');
          await page.waitForTimeout(1_000);
          const writes = await watcher.evaluate(() => (window as unknown as { __writes: string[][] }).__writes);
          const postingWrites = writes.filter((keys) => keys.some((k) => k.startsWith('posting:')));
          expect(postingWrites, `storage writes: ${JSON.stringify(writes)}`).toHaveLength(1);
        } finally {
          await watcher.close();
        }
      },
    });
  });

  it('extension reloaded while the tab is open: the old tab says "reload this tab", no error flood', async () => {
    const p = byName('extension-reload');
    const page = await session.context.newPage();
    const t = track(page);
    try {
      await page.goto(urlOf(p), { waitUntil: 'load' });
      await waitForState(page, 'ready');
      await expectAnalysis(page, p);
      const worker = serviceWorker(session);
      // The worker dies while answering: the evaluate may reject.
      await worker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50)).catch(() => undefined);
      await waitForState(page, 'context-invalidated', 15_000);
      expect(await sidebar(page).innerText()).toMatch(/reload this tab/i);
      expect(await page.evaluate(() => document.querySelectorAll('pathway-lens').length)).toBe(1);
      // Poke the dead content script the way a person would: toggle, switch highlights off, scroll, navigate in-page.
      await page.locator('pathway-lens [data-testid="toggle-sidebar"]').click({ timeout: 5_000 });
      await page.locator('pathway-lens [data-testid="toggle-sidebar"]').click({ timeout: 5_000 });
      await page.evaluate(() => history.pushState({}, '', `${location.pathname}?tab=2`));
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(2_000);
      await screenshot(page, `hostile-${p.name}`);
      const errors = unexpectedErrors(t);
      console.info(`[hostile] after the extension reload the old tab logged ${errors.length} error(s)${errors.length ? `: ${errors.join(' | ')}` : ''}`);
      expect(errors, 'no error flood (none at all)').toEqual([]);
      await expectPageUnchanged(page, p.name);
    } finally {
      await page.close();
    }
  });

  it('made no network calls of its own', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
  });
});
