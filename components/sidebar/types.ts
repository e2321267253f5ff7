import type { DetectedSkill, GapReport } from '../../lib/analysis/gap-report';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';

/**
 * The score the sidebar shows. Mirrors the return type of `scoreReport(report, progress)` in
 * `lib/scoring/score-report.ts`; kept structural here so the sidebar does not depend on the scorer
 * being written. The sidebar never computes it: the caller passes it in.
 */
export interface SidebarScore {
  /** 0..100 */
  readonly readiness: number;
  readonly explanation: {
    readonly requiredCovered: number;
    readonly requiredTotal: number;
    readonly preferredCovered: number;
    readonly preferredTotal: number;
    readonly text: string;
  };
  readonly timeToQualify: {
    readonly weeks: number;
    /** The roadmap phase by whose end every scheduled required gap is covered; null when none is scheduled. */
    readonly phase: number | null;
    readonly phaseEndWeek: number | null;
    /** Required gap ids the roadmap gives no phase (self-study). */
    readonly unscheduled: readonly string[];
    /** Required to-learn gap ids not yet learned. */
    readonly gaps: readonly string[];
  };
}

/** The six statuses the sidebar offers (storage also knows `archived`, shown if a posting has it). */
export const POSTING_STATUSES = ['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number] | 'archived';

export type SaveError =
  /** storage.local refused the write (quota); existing data is intact. */
  | { readonly kind: 'quota' }
  /** Any other failure; `message` is shown as text. */
  | { readonly kind: 'failed'; readonly message?: string };

export interface ReadyState {
  readonly kind: 'ready';
  readonly report: GapReport;
  readonly score: SidebarScore;
  readonly progress: ProgressSnapshot;
  /** null until the posting is saved; then its status drives the status menu. */
  readonly savedStatus: PostingStatus | null;
  /** A save is in flight. */
  readonly saving?: boolean;
  readonly saveError?: SaveError | null;
  /** Percent of storage.local in use, when the storage layer warns (≥ 80). */
  readonly quotaWarningPercent?: number | null;
}

export type SidebarState =
  | { readonly kind: 'loading' }
  /** No posting could be read on this page. */
  | { readonly kind: 'no-posting' }
  /** A posting page, but its description has not appeared yet. */
  | { readonly kind: 'still-loading' }
  /** The extension was reloaded or updated under this tab: its messaging is gone. */
  | { readonly kind: 'context-invalidated' }
  | ReadyState;

export type SidebarTheme = 'light' | 'dark';
export type SidebarSide = 'left' | 'right';

export type { DetectedSkill };
