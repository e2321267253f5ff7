import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { client } from '../../lib/messaging/client';
import { registerHandlers } from '../../lib/messaging/handlers';
import { MESSAGE_TYPES, MESSAGES } from '../../lib/messaging/messages';
import type { CapturedPosting } from '../../lib/capture/capture-result';
import { analyze } from '../../lib/posting/flow';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, tickingClock } from '../storage/helpers';

const PAGE_URL = 'https://boards.greenhouse.io/acme/jobs/1';
const contentScript = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: PAGE_URL });
const extensionPage = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') });

/** WXT's fake runtime.sendMessage passes an empty sender; this delivers messages as the browser would from `sender`. */
function sendAs(sender: Runtime.MessageSender) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((a) => !!a);
  }) as typeof fakeBrowser.runtime.sendMessage);
}

let unregister: () => void = () => {};
function startBackground() {
  unregister();
  unregister = registerHandlers(createWriter({ now: tickingClock() }));
}

describe('messaging through the fake browser', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });
  afterEach(() => unregister());

  it('lets the sidebar (content script) save, list, change status and mark progress', async () => {
    sendAs(contentScript());
    const saved = await client.savePosting(makeInput('greenhouse:acme:1', { url: PAGE_URL }));
    expect(saved).toMatchObject({ ok: true, value: { created: true, posting: { id: 'greenhouse:acme:1', status: 'saved' } } });
    expect(await client.savePosting(makeInput('greenhouse:acme:1', { url: PAGE_URL }))).toMatchObject({ ok: true, value: { created: false } });
    expect(await client.setPostingStatus({ id: 'greenhouse:acme:1', status: 'applied' })).toMatchObject({ ok: true, value: { posting: { status: 'applied' } } });
    const learned = await client.setSkillLearned({ skillId: 'stakeholder-management', done: true });
    expect(learned).toMatchObject({ ok: true, value: { progress: { learnedSkills: ['stakeholder-management'] } } });
    await client.setTaskDone({ taskId: 'define-ai-use-case', done: true });
    await client.setOtherSkillKnown({ skillId: 'kubernetes', done: true });
    await client.setActionItemDone({ itemId: 'update-linkedin-headline', done: true });
    const progress = await client.getProgress();
    expect(progress).toMatchObject({ ok: true, value: { doneTasks: ['define-ai-use-case'], knownSkills: ['kubernetes'], doneActions: ['update-linkedin-headline'] } });
    const list = await client.listPostings();
    expect(list.ok && list.value.postings.map((p) => [p.id, p.status])).toEqual([['greenhouse:acme:1', 'applied']]);
    expect(await client.updateSettings({ sidebar: { board: 'greenhouse', collapsed: true } })).toMatchObject({ ok: true, value: { settings: { sidebar: { greenhouse: { position: 'right', collapsed: true } } } } });
    expect(await client.getSettings()).toMatchObject({ ok: true, value: { theme: 'system' } });
    expect(await client.getStorageUsage()).toMatchObject({ ok: true, value: { warn: false } });
  });

  it('opens the dashboard for the sidebar (which cannot link to an extension page), with a validated compare list', async () => {
    sendAs(contentScript());
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    expect(await client.openDashboard({ compare: ['linkedin:4100000102'] })).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html?compare=linkedin%3A4100000102') });
    expect(await client.openDashboard({})).toEqual({ ok: true, value: null });
    expect(create).toHaveBeenLastCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html') });
    const tooMany = await client.openDashboard({ compare: ['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6', 'a:7'] });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('deletes with undo', async () => {
    sendAs(contentScript());
    await client.savePosting(makeInput('greenhouse:acme:1', { url: PAGE_URL }));
    await client.setPostingNotes({ id: 'greenhouse:acme:1', notes: 'Ask about budget' });
    expect(await client.deletePosting({ id: 'greenhouse:acme:1' })).toMatchObject({ ok: true, value: { deleted: true, undoAvailable: true } });
    expect(await client.deletePosting({ id: 'greenhouse:acme:1' })).toMatchObject({ ok: true, value: { deleted: false } }); // idempotent
    expect(await client.restorePosting({ id: 'greenhouse:acme:1' })).toMatchObject({ ok: true, value: { posting: { notes: 'Ask about budget' } } });
    expect(await client.restorePosting({ id: 'greenhouse:acme:1' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('never lets a content script make privileged calls, whatever its payload claims', async () => {
    sendAs(contentScript());
    for (const call of [() => client.exportData({ format: 'json' }), () => client.previewImport({ text: '{}' }), () => client.applyImport({ text: '{}' }), () => client.getCorruptRecords(), () => client.getDashboard(), () => client.getResume(), () => client.keepResume({ text: 'x', source: 'x' }), () => client.deleteResume()]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A page can only save postings of its own site.
    expect(await client.savePosting(makeInput('evil:1', { url: 'https://jobs.lever.co/other/1' }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A sender the browser did not identify gets nothing: no reads, no writes, no deletes.
    sendAs({});
    expect(await client.savePosting(makeInput('x:1', { url: PAGE_URL }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await client.exportData({ format: 'csv' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const call of [() => client.getSettings(), () => client.listPostings(), () => client.getProgress(), () => client.deletePosting({ id: 'greenhouse:acme:1' })]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Another extension's id is not ours, even with our URL.
    sendAs({ ...extensionPage(), id: 'someone-else' });
    expect(await client.exportData({ format: 'json' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets extension pages export and import', async () => {
    sendAs(extensionPage());
    await client.savePosting(makeInput('lever:beta:2', { url: 'https://jobs.lever.co/beta/2', board: 'lever' }));
    const json = await client.exportData({ format: 'json' });
    if (!json.ok) throw new Error(json.error.message);
    expect(json.value.mimeType).toBe('application/json');
    const csv = await client.exportData({ format: 'csv' });
    expect(csv.ok && csv.value.text).toContain('Job lever:beta:2');
    expect(await client.previewImport({ text: json.value.text })).toMatchObject({ ok: true, value: { added: [], keptExisting: 1 } });
    expect(await client.applyImport({ text: json.value.text })).toMatchObject({ ok: true });
    expect(await client.getCorruptRecords()).toMatchObject({ ok: true, value: { quarantined: [], pending: [] } });
  });

  it('validates every payload', async () => {
    sendAs(extensionPage());
    const send = fakeBrowser.runtime.sendMessage as (m: unknown) => Promise<unknown>;
    const raw = (type: string, data: unknown) => send({ id: 1, type, data, timestamp: Date.now() }) as Promise<{ res?: unknown }>;
    const cases: [string, unknown][] = [
      ['setPostingStatus', { id: 'a', status: 'hired' }],
      ['setPostingStatus', { id: 'a$', status: 'applied' }],
      ['setSkillLearned', { skillId: 'api-development', done: true }], // transferable, not to-learn
      ['setTaskDone', { taskId: '__proto__', done: true }],
      ['setPostingNotes', { id: 'a', notes: 'x'.repeat(5001) }],
      ['updateSettings', { theme: 'neon' }],
      ['updateSettings', { isAdmin: true }],
      ['savePosting', { ...makeInput('a'), report: { skills: 'all' } }],
      ['listPostings', { extra: 1 }],
    ];
    for (const [type, data] of cases) expect((await raw(type, data)).res, type).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Message types outside the allow-list get no handler at all.
    expect(await raw('wipeAll', null)).toBeUndefined();
  });

  it('keeps no state in the worker: a restarted background serves the same data', async () => {
    sendAs(contentScript());
    await client.savePosting(makeInput('greenhouse:acme:1', { url: PAGE_URL }));
    await client.setSkillLearned({ skillId: 'ai-risk-management', done: true });
    startBackground(); // MV3 stopped and restarted the service worker
    expect(await client.listPostings()).toMatchObject({ ok: true, value: { postings: [{ id: 'greenhouse:acme:1' }] } });
    expect(await client.getProgress()).toMatchObject({ ok: true, value: { learnedSkills: ['ai-risk-management'] } });
  });

  it('answers "unavailable" instead of throwing when the background is not there', async () => {
    unregister();
    expect(await client.listPostings()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('injectJobUi: the background injects the sidebar into the asking content script\'s frame, and for no one else', async () => {
    unregister();
    const injectUi = vi.fn(async () => ({ ok: true as const, value: null }));
    unregister = registerHandlers(createWriter({ now: tickingClock() }), { injectUi });
    sendAs({ ...contentScript(), frameId: 2, documentId: 'DOC-9' } as Runtime.MessageSender);
    expect(await client.injectJobUi()).toEqual({ ok: true, value: null });
    expect(injectUi).toHaveBeenCalledWith({ tabId: 7, frameId: 2, documentId: 'DOC-9' });
    // Our own pages have no frame to inject into; a frame off the listed boards gets nothing; neither does a payload.
    sendAs(extensionPage());
    expect(await client.injectJobUi()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    sendAs({ ...contentScript(), url: 'https://careers.example.com/jobs/1' });
    expect(await client.injectJobUi()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    sendAs(contentScript());
    const raw = fakeBrowser.runtime.sendMessage as (m: unknown) => Promise<{ res?: unknown }>;
    expect((await raw({ id: 1, type: 'injectJobUi', data: { tabId: 1, files: ['x.js'] }, timestamp: Date.now() })).res).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(injectUi).toHaveBeenCalledTimes(1);
  });

  it('analyzePosting: the one analysis runs in the background on a validated, bounded capture', async () => {
    sendAs(contentScript());
    const posting: CapturedPosting = {
      board: 'greenhouse',
      url: PAGE_URL,
      canonicalUrl: PAGE_URL,
      jobKey: 'greenhouse:acme:1',
      title: 'AI Program Manager',
      company: 'Acme',
      location: null,
      descriptionText: 'Requirements\n\n- 5+ years of program management; PMP preferred.\n- Experience with REST APIs and stakeholder management.',
      descriptionBlocks: [
        { type: 'heading', text: 'Requirements' },
        { type: 'listItem', text: '5+ years of program management; PMP preferred.' },
        { type: 'listItem', text: 'Experience with REST APIs and stakeholder management.' },
      ],
      source: 'board',
      capturedAt: '2026-11-27T00:00:00.000Z',
    };
    const answer = await client.analyzePosting(posting);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value).toEqual(analyze(posting));
    expect(answer.value.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['stakeholder-management', 'api-development']));
    // Whatever the page sends is the capture schema's, bounded: no unbounded block text, no strange fields.
    const send = fakeBrowser.runtime.sendMessage as (m: unknown) => Promise<{ res?: unknown }>;
    const raw = (data: unknown) => send({ id: 1, type: 'analyzePosting', data, timestamp: Date.now() }).then((r) => r.res);
    const block = { type: 'paragraph', text: 'x'.repeat(4_000) };
    for (const data of [
      null,
      { ...posting, board: 'myspace' },
      { ...posting, descriptionText: 'x'.repeat(70_000) },
      { ...posting, descriptionBlocks: Array.from({ length: 20 }, () => block) },
      { ...posting, descriptionBlocks: [{ type: 'script', text: 'alert(1)' }] },
    ]) {
      expect(await raw(data)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('the table is the allow-list: every message has a client method and an access rule; privileged ones are named', () => {
    for (const type of MESSAGE_TYPES) expect(typeof client[type]).toBe('function');
    expect(MESSAGE_TYPES.filter((t) => MESSAGES[t].access === 'extension').sort()).toEqual([
      'applyImport',
      'deleteResume',
      'exportData',
      'exportPart',
      'getCorruptRecords',
      'getDashboard',
      'getResume',
      'getSyncStatus',
      'importApply',
      'importBegin',
      'importCancel',
      'importChunk',
      'importPreview',
      'importStatus',
      'keepResume',
      'markDistinct',
      'mergePostings',
      'previewImport',
      'setAppliedDate',
      'setFollowUp',
      'setOwnWeeks',
    ]);
  });
});
