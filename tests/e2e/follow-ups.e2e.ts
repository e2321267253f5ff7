/**
 * Issue 15, points 1 and 3, in the production build in Chromium: three saved postings written into storage as the
 * writer stores them (records and summary index) while the service worker is stopped — one applied 20 days ago with
 * no reply, one with a follow-up set for yesterday, one saved 3 days ago — then the worker starts: the toolbar badge
 * says 2. The popup lists both at the top; "Done" on one and "Snooze a week" on the other clear the badge and are
 * stored (followUpDoneAt, followUpAt = now + 7 days). In the Saved list, moving a posting to applied adds a timeline
 * entry; an applied date set by hand is stored and shown "(set by hand)"; a date in the future is refused in
 * role="alert" and nothing is written. axe-core on both views; screenshots of both.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPosting } from '../../scripts/bench-browser/export-file';
import { dayInputValue } from '../../lib/follow-ups/day-input';
import { analyze, toSaveInput } from '../../lib/posting/flow';
import { versionedEntries } from '../../lib/storage/items';
import { postingKey } from '../../lib/storage/keys';
import type { StatusChange } from '../../lib/storage/pipeline';
import { postingContent } from '../../lib/storage/posting-content';
import type { SavedPosting } from '../../lib/storage/schemas';
import { buildShards } from '../../lib/storage/summary';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { axeViolations, seedStoppedProfile, until, WorkerControl } from './extension-page';

// The extension APIs inside page.evaluate callbacks (they run in the browser, not here).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const DAY = 24 * 60 * 60 * 1000;
/** A saved posting as the save flow makes it (the product's analysis of a synthetic posting), with this history. */
function record(index: number, history: StatusChange[], followUpAt: number | null = null): SavedPosting {
  const text = syntheticPosting(index, 'full', 15);
  const input = toSaveInput(text, analyze(text));
  const savedAt = (history[0] as StatusChange).at;
  return {
    id: input.jobKey,
    ...postingContent(input),
    savedAt,
    updatedAt: (history.at(-1) as StatusChange).at,
    status: (history.at(-1) as StatusChange).status,
    notes: '',
    history,
    followUpAt,
    followUpDoneAt: null,
  };
}

const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

/** The stored record of a posting, read straight from storage.local. */
const stored = (page: Page, id: string) => page.evaluate(async (key) => (await chrome.storage.local.get(key))[key] as SavedPosting, postingKey(id));

