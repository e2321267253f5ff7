/**
 * Saved postings improve with the analysis (issue 14, point 3), in the production build in Chromium: a profile holding
 * saved postings analysed by an older version (with their full texts kept, as a save stores them today), then the
 * service worker starting: the dashboard shows "Updating N of M saved postings…" with a progress bar, the worker is
 * stopped mid-way (CDP `ServiceWorker.stopAllWorkers`, as the browser stops an idle MV3 worker), the next message
 * starts it again and it resumes from storage; at the end every report is exactly what the current analysis makes of
 * the posting, the user's status and notes are untouched, the progress is gone and the dashboard shows the new reports.
 *
 * The profile is made with the product's own functions (the bench's synthetic postings through the posting flow,
 * stored as the writer stores a save, with the summary index), written from an extension page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyTo, syntheticPosting } from '../../scripts/bench-browser/export-file';
import { ANALYSIS_VERSION } from '../../lib/analysis/analyze-posting';
import type { GapReport } from '../../lib/analysis/gap-report';
import { analyze, toSaveInput } from '../../lib/posting/flow';
import { versionedEntries } from '../../lib/storage/items';
import { postingKey, REANALYSIS_KEY, textKey } from '../../lib/storage/keys';
import { keptTextRecord, postingContent } from '../../lib/storage/posting-content';
import type { PostingStatus, SavedPosting } from '../../lib/storage/schemas';
import { buildShards } from '../../lib/storage/summary';
import { launchExtension, type ExtensionSession } from './harness';
import { seedStoppedProfile, until, wakeWorker, WorkerControl } from './extension-page';

// The extension APIs inside page.evaluate callbacks (they run in the browser, not here).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null | string | string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const OLD_VERSION = '1.1.0';
// 500 board-length postings with their texts are ~6 MiB: well inside the 10 MiB budget of the browser-test build
// (800 came within a few hundred KB of it, where a batch that grows a report is refused as over budget).
const COUNT = 500;
const STATUSES: readonly PostingStatus[] = ['saved', 'applied', 'interviewing', 'rejected'];

interface Seeded {
  items: Record<string, unknown>;
  /** What the current analysis makes of each posting: the report re-analysis must arrive at. */
  expected: Map<string, GapReport>;
  user: Map<string, Pick<SavedPosting, 'status' | 'notes' | 'savedAt' | 'updatedAt'>>;
}

/** COUNT postings as the writer stores a save, but with the report an older analysis made (no skills found). */
function seedProfile(): Seeded {
  const items: Record<string, unknown> = {};
  const expected = new Map<string, GapReport>();
  const user = new Map<string, Pick<SavedPosting, 'status' | 'notes' | 'savedAt' | 'updatedAt'>>();
  const postings: SavedPosting[] = [];
  for (let i = 0; postings.length < COUNT; i++) {
    const posting = syntheticPosting(i, 'full', 7);
    if (expected.has(posting.jobKey)) continue;
    const report = analyze(posting);
    const input = toSaveInput(posting, report);
    const old: GapReport = { ...report, skills: [], analysisVersion: OLD_VERSION };
    const savedAt = Date.UTC(2025, 0, 1) + i * 60_000;
    const record: SavedPosting = {
      id: input.jobKey,
      ...postingContent({ ...input, report: old }),
      savedAt,
      updatedAt: savedAt + 1_000,
      status: STATUSES[i % STATUSES.length] ?? 'saved',
      notes: i % 5 === 0 ? `Note ${i}` : '',
      history: historyTo(STATUSES[i % STATUSES.length] ?? 'saved', savedAt, savedAt + 1_000),
      followUpAt: null,
      followUpDoneAt: null,
    };
    const text = keptTextRecord(input.jobKey, input);
    if (!text?.blocks) throw new Error('the save flow kept no layout');
    Object.assign(items, versionedEntries('posting', postingKey(record.id), record), versionedEntries('text', textKey(record.id), text));
    postings.push(record);
    expected.set(record.id, report);
    user.set(record.id, { status: record.status, notes: record.notes, savedAt: record.savedAt, updatedAt: record.updatedAt });
  }
  Object.assign(items, buildShards(postings));
  return { items, expected, user };
}

interface Stored {
  status: { version: string; total: number; done: number; skippedNoText: number; finishedAt: number | null } | null;
  postings: SavedPosting[];
}

