import { describe, expect, it } from 'vitest';
import { isInlinePreferred, isNegated, negatedLinePrefix } from '../../lib/analysis/negation';
import { tokenize } from '../../lib/analysis/tokenize';

function at(text: string, word: string): [string, ReturnType<typeof tokenize>, number, number] {
  const t = tokenize(text);
  const i = t.words.indexOf(word.toLowerCase());
  if (i < 0) throw new Error(`no ${word}`);
  return [text, t, i, i + 1];
}

describe('negation', () => {
  it.each([
    'PMP not required.',
    'PMP is not a requirement',
    "A PMP isn't required",
    'No PMP needed',
    'You do not need a PMP',
    "We won't ask about a PMP",
    'Coding is not required, PMP neither',
  ])('negates: %s', (s) => {
    expect(isNegated(...at(s, 'PMP'))).toBe(true);
  });

  it.each([
    'PMP required.',
    'Including but not limited to PMP',
    'Not only PMP but also Scrum',
    'No later than 2025 you will hold a PMP',
    'Budget is not required. PMP is.',
  ])('does not negate: %s', (s) => {
    expect(isNegated(...at(s, 'PMP'))).toBe(false);
  });

  it('stops at clause breaks', () => {
    expect(isNegated(...at('No travel; PMP is expected', 'PMP'))).toBe(false);
  });

  it('reads a "Not required:" line prefix', () => {
    expect(negatedLinePrefix('Not required: PMP, CSM')).toBe(true);
    expect(negatedLinePrefix('PMP required')).toBe(false);
  });

  it('reads inline preference', () => {
    expect(isInlinePreferred(...at('PMP a plus', 'PMP'))).toBe(true);
    expect(isInlinePreferred(...at('Preferably a PMP', 'PMP'))).toBe(true);
    expect(isInlinePreferred(...at('PMP nice to have', 'PMP'))).toBe(true);
    expect(isInlinePreferred(...at('PMP plus five years in SQL and more', 'PMP'))).toBe(false);
    expect(isInlinePreferred(...at('PMP and Scrum', 'PMP'))).toBe(false);
  });
});
