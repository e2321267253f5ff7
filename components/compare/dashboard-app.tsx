import { useDeferredValue, useMemo } from 'react';
import { pathway as bundledPathway } from '../../data/pathway';
import type { DashboardView } from '../../lib/profile/welcome';
import { replayReadiness } from '../../lib/insights/history';
import { keepLog, keepProgress, reuseUnchanged } from '../../lib/insights/stable-list';
import type { ProgressLog } from '../../lib/scoring/readiness-history';
import type { Pathway } from '../../lib/pathway/schema';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { ImportPreview } from '../../lib/storage/export-import';
import type { StorageUsage } from '../../lib/storage/quota';
import { fail, type Result } from '../../lib/storage/result';
import type { KeptResume } from '../../lib/storage/schemas';
import type { PostingStatus } from '../../lib/storage/statuses';
import type { PostingListItem } from '../../lib/storage/summary';
import type { CorruptReport, ExportValue } from '../../lib/storage/writer';
import { InsightsView } from '../insights/insights-view';
import { PipelineBoard } from '../pipeline/pipeline-board';
import { ReadinessOverTime } from '../insights/readiness-over-time';
import { ProfileView } from '../profile/profile-view';
import type { ProfileActions, ProfileData, ProfileSettings, SyncStatus } from '../profile/profile-types';
import { WelcomeView } from '../profile/welcome-view';
import { CorruptNotice } from '../saved/corrupt-notice';
import { DataPanel } from '../saved/data-panel';
import { ReanalysisProgress } from '../saved/reanalysis-progress';
import { Section } from '../ui/section';
import { useKept } from '../ui/use-kept';
import { CompareMatrix } from './compare-matrix';
import { CompareView } from './compare-view';

export type DashboardTheme = 'light' | 'dark' | 'system';

/** Everything the dashboard shows, loaded by the page (see entrypoints/dashboard/dashboard-source.ts). */
export interface DashboardData {
  readonly postings: readonly PostingListItem[];
  readonly corruptCount: number;
  readonly readOnlyCount: number;
  readonly progress: ProgressSnapshot;
  /** What readiness over time is replayed from (lib/scoring/readiness-history.ts). */
  readonly progressLog: ProgressLog;
  readonly usage: StorageUsage | null;
  readonly corrupt: CorruptReport | null;
  /** The pace and start date (the profile shows and edits them); absent reads as the defaults. */
  readonly settings?: ProfileSettings;
  /** The résumé text the user chose to keep. */
  readonly resume?: KeptResume | null;
  /** Whether the profile reached the browser's sync storage; null or absent when unknown. */
  readonly sync?: SyncStatus | null;
}

export interface DashboardActions {
  readonly onExport: (format: 'json' | 'csv') => Promise<Result<ExportValue>>;
  readonly onPreviewImport: (text: string) => Promise<Result<ImportPreview>>;
  readonly onApplyImport: (text: string) => Promise<Result<ImportPreview>>;
  readonly download?: (file: ExportValue) => void;
  /** Moves a saved posting to another status (the pipeline board); without it the board cannot move cards. */
  readonly onSetPostingStatus?: (id: string, status: PostingStatus) => Promise<Result<unknown>>;
}

export interface DashboardAppProps extends DashboardActions {
  /** Null while loading. */
  readonly data: DashboardData | null;
  /** A load failure, shown as text. */
  readonly error?: string | null;
  readonly theme?: DashboardTheme;
  readonly pathway?: Pathway;
  /** Posting ids to pre-select in Compare (e.g. from the popup's URL). */
  readonly initialSelection?: readonly string[];
  /** Which view the page shows (from its hash): the saved-postings sections, the profile, or the welcome. */
  readonly view?: DashboardView;
  /** What the profile and the welcome write; without it they cannot be shown. */
  readonly profile?: ProfileActions;
  /** Goes to another view (`profile`; '' for the sections). */
  readonly onNavigate?: (hash: string) => void;
}

export const DASHBOARD_SECTIONS = [
  { id: 'compare', label: 'Compare' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'insights', label: 'Insights' },
  { id: 'readiness', label: 'Readiness over time' },
  { id: 'data', label: 'Data' },
] as const;

/** The profile's own link in the navigation (a view of its own, not a section). */
export const PROFILE_LINK = { id: 'profile', label: 'Your profile' } as const;

/** The pipeline board's link (a view of its own: `dashboard.html#pipeline`). */
export const PIPELINE_LINK = { id: 'pipeline', label: 'Pipeline' } as const;

const TITLES: Record<DashboardView, string> = {
  main: 'Your saved postings, side by side',
  profile: 'Your profile',
  welcome: 'Welcome to Pathway Lens',
  pipeline: 'Your pipeline',
};

const CANNOT_MOVE = (): Promise<Result<unknown>> => Promise.resolve(fail('unavailable', 'Postings cannot be moved here.'));

const NO_POSTINGS: readonly PostingListItem[] = [];

const profileData = (data: DashboardData): ProfileData => ({ progress: data.progress, settings: data.settings ?? {}, resume: data.resume ?? null, sync: data.sync ?? null });

