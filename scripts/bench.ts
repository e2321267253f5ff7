import { performance } from 'node:perf_hooks';
import { analyzePosting } from '../lib/analysis/analyze-posting';
import { lexiconTrie, buildLexiconTrie } from '../lib/analysis/lexicon-matcher';
import { fuzzyState } from '../lib/analysis/pathway-fuzzy';
import { bareTokenize } from '../lib/analysis/tokenize';
import { skillsLexicon } from '../data/skills-lexicon';
import { generatePosting } from './bench-posting';

/**
 * npm run bench — medians for a 1,500-word and a 10,000-word generated posting, with the bare
 * lower-case + split baseline and the ratio, plus the one-off cost of building the lexicon trie
 * and the fuse.js index. Everything is deterministic; runs interleave analysis and baseline.
 */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function measure(words: number, runs: number): { words: number; chars: number; medianMs: number; bareMs: number; ratio: number; skills: number } {
  const text = generatePosting(words, 7);
  const input = { title: 'Technical Program Manager, ML Platform', company: 'Example AI', text };
  let skills = 0;
  for (let i = 0; i < 20; i++) skills = analyzePosting(input).skills.length + bareTokenize(text).length * 0;
  const a: number[] = [];
  const b: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += analyzePosting(input).skills.length;
    const t1 = performance.now();
    sink += bareTokenize(text).length;
    const t2 = performance.now();
    a.push(t1 - t0);
    b.push(t2 - t1);
  }
  if (sink < 0) console.log(sink);
  const m = median(a);
  const bare = median(b);
  return { words, chars: text.length, medianMs: m, bareMs: bare, ratio: m / bare, skills };
}

const t0 = performance.now();
const trie = buildLexiconTrie(skillsLexicon);
const t1 = performance.now();
lexiconTrie();
fuzzyState();
const t2 = performance.now();
console.log(`Lexicon: ${skillsLexicon.length} entries, trie depth ${trie.maxDepth}; trie build ${(t1 - t0).toFixed(2)} ms; trie + fuse.js index (first use) ${(t2 - t1 + (t1 - t0)).toFixed(2)} ms`);
for (const [words, runs] of [
  [1500, 300],
  [10000, 100],
] as const) {
  const r = measure(words, runs);
  console.log(
    `${String(r.words).padStart(6)} words (${r.chars} chars, ${r.skills} skills): median ${r.medianMs.toFixed(3)} ms; bare tokenize ${r.bareMs.toFixed(3)} ms; ratio ${r.ratio.toFixed(2)}× (${runs} runs)`,
  );
}
