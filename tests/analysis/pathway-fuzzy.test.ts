import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, fuzzyMatchPhrase, keyPhrases, nearWords } from '../../lib/analysis/pathway-fuzzy';
import { tokenize } from '../../lib/analysis/tokenize';

describe('pathway fuzzy matching', () => {
  it.each([
    ['stakeholder managment', 'stakeholder-management'],
    ['stakehlder management', 'stakeholder-management'],
    ['progam management', 'program-management-frameworks'],
    ['project managment professional', 'program-management-frameworks'],
    ['machine lerning', 'ai-ml-fundamentals'],
    ['continous integration', 'devops-cicd'],
    ['budjet management', 'financial-budget-management'],
  ])('%s → %s', (q, id) => {
    const hit = fuzzyMatchPhrase(q);
    expect(hit?.skillId).toBe(id);
    expect(hit?.score).toBeGreaterThan(0.5);
  });

  it.each(['engineering', 'contractors', 'end planning', 'past models', 'management', 'the benefits'])('rejects %s', (q) => {
    expect(fuzzyMatchPhrase(q)).toBeNull();
  });

  it('only sends misspelt words to fuse.js', () => {
    expect(nearWords('managment')).toContain('management');
    expect(nearWords('management')).toEqual([]);
  });

  it('computes bounded edit distance', () => {
    expect(editDistance('managment', 'management', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(allowedEdits(16)).toBe(2);
  });

  it('extracts key phrases between stopwords and punctuation, skipping covered ones', () => {
    const text = 'Strong stakeholder managment, and budget skills';
    const t = tokenize(text);
    const covered = new Uint8Array(t.count);
    covered[t.words.indexOf('budget')] = 1;
    const phrases = keyPhrases(text, t, 0, t.count, covered, 10).map((p) => p.phrase);
    expect(phrases).toEqual(['stakeholder managment']);
  });
});
