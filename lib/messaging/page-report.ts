import type { CapturedPosting } from '../capture/capture-result';
import type { GapReport } from '../analysis/gap-report';
import { SAVE_DESCRIPTION_MAX, toSaveInput } from '../posting/save-input';
import type { SavePostingInput } from '../storage/schemas';

/**
 * The popup's "This page": what the sidebar (content script) answers to `getPageReport` (./messages.ts,
 * TAB_MESSAGES), built from its session's view. Zod-free (the content script builds it); the popup checks
 * the answer with the table's answer schema, because a content script runs in a page the popup must not trust.
 */

/**
 * The description travels whole (with its blocks), as a save from the sidebar carries it: a posting saved from the
 * popup keeps its full text too, so it can be re-analysed as well as one saved from the sidebar.
 */
export const PAGE_REPORT_DESCRIPTION_MAX = SAVE_DESCRIPTION_MAX;

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
