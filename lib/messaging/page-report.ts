import type { GapReport } from '../analysis/gap-report';

/**
 * Popup → content script (`browser.tabs.sendMessage(activeTabId, PAGE_REPORT_REQUEST)`): "what posting is
 * on this page, and its gap report?". Deliberately free of zod: the content script imports this module and
 * stays small; the popup validates the answer with `PageReportAnswerSchema` (page-report-schema.ts),
 * because a content script runs in a page the popup must not trust.
 */
export const PAGE_REPORT_REQUEST_TYPE = 'pathway-lens/get-page-report';
export interface PageReportRequest {
  readonly type: typeof PAGE_REPORT_REQUEST_TYPE;
}
export const PAGE_REPORT_REQUEST: PageReportRequest = { type: PAGE_REPORT_REQUEST_TYPE };

export function isPageReportRequest(message: unknown): message is PageReportRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PAGE_REPORT_REQUEST_TYPE && Object.keys(message).length === 1;
}

/** The description travels only as far as storage keeps it (an excerpt): enough to save from the popup. */
export const PAGE_REPORT_DESCRIPTION_MAX = 4_000;

export interface PageReportPosting {
  readonly jobKey: string;
  readonly url: string;
  readonly board: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly description: string;
}

export type PageReportAnswer =
  | { readonly kind: 'report'; readonly posting: PageReportPosting; readonly report: GapReport }
  /** The sidebar is reading or analysing the page. */
  | { readonly kind: 'loading' }
  /** The content script runs here but found no posting (or the page is not a job page). */
  | { readonly kind: 'none' };

interface SessionViewLike {
  readonly active: boolean;
  readonly state: { readonly kind: string; readonly report?: GapReport };
  readonly posting: {
    readonly jobKey: string;
    readonly url: string;
    readonly board: string;
    readonly title: string;
    readonly company: string | null;
    readonly location: string | null;
    readonly descriptionText: string;
  } | null;
}

/** What the content script answers, from its session's current view. Pure. */
export function pageReportAnswer(view: SessionViewLike): PageReportAnswer {
  if (!view.active) return { kind: 'none' };
  const { state, posting } = view;
  if (state.kind === 'loading') return { kind: 'loading' };
  if (state.kind !== 'ready' || !state.report || !posting) return { kind: 'none' };
  return {
    kind: 'report',
    posting: {
      jobKey: posting.jobKey,
      url: posting.url,
      board: posting.board,
      title: posting.title,
      company: posting.company,
      location: posting.location,
      description: posting.descriptionText.slice(0, PAGE_REPORT_DESCRIPTION_MAX),
    },
    report: state.report,
  };
}