describe('follow-ups and the status timeline (production build in Chromium)', () => {
  let s: ExtensionSession;
  let page: Page;
  const now = Date.now();
  const yesterday = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate()) - DAY;
  const applied20 = record(0, [
    { status: 'saved', at: now - 25 * DAY },
    { status: 'applied', at: now - 20 * DAY },
  ]);
  const setForYesterday = record(1, [{ status: 'saved', at: now - 10 * DAY }], yesterday);
  const notDue = record(2, [{ status: 'saved', at: now - 3 * DAY }]);
  const popupUrl = () => `chrome-extension://${s.extensionId}/popup.html`;

  beforeAll(async () => {
    expect(new Set([applied20.id, setForYesterday.id, notDue.id]).size).toBe(3);
    s = await launchExtension();
    page = await s.openPopup();
    // Written while the worker is stopped, as a profile an update finds; a message then starts the worker.
    const items = { ...buildShards([applied20, setForYesterday, notDue]) };
    for (const p of [applied20, setForYesterday, notDue]) Object.assign(items, versionedEntries('posting', postingKey(p.id), p));
    await seedStoppedProfile(await WorkerControl.attach(s, page), page, items);
  }, 60_000);

  afterAll(async () => {
    await s?.close();
  });

  it('counts the two due follow-ups on the toolbar badge at worker start', async () => {
    expect(await until('badge "2"', async () => (await badge(page)) === '2')).toBe(true);
  });

  it('lists both at the top of the popup; Done and Snooze a week clear the badge and are stored', async () => {
    await page.goto(popupUrl(), { waitUntil: 'load' });
    const list = page.getByTestId('follow-ups');
    await list.waitFor();
    const items = list.getByTestId('follow-up');
    expect(await items.count()).toBe(2);
    // The longest overdue first: applied 20 days ago (due 6 days ago), then the one set for yesterday.
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-posting-id')))).toEqual([applied20.id, setForYesterday.id]);
    expect(await items.nth(0).textContent()).toContain('Applied 20 days ago, no reply');
    expect(await items.nth(1).textContent()).toMatch(/Follow-up set for /);
    expect(await items.nth(0).textContent()).toContain(applied20.title);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'follow-ups-popup');
    // The theme follows the system by default: dark too passes axe (contrast included).
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'follow-ups-popup-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const beforeDone = Date.now();
    await items.nth(0).getByRole('button', { name: /^Done/ }).click();
    await until('one follow-up left', async () => (await list.getByTestId('follow-up').count()) === 1);
    const afterDone = Date.now();
    const done = await stored(page, applied20.id);
    expect(done.followUpDoneAt).toBeGreaterThanOrEqual(beforeDone - 1_000);
    expect(done.followUpDoneAt).toBeLessThanOrEqual(afterDone);
    expect(done.followUpAt).toBeNull();
    expect(await until('badge "1"', async () => (await badge(page)) === '1')).toBe(true);

    const beforeSnooze = Date.now();
    await list.getByTestId('follow-up').getByRole('button', { name: /^Snooze a week/ }).click();
    await page.getByTestId('follow-ups').waitFor({ state: 'detached' });
    const afterSnooze = Date.now();
    const snoozed = await stored(page, setForYesterday.id);
    expect(snoozed.followUpAt).toBeGreaterThanOrEqual(beforeSnooze - 1_000 + 7 * DAY);
    expect(snoozed.followUpAt).toBeLessThanOrEqual(afterSnooze + 7 * DAY);
    expect(await until('badge ""', async () => (await badge(page)) === '')).toBe(true);
    await screenshot(page, 'follow-ups-popup-after');
  });

  it('Saved list: a move to applied adds a timeline entry; an applied date by hand is stored; a future one is refused', async () => {
    await page.getByRole('tab', { name: /^Saved/ }).click();
    const row = page.locator(`[data-testid="saved-posting"][data-posting-id="${notDue.id}"]`);
    await row.waitFor();
    const timeline = row.getByTestId('status-history').locator('li');
    expect(await timeline.count()).toBe(1);
    await row.getByRole('combobox', { name: /^Status of/ }).selectOption('applied');
    await until('a second timeline entry', async () => (await timeline.count()) === 2);
    expect(await timeline.nth(1).textContent()).toMatch(/^→?\s*Applied · /);
    expect((await stored(page, notDue.id)).history.map((e) => e.status)).toEqual(['saved', 'applied']);

    // The applied date by hand: 5 days ago (people apply before they save).
    await row.getByText(/^Dates/).click();
    const field = row.getByLabel(/^Applied on/);
    const fiveDaysAgo = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate()) - 5 * DAY;
    await field.fill(dayInputValue(fiveDaysAgo));
    // Sent when Enter is pressed or the field is left (Tab moves between the day, month and year inside it).
    await field.press('Enter');
    await until('the hand-set date stored', async () => (await stored(page, notDue.id)).history[1]?.hand === true);
    const byHand = await stored(page, notDue.id);
    expect(byHand.history[1]).toEqual({ status: 'applied', at: fiveDaysAgo, hand: true });
    await until('the timeline to say so', async () => (await timeline.nth(1).textContent())?.includes('(set by hand)'));

    // A date in the future: refused in role="alert", nothing written.
    const future = fiveDaysAgo + 40 * DAY;
    await field.fill(dayInputValue(future));
    await field.blur();
    const alert = row.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('That date is in the future. Choose the date you applied.');
    await page.waitForTimeout(300);
    expect((await stored(page, notDue.id)).updatedAt).toBe(byHand.updatedAt);
    expect(await axeViolations(page)).toEqual([]);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'follow-ups-saved-row');
    expect(s.errors).toEqual([]);
  });
});
