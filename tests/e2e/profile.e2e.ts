/**
 * The profile (issue 13) in the production build in Chromium: the first-run welcome opens on install and skipping it
 * writes nothing; changing the profile in the dashboard (a transferable skill marked "not yet", a skill learned, the
 * hours a week, the start date) moves the open sidebar, the popup and the dashboard without a reload; a résumé (pasted
 * and as a PDF through pdfjs in the extension page) is detected, confirmed and applied; the profile reaches
 * storage.sync. Screenshots: the same posting's sidebar before and after the profile changes.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardByFile, boardFixture, boardUrl, FIXTURE_ROUTES, LINKEDIN_JOB_URL } from './fixtures';
import { launchExtension, REPO_ROOT, screenshot, sidebarViewInPage, type ExtensionSession, type SidebarView } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> }; sync: { get(keys: null): Promise<Record<string, unknown>> } } };

/** A second posting to compare with (the comparison shows two to six). */
const SECOND = boardByFile('greenhouse-new.html');
const ROUTES = { ...FIXTURE_ROUTES, [SECOND.host]: { ...FIXTURE_ROUTES[SECOND.host], [SECOND.path]: { body: boardFixture(SECOND.file) } } };

const RESUME_PDF = path.join(REPO_ROOT, 'tests/fixtures/resumes/resume-onepage.pdf');

const sidebar = (page: Page): Promise<SidebarView> => page.evaluate(sidebarViewInPage);
const readyBy = (page: Page): Promise<string> =>
  page.evaluate(() => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="ready-by"]')?.textContent?.trim() ?? '');

async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => chrome.storage.local.get(null));
}

