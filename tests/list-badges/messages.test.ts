import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CapturedPosting } from '../../lib/capture/capture-result';
import { client } from '../../lib/messaging/client';
import { registerHandlers, type HandlerEnv } from '../../lib/messaging/handlers';
import { ANALYSED_KEY } from '../../lib/storage/keys';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, makeReport, tickingClock } from '../storage/helpers';

/**
 * The messages of the list badges through the fake browser: the sidebar's analysis is remembered (only for a posting
 * of the sender's own board page), `getCardBadges` answers for the keys asked about only, from the page's own board,
 * and honours the per-board switch; `injectListUi` injects for a board page only.
 */

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const onPage = (url: string): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab, frameId: 0, url });
const extensionPage = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

const JOB_URL = 'https://www.linkedin.com/jobs/view/ai-program-manager-at-contoso-4100000101/';
const LIST_URL = 'https://www.linkedin.com/jobs/search/?keywords=ai';
const INDEED_LIST_URL = 'https://www.indeed.com/jobs?q=ai';

function sendAs(sender: Runtime.MessageSender) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((a) => !!a);
  }) as typeof fakeBrowser.runtime.sendMessage);
}

const posting = (jobKey: string, url: string): CapturedPosting => ({
  board: 'linkedin',
  url,
  canonicalUrl: url,
  jobKey,
  title: 'AI Program Manager',
  company: 'Contoso',
  location: null,
  descriptionText: 'Requirements\n\n- Experience with REST APIs and stakeholder management.',
  descriptionBlocks: [
    { type: 'heading', text: 'Requirements' },
    { type: 'listItem', text: 'Experience with REST APIs and stakeholder management.' },
  ],
  source: 'board',
  capturedAt: '2026-12-01T00:00:00.000Z',
});

/** The analysis settles its write after answering: wait for the record to hold `n` entries. */
async function analysedCount(): Promise<number> {
  const value = (await fakeBrowser.storage.local.get(ANALYSED_KEY))[ANALYSED_KEY] as { entries?: object } | undefined;
  return Object.keys(value?.entries ?? {}).length;
}

let unregister: () => void = () => {};
function start(env: HandlerEnv = {}) {
  unregister();
  unregister = registerHandlers(createWriter({ now: tickingClock() }), env);
}

