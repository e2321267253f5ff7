import { describe, expect, it } from 'vitest';
import { bareTokenize, tokenize } from '../../lib/analysis/tokenize';

describe('tokenize', () => {
  it('splits on punctuation and keeps offsets into the original text', () => {
    const text = 'Own CI/CD, ML-ops & AWS.';
    const t = tokenize(text);
    expect(t.words).toEqual(['own', 'ci', 'cd', 'ml', 'ops', 'aws']);
    t.words.forEach((w, i) => expect(text.slice(t.starts[i], t.ends[i]).toLowerCase()).toBe(w));
  });

  it('never splits inside a word: HTML, NoSQL, laws, maintain, email stay whole', () => {
    expect(tokenize('HTML NoSQL laws maintain email fragile').words).toEqual(['html', 'nosql', 'laws', 'maintain', 'email', 'fragile']);
  });

  it('keeps C++ and C# distinct from C', () => {
    expect(tokenize('C++, C# and C').words).toEqual(['c++', 'c#', 'and', 'c']);
  });

  it('treats curly quotes and dashes as separators and accented letters as letters', () => {
    expect(tokenize('Anthropic’s café—naïve').words).toEqual(['anthropic', 's', 'café', 'naïve']);
  });

  it('stays aligned when lower-casing changes the length', () => {
    const text = 'İstanbul AI';
    const t = tokenize(text);
    expect(t.words[1]).toBe('ai');
    expect(text.slice(t.starts[1], t.ends[1])).toBe('AI');
  });

  it('bare baseline lower-cases and splits', () => {
    expect(bareTokenize('Hello, World')).toEqual(['hello', 'world']);
  });
});
