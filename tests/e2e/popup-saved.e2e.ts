/**
 * Issue 7 in the production build (Chromium, one browser for the file; a second, fresh profile only for import):
 * save three postings from board pages → Saved and Compare; mark a skill learned in the popup → the open sidebar
 * and the saved postings re-score; "This page" reads the sidebar's report; paste a posting → report and save;
 * export → import into a fresh profile → the same data; axe-core and screenshots of every view in both themes;
 * popup render time with 200 saved postings and the dashboard matrix with 1,000 (measured and printed).
 */
import os from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeScore } from '../../lib/scoring/score';
import { EMPTY_PROGRESS } from '../../lib/scoring/progress-snapshot';
import { toProgressSnapshot } from '../../lib/storage/progress';
import { EXPORT_FORMAT, EXPORT_VERSION, DEFAULT_SETTINGS, type SavedPosting } from '../../lib/storage/schemas';
import { manyPostings } from '../insights/fixtures';
import { boardFixture, fixture, LINKEDIN_JOB_PATH, LINKEDIN_JOB_URL } from './fixtures';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { axeViolations, sendMessage } from './extension-page';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

const GREENHOUSE = { host: 'job-boards.greenhouse.io', path: '/litwareai/jobs/4555000008' };
const LEVER = { host: 'jobs.lever.co', path: '/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00' };
const ROUTES = {
  'www.linkedin.com': { [LINKEDIN_JOB_PATH]: { body: fixture('linkedin-job.html') } },
  [GREENHOUSE.host]: { [GREENHOUSE.path]: { body: boardFixture('greenhouse-new.html') } },
  [LEVER.host]: { [LEVER.path]: { body: boardFixture('lever.html') } },
};
const JOB_URLS = [LINKEDIN_JOB_URL, `https://${GREENHOUSE.host}${GREENHOUSE.path}`, `https://${LEVER.host}${LEVER.path}`];

const listPostings = (page: Page) => sendMessage<{ postings: SavedPosting[] }>(page, 'listPostings').then((v) => v.postings);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

function exportFile(postings: SavedPosting[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now(), postings, progress: [], settings: DEFAULT_SETTINGS });
}

