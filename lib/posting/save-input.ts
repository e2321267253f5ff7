import type { GapReport } from '../analysis/gap-report';
import type { CapturedPosting } from '../capture/capture-result';
import { KNOWN_BOARDS } from '../job-boards';
import type { SavePostingInput } from '../storage/schemas';

/**
 * The posting flow's save payload (./flow.ts re-exports all of it): how a posting and its report become what the
 * writer saves. Apart from the analysis so that the sidebar, which only saves, bundles none of the analyser
 * (tests/e2e/bundle-budget.e2e.ts). Zod-free: the background validates every save with SavePostingInputSchema.
 */

/** What analysis and saving read of a posting: a capture, or a pasted text shaped like one. */
export type PostingText = Pick<CapturedPosting, 'jobKey' | 'url' | 'title' | 'company' | 'location' | 'descriptionText' | 'descriptionBlocks'> & {
  readonly board: string;
};

/** Postings pasted into the popup are saved with this board id and a stable `pasted:<hash>` id. */
export const PASTED_BOARD = 'pasted';
/** How much description a save carries (the writer keeps an excerpt of it). */
export const SAVE_DESCRIPTION_MAX = 200_000;
const FIELD_MAX = 500;

const SAVED_BOARDS: ReadonlySet<string> = new Set([...KNOWN_BOARDS, PASTED_BOARD]);

/**
 * The one place a posting and its report become what the writer saves. Boards we do not list (a career site
 * read through JSON-LD or the generic heuristic) are saved as `other`.
 */
export function toSaveInput(posting: PostingText, report: GapReport, descriptionMax: number = SAVE_DESCRIPTION_MAX): SavePostingInput {
  return {
    jobKey: posting.jobKey,
    url: posting.url,
    board: SAVED_BOARDS.has(posting.board) ? posting.board : 'other',
    title: posting.title.slice(0, FIELD_MAX),
    company: posting.company?.slice(0, FIELD_MAX) ?? null,
    location: posting.location?.slice(0, FIELD_MAX) ?? null,
    report,
    description: posting.descriptionText.slice(0, descriptionMax),
    // The blocks the report was made from, with a whole description only: the writer keeps their layout so that
    // re-analysis reads what this analysis read (lib/storage/kept-text.ts).
    ...(posting.descriptionBlocks.length > 0 && posting.descriptionText.length <= descriptionMax ? { descriptionBlocks: posting.descriptionBlocks } : {}),
  };
}
