/**
 * The popup in real Firefox (its page, `moz-extension://…/popup.html`, opened in a tab): "This page" shows the open
 * tab's report as the sidebar scored it, saving from there stores the posting once (and the open sidebar follows at
 * once), and the Saved list shows it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardFixture } from '../e2e/fixtures';
import { launchFirefox, offFixtureHosts, readSidebar, retryBidiRealmRace, screenshot, waitForSidebar, type FirefoxSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const browser: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

const GREENHOUSE = { host: 'job-boards.greenhouse.io', path: '/litwareai/jobs/4555000008', title: 'Technical Program Manager, Inference Platform' };
const URL_ = `https://${GREENHOUSE.host}${GREENHOUSE.path}`;
const body = boardFixture('greenhouse-new.html');

/** Text of the first element matching `selector` in an extension page, once it is there. */
async function textOf(page: Page, selector: string, timeout = 10_000): Promise<string> {
  await retryBidiRealmRace(() => page.waitForFunction((sel: string) => !!document.querySelector(sel), { timeout, polling: 50 }, selector));
  return page.evaluate((sel: string) => (document.querySelector(sel) as HTMLElement).innerText.trim(), selector);
}

const count = (page: Page, selector: string) => page.evaluate((sel: string) => document.querySelectorAll(sel).length, selector);

describe('popup: "This page" and Saved (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;
  let job: Page;
  let tabId: number;

  beforeAll(async () => {
    s = await launchFirefox({ routes: { [GREENHOUSE.host]: { [GREENHOUSE.path]: { body } } } });
    job = await s.goto(URL_);
    await waitForSidebar(job);
    const ext = await s.openExtensionPage('popup.html');
    // No `tabs` permission: the URL is visible for tabs on the boards' hosts only, which is all this needs.
    const tabs = await ext.evaluate(() => browser.tabs.query({}));
    await ext.close();
    const tab = tabs.find((t) => t.url?.startsWith(URL_));
    expect(tab?.id, `a tab on ${URL_} among ${JSON.stringify(tabs)}`).toBeTypeOf('number');
    tabId = tab!.id!;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('"This page" shows the open tab\'s report with the sidebar\'s readiness; Save stores it once; the open sidebar shows it saved', async () => {
    const sidebar = await readSidebar(job);
    expect(sidebar.readiness).not.toBeNull();

    const popup = await s.openExtensionPage(`popup.html?tab=${tabId}#page`);
    expect(await textOf(popup, '[data-testid="gap-summary"] [data-testid="popup-readiness"]')).toBe(`${sidebar.readiness}%`);
    expect(await textOf(popup, '[data-testid="gap-summary"]')).toContain(GREENHOUSE.title);
    expect(await count(popup, '[data-testid="top-gap"]')).toBeGreaterThan(0);
    await screenshot(popup, 'popup-this-page');

    await popup.click('[data-testid="popup-save"]');
    await textOf(popup, '[data-testid="popup-saved"]');
    // The open sidebar follows a save made elsewhere (lib/job-page/job-page.ts: a change of this tab's own posting key).
    await expect.poll(async () => (await readSidebar(job)).saved, { timeout: 5_000 }).toBe('true');

    const saved = await popup.evaluate(async () =>
      Object.entries(await browser.storage.local.get(null))
        .filter(([k]) => k.startsWith('posting:') && !k.endsWith('$'))
        .map(([, v]) => String((v as { url?: unknown }).url)),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toContain(GREENHOUSE.path);
    await popup.close();
  });

  it('Saved lists the posting with the same readiness', async () => {
    const sidebar = await readSidebar(job);
    const popup = await s.openExtensionPage('popup.html#saved');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="saved-posting"]').length > 0, { timeout: 10_000, polling: 50 });
    expect(await count(popup, '[data-testid="saved-posting"]')).toBe(1);
    expect(await textOf(popup, '[data-testid="saved-posting"]')).toContain(GREENHOUSE.title);
    expect(await textOf(popup, '[data-testid="saved-posting"] [data-testid="saved-readiness"]')).toBe(`${sidebar.readiness}%`);
    // The list came from the page's own read of the index shards, not from the writer's list message (the fallback).
    expect(await popup.evaluate(() => performance.getEntriesByName('pathway-lens:popup-list-from-writer').length)).toBe(0);
    await screenshot(popup, 'popup-saved');
    await popup.close();
  });

  it('made no calls off the fixture hosts and logged no errors', () => {
    expect(offFixtureHosts(s)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
