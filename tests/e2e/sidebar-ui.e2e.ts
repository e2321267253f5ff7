/**
 * The gap sidebar as a person sees it (issue 6), production build in Chromium, one browser for the file:
 * light and dark themes (axe-core inside the shadow root: 0 violations), Escape and the toggle command,
 * time from the description appearing to the sidebar painted, and the error states. Screenshots go to
 * test-results/screenshots/sidebar-*.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, screenshot, unexpectedWebRequests, type ExtensionSession } from './harness';
import { fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from './fixtures';

/** The slice of the extension API used inside `evaluate` (runs in an extension page or the service worker, not in Node). */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const GH_HOST = 'job-boards.greenhouse.io';
const LATE_PATH = '/quillmark/jobs/7710042';
const NO_POSTING_PATH = '/quillmark/jobs/7710099';
const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/**
 * A generous regression guard (10× the target, for a loaded 2-core machine) — the only bound asserted.
 * The target, ≤ 150 ms, reports only: the median is printed against it, never asserted.
 */
const TIME_TO_SIDEBAR_BOUND_MS = 1_500;
const TIMING_SAMPLES = 5;

const ui = (page: Page) => page.locator('pathway-lens [data-testid="gap-sidebar"]');

async function waitForState(page: Page, state: string, timeout = 15_000): Promise<void> {
  await page.locator(`pathway-lens [data-testid="gap-sidebar"][data-state="${state}"]`).waitFor({ state: 'attached', timeout });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core run in the page's main world, on the sidebar inside the (open) shadow root only. */
async function axeSidebar(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run({ include: [{ fromShadowDom: ['pathway-lens', '.pl-root'] }] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    }));
  });
}

