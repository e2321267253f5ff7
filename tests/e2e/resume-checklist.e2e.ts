/**
 * The résumé checklist per posting (issue 15, point 5) in the production build in Chromium: without a kept résumé the
 * sidebar offers only a hint; a résumé kept through the profile's résumé import (opt-in box) and a skill marked learned
 * in the profile reach the open sidebar without a reload — each skill the posting asks is shown on the résumé (with
 * its line, as text), held but missing from the résumé, or a gap; the compare view shows the same checklist per
 * compared posting; deleting the kept résumé takes both away. axe: 0 violations, light and dark. Screenshots:
 * resume-checklist-sidebar-hint.png, resume-checklist-sidebar(-dark).png, resume-checklist-compare(-dark).png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardByFile, boardFixture, boardUrl } from './fixtures';
import { launchExtension, REPO_ROOT, screenshot, type ExtensionSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The posting the sidebar shows (LinkedIn guest view) and a second one to compare it with (Greenhouse). */
const JOB = boardByFile('linkedin-guest.html');
const SECOND = boardByFile('greenhouse-new.html');
const ROUTES = {
  [JOB.host]: { [JOB.path]: { body: boardFixture(JOB.file) } },
  [SECOND.host]: { [SECOND.path]: { body: boardFixture(SECOND.file) } },
};

/**
 * Written for this test. It shows Python and CI/CD (one line, with markup that must stay text) and stakeholder
 * management (never marked learned: the résumé is the evidence); AI risk management and a PMP only as goals.
 */
const HOSTILE_LINE = 'Wrote <b>Python</b> services <img src=x onerror=alert(1)> and ran our Jenkins CI/CD pipelines.';
const RESUME = [
  'Dana Reyes',
  '',
  'EXPERIENCE',
  'Senior Backend Engineer — Quill Logistics (2016–2024)',
  `- ${HOSTILE_LINE}`,
  '- Led quarterly planning with product, support and finance stakeholders.',
  '',
  'GOALS',
  'Learn AI risk management and get a PMP certification.',
].join('\n');

interface Row {
  id: string | null;
  resume: string | null;
  line: string | null;
}

/** The sidebar's checklist rows (inside the open test build's shadow root), or null when there is no checklist. */
const sidebarRows = (page: Page): Promise<Row[] | null> =>
  page.evaluate(() => {
    const root = document.querySelector('pathway-lens')?.shadowRoot;
    const list = root?.querySelector('[data-testid="resume-checklist"]');
    if (!list) return null;
    return Array.from(list.querySelectorAll('[data-testid="resume-checklist-row"]'), (el) => ({
      id: el.getAttribute('data-skill-id'),
      resume: el.getAttribute('data-resume'),
      line: el.querySelector('q')?.textContent ?? null,
    }));
  });

const sidebarHas = (page: Page, testId: string): Promise<boolean> =>
  page.evaluate((id) => !!document.querySelector('pathway-lens')?.shadowRoot?.querySelector(`[data-testid="${id}"]`), testId);

const marks = (rows: readonly Row[] | null): Record<string, string | null> => Object.fromEntries((rows ?? []).map((r) => [r.id ?? '', r.resume]));

/** axe-core on the sidebar inside its (open) shadow root. */
async function axeSidebar(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const r = await axe.run({ include: [{ fromShadowDom: ['pathway-lens', '.pl-root'] }] }, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${v.help}`));
  });
}

/** axe-core on a whole extension page (its CSP blocks inline scripts; evaluating the source is not subject to it). */
async function axePage(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} — ${v.help}`));
  });
}

