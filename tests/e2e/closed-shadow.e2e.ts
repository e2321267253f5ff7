/**
 * What the page can see: the SHIPPED build keeps the sidebar's shadow root closed, so a job board's scripts cannot
 * read the user's readiness or skill gaps out of it.
 *
 * Runs against the shipped builds and zips — `npm run zip`, then `npm run test:closed`; `npm test` does both before it
 * rebuilds with PATHWAY_LENS_OPEN_SHADOW=1 for the other browser tests. It fails on an open build.
 *
 * 1. The built files: the sidebar bundle the background injects on job pages (`job-ui.js`) of the Chrome and Firefox
 *    builds and of the two release zips compiles the sidebar's `createShadowRootUi` to `mode: 'closed'`, as does the
 *    list badges bundle injected on search/result lists (`list-ui.js`); the job-page detector (`content-scripts/job.js`,
 *    on every board page) creates no UI, and no other file calls `attachShadow`.
 * 2. In Chromium, from the page's own main world (`page.evaluate`), on a job page whose sidebar has rendered (read
 *    through the DevTools Protocol, which sees closed roots): `host.shadowRoot` is null; an `attachShadow` the page
 *    patched before the extension ran caught nothing; the page's text and DOM are what the page parsed; pointer,
 *    click, focus and key events from inside the sidebar reach the page as events on the host; every shadow root in
 *    the page is closed; and what is left to observe is what the README's privacy section lists (the host; with
 *    highlights on, `CSS.highlights` and the `::highlight()` style sheet; with the Highlights switch off, the host).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../lib/highlights/page-highlights';
import { waitForShadow, withDom, withShadowRoot, type DomNode } from '../../scripts/closed-shadow';
import {
  assertBuilt,
  builtShadowRoots,
  CHROME_BUILD_DIR,
  DETECTOR_FILE,
  FIREFOX_BUILD_DIR,
  JOB_UI_FILE,
  launchExtension,
  LIST_UI_FILE,
  REPO_ROOT,
  screenshot,
  unexpectedWebRequests,
  type ExtensionSession,
} from './harness';
import { fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from './fixtures';

const HOST = 'pathway-lens';
const OPEN_BUILD_HINT =
  'is an open-shadow test build (PATHWAY_LENS_OPEN_SHADOW=1): make the shipped one with `npm run zip` first';

// ---------------------------------------------------------------------------------------------------------------
// 1. The built files
// ---------------------------------------------------------------------------------------------------------------

/** Every file of a zip archive (stored or deflated), read from its central directory. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip archive`);
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (!name.endsWith('/')) entries.set(name, method === 0 ? data : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every `.js` file of a build directory, and its manifest.json, by path relative to it. */
function builtScripts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && (entry.name.endsWith('.js') || entry.name === 'manifest.json')) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file).split(path.sep).join('/'), readFileSync(file, 'utf8'));
    }
  }
  return out;
}

const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const zipOf = (browser: string) => path.join(REPO_ROOT, '.output', `pathway-lens-${version}-${browser}.zip`);

const buildDir = (name: string, dir: string, command: string) => ({
  name,
  scripts: () => {
    assertBuilt(dir, command);
    return builtScripts(dir);
  },
});

const SHIPPED: { name: string; scripts: () => Map<string, string> }[] = [
  buildDir('Chrome build (.output/chrome-mv3)', CHROME_BUILD_DIR, 'npm run build'),
  buildDir('Firefox build (.output/firefox-mv2)', FIREFOX_BUILD_DIR, 'npm run build:firefox'),
  ...['chrome', 'firefox'].map((browser) => ({
    name: `${browser} zip (.output/${path.basename(zipOf(browser))})`,
    scripts: () => {
      let files: Map<string, Buffer>;
      try {
        files = readZip(zipOf(browser));
      } catch (err) {
        const e = new Error(`No readable ${path.relative(REPO_ROOT, zipOf(browser))} — run \`npm run zip\` first (${String(err)})`);
        e.stack = e.message;
        throw e;
      }
      return new Map([...files].filter(([name]) => name.endsWith('.js') || name === 'manifest.json').map(([name, data]) => [name, data.toString('utf8')]));
    },
  })),
];

