import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingBlock } from '../../lib/analysis/sections';
import { blocksToText } from '../../lib/capture/capture-result';
import { plainTextToBlocks } from '../../lib/capture/block-builder';
import { describeLayout, keptPosting, layoutBlocks } from '../../lib/storage/kept-text';
import { PostingTextSchema, type SavedPosting } from '../../lib/storage/schemas';
import { makeReport } from './helpers';

/** The layout of a kept description (lib/storage/kept-text.ts): the blocks come back exactly, and cheaply. */

const block = fc.record({
  type: fc.constantFrom<PostingBlock['type']>('heading', 'paragraph', 'listItem'),
  text: fc.string({ minLength: 1, maxLength: 60 }),
});

describe('kept text layout', () => {
  it('gives back exactly the blocks it describes, over any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(block, { maxLength: 20 }), (text, blocks) => {
        expect(layoutBlocks(text, describeLayout(text, blocks))).toEqual(blocks);
      }),
    );
  });

  it('a captured description is all slices: a few bytes a block, never the text twice', () => {
    fc.assert(
      fc.property(fc.array(block.filter((b) => b.text.trim() === b.text && b.text.length > 0), { minLength: 1, maxLength: 30 }), (blocks) => {
        const text = blocksToText(blocks).trim();
        const layout = describeLayout(text, blocks);
        if (blocks.every((b) => b.text.trim().length > 0)) expect(layout.every((e) => e.length === 3)).toBe(true);
        expect(layoutBlocks(text, layout)).toEqual(blocks);
      }),
    );
  });

  it('a block that is not a verbatim part of the text keeps its own text, and the blocks after it are still slices', () => {
    const lines = ['Requirements:', `- ${'Long   line with   odd spacing '.repeat(8)}`, '- Python', '- Stakeholder management', 'Benefits', '- Health'];
    const text = lines.join('\n');
    const blocks = plainTextToBlocks(text);
    const layout = describeLayout(text, blocks);
    expect(layout.filter((e) => e.length === 2)).toHaveLength(1);
    expect(layout.filter((e) => e.length === 3)).toHaveLength(blocks.length - 1);
    expect(layoutBlocks(text, layout)).toEqual(blocks);
    expect(PostingTextSchema.safeParse({ id: 'pasted:1', text, blocks: layout }).success).toBe(true);
  });

  it('a layout that does not fit its text gives nothing rather than a guess; the posting is then read as text', () => {
    expect(layoutBlocks('short', [['p', 0, 40]])).toBeNull();
    const posting = { id: 'lever:acme:1', url: 'https://jobs.lever.co/acme/1', board: 'other', title: 'T', company: null, location: null, report: makeReport({ posting: { title: 'T', company: null, location: null, board: 'generic', url: null } }) } as unknown as SavedPosting;
    const input = keptPosting(posting, { id: posting.id, text: 'short', blocks: [['p', 0, 40]] });
    expect(input.descriptionBlocks).toEqual([]);
    // The analysis reads the board the capture had (kept in the report), not the record's "other".
    expect(input.board).toBe('generic');
  });
});
