/**
 * Issue 15, point 2 in the production build (Chromium): the pipeline board at dashboard.html#pipeline. Postings with
 * stage histories are seeded through the writer (an import from an extension page); the board shows one column per
 * status with the cards and the funnel; a card moves by keyboard (Space, →, Space), by mouse drag and by its "Move to"
 * menu, each move recorded by the one writer (status + a new history entry) and announced in dnd-kit's live region;
 * two extension pages moving the same card at once both get their entry, in order; axe-core finds nothing in light
 * and dark; 1,000 saved postings draw a board without freezing the page. Screenshots in test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '../../lib/scoring/progress-snapshot';
import { computeScore } from '../../lib/scoring/score';
import { DAY_MS, type StatusChange } from '../../lib/storage/pipeline';
import { DEFAULT_SETTINGS, EXPORT_FORMAT, EXPORT_VERSION, type PostingStatus, type SavedPosting } from '../../lib/storage/schemas';
import { manyPostings, posting } from '../insights/fixtures';
import { launchExtension, screenshot, type ExtensionSession } from './harness';
import { axeViolations, sendMessage } from './extension-page';

const listPostings = (page: Page) => sendMessage<{ postings: SavedPosting[] }>(page, 'listPostings').then((v) => v.postings);
const stored = async (page: Page, id: string) => (await listPostings(page)).find((p) => p.id === id)!;

const exportFile = (postings: SavedPosting[]): string =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now(), postings, progress: [], settings: DEFAULT_SETTINGS });

const NOW = Date.now();
/** A saved posting whose history is [status, days ago] steps (its status the last step's), as the writer keeps them. */
function withHistory(id: string, title: string, company: string, steps: readonly (readonly [PostingStatus, number])[]): SavedPosting {
  const history: StatusChange[] = steps.map(([status, ago]) => ({ status, at: NOW - ago * DAY_MS - 60_000 }));
  const base = posting({
    id,
    title,
    company,
    url: `https://job-boards.greenhouse.io/pipeline/jobs/${id}`,
    skills: [
      ['program-management-frameworks', 'required'],
      ['api-development', 'required'],
      ['stakeholder-management', 'preferred'],
    ],
    savedAt: history[0]!.at,
  });
  return { ...base, status: history.at(-1)!.status, history, updatedAt: history.at(-1)!.at };
}

// 4 applied to; 2 replied, 3 and 9 days after applying → 50 %, median 6 days.
const SEED: SavedPosting[] = [
  withHistory('pl-lead', 'AI Program Manager', 'Litware', [['saved', 20], ['applied', 15], ['interviewing', 12]]),
  withHistory('pl-tpm', 'Technical Program Manager, ML Platform', 'Proseware', [['saved', 30], ['applied', 25], ['rejected', 16]]),
  withHistory('pl-program', 'Program Lead, Applied AI', 'Contoso', [['saved', 10], ['applied', 4]]),
  withHistory('pl-delivery', 'Delivery Manager, AI', 'Northwind', [['applied', 8]]),
  withHistory('pl-ops', 'AI Operations Program Manager', 'Fabrikam', [['saved', 2]]),
  withHistory('pl-portfolio', 'Portfolio Manager, AI Initiatives', 'Tailspin', [['saved', 6], ['applying', 1]]),
];
const TITLE = new Map(SEED.map((p) => [p.id, p.title]));

const STATUSES = ['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected', 'archived'];

