/**
 * Upgrade on a real profile (issue 5, "Real browser"): a Chromium profile holding schema-v1 data, then the
 * current build starting on that same profile, must keep every posting and all progress.
 *
 * No v1 build exists to install, so the v1 profile is made the way a v1 build left it: v1 records
 * (`tests/storage/fixtures/v1.ts`, plus more postings and progress of every kind) written straight into
 * `chrome.storage.local` (no `<key>$` version meta: WXT's "version 1") while the extension is idle, then
 * the browser is shut down. The second launch on the same user-data-dir is the "update": the service worker
 * starts cold and its startup migration (with backups) runs before anything else asks for data.
 */
import { changesUserData, INDEX_PREFIX } from '../../lib/storage/keys';
import { POSTING_VERSION } from '../../lib/storage/schemas';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1_POSTING, V1_PROGRESS, V1_STORAGE } from '../storage/fixtures/v1';
import { assertBuilt, assertChromium, CHROME_BUILD_DIR, chromiumArgs, MAPPED_HOSTS } from './harness';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

// The extension APIs inside page.evaluate / worker.evaluate callbacks (they run in the browser, not here).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

/** v1 data: the unit-test fixture plus 40 more postings and progress of every kind. */
function v1Profile(): Record<string, unknown> {
  const data: Record<string, unknown> = { ...V1_STORAGE };
  for (let i = 0; i < 40; i++) {
    const id = `greenhouse:acme:${2000 + i}`;
    data[`posting:${id}`] = {
      ...V1_POSTING,
      id,
      url: `https://boards.greenhouse.io/acme/jobs/${2000 + i}`,
      title: `AI Program Manager ${i}`,
      description: `Posting ${i}. ${'Own the AI roadmap and run risk reviews. '.repeat(20)}`,
      savedAt: V1_POSTING.savedAt + i,
    };
  }
  const progress = [
    V1_PROGRESS,
    { kind: 'skill', id: 'ai-risk-management', done: false, doneAt: null, updatedAt: 1_690_000_001_000 },
    { kind: 'task', id: 'define-ai-use-case', done: true, doneAt: 1_690_000_002_000, updatedAt: 1_690_000_002_000 },
    { kind: 'other', id: 'kubernetes', done: true, doneAt: 1_690_000_003_000, updatedAt: 1_690_000_003_000 },
    { kind: 'action', id: 'update-linkedin-headline', done: true, doneAt: 1_690_000_004_000, updatedAt: 1_690_000_004_000 },
  ];
  for (const p of progress) data[`progress:${p.kind}:${p.id}`] = p;
  return data;
}

interface Profile {
  dir: string;
  server: FixtureServer;
}

async function launch(profile: Profile): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: assertChromium(),
    headless: true,
    args: chromiumArgs(CHROME_BUILD_DIR, profile.server.port),
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 15_000 }));
  return { context, extensionId: new URL(worker.url()).host };
}

/** A message to the background from an extension page, over @webext-core/messaging's wire format. */
async function ask<T>(page: Page, type: string): Promise<T> {
  const answer = await page.evaluate(
    async (t) => chrome.runtime.sendMessage({ id: 1, type: t, timestamp: Date.now(), data: undefined }),
    type,
  );
  const res = (answer as { res?: { ok: boolean; value?: unknown; error?: unknown } }).res;
  if (!res?.ok) throw new Error(`${type} failed: ${JSON.stringify(answer).slice(0, 400)}`);
  return res.value as T;
}

/**
 * The extension's service worker once its extension APIs are bound. Right after launch Playwright can hand us the
 * worker before `chrome` exists in it (seen on a busy machine): ask again, briefly, instead of failing the run.
 */
async function readyWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    const ready = worker ? await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.storage?.local).catch(() => false) : false;
    if (worker && ready) return worker;
    if (Date.now() > deadline) throw new Error('the service worker never exposed chrome.storage');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const rawStorage = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));

