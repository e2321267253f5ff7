import { changesUserData, INDEX_PREFIX, REANALYSIS_KEY } from '../../lib/storage/keys';
import { afterPaint, whenIdle } from '../../lib/after-paint';
import { readOverview } from '../../lib/storage/direct-list';
import { reanalysisFinished } from '../../lib/storage/reanalysis';
import { storageChanges } from '../../lib/sync/browser';
import { browser } from 'wxt/browser';
import type { PopupSource } from '../../components/popup/popup-source';
import { client, tabMessenger } from '../../lib/messaging/client';
import { TAB_MESSAGES } from '../../lib/messaging/messages';
import { fail, ok } from '../../lib/storage/result';
import { INDEX_KEYS } from '../../lib/storage/summary';

const PAGE_REPORT_TIMEOUT_MS = 1_500;

/**
 * The tab the popup looks at: the active tab of the current window, or (for tests and for a popup opened as
 * a page) `popup.html?tab=<id>`.
 */
async function targetTabId(fixed: number | null): Promise<number | null> {
  if (fixed !== null) return fixed;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** `first` for the first caller; a fresh `send()` for each later one. */
function firstThen<T>(first: Promise<T>, send: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = first;
  return () => {
    const p = pending ?? send();
    pending = null;
    return p;
  };
}

export function createPopupSource(fixedTabId: number | null): PopupSource {
  // Changes to the index shards, counted from before the first read (lib/storage/direct-list.ts).
  let indexChanges = 0;
  storageChanges('local')((keys) => {
    if (keys.some((k) => k.startsWith(INDEX_PREFIX))) indexChanges++;
  });
  // Sent as the popup's script starts, so the writer reads while React renders for the first time: the small read
  // (progress and settings: "This page" and the roadmap draw with it; it also vouches for the index). The saved list
  // follows, read from the index shards by the page itself (lib/storage/direct-list.ts).
  const firstSmall = client.getProgressAndSettings();
  const getProgressAndSettings = firstThen(firstSmall, client.getProgressAndSettings);
  const listSmall = firstThen(firstSmall, client.getProgressAndSettings);
  // The shards (~4.7 MB at 5,000 postings) are asked for once the small read has vouched for them (asked together,
  // the browser reads them first and the small read, which the first view waits for, after them), and parsed once the
  // first view is on screen: the popup says when it has drawn it, then a frame and an idle moment (the parse would
  // hold up that frame). Should the popup not say so within a second of the small answer, the list is parsed anyway.
  let drawn: () => void = () => undefined;
  const firstView = new Promise<void>((resolve) => {
    drawn = resolve;
    const wait = () => void setTimeout(resolve, 1_000);
    firstSmall.then(wait, wait);
  }).then(() => afterPaint().then(() => whenIdle()));
  const readShards = async () => {
    const [values] = await Promise.all([browser.storage.local.get([...INDEX_KEYS]), firstView]);
    return values;
  };
  const readList = () =>
    readOverview({
      readShards,
      small: listSmall,
      overview: () => {
        // Browser tests (and the bench) tell the two ways apart with this mark: the writer's list read is the fallback.
        if (typeof performance.mark === 'function') performance.mark('pathway-lens:popup-list-from-writer');
        return client.getOverview();
      },
      indexChanges: () => indexChanges,
    });
  const getOverview = firstThen(readList(), readList);
  return {
    getOverview,
    getProgressAndSettings,
    firstViewDrawn: () => drawn(),
    updateSettings: client.updateSettings,
    setSkillLearned: (skillId, done) => client.setSkillLearned({ skillId, done }),
    setSkillState: (skillId, state) => client.setSkillState({ skillId, state }),
    setTaskDone: (taskId, done) => client.setTaskDone({ taskId, done }),
    setActionItemDone: (itemId, done) => client.setActionItemDone({ itemId, done }),
    savePosting: client.savePosting,
    setPostingStatus: (id, status) => client.setPostingStatus({ id, status }),
    setPostingNotes: (id, notes) => client.setPostingNotes({ id, notes }),
    setAppliedDate: (id, at) => client.setAppliedDate({ id, at }),
    setFollowUp: (id, action) => client.setFollowUp({ id, action }),
    deletePosting: (id) => client.deletePosting({ id }),
    restorePosting: (id) => client.restorePosting({ id }),
    mergePostings: (keepId, dropId) => client.mergePostings({ keepId, dropId }),
    markDistinct: (id, otherId) => client.markDistinct({ id, otherId }),

    async getPageReport() {
      try {
        const tabId = await targetTabId(fixedTabId);
        if (tabId === null) return null;
        // The sidebar answers from the top frame only; no content script there (not a board page) rejects.
        const answer = await Promise.race([
          tabMessenger.sendMessage('getPageReport', undefined, { tabId, frameId: 0 }),
          new Promise((resolve) => setTimeout(() => resolve(null), PAGE_REPORT_TIMEOUT_MS)),
        ]);
        // A content script runs in a page the popup must not trust: its answer is checked with the table's schema.
        const parsed = TAB_MESSAGES.getPageReport.answer.safeParse(answer);
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },

    async capturePage() {
      try {
        const tabId = await targetTabId(fixedTabId);
        if (tabId === null) return fail('unavailable', 'There is no tab to analyse.');
        // activeTab grants this tab (the user opened the popup on it); every frame, so embedded ATS frames are read.
        const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/capture-page.js'] });
        return ok(results.map((r) => ({ frameId: r.frameId, result: r.result as unknown })));
      } catch {
        return fail('forbidden', 'Pathway Lens cannot read this page (browser pages and extension stores are off limits). Paste the posting’s text below instead.');
      }
    },

    openDashboard() {
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
      // In the toolbar popup, get out of the way; a popup opened as a page (tests) stays.
      if (fixedTabId === null) window.close();
    },

    openProfile() {
      void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html#profile') });
      if (fixedTabId === null) window.close();
    },

    getReanalysisStatus: client.getReanalysisStatus,
    // The re-analysis progress (lib/storage/reanalysis.ts), for its bar.
    subscribeReanalysis: (onChange) => storageChanges('local')((keys) => keys.includes(REANALYSIS_KEY) && onChange()),

    subscribe(onChange) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const listener = (changes: Record<string, unknown>, area: string) => {
        // A re-analysis batch is progress (its bar follows it); the run's last write brings the new reports.
        if (area !== 'local' || !(changesUserData(Object.keys(changes)) || reanalysisFinished(changes))) return;
        clearTimeout(timer);
        timer = setTimeout(onChange, 100);
      };
      browser.storage.onChanged.addListener(listener);
      return () => {
        clearTimeout(timer);
        browser.storage.onChanged.removeListener(listener);
      };
    },
  };
}

export function tabFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