describe('pipeline board (issue 15, production build in Chromium)', () => {
  let s: ExtensionSession;
  let ext: Page;
  const boardUrl = () => `chrome-extension://${s.extensionId}/dashboard.html#pipeline`;

  const column = (page: Page, status: string) => page.locator(`[data-testid="pipeline-column"][data-status="${status}"]`);
  const card = (page: Page, id: string) => page.locator(`[data-testid="pipeline-card"][data-posting-id="${id}"]`);
  const cardIds = (page: Page, status: string) => column(page, status).locator('[data-testid="pipeline-card"]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-posting-id')));

  /** Opens the board and starts recording every text dnd-kit's live region announces. */
  async function openBoard(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await s.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(boardUrl());
    await page.locator('[data-testid="pipeline-board"] [data-testid="pipeline-card"]').first().waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      const w = window as unknown as { announced: string[] };
      w.announced = [];
      new MutationObserver(() => {
        const region = document.querySelector('[id^="DndLiveRegion"]');
        const text = region?.textContent ?? '';
        if (text && w.announced.at(-1) !== text) w.announced.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return page;
  }
  const announced = (page: Page) => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

  beforeAll(async () => {
    s = await launchExtension({});
    ext = await s.openPopup();
    await sendMessage(ext, 'applyImport', { text: exportFile(SEED) });
    expect((await listPostings(ext)).length).toBe(SEED.length);
  });

  afterAll(async () => {
    await s?.close();
  });

  it('shows one column per status with the cards (title, company, readiness, days in stage) and the funnel', async () => {
    const page = await openBoard();
    expect(await page.locator('[data-testid="pipeline-column"]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-status')))).toEqual(STATUSES);
    expect(await cardIds(page, 'saved')).toEqual(['pl-ops']);
    expect(await cardIds(page, 'applying')).toEqual(['pl-portfolio']);
    expect(await cardIds(page, 'applied')).toEqual(['pl-program', 'pl-delivery']);
    expect(await cardIds(page, 'interviewing')).toEqual(['pl-lead']);
    expect(await cardIds(page, 'rejected')).toEqual(['pl-tpm']);
    expect(await cardIds(page, 'offer')).toEqual([]);
    const lead = card(page, 'pl-lead');
    expect(await lead.locator('[data-testid="pipeline-card-handle"]').innerText()).toBe('AI Program Manager');
    expect(await lead.innerText()).toContain('Litware');
    const seeded = await stored(ext, 'pl-lead');
    expect(await lead.locator('[data-testid="pipeline-card-readiness"]').innerText()).toBe(`${computeScore(seeded.report, EMPTY_PROGRESS).readiness}%`);
    expect(await lead.locator('[data-testid="pipeline-card-days"]').innerText()).toBe('12 days');
    expect(await card(page, 'pl-portfolio').locator('[data-testid="pipeline-card-days"]').innerText()).toBe('1 day');
    expect(await page.getByTestId('funnel-applied').innerText()).toBe('4');
    expect(await page.getByTestId('funnel-response-rate').innerText()).toBe('50%');
    expect(await page.getByTestId('funnel-median-days').innerText()).toBe('6 days');
    // The nav link, and the keys documented on the page.
    expect(await page.getByTestId('nav-pipeline').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('pipeline-keys').innerText()).toContain('Space');
    await screenshot(page, 'pipeline-board', true);
    await page.close();
    expect(s.errors).toEqual([]);
  });

  it('moves a card by keyboard (Space, →, Space): announced in the live region, stored with a new history entry', async () => {
    const page = await openBoard();
    const before = await stored(ext, 'pl-program');
    const handle = card(page, 'pl-program').locator('[data-testid="pipeline-card-handle"]');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContainEqual(expect.stringMatching(/^Picked up Program Lead, Applied AI\. It is in Applied\./));
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced(page)).toContain('Program Lead, Applied AI is over Interviewing.');
    await expect.poll(() => column(page, 'interviewing').getAttribute('class')).toContain('pipeline-column--over');
    await screenshot(page, 'pipeline-board-keyboard-move');
    await page.keyboard.press('Space');
    await expect.poll(() => announced(page)).toContain('Moved Program Lead, Applied AI to Interviewing.');
    await expect.poll(async () => (await stored(ext, 'pl-program')).status).toBe('interviewing');
    const after = await stored(ext, 'pl-program');
    expect(after.history.slice(0, -1)).toEqual(before.history);
    expect(after.history.at(-1)!.status).toBe('interviewing');
    expect(after.history.at(-1)!.at).toBeGreaterThanOrEqual(NOW);
    // The board follows storage: the card is in Interviewing, at the top, in stage since today; focus came back to it.
    await expect.poll(() => cardIds(page, 'interviewing')).toEqual(['pl-program', 'pl-lead']);
    expect(await card(page, 'pl-program').locator('[data-testid="pipeline-card-days"]').innerText()).toBe('Today');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="pipeline-card"]')?.getAttribute('data-posting-id'))).toBe('pl-program');
    // Escape cancels: picked up, moved over Offer, Escape → nothing written.
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => announced(page)).toContain('Cancelled. Program Lead, Applied AI stays in Interviewing.');
    expect((await stored(ext, 'pl-program')).history).toEqual(after.history);
    // The funnel followed: 3 of 4 replied.
    await expect.poll(() => page.getByTestId('funnel-response-rate').innerText()).toBe('75%');
    await page.close();
    expect(s.errors).toEqual([]);
  });

  it('moves a card by mouse drag, and by its "Move to" menu', async () => {
    const page = await openBoard();
    const from = await card(page, 'pl-ops').locator('[data-testid="pipeline-card-handle"]').boundingBox();
    const to = await column(page, 'applying').boundingBox();
    expect(from && to).toBeTruthy();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.down();
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(from!.x + ((to!.x + to!.width / 2 - from!.x) * i) / steps, from!.y + ((to!.y + 60 - from!.y) * i) / steps);
      await page.waitForTimeout(16);
    }
    await expect.poll(() => column(page, 'applying').getAttribute('class')).toContain('pipeline-column--over');
    await screenshot(page, 'pipeline-board-drag');
    await page.mouse.up();
    await expect.poll(async () => (await stored(ext, 'pl-ops')).status).toBe('applying');
    expect((await stored(ext, 'pl-ops')).history.map((e) => e.status)).toEqual(['saved', 'applying']);
    await expect.poll(() => announced(page)).toContain(`Moved ${TITLE.get('pl-ops')} to Applying.`);
    await expect.poll(() => cardIds(page, 'applying')).toEqual(['pl-ops', 'pl-portfolio']);

    await card(page, 'pl-portfolio').getByTestId('pipeline-card-move').selectOption('applied');
    await expect.poll(async () => (await stored(ext, 'pl-portfolio')).history.map((e) => e.status)).toEqual(['saved', 'applying', 'applied']);
    expect(await page.getByTestId('pipeline-status').innerText()).toBe(`Moved ${TITLE.get('pl-portfolio')} to Applied.`);
    await expect.poll(() => cardIds(page, 'applied')).toEqual(['pl-portfolio', 'pl-delivery']);
    await expect.poll(() => page.getByTestId('funnel-applied').innerText()).toBe('5');
    await page.close();
    expect(s.errors).toEqual([]);
  });

  it('two extension pages moving the same card at once: both entries recorded, in order, nothing lost; an open board follows', async () => {
    const board = await openBoard();
    const other = await s.context.newPage();
    await other.goto(`chrome-extension://${s.extensionId}/dashboard.html`);
    const before = await stored(ext, 'pl-delivery');
    const [a, b] = await Promise.all([sendMessage(ext, 'setPostingStatus', { id: 'pl-delivery', status: 'offer' }), sendMessage(other, 'setPostingStatus', { id: 'pl-delivery', status: 'rejected' })]);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    const after = await stored(ext, 'pl-delivery');
    expect(after.history.slice(0, before.history.length)).toEqual(before.history);
    const added = after.history.slice(before.history.length);
    expect(added.map((e) => e.status).sort()).toEqual(['offer', 'rejected']);
    expect(added[1]!.at).toBeGreaterThanOrEqual(added[0]!.at);
    expect(after.status).toBe(added[1]!.status);
    await expect.poll(() => cardIds(board, after.status)).toContain('pl-delivery');
    await expect.poll(() => board.locator('[data-testid="pipeline-card"][data-posting-id="pl-delivery"]').count()).toBe(1);
    await other.close();
    await board.close();
    expect(s.errors).toEqual([]);
  });

  it('axe-core: 0 violations on the board in light and dark; screenshots of each', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openBoard(scheme);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await axeViolations(page), scheme).toEqual([]);
      await screenshot(page, `pipeline-board-${scheme}`, true);
      // While a card is held (dnd-kit's overlay and the column outline): still nothing.
      await card(page, 'pl-lead').locator('[data-testid="pipeline-card-handle"]').focus();
      await page.keyboard.press('Space');
      await page.waitForTimeout(150);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      expect(await axeViolations(page), `${scheme}, holding a card`).toEqual([]);
      await page.keyboard.press('Escape');
      await page.close();
    }
    expect(s.errors).toEqual([]);
  });

  it('1,000 more saved postings: long columns draw 50 cards and "Show more"; the board paints without freezing (guard only)', async () => {
    await sendMessage(ext, 'applyImport', { text: exportFile(manyPostings(1000)) });
    await ext.waitForTimeout(300);
    const total = (await listPostings(ext)).length;
    expect(total).toBe(1000 + SEED.length);
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const t0 = Date.now();
    await page.goto(boardUrl());
    await page.locator('[data-testid="pipeline-column"][data-status="saved"] [data-testid="pipeline-show-more"]').waitFor({ timeout: 30_000 });
    const painted = Date.now() - t0;
    await screenshot(page, 'pipeline-board-1000');
    const counts = await page.locator('[data-testid="pipeline-column"]').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('data-count')), c.querySelectorAll('[data-testid="pipeline-card"]').length]));
    expect(counts.reduce((n, [c]) => n + c!, 0)).toBe(total);
    for (const [count, drawn] of counts) expect(drawn).toBe(Math.min(count!, 50));
    // A move on the big board: the menu answers and the writer records it.
    const frame = await page.evaluate(async () => {
      const t = performance.now();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t;
    });
    // The newest in Interviewing (drawn at the top of its column) goes to Offer.
    const top = (await cardIds(page, 'interviewing'))[0]!;
    await card(page, top).getByTestId('pipeline-card-move').selectOption('offer');
    await expect.poll(async () => (await stored(ext, top)).status, { timeout: 15_000 }).toBe('offer');
    await expect.poll(() => cardIds(page, 'offer').then((ids) => ids[0])).toBe(top);
    const more = page.locator('[data-testid="pipeline-column"][data-status="saved"] [data-testid="pipeline-show-more"]');
    await more.scrollIntoViewIfNeeded();
    await screenshot(page, 'pipeline-board-1000-show-more');
    await more.click();
    expect(await column(page, 'saved').locator('[data-testid="pipeline-card"]').count()).toBe(100);
    console.log(`[issue 15] pipeline board with ${total} postings: cards on screen ${painted} ms after navigation; an idle frame ${frame.toFixed(0)} ms; columns ${counts.map(([c]) => c).join('/')}`);
    // Generous guard (numbers are for the benchmark): the page is usable within 15 s on a busy 2-core machine.
    expect(painted).toBeLessThan(15_000);
    await page.close();
    expect(s.errors).toEqual([]);
  });
});
