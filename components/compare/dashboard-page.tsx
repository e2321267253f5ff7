import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../lib/storage/export-import';
import { toProgressSnapshot } from '../../lib/storage/progress';
import type { Result } from '../../lib/storage/result';
import type { DashboardValue, ExportValue } from '../../lib/storage/writer';
import { useAppliedTheme } from '../ui/use-theme';
import { DashboardApp, type DashboardData, type DashboardTheme } from './dashboard-app';

/** Where the dashboard gets its data: the messaging client in the extension, fakes in tests. */
export interface DashboardSource {
  /** Everything the dashboard shows, from one read of storage. */
  readonly getDashboard: () => Promise<Result<DashboardValue>>;
  readonly exportData: (format: 'json' | 'csv') => Promise<Result<ExportValue>>;
  readonly previewImport: (text: string) => Promise<Result<ImportPreview>>;
  readonly applyImport: (text: string) => Promise<Result<ImportPreview>>;
  /** Called when storage changes elsewhere (popup, sidebar); returns an unsubscribe. */
  readonly subscribe?: (onChange: () => void) => () => void;
}

/** Loads everything the dashboard shows (one message, one read and one validation of every record). */
export async function loadDashboard(source: DashboardSource): Promise<{ data: DashboardData; theme: DashboardTheme } | { error: string }> {
  const all = await source.getDashboard();
  if (!all.ok) return { error: all.error.message };
  const v = all.value;
  return {
    theme: v.settings.theme,
    data: {
      postings: v.postings,
      corruptCount: v.corruptCount,
      readOnlyCount: v.readOnlyCount,
      progress: toProgressSnapshot(v.progress, v.settings),
      progressLog: v.progressLog,
      usage: v.usage,
      corrupt: v.corrupt,
    },
  };
}

/** The dashboard with its data: loads on open, reloads after an import and when storage changes. */
export function DashboardPage({ source, initialSelection }: { readonly source: DashboardSource; readonly initialSelection?: readonly string[] }) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [theme, setTheme] = useState<DashboardTheme>('system');
  const [error, setError] = useState<string | null>(null);
  // The page root follows the setting once it is known (until then, the cached choice set by the entry).
  useAppliedTheme(data ? theme : null);

  // Bumped to reload: after an import, and when storage changes elsewhere (popup, sidebar).
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void loadDashboard(source).then((r) => {
      if (!live) return;
      // Browser tests split the first render into loading and drawing with this mark.
      if (typeof performance.mark === 'function') performance.mark('pathway-lens:dashboard-data');
      if ('error' in r) return setError(r.error);
      setError(null);
      setData(r.data);
      setTheme(r.theme);
    });
    return () => {
      live = false;
    };
  }, [source, version]);

  useEffect(() => source.subscribe?.(() => setVersion((v) => v + 1)), [source]);

  return (
    <DashboardApp
      data={data}
      error={error}
      theme={theme}
      {...(initialSelection ? { initialSelection } : {})}
      onExport={source.exportData}
      onPreviewImport={source.previewImport}
      onApplyImport={async (text) => {
        const r = await source.applyImport(text);
        if (r.ok) setVersion((v) => v + 1);
        return r;
      }}
    />
  );
}
