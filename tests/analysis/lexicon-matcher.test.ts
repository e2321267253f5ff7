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
