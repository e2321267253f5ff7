/**
 * The gap sidebar on real board pages (issue 6), production build in Chromium, one browser for the file.
 *
 * The pages are the board capture fixtures the unit tests use (tests/fixtures/boards/*.html), served on their
 * real hostnames, each with one inline probe script added that records the page's own serialization at
 * DOMContentLoaded — before the content script (document_idle) can run — so "the page's DOM is unchanged" is
 * checked against what the page parsed, not against a second load.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, REPO_ROOT, unexpectedWebRequests, type ExtensionSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const PROBE = `<script>document.addEventListener('DOMContentLoaded', function () {
  window.__plBefore = document.documentElement.outerHTML;
});</script>`;

/** A board fixture as served: the probe added first in <head>; image sources dropped (their CDNs resolve to nothing). */
function boardPage(name: string): string {
  const html = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/boards', name), 'utf8');
  return html.replace(/<head>/i, `<head>${PROBE}`).replace(/(<img\b[^>]*?)\s+src="[^"]*"/gi, '$1');
}

interface ExpectedSkill {
  id: string;
  kind: 'transferable' | 'toLearn' | 'other';
  level: 'required' | 'preferred';
  /** Why the fixture text supports it. */
  because: string;
}

interface Board {
  name: string;
  host: string;
  path: string;
  file: string;
  /** The element the posting text is in: every highlight must be inside it. */
  description: string;
  expected: ExpectedSkill[];
  /** Skills only named outside the posting (similar jobs, job alerts): must not be reported. */
  absent: string[];
}

const BOARDS: Board[] = [
  {
    name: 'LinkedIn (guest job view)',
    host: 'www.linkedin.com',
    path: '/jobs/view/technical-program-manager-ml-platform-at-northwind-analytics-4100000001',
    file: 'linkedin-guest.html',
    description: '.show-more-less-html__markup',
    expected: [
      { id: 'sql-data-management', kind: 'transferable', level: 'required', because: '"Experience with Python and SQL." under Minimum qualifications' },
      { id: 'python', kind: 'other', level: 'required', because: 'same line; Python is not on the pathway' },
      { id: 'devops-cicd', kind: 'transferable', level: 'preferred', because: '"Familiarity with MLOps tooling" under Preferred qualifications' },
    ],
    // Named only in the right rail: "Rust Developer" (similar jobs), "Scrum Master" (people also viewed).
    absent: ['rust', 'agile-scrum'],
  },
  {
    name: 'Greenhouse (job-boards template)',
    host: 'job-boards.greenhouse.io',
    path: '/litwareai/jobs/4555000008',
    file: 'greenhouse-new.html',
    description: '.job__description',
    expected: [
      { id: 'program-management-frameworks', kind: 'toLearn', level: 'required', because: '"8+ years of technical program management" under "good fit if you have"' },
      { id: 'gpu-clusters', kind: 'other', level: 'required', because: '"Experience planning GPU capacity" in the same list' },
      { id: 'devops-cicd', kind: 'transferable', level: 'preferred', because: '"Familiarity with Kubernetes" under "Strong candidates may also have"' },
    ],
    // Named only in the job-alert box below the posting ("Snowflake or Tableau roles").
    absent: ['tableau', 'sql-data-management'],
  },
  {
    name: 'Lever',
    host: 'jobs.lever.co',
    path: '/proseware/0f2c7a9e-5b1d-4e8a-9c3f-2d4b6a8e1f00',
    file: 'lever.html',
    description: '.content .section-wrapper.page-full-width:not(.accent-section)',
    expected: [
      { id: 'financial-budget-management', kind: 'toLearn', level: 'required', because: '"Own delivery risks, budgets and timelines."' },
      { id: 'ai-ml-fundamentals', kind: 'toLearn', level: 'required', because: '"Understanding of machine learning lifecycles." under What you\'ll need' },
      { id: 'enterprise-customers', kind: 'other', level: 'required', because: '"Experience delivering enterprise software projects."' },
    ],
    absent: [],
  },
  {
    name: 'Workday',
    host: 'acme.wd5.myworkdayjobs.com',
    path: '/en-US/External/job/US-CA-Santa-Clara/Senior-Technical-Program-Manager--AI-Infrastructure_JR2001234',
    file: 'workday.html',
    description: '[data-automation-id="jobPostingDescription"]',
    expected: [
      { id: 'stakeholder-management', kind: 'toLearn', level: 'required', because: '"Report program health to executives."' },
      // The opening "This role runs our GPU cluster build-out program" is the role summary, and "across hardware, network
      // and software teams" names teams to work with: neither is an ask of the candidate (analysis 1.1).
      { id: 'program-management-frameworks', kind: 'toLearn', level: 'required', because: '"10+ years of program management"' },
    ],
    // "Kubernetes Engineer" is only in the Similar Jobs panel.
    absent: ['devops-cicd', 'gpu-clusters'],
  },
];

const urlOf = (b: Board) => `https://${b.host}${b.path}`;

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
        const group = { transferable: 'have', toLearn: 'roadmap', other: 'other' }[want.kind];
        expect(row?.group, want.id).toBe(group);
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