describe('résumé checklist per posting (production build in Chromium)', () => {
  let session: ExtensionSession;
  let job: Page;
  let profile: Page;
  let compare: Page;

  beforeAll(async () => {
    session = await launchExtension({ routes: ROUTES });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('without a kept résumé the sidebar shows only the hint, whose link opens the profile', async () => {
    job = await session.goto(boardUrl(JOB));
    await job.emulateMedia({ colorScheme: 'light' });
    await job.locator('pathway-lens [data-testid="gap-sidebar"][data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => sidebarHas(job, 'resume-checklist-hint'), { timeout: 10_000 }).toBe(true);
    expect(await sidebarRows(job)).toBeNull();
    await job.locator('pathway-lens [data-testid="resume-checklist-hint"]').scrollIntoViewIfNeeded();
    expect(await axeSidebar(job)).toEqual([]);
    await screenshot(job, 'resume-checklist-sidebar-hint');
    await job.locator('pathway-lens [data-testid="resume-checklist-profile-link"]').click();
    // The background opens the tab; it may exist before it has navigated: poll the open pages for it.
    const isProfile = (p: Page) => p.url() === `chrome-extension://${session.extensionId}/dashboard.html#profile`;
    await expect.poll(() => session.context.pages().some(isProfile), { timeout: 10_000 }).toBe(true);
    profile = session.context.pages().find(isProfile) as Page;
    await profile.locator('[data-testid="profile"]').waitFor({ timeout: 10_000 });
  });

  it('a résumé kept in the profile (opt-in) and a skill marked learned reach the open sidebar without a reload', async () => {
    const importer = profile.locator('[data-testid="resume-import"]');
    await importer.locator('textarea').fill(RESUME);
    await importer.getByRole('button', { name: /find skills/i }).click();
    await profile.locator('[data-testid="resume-detected"]').first().waitFor({ timeout: 10_000 });
    await profile.locator('[data-testid="resume-keep"]').check();
    // No skill confirmed: only the text is kept (the checklist advises; it never marks anything held).
    await profile.locator('[data-testid="resume-apply"]').click();
    await profile.locator('[data-testid="resume-kept"]').waitFor({ timeout: 10_000 });
    await profile.locator('[data-testid="profile-skill"][data-skill-id="ai-ml-fundamentals"] [data-testid="set-state"][data-state="learned"]').click();

    await expect.poll(async () => marks(await sidebarRows(job))['ai-ml-fundamentals'], { timeout: 10_000 }).toBe('missing');
    const rows = (await sidebarRows(job)) ?? [];
    expect(marks(rows)).toEqual({
      // On the résumé: Python and CI/CD on one line; stakeholder management though never marked learned.
      python: 'shown',
      'stakeholder-management': 'shown',
      'devops-cicd': 'shown',
      // Held (learned in the profile; a transferable skill the pathway assumes) but not on the résumé.
      'ai-ml-fundamentals': 'missing',
      'sql-data-management': 'missing',
      // Not held: named on the résumé only as goals, or never.
      'roadmap-planning': 'gap',
      'ai-risk-management': 'gap',
      'program-management-frameworks': 'gap',
      'software-engineering': 'gap',
    });
    // Every skill the posting asks has exactly one row.
    const asked = await job.evaluate(() =>
      Array.from(document.querySelector('pathway-lens')?.shadowRoot?.querySelectorAll('[data-testid="skill"]') ?? [], (el) => el.getAttribute('data-skill-id')),
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...new Set(asked)].sort());
    // The line is the résumé's own sentence, rendered as text: its markup made no element.
    expect(rows.find((r) => r.id === 'python')?.line).toBe(HOSTILE_LINE);
    expect(await job.evaluate(() => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('.rcl img, .rcl b') ?? null)).toBeNull();
    for (const r of rows.filter((x) => x.resume !== 'shown')) expect(r.line).toBeNull();
    // Nothing was marked held by the checklist or the kept text.
    const stored = await profile.evaluate(async () => chrome.storage.local.get(null));
    expect(Object.keys(stored).filter((k) => k.startsWith('progress:') && !k.endsWith('$')).sort()).toEqual(['progress:skill:ai-ml-fundamentals']);
  });

  it('light and dark: 0 axe violations in the sidebar; screenshots of the checklist', async () => {
    await job.bringToFront();
    const section = job.locator('pathway-lens section.pl-resume');
    await section.scrollIntoViewIfNeeded();
    expect(await axeSidebar(job)).toEqual([]);
    await screenshot(job, 'resume-checklist-sidebar');
    await job.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => job.locator('pathway-lens [data-testid="gap-sidebar"]').getAttribute('data-theme')).toBe('dark');
    await section.scrollIntoViewIfNeeded();
    expect(await axeSidebar(job)).toEqual([]);
    await screenshot(job, 'resume-checklist-sidebar-dark');
    await job.emulateMedia({ colorScheme: 'light' });
  });

  it('the compare view shows the same checklist for each compared posting', async () => {
    await job.locator('pathway-lens [data-testid="save-posting"]').click();
    const second = await session.goto(boardUrl(SECOND));
    await second.locator('pathway-lens [data-testid="gap-sidebar"][data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
    await second.locator('pathway-lens [data-testid="save-posting"]').click();
    const savedIds = async () =>
      Object.keys(await profile.evaluate(async () => chrome.storage.local.get(null)))
        .filter((k) => k.startsWith('posting:') && !k.endsWith('$'))
        .map((k) => k.slice('posting:'.length));
    await expect.poll(async () => (await savedIds()).length, { timeout: 10_000 }).toBe(2);
    await second.close();
    const ids = await savedIds();
    const jobId = ids.find((id) => id.startsWith('linkedin:')) as string;
    const secondId = ids.find((id) => id !== jobId) as string;

    compare = await session.goto(`chrome-extension://${session.extensionId}/dashboard.html?compare=${[jobId, secondId].map(encodeURIComponent).join(',')}#compare`);
    await compare.emulateMedia({ colorScheme: 'light' });
    const expander = (id: string) => compare.locator(`[data-testid="compare-resume-posting"][data-posting-id="${id}"]`);
    await expander(jobId).waitFor({ timeout: 10_000 });
    const rowsOf = (id: string) =>
      expander(id)
        .locator('[data-testid="resume-checklist-row"]')
        .evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-skill-id'), resume: el.getAttribute('data-resume'), line: el.querySelector('q')?.textContent ?? null })));
    // The sidebar's posting: the same rows, in the same order, as the sidebar's checklist.
    expect(await rowsOf(jobId)).toEqual(await sidebarRows(job));
    // The second posting has its own: CI/CD shown, System Architecture held but missing, GPU clusters a gap.
    await expander(secondId).locator('summary').click();
    const second2 = marks(await rowsOf(secondId));
    expect(second2['devops-cicd']).toBe('shown');
    expect(second2['stakeholder-management']).toBe('shown');
    expect(second2['system-architecture']).toBe('missing');
    expect(second2['gpu-clusters']).toBe('gap');
    expect(await compare.locator('.rcl img, .rcl b').count()).toBe(0);

    // The section's heading at the top of the view, below the dashboard's sticky header.
    const toChecklist = () =>
      compare.locator('[data-testid="compare-resume"]').evaluate((el) => {
        const header = document.querySelector('.dashboard__header')?.getBoundingClientRect().height ?? 0;
        window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - header - 8);
      });
    await toChecklist();
    expect(await axePage(compare)).toEqual([]);
    await screenshot(compare, 'resume-checklist-compare');
    await compare.emulateMedia({ colorScheme: 'dark' });
    await toChecklist();
    expect(await axePage(compare)).toEqual([]);
    await screenshot(compare, 'resume-checklist-compare-dark');
    await compare.emulateMedia({ colorScheme: 'light' });
  });

  it('deleting the kept résumé takes the checklist away in the open sidebar and compare view', async () => {
    await profile.bringToFront();
    await profile.locator('[data-testid="resume-delete"]').click();
    await expect.poll(async () => Object.keys(await profile.evaluate(async () => chrome.storage.local.get(null))).includes('resume'), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => sidebarRows(job), { timeout: 10_000 }).toBeNull();
    expect(await sidebarHas(job, 'resume-checklist-hint')).toBe(true);
    await expect.poll(() => compare.locator('[data-testid="resume-checklist"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await compare.locator('[data-testid="resume-checklist-hint"]').count()).toBe(1);
    expect(session.errors).toEqual([]);
  });
});