describe('storage: upgrade from a schema-v1 profile (production build in Chromium)', () => {
  const v1 = v1Profile();
  const v1PostingIds = Object.keys(v1).filter((k) => k.startsWith('posting:')).map((k) => k.slice('posting:'.length)).sort();
  let profile: Profile;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    assertBuilt();
    profile = {
      dir: await mkdtemp(path.join(tmpdir(), 'pathway-lens-upgrade-')),
      server: await startFixtureServer({ certificateHosts: MAPPED_HOSTS }),
    };
    // 1. The "v1" profile: v1 records written by the browser into the extension's storage, then shut down.
    const first = await launch(profile);
    const worker = await readyWorker(first.context, first.extensionId);
    await worker.evaluate(async (data) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(data);
    }, v1);
    // The sync mirror may have recorded its status meanwhile: bookkeeping, not a record (lib/storage/keys.ts); and the
    // worker's own start (on the empty profile, under load possibly after the clear) may have written empty summary
    // index shards: derived data, checked against the records and rebuilt when they disagree (lib/storage/summary.ts).
    const written = Object.keys(await worker.evaluate(() => chrome.storage.local.get(null))).filter((k) => changesUserData([k]) && !k.startsWith(INDEX_PREFIX));
    expect(written.sort()).toEqual(Object.keys(v1).sort());
    await first.context.close();

    // 2. The current build starts on the same profile.
    const second = await launch(profile);
    context = second.context;
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`chrome-extension://${second.extensionId}/popup.html`, { waitUntil: 'load' });
  }, 90_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await profile?.server.close();
    if (profile) await rm(profile.dir, { recursive: true, force: true, maxRetries: 3 });
  });

  it('keeps every posting, migrated to the current schema, with backups removed once migrated', async () => {
    const listed = await ask<{ postings: { id: string; status: string; title: string; descriptionExcerpt: string; savedAt: number; history: unknown[] }[]; corruptCount: number }>(
      page,
      'listPostings',
    );
    expect(listed.corruptCount).toBe(0);
    expect(listed.postings.map((p) => p.id).sort()).toEqual(v1PostingIds);
    for (const p of listed.postings) {
      const old = v1[`posting:${p.id}`] as { title: string; savedAt: number; description: string };
      expect(p).toMatchObject({ title: old.title, savedAt: old.savedAt, status: 'saved' });
      const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
      expect(squash(old.description).startsWith(squash(p.descriptionExcerpt).slice(0, 60))).toBe(true);
      expect(p, `${p.id} stores no score (computed where shown)`).not.toHaveProperty('score');
      // Saved before stage histories were kept: one entry, its status at its save date (v3 → v4).
      expect(p.history).toEqual([{ status: 'saved', at: old.savedAt }]);
    }

    // On disk: every posting carries the current version; no backup, corrupt or leftover keys.
    const raw = await rawStorage(page);
    for (const id of v1PostingIds) expect(raw[`posting:${id}$`], id).toEqual({ v: POSTING_VERSION });
    expect(Object.keys(raw).filter((k) => k.startsWith('backup:') || k.startsWith('corrupt:'))).toEqual([]);
    expect(raw.settings$).toEqual({ v: 2 });
  });

  it('keeps all progress and the settings', async () => {
    const progress = await ask<{ learnedSkills: string[]; doneTasks: string[]; knownSkills: string[]; doneActions: string[]; items: unknown[] }>(
      page,
      'getProgress',
    );
    expect(progress.learnedSkills).toEqual(['stakeholder-management']);
    expect(progress.doneTasks).toEqual(['define-ai-use-case']);
    expect(progress.knownSkills).toEqual(['kubernetes']);
    expect(progress.doneActions).toEqual(['update-linkedin-headline']);
    expect(progress.items).toHaveLength(5); // the unlearned skill is kept too ("unmarked later" must win merges)
    expect(progress.items).toContainEqual(V1_PROGRESS);

    const settings = await ask<{ theme: string; defaultAutoOpen: boolean }>(page, 'getSettings');
    expect(settings).toMatchObject({ theme: 'dark', defaultAutoOpen: false });
  });
});
