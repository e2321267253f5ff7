import { toExcerpt } from './excerpt';
import type { SavedPosting, SavePostingInput } from './schemas';

/**
 * What a save stores of its input: everything but the ids, times, status and notes the writer sets. The one place a
 * save input becomes a stored posting's content (the writer; tools that build saved postings the same way).
 */
export function postingContent(input: SavePostingInput): Omit<SavedPosting, 'id' | 'savedAt' | 'updatedAt' | 'status' | 'notes'> {
  return {
    url: input.url,
    board: input.board,
    title: input.title,
    company: input.company,
    location: input.location,
    report: input.report,
    descriptionExcerpt: toExcerpt(input.description),
    analysisVersion: input.report.analysisVersion,
  };
}
