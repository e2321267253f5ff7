/**
 * The popup of the production build, opened as chrome-extension://ID/popup.html in Debian Chromium:
 * it shows the whole pathway from data/ — five roadmap phases and all twelve skills.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pathway } from '../../data/pathway';
import { launchExtension, screenshot, type ExtensionSession } from './harness';

describe('popup (production build in Chromium)', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtension();
    popup = await session.openPopup();
    // The popup opens on "This page"; the pathway is on the Roadmap tab.
    await popup.getByRole('tab', { name: 'Roadmap' }).click();
    await popup.locator('[data-testid="roadmap-phase"]').first().waitFor({ timeout: 10_000 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('loads the extension and finds its id from the service worker', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(popup.url()).toBe(`chrome-extension://${session.extensionId}/popup.html`);
  });

  it('shows exactly the five roadmap phases, with their titles', async () => {
    const phases = popup.locator('[data-testid="roadmap-phase"]');
    await expect.poll(() => phases.count()).toBe(5);
    const texts = await phases.allInnerTexts();
    pathway.phases.forEach((phase, i) => {
      expect(texts[i], `phase ${phase.number}`).toContain(phase.title);
    });
  });

  it('shows all twelve pathway skills by name', async () => {
    const names = [...pathway.transferableSkills, ...pathway.skillsToLearn].map((s) => s.name);
    expect(names).toHaveLength(12);
    const text = await popup.locator('body').innerText();
    const missing = names.filter((name) => !text.includes(name));
    expect(missing, 'skill names missing from the popup').toEqual([]);
  });

  it('shows the headline: roles, timeline and salary change', async () => {
    const text = await popup.locator('body').innerText();
    for (const part of [pathway.meta.fromRole, pathway.meta.toRole, pathway.meta.timeline.label, pathway.meta.salaryChange.label]) {
      expect(text).toContain(part);
    }
  });

  it('renders without page errors or console errors, and saves a screenshot', async () => {
    // The popup scrolls inside a 600px frame: one shot of the top, one with the roadmap scrolled into view.
    await popup.evaluate(() => window.scrollTo(0, 0));
    expect(await screenshot(popup, 'popup')).toMatch(/popup\.png$/);
    await popup.locator('[data-testid="roadmap-phase"]').first().scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-roadmap');
    expect(session.errors).toEqual([]);
  });

  it('makes no network requests', () => {
    expect(session.requests.filter((r) => /^(https?|wss?):/.test(r.url)).map((r) => r.url)).toEqual([]);
    expect(session.server.requests).toEqual([]);
  });
});
