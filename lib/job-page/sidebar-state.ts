import type { GapReport } from '../analysis/gap-report';
import type { ResumeLines } from '../profile/resume-checklist';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import type { Score } from '../scoring/score';
import type { PostingStatus } from '../storage/statuses';

/** What the sidebar shows on a job page: the session (./job-page-session.ts) owns it, the UI renders it. */

export type SaveError =
  /** storage.local refused the write (quota); existing data is intact. */
  | { readonly kind: 'quota' }
  /** Any other failure; `message` is shown as text. */
  | { readonly kind: 'failed'; readonly message?: string };

export interface ReadyState {
  readonly kind: 'ready';
  readonly report: GapReport;
  /** `score(report, progress)`: computed by the session when report or progress changes, never stored. */
  readonly score: Score;
  readonly progress: ProgressSnapshot;
  /** null until the posting is saved; then its status drives the status menu. */
  readonly savedStatus: PostingStatus | null;
  /** A save is in flight. */
  readonly saving?: boolean;
  readonly saveError?: SaveError | null;
  /** Percent of storage.local in use, when the storage layer warns (≥ 80). */
  readonly quotaWarningPercent?: number | null;
  /**
   * The kept résumé's lines for this posting's skills (the `getResumeChecklist` message), for the résumé checklist:
   * null when no résumé is kept, absent until the answer came (or when it could not be read).
   */
  readonly resume?: ResumeLines | null;
}

export type SidebarState =
  | { readonly kind: 'loading' }
  /** No posting could be read on this page. */
  | { readonly kind: 'no-posting' }
  /** A posting page, but its description has not appeared yet. */
  | { readonly kind: 'still-loading' }
  /** The job is shown, but not its description (e.g. Ashby's Application tab): no report, no readiness. */
  | { readonly kind: 'no-description' }
  /** The extension was reloaded or updated under this tab: its messaging is gone. */
  | { readonly kind: 'context-invalidated' }
  | ReadyState;

export type SidebarTheme = 'light' | 'dark';
export type SidebarSide = 'left' | 'right';
