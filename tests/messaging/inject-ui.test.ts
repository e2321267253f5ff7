import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { onListedBoard } from '../../lib/job-boards';
import { createUiInjector, JOB_UI_FILE, jobUiTarget, LIST_UI_CLAIM_KEY, LIST_UI_FILE, UI_CLAIM_KEY, type ScriptingLike } from '../../lib/messaging/inject-ui';

/** `injectJobUi`'s side in the background (lib/messaging/inject-ui.ts): who may ask, and once per document. No browser. */

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const sender = (over: Partial<Runtime.MessageSender> & { documentId?: string } = {}): Runtime.MessageSender =>
  ({ id: 'ext', tab: tab(7), frameId: 0, url: 'https://www.linkedin.com/jobs/view/4087213345/', documentId: 'DOC-1', ...over }) as Runtime.MessageSender;

describe('jobUiTarget: the sender checks', () => {
  it('a content script in a frame of a listed board: that tab, frame and document', () => {
    expect(jobUiTarget('content-script', sender())).toEqual({ tabId: 7, frameId: 0, documentId: 'DOC-1' });
    expect(jobUiTarget('content-script', sender({ frameId: 3, url: 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/x_JR1' }))).toEqual({ tabId: 7, frameId: 3, documentId: 'DOC-1' });
    // Firefox says nothing of the document.
    expect(jobUiTarget('content-script', sender({ documentId: undefined }))).toEqual({ tabId: 7, frameId: 0, documentId: null });
  });

  it('never an extension page or an unidentified sender, whatever it sends', () => {
    expect(jobUiTarget('extension-page', sender())).toBeNull();
    expect(jobUiTarget('unknown', sender())).toBeNull();
    expect(jobUiTarget('content-script', undefined)).toBeNull();
  });

  it('never a frame outside the listed boards, or one the browser does not place in a tab', () => {
    for (const url of [
      'https://careers.example.com/jobs/ai-program-manager',
      'https://evil-linkedin.com/jobs/view/4087213345/',
      'https://www.linkedin.com.evil.example/jobs/view/1/',
      // detectBoard knows these (on-demand capture), but the manifest does not list them: no content script runs there.
      'https://acme.myworkdaysite.com/en-US/recruiting/acme/External/job/x_JR1',
      'https://www.glassdoor.co.uk/job-listing/x?jl=1009000000',
      'file:///home/user/linkedin.com/jobs/view/1.html',
      'not a url',
    ]) {
      expect(jobUiTarget('content-script', sender({ url })), url).toBeNull();
    }
    expect(jobUiTarget('content-script', sender({ url: undefined }))).toBeNull();
    expect(jobUiTarget('content-script', sender({ tab: undefined }))).toBeNull();
    expect(jobUiTarget('content-script', sender({ tab: { ...tab(7), id: -1 } }))).toBeNull(); // tabs.TAB_ID_NONE
    expect(jobUiTarget('content-script', sender({ frameId: undefined }))).toBeNull();
    expect(jobUiTarget('content-script', sender({ frameId: 1.5 }))).toBeNull();
  });

  it('onListedBoard follows JOB_BOARD_MATCHES (subdomains of the listed hosts, http or https)', () => {
    expect(onListedBoard('https://linkedin.com/jobs/view/1/')).toBe(true);
    expect(onListedBoard('http://www.indeed.com/viewjob?jk=1')).toBe(true);
    expect(onListedBoard('https://boards.greenhouse.io/acme/jobs/1')).toBe(true);
    expect(onListedBoard('https://www.linkedin.com./feed/')).toBe(true);
    expect(onListedBoard('https://notlinkedin.com/')).toBe(false);
    expect(onListedBoard('ftp://www.linkedin.com/')).toBe(false);
  });
});

/** A fake `browser.scripting`: records each injection; a frame's isolated world is a record per (tab, frame). */
function fakeScripting(fail: (files?: string[]) => boolean = () => false) {
  const worlds = new Map<string, Record<string, unknown>>();
  const calls: { target: unknown; files?: string[]; func?: string }[] = [];
  const scripting: ScriptingLike = {
    executeScript: vi.fn(async (injection) => {
      calls.push({ target: injection.target, files: injection.files, func: injection.func?.name });
      if (fail(injection.files)) throw new Error('Cannot access contents of the page');
      if (injection.func) {
        const key = `${injection.target.tabId}:${injection.target.frameIds?.[0]}`;
        const world = worlds.get(key) ?? {};
        worlds.set(key, world);
        // The function runs in the page's isolated world: give it that world as `window`.
        const previous = (globalThis as { window?: unknown }).window;
        (globalThis as { window?: unknown }).window = world;
        try {
          return [{ result: injection.func(...((injection.args ?? []) as [string])) }];
        } finally {
          (globalThis as { window?: unknown }).window = previous;
        }
      }
      return [{ result: undefined }];
    }),
  };
  return { scripting, calls, worlds };
}

describe('createUiInjector: once per (tab, frame, document)', () => {
  it('with a documentId (Chromium): injects job-ui.js into that very document, once', async () => {
    const { scripting, calls } = fakeScripting();
    const inject = createUiInjector(scripting);
    expect(await inject({ tabId: 7, frameId: 0, documentId: 'DOC-1' })).toEqual({ ok: true, value: null });
    expect(await inject({ tabId: 7, frameId: 0, documentId: 'DOC-1' })).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ target: { tabId: 7, documentIds: ['DOC-1'] }, files: [JOB_UI_FILE], func: undefined }]);
    // A new document in the same frame (a reload, a full navigation) gets it again; so does another tab.
    await inject({ tabId: 7, frameId: 0, documentId: 'DOC-2' });
    await inject({ tabId: 8, frameId: 0, documentId: 'DOC-1' });
    expect(calls).toHaveLength(3);
  });

  it('without one (Firefox): claims the frame first, so a second request for the same document injects nothing', async () => {
    const { scripting, calls, worlds } = fakeScripting();
    const inject = createUiInjector(scripting);
    expect(await inject({ tabId: 7, frameId: 0, documentId: null })).toEqual({ ok: true, value: null });
    expect(await inject({ tabId: 7, frameId: 0, documentId: null })).toEqual({ ok: true, value: null });
    expect(calls.map((c) => [c.func ?? c.files?.[0], c.target])).toEqual([
      ['claimJobUi', { tabId: 7, frameIds: [0] }],
      [JOB_UI_FILE, { tabId: 7, frameIds: [0] }],
      ['claimJobUi', { tabId: 7, frameIds: [0] }],
    ]);
    expect(worlds.get('7:0')).toEqual({ [UI_CLAIM_KEY]: true });
    // A new document is a new isolated world: asked again, injected again.
    worlds.delete('7:0');
    await inject({ tabId: 7, frameId: 0, documentId: null });
    expect(calls.filter((c) => c.files)).toHaveLength(2);
  });

  it('the list badges have their own file and claim: a frame showing a list and a job gets both, each once', async () => {
    const { scripting, calls, worlds } = fakeScripting();
    const sidebar = createUiInjector(scripting);
    const badges = createUiInjector(scripting, LIST_UI_FILE, LIST_UI_CLAIM_KEY);
    for (const inject of [badges, sidebar, badges, sidebar]) expect(await inject({ tabId: 7, frameId: 0, documentId: null })).toEqual({ ok: true, value: null });
    expect(calls.filter((c) => c.files).map((c) => c.files?.[0])).toEqual([LIST_UI_FILE, JOB_UI_FILE]);
    expect(worlds.get('7:0')).toEqual({ [LIST_UI_CLAIM_KEY]: true, [UI_CLAIM_KEY]: true });
  });

  it('a failed injection answers "unavailable" and leaves the document free for the next request', async () => {
    let refuse = true;
    const { scripting, calls, worlds } = fakeScripting((files) => refuse && files !== undefined);
    const inject = createUiInjector(scripting);
    expect(await inject({ tabId: 7, frameId: 0, documentId: 'DOC-1' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await inject({ tabId: 7, frameId: 0, documentId: null })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(worlds.get('7:0')).toEqual({}); // the claim was released
    refuse = false;
    expect(await inject({ tabId: 7, frameId: 0, documentId: 'DOC-1' })).toEqual({ ok: true, value: null });
    expect(await inject({ tabId: 7, frameId: 0, documentId: null })).toEqual({ ok: true, value: null });
    expect(calls.filter((c) => c.files && c.target)).toHaveLength(4);
  });
});
