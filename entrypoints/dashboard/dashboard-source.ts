import { changesUserData } from '../../lib/storage/keys';
import { browser } from 'wxt/browser';
import { client } from '../../lib/messaging/client';
import type { DashboardSource } from '../../components/compare/dashboard-page';
import { readPdfText } from './pdf-text';

// Sent as the page's script starts (the writer reads while React boots); the first load takes this answer,
// later loads (after an import, on storage changes) ask again.
let earlyDashboard: ReturnType<typeof client.getDashboard> | null = client.getDashboard();

/** The dashboard's data and the profile's writes, through the background writer (lib/messaging/client). */
export const messagingSource: DashboardSource = {
  getDashboard: () => {
    const answer = earlyDashboard ?? client.getDashboard();
    earlyDashboard = null;
    return answer;
  },
  exportData: (format) => client.exportData({ format }),
  previewImport: (text) => client.previewImport({ text }),
  applyImport: (text) => client.applyImport({ text }),
  setSkillState: (skillId, state) => client.setSkillState({ skillId, state }),
  setOwnWeeks: (skillId, weeks) => client.setOwnWeeks({ skillId, weeks }),
  setOtherSkillKnown: (skillId, done) => client.setOtherSkillKnown({ skillId, done }),
  updateSettings: (patch) => client.updateSettings(patch),
  getResume: () => client.getResume(),
  keepResume: (input) => client.keepResume(input),
  deleteResume: () => client.deleteResume(),
  // The sync mirror's status (lib/sync/status.ts); a failed answer shows no sync line.
  getSyncStatus: () => client.getSyncStatus(),
  readPdfText,
  subscribe: (onChange) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Coalesce bursts (a change is one write, but an import or a burst of toggles may be several).
    let data = false;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      data ||= changesUserData(Object.keys(changes));
      clearTimeout(timer);
      timer = setTimeout(() => {
        onChange(data ? 'data' : 'sync-status');
        data = false;
      }, 150);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  },
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