describe('list badges through the message table', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    start();
  });
  afterEach(() => unregister());

  it('the sidebar analysing its own board posting is remembered; the list then gets a badge for it and nothing else', async () => {
    sendAs(onPage(JOB_URL));
    const analysed = await client.analyzePosting(posting('linkedin:4100000101', JOB_URL));
    expect(analysed.ok).toBe(true);
    await vi.waitFor(async () => expect(await analysedCount()).toBe(1));

    // A saved posting on the same board that the list does not show: never in the answer.
    sendAs(extensionPage());
    await client.savePosting(makeInput('linkedin:4100000555', { url: 'https://www.linkedin.com/jobs/view/4100000555/', board: 'linkedin', report: makeReport() }));
    await client.savePosting(makeInput('linkedin:4100000102', { url: 'https://www.linkedin.com/jobs/view/4100000102/', board: 'linkedin', report: makeReport() }));
    await client.setPostingStatus({ id: 'linkedin:4100000102', status: 'interviewing' });

    sendAs(onPage(LIST_URL));
    const answer = await client.getCardBadges({ board: 'linkedin', jobKeys: ['linkedin:4100000101', 'linkedin:4100000102', 'linkedin:4100000103'] });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.enabled).toBe(true);
    expect(answer.value.badges.map((b) => [b.jobKey, b.status])).toEqual([
      ['linkedin:4100000101', null],
      ['linkedin:4100000102', 'interviewing'],
    ]);
    expect(answer.value.badges.every((b) => typeof b.readiness === 'number' && b.readiness >= 0 && b.readiness <= 100)).toBe(true);
    expect(JSON.stringify(answer.value)).not.toContain('4100000555');
  });

  it('an analysis is not remembered for another site, an extension page, or a key of another board', async () => {
    sendAs(onPage('https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60701'));
    await client.analyzePosting(posting('linkedin:4100000101', JOB_URL)); // a LinkedIn posting sent from Indeed
    sendAs(extensionPage());
    await client.analyzePosting(posting('linkedin:4100000102', 'https://www.linkedin.com/jobs/view/4100000102/'));
    sendAs(onPage(JOB_URL));
    await client.analyzePosting(posting('indeed:a1b2c3d4e5f60701', JOB_URL));
    await client.analyzePosting(posting('linkedin:4100000104', JOB_URL)); // the one that counts
    await vi.waitFor(async () => expect(await analysedCount()).toBe(1));
    const value = (await fakeBrowser.storage.local.get(ANALYSED_KEY))[ANALYSED_KEY] as { entries: object };
    expect(Object.keys(value.entries)).toEqual(['linkedin:4100000104']);
    // Local only: not in the export file, not mirrored to storage.sync.
    sendAs(extensionPage());
    const exported = await client.exportData({ format: 'json' });
    expect(exported.ok).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('4100000104');
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('4100000104');
  });

  it('getCardBadges: validated and bounded; a page asks about its own board only', async () => {
    sendAs(onPage(LIST_URL));
    const send = fakeBrowser.runtime.sendMessage as (m: unknown) => Promise<{ res?: unknown }>;
    const raw = (data: unknown) => send({ id: 1, type: 'getCardBadges', data, timestamp: Date.now() }).then((r) => r.res);
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `linkedin:${4100000000 + i}`);
    expect(await raw({ board: 'linkedin', jobKeys: keys(200) })).toMatchObject({ ok: true });
    for (const bad of [
      { board: 'linkedin', jobKeys: keys(201) },
      { board: 'linkedin', jobKeys: ['indeed:a1b2c3d4e5f60701'] },
      { board: 'greenhouse', jobKeys: [] },
      { board: 'linkedin', jobKeys: ['linkedin:1 2'] },
      { board: 'linkedin', jobKeys: [], extra: true },
      null,
    ]) {
      expect(await raw(bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    sendAs(onPage(INDEED_LIST_URL));
    expect(await client.getCardBadges({ board: 'linkedin', jobKeys: keys(1) })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await client.getCardBadges({ board: 'indeed', jobKeys: ['indeed:a1b2c3d4e5f60701'] })).toEqual({ ok: true, value: { enabled: true, badges: [] } });
  });

  it('off for a board: that board gets no badges (and the other keeps them)', async () => {
    sendAs(onPage(JOB_URL));
    await client.analyzePosting(posting('linkedin:4100000101', JOB_URL));
    await vi.waitFor(async () => expect(await analysedCount()).toBe(1));
    sendAs(extensionPage());
    expect(await client.updateSettings({ listBadges: { board: 'linkedin', enabled: false } })).toMatchObject({ ok: true, value: { settings: { listBadges: { linkedin: false } } } });
    sendAs(onPage(LIST_URL));
    expect(await client.getCardBadges({ board: 'linkedin', jobKeys: ['linkedin:4100000101'] })).toEqual({ ok: true, value: { enabled: false, badges: [] } });
    sendAs(onPage(INDEED_LIST_URL));
    expect(await client.getCardBadges({ board: 'indeed', jobKeys: [] })).toEqual({ ok: true, value: { enabled: true, badges: [] } });
  });

  it('injectListUi: injected into the asking board frame only', async () => {
    const injectListUi = vi.fn(async () => ({ ok: true as const, value: null }));
    const injectUi = vi.fn(async () => ({ ok: true as const, value: null }));
    start({ injectListUi, injectUi });
    sendAs(onPage(LIST_URL));
    expect(await client.injectListUi()).toEqual({ ok: true, value: null });
    expect(injectListUi).toHaveBeenCalledWith({ tabId: 7, frameId: 0, documentId: null });
    expect(injectUi).not.toHaveBeenCalled();
    sendAs(onPage('https://example.com/jobs/search/'));
    expect(await client.injectListUi()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    sendAs(extensionPage());
    expect(await client.injectListUi()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(injectListUi).toHaveBeenCalledTimes(1);
  });
});
