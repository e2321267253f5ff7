/**
 * The profile in real Firefox (issue 13): marking a transferable skill "not yet" and a pace in the dashboard's profile
 * moves the open sidebar without a reload, and a PDF résumé is read by pdfjs inside the moz-extension:// page (its
 * module worker under Firefox's extension CSP).
 */
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardFixture } from '../e2e/fixtures';
import { launchFirefox, readSidebar, REPO_ROOT, retryBidiRealmRace, screenshot, waitForSidebar, type FirefoxSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const browser: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };

const GREENHOUSE = { host: 'job-boards.greenhouse.io', path: '/litwareai/jobs/4555000008' };
const URL_ = `https://${GREENHOUSE.host}${GREENHOUSE.path}`;
const RESUME_PDF = path.join(REPO_ROOT, 'tests/fixtures/resumes/resume-onepage.pdf');

const waitFor = (page: Page, selector: string, timeout = 10_000) =>
  retryBidiRealmRace(() => page.waitForFunction((sel: string) => !!document.querySelector(sel), { timeout, polling: 50 }, selector));
const attr = (page: Page, selector: string, name: string) =>
  page.evaluate((sel: string, n: string) => document.querySelector(sel)?.getAttribute(n) ?? null, selector, name);

describe('profile (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;
  let job: Page;
  let profile: Page;

  beforeAll(async () => {
    s = await launchFirefox({ routes: { [GREENHOUSE.host]: { [GREENHOUSE.path]: { body: boardFixture('greenhouse-new.html') } } } });
    job = await s.goto(URL_);
    await waitForSidebar(job);
    profile = await s.openExtensionPage('dashboard.html#profile', { width: 1280, height: 900 });
    await waitFor(profile, '[data-testid="profile"]');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('a transferable skill marked "not yet" in the profile becomes a gap in the open sidebar, at the new pace', async () => {
    const before = await readSidebar(job);
    const asked = before.skills.find((k) => k.kind === 'transferable');
    expect(asked, 'the fixture posting asks a transferable skill').toBeTruthy();
    expect(asked!.group).toBe('have');
    await profile.click(`[data-testid="profile-skill"][data-skill-id="${asked!.id}"] [data-testid="set-state"][data-state="notYet"]`);
    await retryBidiRealmRace(() =>
      job.waitForFunction(
        (id: string) =>
          document.querySelector('pathway-lens')?.shadowRoot?.querySelector(`[data-testid="skill"][data-skill-id="${id}"]`)?.getAttribute('data-group') === 'roadmap',
        { timeout: 10_000, polling: 100 },
        asked!.id,
      ),
    );
    expect(await attr(profile, `[data-testid="profile-skill"][data-skill-id="${asked!.id}"]`, 'data-state')).toBe('notYet');
    const after = await readSidebar(job);
    expect(after.readiness).toBeLessThan(before.readiness ?? 0);

    const hours = (await profile.$('[data-testid="hours-per-week"]')) as ElementHandle<HTMLInputElement>;
    await hours.click({ count: 3 });
    await hours.type('4');
    await hours.press('Enter');
    await retryBidiRealmRace(() =>
      job.waitForFunction(
        () => /at 4 h\/week/.test(document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="ready-by"]')?.textContent ?? ''),
        { timeout: 10_000, polling: 100 },
      ),
    );
    await screenshot(job, 'profile-sidebar-after');
  });

  it('mirrors the profile to Firefox\'s storage.sync; saved postings and the résumé stay on this device', async () => {
    await retryBidiRealmRace(() =>
      profile.waitForFunction(
        async () => Object.keys(await browser.storage.sync.get(null)).some((k) => k.startsWith('progress:transferable:')),
        { timeout: 15_000, polling: 200 },
      ),
    );
    const synced = await profile.evaluate(async () => Object.keys(await browser.storage.sync.get(null)));
    expect(synced).toContain('settings');
    expect(synced.filter((k) => k.startsWith('posting:') || k === 'resume')).toEqual([]);
  });

  it('reads a PDF résumé with pdfjs inside the extension page', async () => {
    const input = (await profile.$('[data-testid="resume-import"] input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(RESUME_PDF);
    await waitFor(profile, '[data-testid="resume-detected"]', 20_000);
    const ids = await profile.evaluate(() => Array.from(document.querySelectorAll('[data-testid="resume-detected"]'), (e) => e.getAttribute('data-skill-id')));
    expect(ids.length).toBeGreaterThan(0);
    await screenshot(profile, 'profile-resume-import');
    expect(s.errors).toEqual([]);
  });
});