/**
 * The dashboard page: the saved-postings sections (Compare, Matrix, Insights, Readiness over time, Data), or the
 * profile (`#profile`), or the first-run welcome (`#welcome`). Pure UI over props.
 */
export function DashboardApp({ data, error = null, theme = 'system', pathway, initialSelection, view = 'main', profile, onNavigate, onSetPostingStatus = CANNOT_MOVE, ...actions }: DashboardAppProps) {
  // Every reload reads everything again: postings that did not change keep their objects, an unchanged progress its
  // snapshot, so scores, demand and rows are not worked out again (lib/insights/stable-list.ts).
  const postings = useKept(data?.postings ?? NO_POSTINGS, reuseUnchanged);
  const progress = useKept(data?.progress ?? null, keepProgress);
  // Insights (a re-score per open skill) and readiness over time (a replay of the progress log) are the costliest
  // sections and below the fold: worked out in a deferred render, after Compare and the matrix are on screen.
  const log = useKept(data?.progressLog, keepLog);
  const current = useMemo(() => (progress && log && view === 'main' ? { postings, progress, log } : null), [view, postings, progress, log]);
  const later = useDeferredValue(current);
  const laterReady = later !== null && later === current;
  // Replayed over the current profile (lacking skills, own weeks, pace), not the defaults.
  const history = useMemo(() => (later ? replayReadiness(later.postings, later.log, later.progress) : []), [later]);
  const navigate = onNavigate ?? ((hash: string) => (location.hash = hash));

  return (
    <div className="dashboard" data-theme={theme === 'system' ? undefined : theme}>
      <header className="dashboard__header">
        <p className="dashboard__brand">Pathway Lens</p>
        <nav aria-label="Dashboard sections">
          <ul className="dashboard__nav">
            <li>
              <a href={`#${PROFILE_LINK.id}`} aria-current={view === 'profile' ? 'page' : undefined} data-testid="nav-profile">
                {PROFILE_LINK.label}
              </a>
            </li>
            <li>
              <a href={`#${PIPELINE_LINK.id}`} aria-current={view === 'pipeline' ? 'page' : undefined} data-testid="nav-pipeline">
                {PIPELINE_LINK.label}
              </a>
            </li>
            {DASHBOARD_SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="dashboard__main">
        <h1 className="dashboard__title">{TITLES[view]}</h1>
        <ReanalysisProgress />
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        {!data ? (
          error ? null : (
            <p role="status" className="dashboard__loading">
              {view === 'main' || view === 'pipeline' ? 'Loading your saved postings…' : 'Loading your profile…'}
            </p>
          )
        ) : view === 'pipeline' ? (
          <>
            <CorruptNotice corruptCount={data.corruptCount} readOnlyCount={data.readOnlyCount} />
            <PipelineBoard postings={postings} progress={progress ?? data.progress} onMove={onSetPostingStatus} />
          </>
        ) : view !== 'main' ? (
          profile ? (
            view === 'profile' ? (
              <ProfileView pathway={pathway ?? bundledPathway} data={profileData(data)} actions={profile} />
            ) : (
              <WelcomeView pathway={pathway ?? bundledPathway} data={profileData(data)} actions={profile} onDone={() => navigate('profile')} onSkip={() => navigate('')} />
            )
          ) : (
            <p className="notice notice--error" role="alert">
              Your profile cannot be edited here.
            </p>
          )
        ) : (
          <>
            <CorruptNotice corruptCount={data.corruptCount} readOnlyCount={data.readOnlyCount} />
            <Section id="compare" title="Compare" intro="Pick two to six saved postings and see which skills each asks.">
              <CompareView
                postings={postings}
                progress={progress ?? data.progress}
                resumeText={data.resume?.text ?? null}
                {...(pathway ? { pathway } : {})}
                {...(initialSelection ? { initialSelection } : {})}
              />
            </Section>
            <Section id="matrix" title="All saved postings" intro="Every saved posting against every skill they ask, closest first.">
              <CompareMatrix postings={postings} progress={progress ?? data.progress} {...(pathway ? { pathway } : {})} />
            </Section>
            <Section id="insights" title="Insights" intro="What your saved postings ask most, and what to learn next.">
              {laterReady ? (
                <InsightsView postings={postings} progress={progress ?? data.progress} {...(pathway ? { pathway } : {})} />
              ) : (
                <p role="status" className="dashboard__loading">
                  Working out insights…
                </p>
              )}
            </Section>
            <Section id="readiness" title="Readiness over time" intro="Your average readiness across saved postings as you learn.">
              {laterReady ? (
                <ReadinessOverTime history={history} />
              ) : (
                <p role="status" className="dashboard__loading">
                  Working out readiness over time…
                </p>
              )}
            </Section>
            <Section id="data" title="Data" intro="Everything stays in your browser. Export a copy or import one.">
              <DataPanel usage={data.usage} corrupt={data.corrupt} {...actions} />
            </Section>
          </>
        )}
      </main>
    </div>
  );
}