/** Read straight from chrome.storage.local from an extension page (works whether the worker runs or not). */
async function stored(page: Page): Promise<Stored> {
  return page.evaluate(async (key) => {
    const all = await chrome.storage.local.get(null);
    const postings = Object.entries(all)
      .filter(([k]) => k.startsWith('posting:') && !k.endsWith('$'))
      .map(([, v]) => v as SavedPosting);
    return { status: (all[key] as Stored['status']) ?? null, postings };
  }, REANALYSIS_KEY);
}

/** What storage says when the run does not show: the run's status, how many postings are current, the index shards. */
async function storedState(page: Page): Promise<{ status: Stored['status']; current: number; postings: number; shards: number }> {
  const s = await stored(page);
  const shards = await page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('index:')).length);
  return { status: s.status, current: s.postings.filter((p) => p.analysisVersion === ANALYSIS_VERSION).length, postings: s.postings.length, shards };
}

/** The progress bar's numbers, or null when it is not shown. */
async function shownProgress(page: Page): Promise<{ now: number; max: number; text: string } | null> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="reanalysis-progress"]');
    const bar = box?.querySelector('[role="progressbar"]');
    if (!box || !bar) return null;
    return { now: Number(bar.getAttribute('aria-valuenow')), max: Number(bar.getAttribute('aria-valuemax')), text: box.textContent ?? '' };
  });
}

describe('re-analysis of saved postings after an analysis update (production build in Chromium)', () => {
  let session: ExtensionSession;
  let seeded: Seeded;

  beforeAll(async () => {
    seeded = seedProfile();
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows its progress, resumes after the worker is stopped mid-way, and ends with the current reports', async () => {
    const page = await session.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    const worker = await WorkerControl.attach(session, page);
    // The profile an update finds, written in one `set` while the worker is stopped; then the worker starts (as after
    // an update: here a message wakes it) and its start runs the migration check, then re-analysis.
    await seedStoppedProfile(worker, page, seeded.items);
    let polls = 0;
    const waitStarted = Date.now();
    const midway = await until('the progress bar part-way', async () => {
      if (Date.now() - waitStarted > 45_000) throw new Error(`no progress shown; storage: ${JSON.stringify(await storedState(page))}`);
      // A worker stopped again before the run began (seen once in CI) is woken again, as a page's next message would.
      if (++polls % 80 === 0) await wakeWorker(page, worker);
      const p = await shownProgress(page);
      return p && p.now > 0 && p.now < p.max ? p : null;
    });
    expect(midway.max).toBe(COUNT);
    expect(midway.text).toMatch(new RegExp(`^Updating [\\d,]+ of ${COUNT} saved postings to the improved analysis…$`));

    // Stopped mid-way: storage says exactly how far it got, and what it says is consistent with the records.
    await worker.stop();
    const paused = await stored(page);
    expect(paused.status).toMatchObject({ version: ANALYSIS_VERSION, total: COUNT, finishedAt: null });
    const updatedSoFar = paused.postings.filter((p) => p.analysisVersion === ANALYSIS_VERSION).length;
    expect(updatedSoFar).toBe(paused.status?.done);
    expect(updatedSoFar).toBeGreaterThan(0);
    expect(updatedSoFar).toBeLessThan(COUNT);
    console.info(`[reanalysis] worker stopped after ${updatedSoFar} of ${COUNT} postings`);

    // Any message starts it again; it resumes from storage.
    const started = performance.now();
    await wakeWorker(page, worker);
    const done = await until('the run to finish', async () => {
      const s = await stored(page);
      return s.status?.finishedAt ? s : null;
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(`[reanalysis] resumed and finished the remaining ${COUNT - updatedSoFar} in ${seconds.toFixed(1)} s`);
    expect(done.status).toMatchObject({ version: ANALYSIS_VERSION, total: COUNT, done: COUNT, skippedNoText: 0 });

    // Every report is what the current analysis makes of the posting; the user's part is untouched.
    expect(done.postings).toHaveLength(COUNT);
    for (const p of done.postings) {
      expect(p.analysisVersion).toBe(ANALYSIS_VERSION);
      expect(p.report).toEqual(seeded.expected.get(p.id));
      expect({ status: p.status, notes: p.notes, savedAt: p.savedAt, updatedAt: p.updatedAt }).toEqual(seeded.user.get(p.id));
    }

    // The dashboard: the progress is gone and the matrix shows the skills the new reports found.
    await until('the progress bar to go', async () => (await shownProgress(page)) === null);
    const columns = await until('the matrix with skills', () =>
      page.evaluate(() => Number(document.querySelector('[data-testid="compare-matrix"]')?.getAttribute('data-columns') ?? 0) || null),
    );
    expect(columns).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  }, 180_000);
});
