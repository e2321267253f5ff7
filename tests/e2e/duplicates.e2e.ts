/**
 * One job saved from two boards (issue 15, point 4): in the production build in Chromium, two saved postings of the
 * same job (LinkedIn and the company's Greenhouse page, the title spelled a little differently) are flagged in the
 * popup's Saved list as likely the same job, with a merge offer; merging keeps one posting with both notes and stage
 * histories and moves the other to the trash. "Not the same job" is remembered.
 *
 * The profile is written as the writer stores postings (records, their version metas, the summary index).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionedEntries } from '../../lib/storage/items';
import { postingKey } from '../../lib/storage/keys';
import type { SavedPosting } from '../../lib/storage/schemas';
import { buildShards } from '../../lib/storage/summary';
import { makeReport } from '../storage/helpers';
import { launchExtension, screenshot, type ExtensionSession } from './harness';

declare const chrome: { storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };

const DAY = 86_400_000;
const T = Date.now() - 30 * DAY;

function saved(id: string, board: string, url: string, title: string, company: string, extra: Partial<SavedPosting> = {}): SavedPosting {
  return {
    id,
    url,
    board,
    title,
    company,
    location: 'Remote',
    report: makeReport(),
    descriptionExcerpt: 'Lead AI programs.',
    savedAt: T,
    updatedAt: T,
    status: 'saved',
    notes: '',
    analysisVersion: makeReport().analysisVersion,
    history: [{ status: 'saved', at: T }],
    followUpAt: null,
    followUpDoneAt: null,
    ...extra,
  };
}

const linkedin = saved('linkedin:4100000001', 'linkedin', 'https://www.linkedin.com/jobs/view/4100000001/', 'Sr. Technical Program Manager, AI', 'Northwind Analytics', { notes: 'Referral from Sam' });
const greenhouse = saved('greenhouse:northwind:77', 'greenhouse', 'https://boards.greenhouse.io/northwind/jobs/77', 'Senior Technical Program Manager - AI', 'Northwind Analytics, Inc.', {
  savedAt: T + DAY,
  updatedAt: T + 2 * DAY,
  status: 'applied',
  notes: 'Applied on their site',
  history: [{ status: 'saved', at: T + DAY }, { status: 'applied', at: T + 2 * DAY }],
});
const unrelated = saved('lever:beta:5', 'lever', 'https://jobs.lever.co/beta/5', 'Data Engineer', 'Beta');

function profile(postings: SavedPosting[]): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const p of postings) Object.assign(items, versionedEntries('posting', postingKey(p.id), p));
  return { ...items, ...buildShards(postings) };
}

async function storedPostings(page: Page): Promise<Record<string, SavedPosting>> {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('posting:') && !k.endsWith('$'))) as Record<string, SavedPosting>;
  });
}

describe('one job saved from two boards (production build in Chromium)', () => {
  let session: ExtensionSession;
  const popupUrl = () => `chrome-extension://${session.extensionId}/popup.html`;

  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function openSaved(items: Record<string, unknown>): Promise<Page> {
    const page = await session.goto(popupUrl());
    await page.evaluate(async (data) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(data);
    }, items);
    await page.reload();
    await page.getByRole('tab', { name: /^Saved/ }).click();
    await page.getByTestId('saved-postings').waitFor();
    return page;
  }

  it('flags the pair with a merge offer; merging keeps one posting with both notes and histories, the other in the trash', async () => {
    const page = await openSaved(profile([linkedin, greenhouse, unrelated]));
    // One closed line above the list ("One job looks saved twice…"); opened, the pair with its offer.
    await page.getByTestId('duplicate-notices').locator('summary').click();
    const notice = page.getByTestId('duplicate-notice');
    await notice.waitFor();
    expect(await page.getByTestId('duplicate-notice').count()).toBe(1);
    expect(await notice.getAttribute('data-posting-ids')).toBe(`${linkedin.id} ${greenhouse.id}`);
    expect(await notice.textContent()).toContain('Likely the same job');
    await screenshot(page, 'duplicate-notice');
    await notice.getByRole('button', { name: 'Merge, keep the LinkedIn posting' }).click();
    await page.getByTestId('duplicate-notices').waitFor({ state: 'detached' });
    await expect.poll(async () => Object.keys(await storedPostings(page)).sort(), { timeout: 10_000 }).toEqual([`posting:${unrelated.id}`, `posting:${linkedin.id}`].sort());
    const merged = (await storedPostings(page))[`posting:${linkedin.id}`]!;
    expect(merged.notes).toBe('Referral from Sam\n\nFrom the greenhouse posting: Applied on their site');
    expect(merged.history.map((e) => e.status)).toEqual(['saved', 'saved', 'applied', 'saved']);
    const trash = await page.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `trash:${greenhouse.id}`);
    expect(trash).toMatchObject({ posting: { id: greenhouse.id } });
    await expect.poll(() => page.getByTestId('saved-posting').count()).toBe(2);
    expect(session.errors).toEqual([]);
  });

  it('"Not the same job" is kept: the notice does not come back', async () => {
    const page = await openSaved(profile([linkedin, greenhouse]));
    await page.getByTestId('duplicate-notices').locator('summary').click();
    await page.getByTestId('duplicate-notice').getByRole('button', { name: 'Not the same job' }).click();
    await expect.poll(async () => (await storedPostings(page))[`posting:${linkedin.id}`]?.distinctFrom, { timeout: 10_000 }).toEqual([greenhouse.id]);
    await page.reload();
    await page.getByRole('tab', { name: /^Saved/ }).click();
    await expect.poll(() => page.getByTestId('saved-posting').count()).toBe(2);
    expect(await page.getByTestId('duplicate-notice').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
