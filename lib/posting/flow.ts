import { analyzePosting, type PostingInput } from '../analysis/analyze-posting';
import type { GapReport } from '../analysis/gap-report';
import type { PostingText } from './save-input';

/**
 * THE posting flow after capture: analysis and the save payload, in one place for the sidebar (whose analysis runs
 * in the background: the `analyzePosting` message, lib/messaging/messages.ts), the popup ("Analyze this page",
 * paste) and the command line. Scoring is the one function in lib/scoring/score.ts, applied where the score is
 * shown. Zod-free. The save payload lives in ./save-input.ts, re-exported here: the sidebar (content script) imports
 * that module alone, so the analyser, the lexicon and fuse.js stay out of the page (issue 14).
 */
export { PASTED_BOARD, SAVE_DESCRIPTION_MAX, toSaveInput, type PostingText } from './save-input';

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
