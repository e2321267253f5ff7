import { toExcerpt } from './excerpt';
import { describeLayout } from './kept-text';
import type { PostingText, SavedPosting, SavePostingInput } from './schemas';

/**
 * What a save stores of its input: everything but the ids, times, status and notes the writer sets. The one place a
 * save input becomes a stored posting's content (the writer; tools that build saved postings the same way).
 */
export function postingContent(input: SavePostingInput): Omit<SavedPosting, 'id' | 'savedAt' | 'updatedAt' | 'status' | 'notes' | 'history' | 'followUpAt' | 'followUpDoneAt'> {
  const text = keptText(input.description);
  return {
    url: input.url,
    board: input.board,
    title: input.title,
    company: input.company,
    location: input.location,
    report: input.report,
    descriptionExcerpt: toExcerpt(input.description),
    analysisVersion: input.report.analysisVersion,
    ...(text ? { textChars: text.length } : {}),
  };
}

/** The full description kept with a saved posting (`text:<id>`), or null when there is none to keep. */
export function keptText(description: string): string | null {
  const text = description.trim();
  return text.length > 0 ? text : null;
}

/** The `text:<id>` record a save keeps: the text, and the layout of its blocks when the input carries them (./kept-text.ts). */
export function keptTextRecord(id: string, input: SavePostingInput): PostingText | null {
  const text = keptText(input.description);
  if (!text) return null;
  const blocks = input.descriptionBlocks && input.descriptionBlocks.length > 0 ? describeLayout(text, input.descriptionBlocks) : null;
  return blocks ? { id, text, blocks } : { id, text };
}
