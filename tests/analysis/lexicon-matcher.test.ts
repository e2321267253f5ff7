import { describe, expect, it } from 'vitest';
import { buildLexiconTrie, matchLexicon } from '../../lib/analysis/lexicon-matcher';
import { tokenize } from '../../lib/analysis/tokenize';
import type { LexiconEntry } from '../../data/skills-lexicon';

const entries: LexiconEntry[] = [
  { id: 'ml', label: 'ML', category: 'ai', aliases: ['ml', 'machine learning'] },
  { id: 'pm', label: 'PM', category: 'management', aliases: ['project management', 'project management professional'] },
  { id: 'safe', label: 'SAFe', category: 'method', aliases: ['scaled agile'], caseSensitiveAliases: ['SAFe'] },
  { id: 'sql', label: 'SQL', category: 'data', aliases: ['sql'] },
];
const trie = buildLexiconTrie(entries);
const ids = (text: string): string[] => matchLexicon(text, tokenize(text), trie).map((m) => m.entry.id);

describe('matchLexicon', () => {
  it('matches on whole tokens only', () => {
    expect(ids('We write HTML and NoSQL.')).toEqual([]);
    expect(ids('ML and SQL')).toEqual(['ml', 'sql']);
  });

  it('prefers the longest alias at a position', () => {
    const text = 'Project Management Professional (PMP) and project management';
    const ms = matchLexicon(text, tokenize(text), trie);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Project Management Professional', 'project management']);
  });

  it('honours case-sensitive aliases', () => {
    expect(ids('Experience with SAFe')).toEqual(['safe']);
    expect(ids('keep models safe')).toEqual([]);
  });

  it('matches across hyphens and slashes the same way as spaces', () => {
    expect(ids('machine-learning')).toEqual(['ml']);
  });
});

describe('buildLexiconTrie splitting', () => {
  it('splits aliases that are not one-line printable ASCII alias by alias, with the same matches', () => {
    const odd: LexiconEntry[] = [
      { id: 'empty', label: 'Empty', category: 'tool', aliases: [] },
      { id: 'cafe', label: 'Café', category: 'domain', aliases: ['naïve café', 'line\nbreak'] },
      { id: 'cpp', label: 'C++', category: 'language', aliases: ['c++', ''] },
      { id: 'pm', label: 'PM', category: 'management', aliases: ['line break', 'project management'] },
    ];
    const t = buildLexiconTrie(odd);
    const got = (text: string): string[] => matchLexicon(text, tokenize(text), t).map((m) => m.entry.id);
    // "line\nbreak" tokenizes like "line break", registered first, so it wins over the later alias.
    expect(got('Naïve café, C++, line break and project management')).toEqual(['cafe', 'cpp', 'cafe', 'pm']);
    // Every alias of an all-ASCII lexicon is found as the entry that registered it first.
    const ascii = odd.filter((e) => e.id !== 'cafe');
    const ta = buildLexiconTrie(ascii);
    expect(matchLexicon('c++ line break', tokenize('c++ line break'), ta).map((m) => m.entry.id)).toEqual(['cpp', 'pm']);
  });
});
