import { analyzePosting, type PostingInput } from '../analysis/analyze-posting';
import type { GapReport } from '../analysis/gap-report';
import type { CapturedPosting } from '../capture/capture-result';
import { KNOWN_BOARDS } from '../job-boards';
import type { SavePostingInput } from '../storage/schemas';

/**
 * THE posting flow after capture: analysis and the save payload, in one place for the sidebar (content
 * script), the popup ("Analyze this page", paste) and the command line. Scoring is the one function in
 * lib/scoring/score.ts, applied where the score is shown. Zod-free: the content script bundles this module
 * (the background validates every save with SavePostingInputSchema).
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

/** What the analysis reads of a posting (the command line builds the same input from a text file). */
export function analysisInput(posting: PostingText): PostingInput {
  return {
    title: posting.title,
    company: posting.company,
    location: posting.location,
    board: posting.board,
    url: posting.url,
    text: posting.descriptionText,
    blocks: posting.descriptionBlocks,
  };
}

/** The gap report of a posting. */
export function analyze(posting: PostingText): GapReport {
  return analyzePosting(analysisInput(posting));
}

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
  };
}
