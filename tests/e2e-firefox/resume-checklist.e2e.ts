/**
 * The résumé checklist per posting (issue 15, point 5) in real Firefox: a résumé kept through the profile's résumé
 * import reaches the open sidebar without a reload (shown / missing / gap per skill, the résumé's line as text), and
 * deleting it leaves only the hint. Screenshot: firefox-resume-checklist-sidebar.png.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardByFile, boardFixture } from '../e2e/fixtures';
import { launchFirefox, offFixtureHosts, retryBidiRealmRace, screenshot, waitForSidebar, type FirefoxSession } from './harness';

const JOB = boardByFile('greenhouse-new.html');

/** Written for this test: CI/CD and stakeholder management shown (markup in a line stays text); AI risk only a goal. */
const HOSTILE_LINE = 'Ran our <b>Jenkins</b> CI/CD pipelines <img src=x onerror=alert(1)> for 30 services.';
const RESUME = [
  'EXPERIENCE',
  'Senior Backend Engineer — Quill Logistics (2016–2024)',
  `- ${HOSTILE_LINE}`,
  '- Led quarterly planning with product, support and finance stakeholders.',
  '',
  'GOALS',
  'Learn AI risk management.',
].join('\n');

const waitFor = (page: Page, selector: string, timeout = 10_000) =>
  retryBidiRealmRace(() => page.waitForFunction((sel: string) => !!document.querySelector(sel), { timeout, polling: 50 }, selector));

interface Row {
  id: string | null;
  resume: string | null;
  line: string | null;
}

const sidebarRows = (page: Page): Promise<Row[] | null> =>
  retryBidiRealmRace(() =>
    page.evaluate(() => {
      const list = document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="resume-checklist"]');
      if (!list) return null;
      return Array.from(list.querySelectorAll('[data-testid="resume-checklist-row"]'), (el) => ({
        id: el.getAttribute('data-skill-id'),
        resume: el.getAttribute('data-resume'),
        line: el.querySelector('q')?.textContent ?? null,
      }));
    }),
  );

const waitInSidebar = (page: Page, check: string) =>
  retryBidiRealmRace(() =>
    page.waitForFunction((sel: string) => !!document.querySelector('pathway-lens')?.shadowRoot?.querySelector(sel), { timeout: 10_000, polling: 100 }, check),
  );

describe('résumé checklist (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;
  let job: Page;
  let profile: Page;

  beforeAll(async () => {
    s = await launchFirefox({ routes: { [JOB.host]: { [JOB.path]: { body: boardFixture(JOB.file) } } } });
    job = await s.goto(`https://${JOB.host}${JOB.path}`);
    await waitForSidebar(job);
    profile = await s.openExtensionPage('dashboard.html#profile', { width: 1280, height: 900 });
    await waitFor(profile, '[data-testid="profile"]');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('without a kept résumé: the hint only', async () => {
    await waitInSidebar(job, '[data-testid="resume-checklist-hint"]');
    expect(await sidebarRows(job)).toBeNull();
  });

  it('a résumé kept in the profile reaches the open sidebar: shown, missing and gap rows, the line as text', async () => {
    const text = (await profile.$('[data-testid="resume-text"]')) as ElementHandle<HTMLTextAreaElement>;
    await text.type(RESUME);
    await profile.click('[data-testid="resume-find"]');
    await waitFor(profile, '[data-testid="resume-detected"]');
    await profile.click('[data-testid="resume-keep"]');
    await profile.click('[data-testid="resume-apply"]');
    await waitFor(profile, '[data-testid="resume-kept"]');

    await waitInSidebar(job, '[data-testid="resume-checklist-row"]');
    const rows = (await sidebarRows(job)) ?? [];
    const marks = Object.fromEntries(rows.map((r) => [r.id, r.resume]));
    expect(marks['devops-cicd']).toBe('shown');
    expect(marks['stakeholder-management']).toBe('shown');
    expect(marks['system-architecture']).toBe('missing');
    expect(marks['program-management-frameworks']).toBe('gap');
    expect(marks['gpu-clusters']).toBe('gap');
    expect(rows.find((r) => r.id === 'devops-cicd')?.line).toBe(HOSTILE_LINE);
    expect(await job.evaluate(() => document.querySelector('pathway-lens')?.shadowRoot?.querySelectorAll('.rcl img, .rcl b').length ?? -1)).toBe(0);
    await job.bringToFront();
    await job.evaluate(() => document.querySelector('pathway-lens')?.shadowRoot?.querySelector('section.pl-resume')?.scrollIntoView());
    await screenshot(job, 'resume-checklist-sidebar');
  });

  it('deleting the kept résumé leaves only the hint', async () => {
    await profile.bringToFront();
    await profile.click('[data-testid="resume-delete"]');
    await waitInSidebar(job, '[data-testid="resume-checklist-hint"]');
    expect(await sidebarRows(job)).toBeNull();
    expect(s.errors).toEqual([]);
    expect(offFixtureHosts(s)).toEqual([]);
  });
});
