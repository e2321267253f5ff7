import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DashboardSource } from '../../../components/compare/dashboard-page';
import type { SyncStatus } from '../../../components/profile/profile-types';
import { extractPdfText } from '../../../lib/profile/resume-input';
import { ok, type Result } from '../../../lib/storage/result';
import { expandList } from '../../../lib/storage/summary';
import { createWriter } from '../../../lib/storage/writer';
import { tickingClock } from '../../storage/helpers';

/**
 * The dashboard's source over the real background writer on the fake browser's storage (reset by the caller), with
 * every method a vi.fn to assert on. PDFs are read by the real pdfjs (its Node build: the dashboard's browser build
 * needs a DOM canvas), through the same lib checks as the page.
 */
export function writerSource(options: { sync?: Result<SyncStatus | null> } = {}) {
  const writer = createWriter({ now: tickingClock() });
  let notify: (what?: 'data' | 'sync-status') => void = () => undefined;
  const source = {
    getDashboard: vi.fn(() => writer.getDashboard().then((r) => (r.ok ? ok(expandList(r.value)) : r))),
    exportData: vi.fn((format: 'json' | 'csv') => writer.exportData(format)),
    previewImport: vi.fn((text: string) => writer.previewImport(text)),
    applyImport: vi.fn((text: string) => writer.applyImport(text)),
    setSkillState: vi.fn<DashboardSource['setSkillState']>((id, state) => writer.setSkillState(id, state)),
    setOwnWeeks: vi.fn<DashboardSource['setOwnWeeks']>((id, weeks) => writer.setOwnWeeks(id, weeks)),
    setOtherSkillKnown: vi.fn<DashboardSource['setOtherSkillKnown']>((id, done) => writer.setProgress('other', id, done)),
    updateSettings: vi.fn<DashboardSource['updateSettings']>((patch) => writer.updateSettings(patch)),
    getResume: vi.fn(() => writer.getResume()),
    keepResume: vi.fn<DashboardSource['keepResume']>((input) => writer.keepResume(input)),
    deleteResume: vi.fn(() => writer.deleteResume()),
    readPdfText: vi.fn<DashboardSource['readPdfText']>(async (bytes) => extractPdfText(await import('pdfjs-dist/legacy/build/pdf.mjs'), bytes)),
    getSyncStatus: vi.fn(async () => options.sync ?? ok(null)),
    subscribe: (onChange: (what?: 'data' | 'sync-status') => void) => {
      notify = onChange;
      return () => {
        notify = () => undefined;
      };
    },
  } satisfies DashboardSource;
  return { source, writer, notify: (what?: 'data' | 'sync-status') => notify(what) };
}

/** Every write method of the source: "nothing was written" means none of these was called. */
export const WRITE_METHODS = ['setSkillState', 'setOwnWeeks', 'setOtherSkillKnown', 'updateSettings', 'keepResume', 'deleteResume', 'applyImport'] as const;

/** The keys in storage.local. */
export async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).sort();
}
