import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportPreview } from '../../lib/storage/export-import';
import { toProgressSnapshot } from '../../lib/storage/progress';
import type { Result } from '../../lib/storage/result';
import type { KeptResume } from '../../lib/storage/schemas';
import type { PostingStatus } from '../../lib/storage/statuses';
import type { ImportCallOptions } from '../../lib/storage/transfer-client';
import type { ExpandedList } from '../../lib/storage/summary';
import type { DashboardValue, ExportValue } from '../../lib/storage/writer';
import type { ProfileActions, SyncStatus } from '../profile/profile-types';
import { useHashView } from '../profile/use-hash-view';
import { useAppliedTheme } from '../ui/use-theme';
import { DashboardApp, type DashboardData, type DashboardTheme } from './dashboard-app';

/** Where the dashboard gets its data and writes the profile: the messaging client in the extension, fakes in tests. */
export interface DashboardSource extends Omit<ProfileActions, 'refresh'> {
  /** Everything the dashboard shows (the summary index expanded into list items; no posting record is read). */
  readonly getDashboard: () => Promise<Result<ExpandedList<DashboardValue>>>;
  readonly exportData: (format: 'json' | 'csv') => Promise<Result<ExportValue>>;
  /** Stages the file (its text) in the background and says what importing it would change; progress through `options`. */
  readonly previewImport: (text: string, options?: ImportCallOptions) => Promise<Result<ImportPreview>>;
  /** Applies the file previewed last (one write in the background). */
  readonly applyImport: (text: string, options?: ImportCallOptions) => Promise<Result<ImportPreview>>;
  /** The résumé text the user chose to keep (extension pages only). */
  readonly getResume: () => Promise<Result<KeptResume | null>>;
  /** Whether the profile reached the browser's sync storage; absent (or failing) when the background does not say. */
  readonly getSyncStatus?: () => Promise<Result<SyncStatus | null>>;
  /** Moves a saved posting to another status (the pipeline board; the writer records the history entry). */
  readonly setPostingStatus?: (id: string, status: PostingStatus) => Promise<Result<unknown>>;
  /**
   * Called when storage changes elsewhere (popup, sidebar; `data`) or only the sync mirror's status changed
   * (`sync-status`: nothing else needs reading again); returns an unsubscribe.
   */
  readonly subscribe?: (onChange: (what?: 'data' | 'sync-status') => void) => () => void;
}

const TITLES = { main: 'Pathway Lens: compare saved postings', profile: 'Pathway Lens: your profile', welcome: 'Welcome to Pathway Lens', pipeline: 'Pathway Lens: your pipeline' } as const;

/**
 * Loads everything the dashboard shows: one message for the saved postings' summaries, progress and settings, with the kept résumé and the sync status beside it (either missing is not an error).
 */
export async function loadDashboard(source: DashboardSource): Promise<{ data: DashboardData; theme: DashboardTheme } | { error: string }> {
  const [all, resume, sync] = await Promise.all([
    source.getDashboard(),
    source.getResume().catch(() => null),
    source.getSyncStatus?.().catch(() => null) ?? Promise.resolve(null),
  ]);
  if (!all.ok) return { error: all.error.message };
  const v = all.value;
  const { startDate, hoursPerWeek, pathwayHoursPerWeek } = v.settings;
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
      settings: {
        ...(startDate !== undefined ? { startDate } : {}),
        ...(hoursPerWeek !== undefined ? { hoursPerWeek } : {}),
        ...(pathwayHoursPerWeek !== undefined ? { pathwayHoursPerWeek } : {}),
      },
      resume: resume?.ok ? resume.value : null,
      sync: sync?.ok ? sync.value : null,
    },
  };
}

/**
 * The dashboard with its data: loads on open, reloads after an import or a profile change and when storage changes
 * elsewhere; shows the view the page's hash names (`#profile`, `#welcome`, else the saved-postings sections).
 */
export function DashboardPage({ source, initialSelection }: { readonly source: DashboardSource; readonly initialSelection?: readonly string[] }) {
  const [data, setData] = useState<DashboardData | null>(null);
  const [theme, setTheme] = useState<DashboardTheme>('system');
  const [error, setError] = useState<string | null>(null);
  const { view, hash, navigate } = useHashView();
  // The page root follows the setting once it is known (until then, the cached choice set by the entry).
  useAppliedTheme(data ? theme : null);

  // Loads overlap (a write's reload, a storage change): a response older than the one on screen is dropped.
  const started = useRef(0);
  const shown = useRef(0);
  const load = useCallback(() => {
    const mine = ++started.current;
    return loadDashboard(source).then((r) => {
      if (mine <= shown.current) return;
      shown.current = mine;
      // Browser tests split the first render into loading and drawing with this mark.
      if (typeof performance.mark === 'function') performance.mark('pathway-lens:dashboard-data');
      if ('error' in r) return setError(r.error);
      setError(null);
      setData(r.data);
      setTheme(r.theme);
    });
  }, [source]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () =>
      source.subscribe?.((what) => {
        // The mirror's own bookkeeping: only the sync line changes, the postings need no second read.
        if (what === 'sync-status' && source.getSyncStatus) {
          void source.getSyncStatus().then((r) => {
            if (r.ok) setData((d) => (d ? { ...d, sync: r.value } : d));
          }, () => undefined);
          return;
        }
        void load();
      }),
    [source, load],
  );

  useEffect(() => {
    document.title = TITLES[view];
  }, [view]);
  // A section link (#compare from the profile, #profile-pace) scrolls once the section is drawn: the browser's own
  // jump happened before the view had it.
  const hasData = data !== null;
  useEffect(() => {
    if (hash && hash !== view && hasData) document.getElementById(hash)?.scrollIntoView?.();
  }, [view, hash, hasData]);

  const profile = useMemo<ProfileActions>(
    () => ({
      setSkillState: source.setSkillState,
      setOwnWeeks: source.setOwnWeeks,
      setOtherSkillKnown: source.setOtherSkillKnown,
      updateSettings: source.updateSettings,
      keepResume: source.keepResume,
      deleteResume: source.deleteResume,
      readPdfText: source.readPdfText,
      refresh: load,
    }),
    [source, load],
  );

  return (
    <DashboardApp
      data={data}
      error={error}
      theme={theme}
      view={view}
      profile={profile}
      onNavigate={navigate}
      {...(initialSelection ? { initialSelection } : {})}
      {...(source.setPostingStatus ? { onSetPostingStatus: source.setPostingStatus } : {})}
      onExport={source.exportData}
      onPreviewImport={source.previewImport}
      onApplyImport={async (text: string, options?: ImportCallOptions) => {
        const r = await source.applyImport(text, options);
        if (r.ok) await load();
        return r;
      }}
    />
  );
}
