/**
 * The gap sidebar on real board pages (issue 6), production build in Chromium, one browser for the file.
 *
 * The pages are the board capture fixtures the unit tests use (tests/fixtures/boards/*.html), served on their
 * real hostnames, each with one inline probe script added that records the page's own serialization at
 * DOMContentLoaded — before the content script (document_idle) can run — so "the page's DOM is unchanged" is
 * checked against what the page parsed, not against a second load.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardFixture, boardUrl as urlOf, BOARDS, FRESH_GROUP } from './fixtures';
import { launchExtension, unexpectedWebRequests, type ExtensionSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const PROBE = `<script>document.addEventListener('DOMContentLoaded', function () {
  window.__plBefore = document.documentElement.outerHTML;
});</script>`;

/** A board fixture as served (./fixtures.ts `boardFixture`), with the probe added first in <head>. */
const boardPage = (file: string): string => boardFixture(file).replace(/<head>/i, `<head>${PROBE}`);

async function openReady(page: Page): Promise<void> {
  await page.locator('pathway-lens [data-testid="gap-sidebar"][data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 });
}

async function readiness(page: Page): Promise<number> {
  return Number(await page.locator('pathway-lens [data-testid="readiness"]').getAttribute('data-value'));
}

/** Saved postings in chrome.storage.local, read from an extension page. */
async function savedPostings(session: ExtensionSession): Promise<{ key: string; url: unknown }[]> {
  const popup = await session.openPopup();
  try {
    return await popup.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith('posting:') && !k.endsWith('$'))
        .map(([key, v]) => ({ key, url: (v as { url?: unknown }).url }));
    });
  } finally {
    await popup.close();
  }
}

describe('gap sidebar on board job pages (production build in Chromium)', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    const routes: Record<string, Record<string, { body: string }>> = {};
    for (const b of BOARDS) (routes[b.host] ??= {})[b.path] = { body: boardPage(b.file) };
    session = await launchExtension({ routes });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const board of BOARDS) {
    it(`${board.name}: skills in the right groups and levels, highlights only in the posting, page DOM unchanged`, async () => {
      const page = await session.goto(urlOf(board));
      await openReady(page);

      const rows = await page.locator('pathway-lens [data-testid="skill"]').evaluateAll((els) =>
        els.map((el) => ({ id: el.getAttribute('data-skill-id'), kind: el.getAttribute('data-kind'), level: el.getAttribute('data-level'), group: el.getAttribute('data-group') })),
      );
      for (const want of board.expected) {
        const row = rows.find((r) => r.id === want.id);
        expect(row, `${want.id} (${want.because})`).toBeDefined();
        expect({ kind: row?.kind, level: row?.level }, `${want.id} (${want.because})`).toEqual({ kind: want.kind, level: want.level });
        // Fresh profile: the group follows the kind.
        expect(row?.group, want.id).toBe(FRESH_GROUP[want.kind]);
      }
      for (const id of board.absent) expect(rows.map((r) => r.id), `${id} is only mentioned outside the posting`).not.toContain(id);
      // Each skill row sits in the group section its data-group names.
      const misplaced = await page.locator('pathway-lens [data-testid="skill"]').evaluateAll((els) =>
        els.filter((el) => el.closest('section[data-group]')?.getAttribute('data-group') !== el.getAttribute('data-group')).length,
      );
      expect(misplaced).toBe(0);

      // Highlights, read in the page's main world: they exist, and every range is inside the posting's text.
      await page.waitForFunction(() => CSS.highlights.size > 0);
      const ranges = await page.evaluate((selector) => {
        const container = document.querySelector(selector);
        const out: { name: string; text: string; inside: boolean }[] = [];
        for (const [name, highlight] of CSS.highlights) {
          for (const r of highlight) {
            const node = r.startContainer;
            out.push({ name, text: r.toString(), inside: !!container && container.contains(node) });
          }
        }
        return out;
      }, board.description);
      expect(ranges.length).toBeGreaterThan(0);
      expect(ranges.filter((r) => !r.inside), 'highlights outside the description').toEqual([]);

      // The page's own DOM, outside our host, is what it parsed.
      const dom = await page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as Element;
        clone.querySelectorAll('pathway-lens').forEach((el) => el.remove());
        return { before: (window as unknown as { __plBefore?: string }).__plBefore ?? null, after: clone.outerHTML, hosts: document.querySelectorAll('pathway-lens').length };
      });
      expect(dom.hosts).toBe(1);
      expect(dom.before).not.toBeNull();
      expect(dom.after).toBe(dom.before);
      await page.close();
    });
  }

  it('Greenhouse: "mark learned" raises readiness at once and it persists after reload', async () => {
    const board = BOARDS[1]!;
    const page = await session.goto(urlOf(board));
    await openReady(page);
    const row = page.locator('pathway-lens [data-testid="skill"][data-skill-id="program-management-frameworks"]');
    await expect.poll(() => row.getAttribute('data-group')).toBe('roadmap');
    const before = await readiness(page);

    await row.getByRole('button', { name: /^Mark learned/ }).click();
    await expect.poll(() => readiness(page)).toBeGreaterThan(before);
    const after = await readiness(page);
    await expect.poll(() => row.getAttribute('data-group')).toBe('have');

    await page.reload({ waitUntil: 'load' });
    await openReady(page);
    expect(await readiness(page)).toBe(after);
    expect(await row.getAttribute('data-group')).toBe('have');
    expect(await row.getByRole('button', { name: /^Mark learned/ }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('Lever: save stores the posting exactly once, and the sidebar remembers it after reload', async () => {
    const board = BOARDS[2]!;
    const page = await session.goto(urlOf(board));
    await openReady(page);
    const save = page.locator('pathway-lens [data-testid="save-posting"]');
    expect(await save.getAttribute('data-saved')).toBe('false');
    await save.click();
    await expect.poll(() => save.getAttribute('data-saved')).toBe('true');
    expect(await save.isDisabled()).toBe(true);

    await page.reload({ waitUntil: 'load' });
    await openReady(page);
    expect(await save.getAttribute('data-saved')).toBe('true');
    // The status menu replaces a second save.
    await expect.poll(() => page.locator('pathway-lens select').inputValue()).toBe('saved');

    const saved = await savedPostings(session);
    expect(saved).toHaveLength(1);
    expect(String(saved[0]?.url)).toContain(board.path);
    await page.close();
  });

  it('made no network calls and logged no errors', () => {
    expect(unexpectedWebRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