describe('the shipped builds and zips compile every shadow root closed', () => {
  for (const shipped of SHIPPED) {
    it(shipped.name, () => {
      const scripts = shipped.scripts();
      // The detector runs on every board page and draws nothing; the sidebar is the bundle the background injects.
      const detector = scripts.get(DETECTOR_FILE);
      expect(detector, `${DETECTOR_FILE} is in the package`).toBeDefined();
      expect(builtShadowRoots(detector ?? '').uis, 'the detector creates no UI').toEqual([]);
      const content = scripts.get(JOB_UI_FILE);
      expect(content, `${JOB_UI_FILE} is in the package`).toBeDefined();

      const { uis } = builtShadowRoots(content ?? '');
      expect(uis.map((ui) => ui.name), 'the sidebar is a shadow-root UI').toContain(HOST);
      const open = uis.filter((ui) => ui.mode !== 'closed');
      expect(open, `${shipped.name} ${OPEN_BUILD_HINT}`).toEqual([]);

      // The list badges (injected on search/result lists) are the other shadow-root UI, closed the same way.
      const list = builtShadowRoots(scripts.get(LIST_UI_FILE) ?? '').uis;
      expect(list.map((ui) => ui.name), `${LIST_UI_FILE} draws the list badges in a shadow-root UI`).toEqual(['pathway-lens-badges']);
      expect(list.filter((ui) => ui.mode !== 'closed'), `${shipped.name} ${OPEN_BUILD_HINT}`).toEqual([]);

      // Every shadow root goes through WXT's createShadowRootUi → @webext-core/isolated-element: one attachShadow call in
      // each bundle that draws. Another one is a new shadow root: make it closed (lib/job-page/shadow-mode.ts), then count it.
      const calls = [...scripts].map(([name, source]) => ({ name, calls: builtShadowRoots(source).attachShadowCalls })).filter((f) => f.calls > 0);
      expect(calls.sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual([
        { name: JOB_UI_FILE, calls: 1 },
        { name: LIST_UI_FILE, calls: 1 },
      ]);

      // The background injects job-ui.js with scripting.executeScript: no file is web-accessible (a page could fetch
      // one to tell the extension is installed), and the manifest lists the detector as the only content script.
      const manifest = JSON.parse(scripts.get('manifest.json') ?? '{}') as { web_accessible_resources?: unknown; content_scripts?: { js?: string[] }[] };
      expect(manifest.web_accessible_resources, 'web_accessible_resources').toBeUndefined();
      expect((manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])).toEqual([DETECTOR_FILE]);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 2. In Chromium, from the page's main world
// ---------------------------------------------------------------------------------------------------------------

/**
 * A page script that runs before the extension (first in <head>): it patches `attachShadow` to keep every shadow root
 * created through the page's prototype, keeps a copy of its text and DOM at DOMContentLoaded (the content script runs
 * at document_idle, later), and records the path of every event it hears.
 */
const PAGE_SPY = `<script>(function () {
  var spy = window.__spy = { roots: [], events: [], before: null };
  var attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    var root = attach.call(this, init);
    spy.roots.push({ host: this.localName, mode: init && init.mode, root: root });
    return root;
  };
  Element.prototype.attachShadow.__patched = true;
  function record(type, e) {
    spy.events.push({
      type: type,
      target: e.target && e.target.localName,
      path: e.composedPath().map(function (n) { return n.nodeName; }),
      insideShadow: e.composedPath().some(function (n) { return n.getRootNode && n.getRootNode() instanceof ShadowRoot; }),
    });
  }
  ['pointerover', 'mouseover', 'pointerdown', 'click', 'focusin', 'keydown', 'keyup', 'input'].forEach(function (type) {
    window.addEventListener(type, function (e) { record(type, e); }, true);
  });
  ['keydown', 'keyup'].forEach(function (type) {
    document.addEventListener(type, function (e) { record(type + ' (bubbling)', e); });
  });
  document.addEventListener('DOMContentLoaded', function () {
    spy.before = { text: document.body.innerText, textContent: document.documentElement.textContent, html: document.documentElement.outerHTML };
  });
})();</script>`;

interface Spy {
  roots: { host: string; mode: string }[];
  events: { type: string; target: string | null; path: string[]; insideShadow: boolean }[];
  before: { text: string; textContent: string; html: string } | null;
}

function walk(node: DomNode, visit: (n: DomNode, parent?: DomNode) => void, parent?: DomNode): void {
  visit(node, parent);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    walk(child, visit, node);
  }
}

/** Every author shadow root in the page (user-agent roots of inputs and media left out), with its host and mode. */
function shadowRoots(root: DomNode): { host: string; mode: string }[] {
  const out: { host: string; mode: string }[] = [];
  walk(root, (n, parent) => {
    if (n.nodeName === '#document-fragment' && n.shadowRootType && n.shadowRootType !== 'user-agent') {
      out.push({ host: parent?.localName ?? '?', mode: n.shadowRootType });
    }
  });
  return out;
}

interface SidebarText {
  /** Text of every element inside the sidebar that has text of its own. */
  leaves: string[];
  /** Each skill row's label: the first text in the row. */
  skills: string[];
  readiness: string | null;
}

/** Runs `use` on the sidebar's (closed) shadow root through the DevTools Protocol (scripts/closed-shadow.ts). */
async function inSidebar<T>(page: Page, use: (cdp: CDPSession, rootNodeId: number) => Promise<T>): Promise<T> {
  const result = await withShadowRoot(page, HOST, async (cdp, rootNodeId) => ({ value: await use(cdp, rootNodeId) }));
  if (!result) throw new Error(`no shadow root on <${HOST}>`);
  return result.value;
}

/** Reads the sidebar's text from inside its (closed) shadow root. */
function readSidebar(page: Page): Promise<SidebarText> {
  return inSidebar(page, async (cdp, rootNodeId) => {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: rootNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const own = (el) => el.localName === 'style' ? '' : [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.data).join('').replace(/\\s+/g, ' ').trim();
        const leaves = [...this.querySelectorAll('*')].map(own).filter(Boolean);
        const skills = [...this.querySelectorAll('[data-testid="skill"]')].map((row) => [...row.querySelectorAll('*')].map(own).find(Boolean) ?? '');
        const readiness = this.querySelector('[data-testid="readiness"]')?.getAttribute('data-value') ?? null;
        return { leaves, skills, readiness };
      }`,
    });
    if (object.objectId) await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    return result.value as SidebarText;
  });
}

/** The centre, in page coordinates, of the first element matching `selector` inside the sidebar. */
function centreInSidebar(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return inSidebar(page, async (cdp, rootNodeId) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: rootNodeId, selector });
    if (!nodeId) throw new Error(`no ${selector} inside <${HOST}>`);
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  });
}

/** Focuses the first element matching `selector` inside the sidebar, as a click or Tab would. */
function focusInSidebar(page: Page, selector: string): Promise<void> {
  return inSidebar(page, async (cdp, rootNodeId) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: rootNodeId, selector });
    if (!nodeId) throw new Error(`no ${selector} inside <${HOST}>`);
    await cdp.send('DOM.focus', { nodeId });
  });
}

/** What the extension left in the page's highlight registry and adopted style sheets, read from the page. */
function pageHighlights(page: Page): Promise<{ highlights: string[]; ranges: number; rules: string[] }> {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()],
    ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    rules: document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText.split('{')[0]!.trim())),
  }));
}

describe('in Chromium, a job page cannot read the sidebar of the shipped build', () => {
  let session: ExtensionSession;
  let page: Page;
  let sidebar: SidebarText;

  beforeAll(async () => {
    const body = fixture('linkedin-job.html').replace(/<head>/i, `<head>${PAGE_SPY}`);
    session = await launchExtension({ routes: { 'www.linkedin.com': { [LINKEDIN_JOB_PATH]: { body } } } });
    page = await session.goto(LINKEDIN_JOB_URL);
    await page.waitForFunction((host) => !!document.querySelector(host), HOST, { timeout: 10_000 });
    // The sidebar did render (and analysed the posting): the DevTools Protocol reads inside closed roots.
    await waitForShadow(page, HOST, '[data-testid="gap-sidebar"]', { timeout: 15_000, done: (els) => els[0]?.attributes['data-state'] === 'ready' });
    sidebar = await readSidebar(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('renders the analysed posting inside the closed root (read through the DevTools Protocol)', async () => {
    expect(Number(sidebar.readiness)).toBeGreaterThanOrEqual(0);
    expect(sidebar.skills.length).toBeGreaterThan(3);
    expect(sidebar.leaves).toContain('Readiness');
    const shot = await screenshot(page, 'closed-shadow-linkedin-job');
    expect(shot).toMatch(/closed-shadow-linkedin-job\.png$/);
  });

  it('host.shadowRoot is null, and the host has no content of its own', async () => {
    const host = await page.evaluate((name) => {
      const el = document.querySelector(name)!;
      return {
        count: document.querySelectorAll(name).length,
        parent: el.parentElement?.localName,
        shadowRoot: el.shadowRoot === null ? null : 'exposed',
        children: el.childNodes.length,
        serialized: el.getHTML({ serializableShadowRoots: true }),
      };
    }, HOST);
    expect(host).toEqual({ count: 1, parent: 'html', shadowRoot: null, children: 0, serialized: '' });
  });

  it('every shadow root in the page is closed', async () => {
    const roots = await withDom(page, async (_cdp, root) => shadowRoots(root));
    expect(roots).toEqual([{ host: HOST, mode: 'closed' }]);
  });

  it("the page's patched attachShadow, installed before the extension ran, caught nothing", async () => {
    const spy = await page.evaluate(() => {
      const s = (window as unknown as { __spy: Spy }).__spy;
      return { roots: s.roots.map((r) => ({ host: r.host, mode: r.mode })), patched: (Element.prototype.attachShadow as unknown as { __patched?: boolean }).__patched === true };
    });
    expect(spy).toEqual({ roots: [], patched: true });
  });

  it("the page's text and DOM are what it parsed: no readiness, no skill names", async () => {
    const now = await page.evaluate((name) => {
      const s = (window as unknown as { __spy: Spy }).__spy;
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll(name).forEach((el) => el.remove());
      // All a page script can reach: the document's text, and that of every shadow root `.shadowRoot` hands out.
      const reachable: string[] = [];
      const reach = (root: Document | ShadowRoot) => {
        reachable.push(root instanceof Document ? (root.documentElement.textContent ?? '') : (root.textContent ?? ''));
        root.querySelectorAll('*').forEach((el) => {
          if (el.shadowRoot) reach(el.shadowRoot);
        });
      };
      reach(document);
      return {
        before: s.before,
        text: document.body.innerText,
        textContent: document.documentElement.textContent ?? '',
        reachable: reachable.join('\n'),
        serialized: document.documentElement.getHTML({ serializableShadowRoots: true }),
        html: clone.outerHTML,
      };
    }, HOST);
    expect(now.before, 'the page kept a copy at DOMContentLoaded').not.toBeNull();
    expect(now.text).toBe(now.before?.text);
    expect(now.textContent).toBe(now.before?.textContent);
    expect(now.html, 'nothing but the host was added to the page (no <style>, no attribute)').toBe(now.before?.html);

    // What the sidebar shows that the page did not say itself: none of it is readable from the page.
    const pageSaid = `${now.before?.text ?? ''}\n${now.before?.textContent ?? ''}`.toLowerCase();
    const sidebarOnly = [...new Set(sidebar.leaves)].filter((s) => s.length >= 4 && !pageSaid.includes(s.toLowerCase()));
    const skillsOnly = sidebar.skills.filter((s) => !pageSaid.includes(s.toLowerCase()));
    const readinessLine = sidebar.leaves.filter((s) => /required skills covered|No required skills/.test(s));
    expect(skillsOnly.length, 'skill names the posting does not spell out (e.g. "Program Management Frameworks")').toBeGreaterThan(0);
    expect(readinessLine).toHaveLength(1);
    for (const s of [...readinessLine, 'Readiness', ...skillsOnly]) expect(sidebarOnly).toContain(s);
    const readable = [now.text, now.reachable, now.serialized].join('\n').toLowerCase();
    expect(sidebarOnly.filter((s) => readable.includes(s.toLowerCase()))).toEqual([]);
  });

  it('pointing, clicking, focus and keys in the sidebar reach the page only as events on the host', async () => {
    await page.evaluate(() => {
      (window as unknown as { __spy: Spy }).__spy.events.length = 0;
    });
    const gauge = await centreInSidebar(page, '[data-testid="readiness"]');
    await page.mouse.move(gauge.x, gauge.y);
    await page.mouse.click(gauge.x, gauge.y);
    await focusInSidebar(page, 'button[role="switch"]');
    await page.keyboard.press('Shift');
    const seen = await page.evaluate(
      ({ x, y }) => ({
        events: (window as unknown as { __spy: Spy }).__spy.events,
        atPoint: document.elementFromPoint(x, y)?.localName,
        active: document.activeElement?.localName,
      }),
      gauge,
    );
    expect(seen.atPoint).toBe(HOST);
    expect(seen.active).toBe(HOST);
    const types = seen.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['pointerover', 'mouseover', 'pointerdown', 'click', 'focusin', 'keydown', 'keyup']));
    // Keys stop inside the sidebar (WXT isolateEvents): only a listener in the capture phase hears them.
    expect(types.filter((t) => t.endsWith('(bubbling)'))).toEqual([]);
    for (const e of seen.events) {
      expect(e, `${e.type} as the page sees it`).toMatchObject({ target: HOST, insideShadow: false });
      expect(e.path[0], `${e.type}: the path starts at the host`).toBe(HOST.toUpperCase());
    }
  });

  it('leaves only what the README lists: the host and, with highlights on, the CSS.highlights registry', async () => {
    const seen = await pageHighlights(page);
    // Highlights are on by default: the page can read which words are highlighted, and in which group.
    expect(seen.highlights.length).toBeGreaterThan(0);
    expect(seen.ranges).toBeGreaterThan(0);
    for (const name of seen.highlights) expect(Object.values(HIGHLIGHT_NAMES)).toContain(name);
    for (const rule of seen.rules) expect(rule).toMatch(/^::highlight\(pathway-lens-[a-z]+\)$/);
    console.log(`observable from the page: <${HOST}> on <html>; CSS.highlights: ${seen.highlights.join(', ')} (${seen.ranges} ranges)`);
  });

  it('with the Highlights switch off, the host is all that is left', async () => {
    const toggle = await centreInSidebar(page, 'button[role="switch"]');
    await page.mouse.click(toggle.x, toggle.y);
    await expect.poll(() => pageHighlights(page)).toEqual({ highlights: [], ranges: 0, rules: [] });
    expect(await page.evaluate((name) => document.querySelectorAll(name).length, HOST)).toBe(1);
  });

  it('made no network calls and logged no errors', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('in Chromium, a search list cannot read the list badges of the shipped build', () => {
  const BADGES_HOST = 'pathway-lens-badges';
  const JOB_ID = LINKEDIN_JOB_PATH.replace(/^.*-(\d+)$/, '$1');
  const LIST_URL = 'https://www.linkedin.com/jobs/search/?keywords=ai';
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    const ids = Array.from({ length: 10 }, (_, i) => (i === 1 ? JOB_ID : String(4100006000 + i)));
    const list = fixture('linkedin-search-list.html').replace('/*PL-IDS*/[]', JSON.stringify(ids)).replace(/<head>/i, `<head>${PAGE_SPY}`);
    session = await launchExtension({ routes: { 'www.linkedin.com': { [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') }, '/jobs/search': { body: list } } } });
    // The posting analysed by its sidebar (the closed one): the list then has a badge for its card.
    const job = await session.goto(LINKEDIN_JOB_URL);
    await waitForShadow(job, HOST, '[data-testid="gap-sidebar"]', { timeout: 15_000, done: (els) => els[0]?.attributes['data-state'] === 'ready' });
    await job.close();
    page = await session.goto(LIST_URL);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the badge is drawn inside a closed root the page cannot open, find by hit-testing, or read as text', async () => {
    const [badge] = await waitForShadow(page, BADGES_HOST, '[data-testid="card-badge"]', { done: (els) => els.length === 1 && els[0]?.attributes.hidden === undefined });
    expect(badge!.attributes['data-job-key']).toBe(`linkedin:${JOB_ID}`);
    expect(badge!.text).toMatch(/^\d{1,3}%$/);
    const box = await withShadowRoot(page, BADGES_HOST, async (cdp, rootNodeId) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: rootNodeId, selector: '[data-testid="card-badge"]' });
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    });
    const seen = await page.evaluate(
      ([name, point, id]) => {
        const host = document.querySelector(name)!;
        const hit = document.elementFromPoint(point.x, point.y);
        const spy = (window as unknown as { __spy: Spy }).__spy;
        return {
          hosts: document.querySelectorAll(name).length,
          parent: host.parentElement?.localName,
          shadowRoot: host.shadowRoot === null ? null : 'exposed',
          children: host.childNodes.length,
          // Where the badge is drawn the page hits its own card (the badge takes no pointer events).
          hitIsCard: !!hit && !!hit.closest(`li[data-occludable-job-id="${id}"]`),
          pageText: document.body.innerText.includes('%'),
          roots: spy.roots.length,
        };
      },
      [BADGES_HOST, box!, JOB_ID] as [string, { x: number; y: number }, string],
    );
    expect(seen).toEqual({ hosts: 1, parent: 'html', shadowRoot: null, children: 0, hitIsCard: true, pageText: false, roots: 0 });
    const roots = await withDom(page, async (_cdp, root) => shadowRoots(root));
    expect(roots).toEqual([{ host: BADGES_HOST, mode: 'closed' }]);
    await screenshot(page, 'closed-shadow-linkedin-list');
  });

  it('made no network calls and logged no errors', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
