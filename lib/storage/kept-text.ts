import type { PostingBlock } from '../analysis/sections';
import type { PostingText as AnalysedPosting } from '../posting/save-input';
import type { PostingText as KeptText, SavedPosting, TextLayoutEntry } from './schemas';

/**
 * The full description kept with a saved posting (`text:<id>`, PostingTextSchema) and what re-analysis needs of it.
 * The analysis reads a posting's blocks (headings, paragraphs, list items: which section asks for what), and the
 * plain text alone loses that (a heading worded like a sentence, a list item's "- "): so a kept text carries its
 * layout, each block as a slice of the text (`[kind, skip, length]`) or, when a block is not a verbatim part of the
 * text (e.g. spacing the capture normalised), as its own text (`[kind, text]`). Slices cost a few bytes a block,
 * where storing the blocks would store the description twice. Rebuilding gives back exactly the blocks analysed at
 * save time (tests/storage/reanalysis-fidelity.test.ts). Zod-free.
 */

const KIND_CODE = { heading: 'h', paragraph: 'p', listItem: 'l' } as const satisfies Record<PostingBlock['type'], string>;
const KIND_OF = { h: 'heading', p: 'paragraph', l: 'listItem' } as const satisfies Record<string, PostingBlock['type']>;
/** How far past the previous block the next one is looked for (separators: "\n\n- ", blank lines, a bullet). */
const SEARCH_SLACK = 64;

/**
 * The layout of `blocks` over `text` (the text kept: what was saved, trimmed). Each block is looked for a little past
 * the previous one (past the text of blocks kept as their own, too: they stand somewhere in between), so the work is
 * linear in the text's length.
 */
export function describeLayout(text: string, blocks: readonly PostingBlock[]): TextLayoutEntry[] {
  const layout: TextLayoutEntry[] = [];
  let cursor = 0;
  // Characters of the blocks since the last one found: their words are in the text before the next block, re-spaced.
  let unplaced = 0;
  for (const b of blocks) {
    const kind = KIND_CODE[b.type];
    const window = text.slice(cursor, cursor + b.text.length + SEARCH_SLACK + 2 * unplaced);
    const at = b.text.length > 0 ? window.indexOf(b.text) : -1;
    if (at < 0) {
      layout.push([kind, b.text]);
      unplaced += b.text.length;
      continue;
    }
    layout.push([kind, at, b.text.length]);
    cursor += at + b.text.length;
    unplaced = 0;
  }
  return layout;
}

/** The blocks a layout describes over `text`, or null when it does not fit the text (never a guess). */
export function layoutBlocks(text: string, layout: readonly TextLayoutEntry[]): PostingBlock[] | null {
  const blocks: PostingBlock[] = [];
  let cursor = 0;
  for (const entry of layout) {
    const type = KIND_OF[entry[0]];
    if (entry.length === 2) {
      blocks.push({ type, text: entry[1] });
      continue;
    }
    const start = cursor + entry[1];
    const end = start + entry[2];
    if (end > text.length) return null;
    blocks.push({ type, text: text.slice(start, end) });
    cursor = end;
  }
  return blocks;
}

/**
 * A saved posting as the analysis read it at save time, from its record and its kept text: the same title, company,
 * location, address and board (the capture's board, which the report keeps: the record says `other` for sites we do
 * not list), the text and its blocks. A text kept without a layout (saved from plain text) is analysed as text.
 */
export function keptPosting(posting: SavedPosting, kept: KeptText): AnalysedPosting {
  const blocks = kept.blocks ? layoutBlocks(kept.text, kept.blocks) : null;
  return {
    jobKey: posting.id,
    url: posting.url,
    board: posting.report.posting.board ?? posting.board,
    title: posting.title,
    company: posting.company,
    location: posting.location,
    descriptionText: kept.text,
    descriptionBlocks: blocks ?? [],
  };
}
