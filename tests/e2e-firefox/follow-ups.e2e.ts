/**
 * Issue 15, point 3, in real Firefox (MV2: `browserAction`): the toolbar badge counts the due follow-ups. Three saved
 * postings are written into storage as the writer stores them (records and summary index) — one applied 20 days ago
 * with no reply, two saved — then a follow-up is set for yesterday on one of them through the writer (the message the
 * row's date field sends): the badge says 2. "Done" on one (the popup's message) → 1.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPosting } from '../../scripts/bench-browser/export-file';
import { analyze, toSaveInput } from '../../lib/posting/flow';
import { versionedEntries } from '../../lib/storage/items';
import { postingKey } from '../../lib/storage/keys';
import type { StatusChange } from '../../lib/storage/pipeline';
import { postingContent } from '../../lib/storage/posting-content';
import type { SavedPosting } from '../../lib/storage/schemas';
import { buildShards } from '../../lib/storage/summary';
import { launchFirefox, retryBidiRealmRace, type FirefoxSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  browserAction: { getBadgeText(details: object): Promise<string> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const DAY = 24 * 60 * 60 * 1000;

function record(index: number, history: StatusChange[]): SavedPosting {
  const text = syntheticPosting(index, 'full', 16);
  const input = toSaveInput(text, analyze(text));
  return {
    id: input.jobKey,
    ...postingContent(input),
    savedAt: (history[0] as StatusChange).at,
    updatedAt: (history.at(-1) as StatusChange).at,
    status: (history.at(-1) as StatusChange).status,
    notes: '',
    history,
    followUpAt: null,
    followUpDoneAt: null,
  };
}

/** A call through the extension's messaging (@webext-core/messaging's envelope), from an extension page. */
async function send(page: Page, type: string, data: unknown): Promise<void> {
  const answer = (await page.evaluate(
    (t: string, d: unknown) => browser.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: t, timestamp: Date.now(), data: d }),
    type,
    data,
  )) as { res?: { ok: boolean } };
  if (!answer.res?.ok) throw new Error(`${type} failed: ${JSON.stringify(answer).slice(0, 300)}`);
}

describe('follow-up badge (Firefox build in firefox-esr)', () => {
  let s: FirefoxSession;
  let page: Page;
  const now = Date.now();
  const applied20 = record(0, [
    { status: 'saved', at: now - 25 * DAY },
    { status: 'applied', at: now - 20 * DAY },
  ]);
  const toFollowUp = record(1, [{ status: 'saved', at: now - 10 * DAY }]);
  const notDue = record(2, [{ status: 'saved', at: now - 3 * DAY }]);

  beforeAll(async () => {
    s = await launchFirefox();
    page = await s.openExtensionPage('dashboard.html');
    const items = { ...buildShards([applied20, toFollowUp, notDue]) };
    for (const p of [applied20, toFollowUp, notDue]) Object.assign(items, versionedEntries('posting', postingKey(p.id), p));
    await retryBidiRealmRace(() => page.evaluate((i: Record<string, unknown>) => browser.storage.local.set(i), items));
  }, 60_000);

  afterAll(async () => {
    await s?.close();
  });

  const badge = () => page.evaluate(() => browser.browserAction.getBadgeText({}));

  it('counts due follow-ups on the browserAction badge after the writer’s commits', async () => {
    const d = new Date(now);
    const yesterday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - DAY;
    await send(page, 'setFollowUp', { id: toFollowUp.id, action: { kind: 'set', at: yesterday } });
    await expect.poll(badge, { timeout: 10_000, interval: 100 }).toBe('2');
    await send(page, 'setFollowUp', { id: applied20.id, action: { kind: 'done' } });
    await expect.poll(badge, { timeout: 10_000, interval: 100 }).toBe('1');
    await send(page, 'setFollowUp', { id: toFollowUp.id, action: { kind: 'snooze' } });
    await expect.poll(badge, { timeout: 10_000, interval: 100 }).toBe('');
    expect(s.errors).toEqual([]);
  });
});
