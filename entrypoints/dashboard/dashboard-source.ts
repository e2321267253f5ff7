import { changesUserData, REANALYSIS_KEY } from '../../lib/storage/keys';
import { reanalysisFinished } from '../../lib/storage/reanalysis';
import { browser } from 'wxt/browser';
import { client } from '../../lib/messaging/client';
import { ok } from '../../lib/storage/result';
import { expandList } from '../../lib/storage/summary';
import { createImporter, readExport } from '../../lib/storage/transfer-client';
import { messagingTransport } from '../../lib/messaging/transfer-transport';
import type { DashboardSource } from '../../components/compare/dashboard-page';
import type { ReanalysisSource } from '../../components/saved/reanalysis-progress';
import { storageChanges } from '../../lib/sync/browser';
import { readPdfText } from './pdf-text';

// Sent as the page's script starts (the writer reads while React boots); the first load takes this answer,
// later loads (after an import, on storage changes) ask again.
const getDashboard = () => client.getDashboard().then((r) => (r.ok ? ok(expandList(r.value)) : r));
let earlyDashboard: ReturnType<typeof getDashboard> | null = getDashboard();

type StorageListener = (changes: Record<string, unknown>, area: string) => void;
/** The page's storage listeners (subscribe below), so an import can stop listening while it writes. */
const listeners = new Map<StorageListener, () => void>();
let quiet = 0;
/**
 * Runs an import's write with this page's storage listeners off: the browser would send the page every imported
 * value (tens of MiB at 5,000 postings) only for it to read the keys. The page reloads after an import; if the write
 * failed, each subscriber is told to reload (a change made elsewhere meanwhile is not missed).
 */
async function quietly<T>(write: () => Promise<T>): Promise<T> {
  if (quiet++ === 0) for (const l of listeners.keys()) browser.storage.onChanged.removeListener(l);
  let wrote = false;
  try {
    const r = await write();
    wrote = (r as { ok?: unknown }).ok === true;
    return r;
  } finally {
    if (--quiet === 0) {
      for (const [l, missed] of listeners) {
        browser.storage.onChanged.addListener(l);
        if (!wrote) missed();
      }
    }
  }
}

const importer = createImporter(messagingTransport, { quietly });
// Closing the tab drops a staged import at once (best effort: the background also drops it after a while).
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => importer.cancel());

/** The dashboard's data and the profile's writes, through the background writer (lib/messaging/client). */
export const messagingSource: DashboardSource = {
  getDashboard: () => {
    const answer = earlyDashboard ?? getDashboard();
    earlyDashboard = null;
    return answer;
  },
  // Export and import of files of any size: in parts and chunks, with progress (lib/storage/transfer-client.ts).
  exportData: (format) => readExport(messagingTransport, format),
  previewImport: (text, options) => importer.preview(text, options),
  applyImport: (text, options) => importer.apply(text, options),
  setSkillState: (skillId, state) => client.setSkillState({ skillId, state }),
  setOwnWeeks: (skillId, weeks) => client.setOwnWeeks({ skillId, weeks }),
  setOtherSkillKnown: (skillId, done) => client.setOtherSkillKnown({ skillId, done }),
  updateSettings: (patch) => client.updateSettings(patch),
  getResume: () => client.getResume(),
  keepResume: (input) => client.keepResume(input),
  deleteResume: () => client.deleteResume(),
  // The sync mirror's status (lib/sync/status.ts); a failed answer shows no sync line.
  getSyncStatus: () => client.getSyncStatus(),
  // The pipeline board's moves: the one writer records the history entry.
  setPostingStatus: (id, status) => client.setPostingStatus({ id, status }),
  readPdfText,
  subscribe: (onChange) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Coalesce bursts (a change is one write, but an import or a burst of toggles may be several).
    let data = false;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      // A re-analysis batch is progress (its bar follows it: reanalysisSource); the run's last write brings the new reports.
      const finished = reanalysisFinished(changes);
      if (Object.hasOwn(changes, REANALYSIS_KEY) && !finished) return;
      data ||= finished || changesUserData(Object.keys(changes));
      clearTimeout(timer);
      timer = setTimeout(() => {
        onChange(data ? 'data' : 'sync-status');
        data = false;
      }, 150);
    };
    listeners.set(listener, () => onChange('data'));
    if (quiet === 0) browser.storage.onChanged.addListener(listener);
    return () => {
      clearTimeout(timer);
      listeners.delete(listener);
      browser.storage.onChanged.removeListener(listener);
    };
  },
};

/** The re-analysis progress bar's source (components/saved/reanalysis-progress.tsx, given through its context by ./main.tsx). */
export const reanalysisSource: ReanalysisSource = {
  getReanalysisStatus: () => client.getReanalysisStatus(),
  subscribeReanalysis: (onChange) => storageChanges('local')((keys) => keys.includes(REANALYSIS_KEY) && onChange()),
};

/** Posting ids to pre-select in Compare, from `dashboard.html?compare=id1,id2`. */
export function selectionFromUrl(search: string): string[] {
  const raw = new URLSearchParams(search).get('compare') ?? '';
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= 200)
    .slice(0, 6);
}
