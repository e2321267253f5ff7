import type { CapturedPosting } from '../capture/capture-result';
import type { GapReport } from '../analysis/gap-report';
import { toSaveInput } from '../posting/flow';
import type { SavePostingInput } from '../storage/schemas';

/**
 * The popup's "This page": what the sidebar (content script) answers to `getPageReport` (./messages.ts,
 * TAB_MESSAGES), built from its session's view. Zod-free (the content script builds it); the popup checks
 * the answer with the table's answer schema, because a content script runs in a page the popup must not trust.
 */

/** The description travels only as far as storage keeps it (an excerpt): enough to save from the popup. */
export const PAGE_REPORT_DESCRIPTION_MAX = 4_000;

export type PageReportAnswer =
  /** The posting as the popup would save it (the flow's save payload, with its report). */
  | { readonly kind: 'report'; readonly posting: SavePostingInput }
  /** The sidebar is reading or analysing the page. */
  | { readonly kind: 'loading' }
  /** The content script runs here but found no posting (or the page is not a job page). */
  | { readonly kind: 'none' };

interface SessionViewLike {
  readonly active: boolean;
  readonly state: { readonly kind: string; readonly report?: GapReport };
  readonly posting: CapturedPosting | null;
}

/** What the content script answers, from its session's current view. Pure. */
export function pageReportAnswer(view: SessionViewLike): PageReportAnswer {
  if (!view.active) return { kind: 'none' };
  const { state, posting } = view;
  if (state.kind === 'loading') return { kind: 'loading' };
  if (state.kind !== 'ready' || !state.report || !posting) return { kind: 'none' };
  return { kind: 'report', posting: toSaveInput(posting, state.report, PAGE_REPORT_DESCRIPTION_MAX) };
}