describe('popup and dashboard with saved postings (production build in Chromium)', () => {
  let s: ExtensionSession;
  let ext: Page;
  const jobPages: Page[] = [];
  const popupUrl = (suffix = '') => `chrome-extension://${s.extensionId}/popup.html${suffix}`;
  const dashboardUrl = (suffix = '') => `chrome-extension://${s.extensionId}/dashboard.html${suffix}`;

  beforeAll(async () => {
    s = await launchExtension({ routes: ROUTES });
    ext = await s.openPopup();
  });

  afterAll(async () => {
    await s?.close();
  });

  it('saves three postings from board pages (sidebar Save) → Saved in the popup and Compare with the right cells', async () => {
    for (const url of JOB_URLS) {
      const page = await s.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const save = page.locator('pathway-lens [data-testid="save-posting"]');
      await save.waitFor({ timeout: 15_000 });
      await save.click();
      jobPages.push(page);
    }
    await expect.poll(async () => (await listPostings(ext)).length, { timeout: 10_000 }).toBe(3);
    const postings = await listPostings(ext);

    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl('#saved'));
    await expect.poll(() => popup.locator('[data-testid="saved-posting"]').count()).toBe(3);
    const shownIds = await popup.locator('[data-testid="saved-posting"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-posting-id')));
    expect(new Set(shownIds)).toEqual(new Set(postings.map((p) => p.id)));
    for (const p of postings) {
      const row = popup.locator(`[data-testid="saved-posting"][data-posting-id="${p.id}"]`);
      // Nothing learned yet: the score the one scoring function gives the stored report.
      expect(await row.locator('[data-testid="saved-readiness"]').innerText()).toBe(`${computeScore(p.report, EMPTY_PROGRESS).readiness}%`);
      expect(await row.innerText()).toContain(p.title);
    }
    await popup.close();

    const dash = await s.context.newPage();
    await dash.goto(dashboardUrl(`?compare=${postings.map((p) => encodeURIComponent(p.id)).join(',')}`));
    await dash.locator('[data-testid="compare-table"]').waitFor();
    const columns = await dash.locator('[data-testid="compare-column"]').evaluateAll((cols) => cols.map((c) => c.getAttribute('data-posting-id') ?? ''));
    expect(columns).toHaveLength(3);
    const rows = await dash.locator('[data-testid="compare-row"]').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-skill-id') ?? '', levels: [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-level')) })),
    );
    // Expected cells from the stored reports: the level each posting asks (required wins), or "none".
    const byId = new Map(postings.map((p) => [p.id, p]));
    const levelOf = (p: SavedPosting, skill: string) => {
      const asks = p.report.skills.filter((x) => x.id === skill).map((x) => x.level);
      return asks.includes('required') ? 'required' : asks.includes('preferred') ? 'preferred' : 'none';
    };
    const allSkills = new Set(postings.flatMap((p) => p.report.skills.map((x) => x.id)));
    expect(new Set(rows.map((r) => r.id))).toEqual(allSkills);
    for (const r of rows) expect(r.levels, r.id).toEqual(columns.map((id) => levelOf(byId.get(id)!, r.id)));
    expect(await dash.locator('[data-testid="compare-matrix"]').getAttribute('data-rows')).toBe('3');
    await dash.close();
    expect(s.errors).toEqual([]);
  });

  it('"This page" shows the open tab\'s report; marking a skill learned in the popup re-scores the sidebar and saved postings', async () => {
    const gh = jobPages[1]!;
    const ghUrl = JOB_URLS[1]!;
    const before = (await listPostings(ext)).find((p) => p.url.startsWith(ghUrl))!;
    const gap = before.report.skills.find((x) => x.kind === 'toLearn' && x.level === 'required');
    expect(gap, 'the Greenhouse fixture requires a roadmap skill').toBeTruthy();
    const readiness = gh.locator('pathway-lens [data-testid="readiness"]');
    const sidebarBefore = Number(await readiness.getAttribute('data-value'));
    expect(sidebarBefore).toBe(computeScore(before.report, EMPTY_PROGRESS).readiness);

    const tabs = await ext.evaluate(() => chrome.tabs.query({}));
    const ghTab = tabs.find((t) => t.url?.startsWith(ghUrl));
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl(`?tab=${ghTab?.id}#page`));
    const summary = popup.locator('[data-testid="gap-summary"]');
    await summary.waitFor();
    expect(await summary.locator('[data-testid="popup-readiness"]').innerText()).toBe(`${sidebarBefore}%`);
    expect(await summary.locator('[data-testid="top-gap"]').count()).toBeGreaterThan(0);
    expect(await summary.locator('[data-testid="popup-saved"]').count()).toBe(1);

    await popup.getByRole('tab', { name: 'Roadmap' }).click();
    await popup.locator(`[data-testid="skill-learned-toggle"][data-skill-id="${gap!.id}"]`).check();
    await expect.poll(async () => Number(await readiness.getAttribute('data-value')), { timeout: 10_000 }).toBeGreaterThan(sidebarBefore);
    const progress = toProgressSnapshot(await sendMessage<{ learnedSkills: string[]; knownSkills: string[] }>(ext, 'getProgress'));
    const learnedScore = computeScore(before.report, progress).readiness;
    expect(learnedScore).toBeGreaterThan(sidebarBefore);
    expect(Number(await readiness.getAttribute('data-value'))).toBe(learnedScore);
    // The progress log recorded the change in the same write (the dashboard replays readiness over time from it).
    const dashboard = await sendMessage<{ progressLog: { events: { kind: string; id: string; done: boolean }[] } }>(ext, 'getDashboard');
    expect(dashboard.progressLog.events.at(-1)).toMatchObject({ kind: 'skill', id: gap!.id, done: true });
    await popup.close();
  });

  it('paste a posting → gap report → saved as pasted:<hash>', async () => {
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(popupUrl('#page'));
    const form = popup.locator('[data-testid="paste-posting"]');
    await form.locator('[data-testid="paste-text"]').fill(
      'AI Program Manager\nRequirements:\n- 5+ years of program management; PMP certification\n- Stakeholder management with executives\n- Budget ownership and financial planning\n- Experience with Kubernetes',
    );
    await form.locator('[data-testid="paste-analyze"]').click();
    const report = popup.locator('[data-testid="paste-report"]');
    await report.waitFor({ timeout: 10_000 });
    expect(await report.locator('h3').innerText()).toBe('AI Program Manager');
    expect(await report.locator('[data-testid="popup-readiness"]').innerText()).toMatch(/^\d+%$/);
    const gaps = await report.locator('[data-testid="top-gap"]').evaluateAll((li) => li.map((l) => l.getAttribute('data-skill-id')));
    expect(gaps.length).toBeGreaterThan(0);
    await report.locator('[data-testid="popup-save"]').click();
    await report.locator('[data-testid="popup-saved"]').waitFor();
    const ids = (await listPostings(ext)).map((p) => p.id);
    expect(ids.filter((id) => /^pasted:[0-9a-f]{24}$/.test(id))).toHaveLength(1);
    await popup.close();
    expect(s.errors).toEqual([]);
  });

  it('export → import into a fresh profile → identical data', async () => {
    const exported = await sendMessage<{ text: string }>(ext, 'exportData', { format: 'json' });
    const fresh = await launchExtension({ routes: {} });
    try {
      const page = await fresh.openPopup();
      const applied = await sendMessage<{ added: unknown[] }>(page, 'applyImport', { text: exported.text });
      expect(applied.added).toHaveLength(4);
      const again = await sendMessage<{ text: string }>(page, 'exportData', { format: 'json' });
      // Nothing stored is derived: only the export time differs.
      const normalize = (text: string) => ({ ...(JSON.parse(text) as { exportedAt: number; postings: SavedPosting[] }), exportedAt: 0 });
      expect(normalize(again.text)).toEqual(normalize(exported.text));
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('axe-core: 0 violations on every popup view and the dashboard, light and dark; screenshots of each', async () => {
    const report: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await s.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(popupUrl('#page'));
      await popup.locator('.popup[data-ready="true"]').waitFor();
      expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      for (const tab of ['This page', 'Roadmap', 'Saved', 'Insights']) {
        await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        await popup.waitForTimeout(150);
        const violations = await axeViolations(popup);
        report.push(`popup ${tab} (${scheme}): ${violations.length}`);
        expect(violations, `popup ${tab} ${scheme}`).toEqual([]);
        await screenshot(popup, `popup-${tab.toLowerCase().replace(' ', '-')}-${scheme}`);
      }
      // The roadmap further down: tasks with checkboxes, progress.
      await popup.getByRole('tab', { name: 'Roadmap' }).click();
      await popup.locator('[data-testid="roadmap-progress"]').scrollIntoViewIfNeeded();
      await screenshot(popup, `popup-roadmap-progress-${scheme}`);
      await popup.close();

      const dash = await s.context.newPage();
      await dash.emulateMedia({ colorScheme: scheme });
      const ids = (await listPostings(ext)).map((p) => encodeURIComponent(p.id));
      await dash.goto(dashboardUrl(`?compare=${ids.slice(0, 3).join(',')}`));
      await dash.locator('[data-testid="compare-table"]').waitFor();
      expect(await dash.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      const violations = await axeViolations(dash);
      report.push(`dashboard (${scheme}): ${violations.length}`);
      expect(violations, `dashboard ${scheme}`).toEqual([]);
      await screenshot(dash, `dashboard-${scheme}`, true);
      await dash.close();
    }
    // The user's setting overrides the system: dark setting under a light system.
    await sendMessage(ext, 'updateSettings', { theme: 'dark' });
    const popup = await s.context.newPage();
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(popupUrl('#roadmap'));
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await popup.close();
    await sendMessage(ext, 'updateSettings', { theme: 'system' });
    console.log(`[issue 7] axe violations: ${report.join(', ')}`);
    expect(s.errors).toEqual([]);
  });

  it('popup with 200 saved postings: "This page" renders ≤ 100 ms (median of 5; 600 ms when the machine is oversubscribed); "Saved" reports only, regression guard ≤ 400 ms', async () => {
    await sendMessage(ext, 'applyImport', { text: exportFile(manyPostings(200)) });
    expect((await listPostings(ext)).length).toBeGreaterThanOrEqual(200);
    // Two clocks: from navigation (includes the browser creating the page and loading the bundle, which the
    // popup does not control) and from the popup's script start (its own work: one round trip + render).
    const times: Record<string, number[]> = { page: [], saved: [] };
    const fromNav: Record<string, number[]> = { page: [], saved: [] };
    // Where the time goes: script start → the saved postings' answer arrives (writer read + validation + transfer).
    const answered: Record<string, number[]> = { page: [], saved: [] };
    for (let i = 0; i < 5; i++) {
      for (const tab of ['page', 'saved'] as const) {
        const popup = await s.context.newPage();
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.goto(popupUrl(`#${tab}`));
        await popup.locator('.popup[data-ready="true"]').waitFor();
        if (tab === 'saved') await popup.locator('[data-testid="saved-posting"]').first().waitFor();
        await popup.waitForFunction(() => performance.getEntriesByName('pathway-lens:popup-postings').length > 0);
        const [start, ready, postings] = await popup.evaluate(() =>
          ['pathway-lens:popup-start', 'pathway-lens:popup-ready', 'pathway-lens:popup-postings'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
        );
        times[tab]!.push(ready! - start!);
        answered[tab]!.push(postings! - start!);
        fromNav[tab]!.push(ready!);
        await popup.close();
      }
    }
    const page = median(times.page!);
    const saved = median(times.saved!);
    const fmt = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ');
    console.log(
      `[issue 7] popup with ${(await listPostings(ext)).length} saved postings, script start → the open tab's data on screen ("This page": progress and settings; "Saved": the saved list): "This page" median ${page.toFixed(0)} ms (${fmt(times.page!)}); ` +
        `"Saved" median ${saved.toFixed(0)} ms (${fmt(times.saved!)}); from navigation: "This page" median ${median(fromNav.page!).toFixed(0)} ms, "Saved" median ${median(fromNav.saved!).toFixed(0)} ms; ` +
        `saved postings answered at median ${median([...answered.page!, ...answered.saved!]).toFixed(0)} ms after script start`,
    );
    // The budget is 100 ms. On an oversubscribed machine (load average above the core count, e.g. shared
    // CI) timings are inflated several-fold; the test then guards against regressions with a looser budget and
    // says so, instead of failing on noise. PATHWAY_LENS_STRICT_PERF=1 always applies 100 ms.
    const load = os.loadavg()[0] ?? 0;
    const busy = load > os.cpus().length && process.env.PATHWAY_LENS_STRICT_PERF !== '1';
    const budget = busy ? 600 : 100;
    // The real medians against the 100 ms, printed whatever budget the assertion applies.
    const verdict = (ms: number) => (ms <= 100 ? 'within 100 ms' : `OVER 100 ms by ${(ms - 100).toFixed(0)} ms`);
    console.log(`[issue 7] popup vs the 100 ms budget: "This page" ${page.toFixed(0)} ms (${verdict(page)}); "Saved" ${saved.toFixed(0)} ms (${verdict(saved)})`);
    if (busy) console.log(`[issue 7] load average ${load.toFixed(1)} on ${os.cpus().length} cores: the assertion is relaxed to ${budget} ms for this run (the numbers above are the measured ones)`);
    // The popup opens on "This page": that is the render the 100 ms budget holds. The Saved tab waits for the summary
    // index, which the popup reads itself once "This page"'s data is on screen (lib/storage/direct-list.ts): against
    // 100 ms it reports only (printed above); asserted is a generous regression guard, 400 ms (1,200 ms when busy).
    expect(page).toBeLessThanOrEqual(budget);
    expect(saved).toBeLessThanOrEqual(busy ? 1_200 : 400);
  });

  it('dashboard matrix of 1,000 saved postings: re-sort + paint ≤ 300 ms (median of 5); first render, data and insights times report only', async () => {
    await sendMessage(ext, 'applyImport', { text: exportFile(manyPostings(1000)) });
    // The import makes every open extension page reload (the popup page `ext` reads all 1,004 postings): let those
    // reads finish first (a read through the writer's queue answers after them), so the dashboard is timed alone.
    await ext.waitForTimeout(300);
    await sendMessage(ext, 'getProgressAndSettings');
    const dash = await s.context.newPage();
    await dash.goto(dashboardUrl());
    const matrix = dash.locator('[data-testid="compare-matrix"][data-rows]');
    await matrix.waitFor({ timeout: 30_000 });
    expect(Number(await matrix.getAttribute('data-rows'))).toBeGreaterThanOrEqual(1000);
    const [load, dataAt] = await dash.evaluate(() => ['pathway-lens:matrix', 'pathway-lens:dashboard-data'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN));
    // Insights render after the matrix (deferred): wait for them, and time the whole page too.
    await dash.locator('[data-testid="insight-next-skill"]').first().waitFor({ timeout: 30_000 });
    const insightsAt = await dash.evaluate(() => performance.now());
    // The writer's share once the queue is idle: one read + validation of everything, and its transfer to the page.
    const readTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      // Timed in the page (the answer is not sent on to Node, which would time DevTools instead).
      readTimes.push(
        await dash.evaluate(async () => {
          const t0 = performance.now();
          await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: 'getDashboard', timestamp: Date.now() });
          return performance.now() - t0;
        }),
      );
    }
    // Re-render of the whole matrix (1,000 rows re-sorted) from the click to the next frame painted.
    const sorts: number[] = [];
    for (let i = 0; i < 5; i++) {
      sorts.push(
        await dash.evaluate(async () => {
          const button = document.querySelector<HTMLButtonElement>('.matrix__sort');
          const t0 = performance.now();
          button?.click();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - t0;
        }),
      );
    }
    const m = median(sorts);
    // Reports only: data load, first render, insights and the getDashboard round trip (printed, not asserted).
    console.log(`[issue 7] dashboard with 1,004 postings: data loaded at ${dataAt!.toFixed(0)} ms after navigation, insights on screen by ${insightsAt.toFixed(0)} ms; getDashboard round trip (idle queue) median ${median(readTimes).toFixed(0)} ms`);
    console.log(`[issue 7] dashboard matrix with 1,004 postings: first render at ${load!.toFixed(0)} ms after navigation (${(load! - dataAt!).toFixed(0)} ms after the data arrived); re-sort + paint median ${m.toFixed(0)} ms (${sorts.map((t) => t.toFixed(0)).join(', ')})`);
    await screenshot(dash, 'dashboard-matrix-1000');
    expect(m).toBeLessThanOrEqual(300);
    await dash.close();
    expect(s.errors).toEqual([]);
  });

  it('the popup reads the saved list from the index shards itself, without the writer’s list message; a garbled shard sends it to the writer, which rebuilds', async () => {
    const saved = (await listPostings(ext)).length;
    expect(saved).toBeGreaterThanOrEqual(1000);
    /** Opens the popup on Saved with every runtime message it sends recorded; returns the popup and the message types. */
    const openSaved = async () => {
      const popup = await s.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.addInitScript(() => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (...args: unknown[]) => unknown } } }).chrome.runtime;
        const send = runtime.sendMessage.bind(runtime);
        const sent: string[] = [];
        (window as Window & { __sent?: string[] }).__sent = sent;
        runtime.sendMessage = (...args: unknown[]) => {
          const message = args.find((a): a is { type: string } => typeof a === 'object' && a !== null && typeof (a as { type?: unknown }).type === 'string');
          if (message) sent.push(message.type);
          return send(...args);
        };
      });
      await popup.goto(popupUrl('#saved'));
      await expect.poll(() => popup.locator('[data-testid="saved-count"]').textContent(), { timeout: 15_000 }).toBe(`${saved} saved postings`);
      await popup.locator('[data-testid="saved-posting"]').first().waitFor();
      const sent = await popup.evaluate(() => (window as Window & { __sent?: string[] }).__sent ?? []);
      // The popup's own mark for the fallback agrees with the messages it sent.
      expect(await popup.evaluate(() => performance.getEntriesByName('pathway-lens:popup-list-from-writer').length > 0)).toBe(sent.includes('getOverview'));
      return { popup, sent };
    };
    const direct = await openSaved();
    expect(direct.sent).toContain('getProgressAndSettings');
    expect(direct.sent).not.toContain('getOverview');
    await direct.popup.close();

    // A shard garbled in storage: the page does not believe it, the writer lists every posting and rewrites the index.
    await ext.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'index:3': '{"v":2,' }));
    const fallback = await openSaved();
    expect(fallback.sent).toContain('getOverview');
    await fallback.popup.close();
    const repaired = await ext.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('index:3'))['index:3']);
    expect(() => JSON.parse(repaired as string)).not.toThrow();
    const again = await openSaved();
    expect(again.sent).not.toContain('getOverview');
    await again.popup.close();
    expect(s.errors).toEqual([]);
  });
});
