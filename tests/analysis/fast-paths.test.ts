import { describe, expect, it } from 'vitest';
import { skillsLexicon } from '../../data/skills-lexicon';
import { aliasWords, buildLexiconTrie, matchLexicon } from '../../lib/analysis/lexicon-matcher';
import { tokenize, wordKey, WordSet } from '../../lib/analysis/tokenize';
import { sectionAt, sectionCursor, structureText } from '../../lib/analysis/sections';

/** The speed-ups must be exact: each fast path is checked against the plain computation it replaces. */
const TRICKY = [
  'C++ and C# but not C+++x, a+b, x#y, c+#, c++x, go## and f#',
  'İstanbul AI — naïve café, Ω and K signs, “quoted” ML/AI',
  'Program Management Professional (PMP)®, SAFe; not safe',
  '  • Python\t- SQL\n* Jira\n1. OKRs\na) SOC 2\n',
  '',
];

describe('fast paths', () => {
  it('splits every lexicon alias exactly as tokenize() does', () => {
    for (const e of skillsLexicon) {
      for (const a of [...e.aliases, ...(e.caseSensitiveAliases ?? [])]) expect(aliasWords(a), a).toEqual(tokenize(a).words);
    }
    for (const s of TRICKY) expect(aliasWords(s), s).toEqual(tokenize(s).words);
  });

  it('computes token keys, word(k) and is(k, w) consistently with the words', () => {
    for (const s of TRICKY) {
      const t = tokenize(s);
      const words = [...t.words];
      expect(t.count).toBe(words.length);
      words.forEach((w, k) => {
        expect(t.word(k)).toBe(w);
        expect(t.is(k, w)).toBe(true);
        expect(t.is(k, `${w}x`)).toBe(false);
        expect(t.keys[k]).toBe(wordKey(w));
      });
      expect(t.word(-1)).toBe('');
      expect(t.word(t.count)).toBe('');
      expect(t.is(t.count, '')).toBe(false);
    }
  });

  it('tests WordSet membership in place exactly like Set.has on the word', () => {
    const list = ['ai', 'c++', 'café', 'not', 'plus', 'sql'];
    const set = new WordSet(list);
    for (const s of TRICKY) {
      const t = tokenize(s);
      for (let k = -1; k <= t.count; k++) expect(set.hasToken(t, k)).toBe(list.includes(t.words[k] ?? '\u0000'));
    }
  });

  it('matches the bundled lexicon like a naive longest-alias scan', () => {
    const text = 'Own Program Management Professional (PMP) work: machine-learning, CI/CD, stakeholder management, SAFe, safe, C++ and Python.';
    const tokens = tokenize(text);
    const trie = buildLexiconTrie(skillsLexicon);
    const byKey = new Map<string, string>();
    for (const e of skillsLexicon) for (const a of e.aliases) if (!byKey.has(aliasWords(a).join(' '))) byKey.set(aliasWords(a).join(' '), e.id);
    const naive: string[] = [];
    const words = tokens.words;
    for (let i = 0; i < words.length; ) {
      let best = 0;
      let id = '';
      for (let n = 1; n <= trie.maxDepth && i + n <= words.length; n++) {
        const hit = byKey.get(words.slice(i, i + n).join(' '));
        if (hit) {
          best = n;
          id = hit;
        }
      }
      if (best) naive.push(id);
      i += best || 1;
    }
    const got = matchLexicon(text, tokens, trie).map((m) => m.entry.id);
    // SAFe is a case-sensitive alias (not in the naive map); everything else must agree.
    expect(got.filter((id) => !naive.includes(id))).toEqual(got.filter((id) => id === skillsLexicon.find((e) => e.caseSensitiveAliases?.includes('SAFe'))?.id));
    expect(naive.every((id) => got.includes(id))).toBe(true);
  });

  it('finds sections by a forward cursor the same as by binary search', () => {
    const text = 'About us\nWe build AI.\n\nRequirements:\n- Python\n\nNice to have:\n- Go\n\nBenefits\nFree lunch';
    const { sections } = structureText(text);
    const cursor = sectionCursor(sections);
    for (let off = 0; off < text.length; off++) expect(cursor(off)).toBe(sectionAt(sections, off));
  });
});