describe('profile: the gaps are yours (production build in Chromium)', () => {
  let session: ExtensionSession;
  let job: Page;
  let dashboard: Page;
  let before: SidebarView;
  let transferable: string;

  beforeAll(async () => {
    session = await launchExtension({ routes: ROUTES });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens the welcome once on install; skipping it writes nothing', async () => {
    // The tab may exist before it has navigated to its URL: poll the open pages rather than wait for a new one.
    const isWelcome = (p: Page) => p.url().endsWith('/dashboard.html#welcome');
    await expect.poll(() => session.context.pages().some(isWelcome), { timeout: 15_000 }).toBe(true);
    const welcome = session.context.pages().find(isWelcome) as Page;
    await welcome.locator('[data-testid="welcome"]').waitFor({ timeout: 10_000 });
    await screenshot(welcome, 'profile-welcome', true);
    await welcome.locator('[data-testid="welcome-skip"]').click();
    const keys = Object.keys(await stored(welcome)).filter((k) => k.startsWith('progress:') || k === 'settings' || k === 'resume');
    expect(keys).toEqual([]);
    await welcome.close();
  });

  it('shows the posting with the default profile: every transferable skill is had', async () => {
    job = await session.goto(LINKEDIN_JOB_URL);
    await job.locator('pathway-lens [data-testid="gap-sidebar"][data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
    before = await sidebar(job);
    const asked = before.skills.find((s) => s.kind === 'transferable' && s.level === 'required');
    expect(asked, 'the fixture posting asks a transferable skill as required').toBeTruthy();
    transferable = asked!.id;
    expect(before.skills.filter((s) => s.kind === 'transferable').every((s) => s.group === 'have')).toBe(true);
    expect(await readyBy(job)).toMatch(/^Ready by \d{1,2} [A-Z][a-z]{2} \d{4} at 10 h\/week/);
    await screenshot(job, 'profile-sidebar-before');
  });

  it('the profile lists all twelve pathway skills with one button per state', async () => {
    dashboard = await session.goto(`chrome-extension://${session.extensionId}/dashboard.html#profile`);
    await dashboard.locator('[data-testid="profile"]').waitFor({ timeout: 10_000 });
    const rows = dashboard.locator('[data-testid="profile-skill"]');
    expect(await rows.count()).toBe(12);
    const row = dashboard.locator(`[data-testid="profile-skill"][data-skill-id="${transferable}"]`);
    expect(await row.getAttribute('data-state')).toBe('have');
    expect(await row.locator('[data-testid="set-state"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['have', 'notYet']);
    const toLearn = dashboard.locator('[data-testid="profile-skill"][data-skill-id="stakeholder-management"]');
    expect(await toLearn.locator('[data-testid="set-state"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['notYet', 'learning', 'learned']);
  });

  it('a transferable skill marked "not yet" and 5 h/week move the open sidebar without a reload', async () => {
    await dashboard.locator(`[data-testid="profile-skill"][data-skill-id="${transferable}"] [data-testid="set-state"][data-state="notYet"]`).click();
    await expect.poll(() => dashboard.locator(`[data-testid="profile-skill"][data-skill-id="${transferable}"]`).getAttribute('data-state')).toBe('notYet');
    await dashboard.locator('[data-testid="hours-per-week"]').fill('5');
    await dashboard.locator('[data-testid="hours-per-week"]').press('Enter');
    await dashboard.locator('[data-testid="hours-per-week"]').blur();

    await expect.poll(async () => (await sidebar(job)).skills.find((s) => s.id === transferable)?.group, { timeout: 10_000 }).toBe('roadmap');
    await expect.poll(() => readyBy(job), { timeout: 10_000 }).toMatch(/at 5 h\/week/);
    const after = await sidebar(job);
    expect(after.readiness).toBeLessThan(before.readiness ?? 0);
    await job.bringToFront();
    await screenshot(job, 'profile-sidebar-after');
  });

  it('a skill learned in the profile is had in the sidebar', async () => {
    const gap = before.skills.find((s) => s.kind === 'toLearn');
    expect(gap, 'the fixture posting asks a skill to learn').toBeTruthy();
    await dashboard.bringToFront();
    await dashboard.locator(`[data-testid="profile-skill"][data-skill-id="${gap!.id}"] [data-testid="set-state"][data-state="learned"]`).click();
    await expect.poll(async () => (await sidebar(job)).skills.find((s) => s.id === gap!.id)?.group, { timeout: 10_000 }).toBe('have');
  });

  it('the popup scores with the profile: its roadmap opens on this week at the user’s pace', async () => {
    await dashboard.bringToFront();
    const start = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await dashboard.locator('[data-testid="start-date"]').fill(start);
    await dashboard.locator('[data-testid="start-date"]').blur();
    await expect.poll(async () => ((await stored(dashboard)).settings as { startDate?: string } | undefined)?.startDate, { timeout: 5_000 }).toBe(start);
    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: 'Roadmap' }).click();
    const card = popup.locator('[data-testid="this-week"]');
    await card.waitFor({ timeout: 10_000 });
    // 20 days after the start is week 3; at 5 h/week the 40-week roadmap takes 80 weeks.
    expect(await card.innerText()).toMatch(/week 3 of 80/i);
    expect(['ahead', 'on-track', 'behind']).toContain(await card.getAttribute('data-standing'));
    await screenshot(popup, 'profile-popup-this-week');
    await popup.close();
  });

  it('saved postings and the comparison show the date at the user’s pace, and follow a pace change live', async () => {
    await job.bringToFront();
    await job.locator('pathway-lens [data-testid="save-posting"]').click();
    const second = await session.goto(boardUrl(SECOND));
    await second.locator('pathway-lens [data-testid="gap-sidebar"][data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
    await second.locator('pathway-lens [data-testid="save-posting"]').click();
    const savedIds = async () => Object.keys(await stored(dashboard)).filter((k) => k.startsWith('posting:') && !k.endsWith('$')).map((k) => k.slice('posting:'.length));
    await expect.poll(async () => (await savedIds()).length, { timeout: 10_000 }).toBe(2);
    await second.close();
    const ids = await savedIds();

    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: /Saved/ }).click();
    await expect.poll(() => popup.locator('[data-testid="ready-by"]').first().innerText(), { timeout: 10_000 }).toMatch(/at 5 h\/week/);
    await popup.close();

    const compare = await session.goto(`chrome-extension://${session.extensionId}/dashboard.html?compare=${ids.map(encodeURIComponent).join(',')}#compare`);
    await expect.poll(() => compare.locator('[data-testid="ready-by"]').first().innerText(), { timeout: 10_000 }).toMatch(/at 5 h\/week/);
    // A pace change in the profile tab reaches the open comparison without a reload.
    await dashboard.bringToFront();
    await dashboard.locator('[data-testid="hours-per-week"]').fill('8');
    await dashboard.locator('[data-testid="hours-per-week"]').press('Enter');
    await expect.poll(() => compare.locator('[data-testid="ready-by"]').first().innerText(), { timeout: 10_000 }).toMatch(/at 8 h\/week/);
    await expect.poll(() => readyBy(job), { timeout: 10_000 }).toMatch(/at 8 h\/week/);
    await screenshot(compare, 'profile-compare', true);
    await compare.close();
  });

  it('imports a pasted résumé: detected skills with evidence, applied only when confirmed', async () => {
    await dashboard.bringToFront();
    const importer = dashboard.locator('[data-testid="resume-import"]');
    await importer.locator('textarea').fill(
      'Senior backend engineer. Designed and shipped REST APIs used by 40 teams. Ran our Jenkins CI/CD pipelines.\n' +
        'Goals: I want to learn AI risk management next year.',
    );
    await importer.getByRole('button', { name: /find skills/i }).click();
    const rows = dashboard.locator('[data-testid="resume-detected"]');
    await rows.first().waitFor({ timeout: 10_000 });
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-skill-id')));
    expect(ids).toContain('api-development');
    expect(ids).not.toContain('ai-risk-management');
    // Nothing is applied before the user confirms.
    expect(Object.keys(await stored(dashboard)).some((k) => k === 'resume')).toBe(false);
    await dashboard.locator('[data-testid="resume-detected"][data-skill-id="api-development"] [data-testid="resume-confirm"]').click();
    await dashboard.locator('[data-testid="resume-apply"]').click();
    await expect.poll(() => dashboard.locator('[data-testid="profile-skill"][data-skill-id="api-development"]').getAttribute('data-state')).toBe('have');
  });

  it('reads a PDF résumé in the extension page (pdfjs and its worker load under the extension CSP)', async () => {
    const importer = dashboard.locator('[data-testid="resume-import"]');
    await importer.locator('input[type="file"]').setInputFiles(RESUME_PDF);
    const rows = dashboard.locator('[data-testid="resume-detected"]');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await screenshot(dashboard, 'profile-resume-import', true);
  });

  it('mirrors the profile to storage.sync; saved postings stay on this device', async () => {
    await expect
      .poll(async () => Object.keys(await dashboard.evaluate(async () => chrome.storage.sync.get(null))), { timeout: 15_000 })
      .toContain(`progress:transferable:${transferable}`);
    const synced = Object.keys(await dashboard.evaluate(async () => chrome.storage.sync.get(null)));
    expect(synced).toContain('settings');
    expect(synced.filter((k) => k.startsWith('posting:') || k === 'resume')).toEqual([]);
    await screenshot(dashboard, 'profile-dashboard', true);
    expect(session.errors).toEqual([]);
  });
});