async function toggleFromBackground(session: ExtensionSession, url: string): Promise<void> {
  const worker = session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`));
  if (!worker) throw new Error('extension service worker not found');
  await worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(pageUrl));
    if (tab?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    // The toggleSidebar tab message, in @webext-core/messaging's envelope (as the background sends it).
    await chrome.tabs.sendMessage(tab.id, { id: 1, type: 'toggleSidebar', timestamp: Date.now(), data: undefined });
  }, url);
}

describe('gap sidebar UI (production build in Chromium)', () => {
  let session: ExtensionSession;
  /** The styled LinkedIn job page, shared by the tests up to the quota one. */
  let page: Page;
  let noPostingPage: Promise<Page>;

  beforeAll(async () => {
    session = await launchExtension({
      routes: {
        'www.linkedin.com': { [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') } },
        [GH_HOST]: {
          [LATE_PATH]: { body: fixture('sidebar-late-description.html') },
          [NO_POSTING_PATH]: { body: fixture('sidebar-no-posting.html') },
        },
      },
    });
    page = await session.goto(LINKEDIN_JOB_URL);
    // Capture waits (bounded, 8 s) for a posting that never comes: start that page in its own tab now, check it last.
    noPostingPage = session.context.newPage().then(async (p) => {
      await p.goto(`https://${GH_HOST}${NO_POSTING_PATH}`, { waitUntil: 'load' });
      return p;
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('light theme: 0 axe violations in the sidebar; screenshot', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForState(page, 'ready');
    await expect.poll(() => ui(page).getAttribute('data-theme')).toBe('light');
    expect(await axeSidebar(page)).toEqual([]);
    await screenshot(page, 'sidebar-light');
    // The roadmap group (importance, weeks, phase, first resource, "Mark learned"), further down the panel.
    await page.locator('pathway-lens section[data-group="roadmap"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'sidebar-light-roadmap');
    await page.locator('pathway-lens .pl-body').evaluate((el) => el.scrollTo(0, 0));
  });

  it('dark theme (follows the system): 0 axe violations; screenshot', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => ui(page).getAttribute('data-theme')).toBe('dark');
    expect(await axeSidebar(page)).toEqual([]);
    await screenshot(page, 'sidebar-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('clicking a skill scrolls the page to where the posting asks for it and flashes it (CSS highlight, DOM untouched)', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const nodesBefore = await page.evaluate(() => document.body.getElementsByTagName('*').length);
    // "cloud platforms" is asked in "What you bring", below the fold of the fixture page.
    await page.locator('pathway-lens [data-testid="skill"][data-skill-id="cloud-platforms"] .pl-skill-name').click();
    // The flash lasts 1.6 s; headless Chromium on a loaded machine can take longer than that to run the smooth scroll:
    // look for the flash first, then for the scroll.
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('pathway-lens-flash')), { timeout: 1_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(100);
    // The flash is a highlight registered on a Range: the page gets no new elements.
    expect(await page.evaluate(() => document.body.getElementsByTagName('*').length)).toBe(nodesBefore);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('Escape collapses to the tab (focus moves to it); the collapsed tab has 0 axe violations; screenshot', async () => {
    await page.locator('pathway-lens .pl-panel').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => ui(page).getAttribute('data-collapsed')).toBe('true');
    const focused = await page.evaluate(() => document.querySelector('pathway-lens')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);
    expect(focused).toBe('toggle-sidebar');
    expect(await axeSidebar(page)).toEqual([]);
    await screenshot(page, 'sidebar-collapsed');
    // Only the tab takes pointer events when collapsed: the page beside it stays clickable.
    const tabBox = await page.locator('pathway-lens [data-testid="toggle-sidebar"]').boundingBox();
    expect(tabBox).not.toBeNull();
    expect(tabBox!.width).toBeLessThan(80);
  });

  it('the toggle command opens and closes it (Alt+Shift+L, or the background\'s message when headless Chromium does not fire commands)', async () => {
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+L');
    const viaKeyboard = await page
      .waitForFunction(() => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-collapsed="false"]'), undefined, { timeout: 1_500 })
      .then(() => true)
      .catch(() => false);
    console.info(`[sidebar-ui] Alt+Shift+L ${viaKeyboard ? 'fired the extension command' : 'did not fire the extension command in headless Chromium; testing the background → tab message instead'}`);
    if (!viaKeyboard) {
      await toggleFromBackground(session, LINKEDIN_JOB_URL);
      await expect.poll(() => ui(page).getAttribute('data-collapsed')).toBe('false');
    }
    // Opened from the keyboard: focus moves into the panel, so Tab and Escape work at once.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('pathway-lens')?.shadowRoot?.activeElement?.classList.contains('pl-panel') ?? false))
      .toBe(true);
    // And back: the same message collapses it.
    await toggleFromBackground(session, LINKEDIN_JOB_URL);
    await expect.poll(() => ui(page).getAttribute('data-collapsed')).toBe('true');
    await toggleFromBackground(session, LINKEDIN_JOB_URL);
    await expect.poll(() => ui(page).getAttribute('data-collapsed')).toBe('false');
  });

  it('quota error: saving into full storage says so and stores nothing; screenshot', async () => {
    const popup = await session.openPopup();
    // Just under the writer's budget (10 MiB in npm test's browser-test build; 256 MiB as shipped, with
    // unlimitedStorage): its pre-check must refuse the save.
    // The budget as the writer reports it (@webext-core/messaging's envelope around the getStorageUsage answer).
    const quotaBytes = await popup.evaluate(async () => {
      const answer = (await chrome.runtime.sendMessage({ id: 1, type: 'getStorageUsage', timestamp: Date.now(), data: undefined })) as { res?: { ok: boolean; value?: { quotaBytes: number } } };
      return answer.res?.value?.quotaBytes ?? NaN;
    });
    expect(quotaBytes, 'build with PATHWAY_LENS_STORAGE_BUDGET_BYTES=10485760, as npm test does').toBeLessThanOrEqual(16 * 1024 * 1024);
    await popup.evaluate((n) => chrome.storage.local.set({ 'e2e-filler': 'x'.repeat(n) }), quotaBytes - 2048);
    try {
      await page.bringToFront();
      await page.locator('pathway-lens [data-testid="save-posting"]').click();
      const alert = page.locator('pathway-lens .pl-alert[role="alert"]');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.innerText()).toMatch(/Storage is full/);
      expect(await page.locator('pathway-lens [data-testid="save-posting"]').getAttribute('data-saved')).toBe('false');
      await page.locator('pathway-lens .pl-footer').scrollIntoViewIfNeeded();
      await screenshot(page, 'sidebar-quota-error');
      const postings = await popup.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('posting:')));
      expect(postings).toEqual([]);
    } finally {
      await popup.evaluate(() => chrome.storage.local.remove('e2e-filler'));
      await popup.close();
    }
    await page.close();
  });

  it(`time to sidebar: description present → sidebar painted (150 ms target reports only; regression guard ≤ ${TIME_TO_SIDEBAR_BOUND_MS} ms)`, async () => {
    const samples: number[] = [];
    await noPostingPage; // its tab is open: session.goto must not reuse a blank tab that is about to navigate
    const late = await session.goto(`https://${GH_HOST}${LATE_PATH}`);
    for (let i = 0; i < TIMING_SAMPLES; i++) {
      if (i > 0) await late.reload({ waitUntil: 'load' });
      const handle = await late.waitForFunction(
        () => {
          const t = (window as unknown as { __plTiming?: { inserted: number | null; ready: number | null } }).__plTiming;
          return t && t.inserted !== null && t.ready !== null ? t : null;
        },
        undefined,
        { timeout: 15_000 },
      );
      const t = (await handle.jsonValue()) as { inserted: number; ready: number };
      samples.push(t.ready - t.inserted);
    }
    // The page's job was read from the late description, not from anything before it.
    expect(await late.locator('pathway-lens [data-testid="skill"][data-skill-id="stakeholder-management"]').count()).toBe(1);
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.info(`[sidebar-ui] time to sidebar: median ${median.toFixed(0)} ms (samples ${samples.map((s) => s.toFixed(0)).join(', ')} ms; target ≤ 150 ms)`);
    expect(median).toBeLessThanOrEqual(TIME_TO_SIDEBAR_BOUND_MS);
    await late.close();
  });

  it('a board job URL without job markup says "no posting found"; screenshot', async () => {
    const p = await noPostingPage;
    await p.bringToFront();
    await waitForState(p, 'no-posting', 20_000);
    expect(await ui(p).innerText()).toContain('No posting found here');
    expect(await axeSidebar(p)).toEqual([]);
    await screenshot(p, 'sidebar-no-posting');
    await p.close();
  });

  it('made no network calls and logged no errors', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
