import { changesUserData, REANALYSIS_KEY } from '../../lib/storage/keys';
import { reanalysisFinished } from '../../lib/storage/reanalysis';
import { storageChanges } from '../../lib/sync/browser';
import { browser } from 'wxt/browser';
import type { PopupSource } from '../../components/popup/popup-source';
import { client, tabMessenger } from '../../lib/messaging/client';
import { TAB_MESSAGES } from '../../lib/messaging/messages';
import { fail, ok } from '../../lib/storage/result';
import { expandList } from '../../lib/storage/summary';

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

/** A request sent now whose answer the first caller takes; later callers send their own. */
function early<T>(send: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = send();
  return () => {
    const p = pending ?? send();
    pending = null;
    return p;
  };
}

export function createPopupSource(fixedTabId: number | null): PopupSource {
  // Sent as the popup's script starts, so the writer reads while React renders for the first time: the small
  // read first (the writer's queue answers in order), then saved postings.
  const getProgressAndSettings = early(client.getProgressAndSettings);
  const getOverview = early(() => client.getOverview().then((r) => (r.ok ? ok(expandList(r.value)) : r)));
  return {
    getOverview,
    getProgressAndSettings,
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
