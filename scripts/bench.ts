import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzePosting } from '../lib/analysis/analyze-posting';
import { lexiconTrie, buildLexiconTrie } from '../lib/analysis/lexicon-matcher';
import { fuzzyMatchPhrase, fuzzyState } from '../lib/analysis/pathway-fuzzy';
import { bareTokenize } from '../lib/analysis/tokenize';
import { skillsLexicon } from '../data/skills-lexicon';

/**
 * npm run bench — medians for a 1,500-word and a 10,000-word generated posting, with the bare
 * lower-case + split baseline and the ratio, plus the one-off costs (lexicon trie, fuzzy typo gate,
 * first fuse.js index), measured cold in fresh processes, and the trie rebuild when warm. Everything is deterministic; runs interleave analysis and baseline.
 */
/** A deterministic synthetic posting written for this project (never corpus text), with skills, typos and negations. */
const HEADINGS = ['About Example AI', 'About the role', 'Responsibilities:', 'Minimum qualifications:', 'Preferred qualifications:', 'Benefits'];
const PHRASES = [
  'Own the delivery plan for model training and inference launches across research and infrastructure teams',
  'Keep executives informed with clear written updates on milestones, dependencies and risks',
  'Partner with data engineering on labelling pipelines, data quality checks and SQL dashboards',
  'Run sprint planning and retrospectives for a distributed platform team using Scrum and Kanban',
  'Experience with AWS or GCP cloud infrastructure, Kubernetes and CI/CD release pipelines',
  'Familiarity with large language models, evaluation methods and responsible AI practices',
  'Manage a seven-figure budget, vendor contracts and cost forecasting for compute capacity',
  'PMP or PRINCE2 certification is a plus; CSM not required',
  'Strong stakeholder managment skills and the ability to influence without authority',
  'Design reviews for distributed systems, APIs and model serving architecture',
  'We offer generous parental leave, a learning stipend and flexible hours',
  'Our mission is to make machine learning dependable for hospitals and schools',
  'Python, Jira, Confluence and technical writing for program documentation',
  'Define OKRs, track KPIs and lead change management across product and policy teams',
];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatePosting(words: number, seed = 1): string {
  const rand = lcg(seed);
  const out: string[] = [];
  let count = 0;
  let h = 0;
  while (count < words) {
    const heading = HEADINGS[h % HEADINGS.length] ?? 'Responsibilities:';
    h++;
    out.push('', heading);
    count += heading.split(' ').length;
    const bullets = 4 + Math.floor(rand() * 5);
    for (let i = 0; i < bullets && count < words; i++) {
      const p = PHRASES[Math.floor(rand() * PHRASES.length)] ?? '';
      const line = rand() < 0.5 ? `- ${p}.` : `${p}.`;
      out.push(line);
      count += p.split(' ').length;
    }
  }
  return out.join('\n');
}

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

/**
 * One-off costs in a fresh process (child of this one, so nothing was warmed up): the lexicon trie
 * (the only structure built before the first posting is matched), then the fuzzy typo gate
 * (pathway vocabulary and deletion map, built at the first fuzzy query of a posting), then the first
 * fuse.js index (created only when a typo candidate is found, per group of pathway phrasings).
 */
function coldChild(): void {
  const cpu0 = process.cpuUsage();
  const a = performance.now();
  const trie = lexiconTrie();
  const b = performance.now();
  const cpu = process.cpuUsage(cpu0);
  fuzzyState();
  const c = performance.now();
  fuzzyMatchPhrase('stakeholder managment');
  const d = performance.now();
  process.stdout.write(JSON.stringify({ trie: b - a, trieCpu: (cpu.user + cpu.system) / 1000, gate: c - b, fuse: d - c, depth: trie.maxDepth }));
}

function coldRuns(n: number): { trie: number; trieCpu: number; gate: number; fuse: number; depth: number }[] {
  const out: { trie: number; trieCpu: number; gate: number; fuse: number; depth: number }[] = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cold-child'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold-build child failed: ${r.stderr.slice(0, 300)}`);
    out.push(JSON.parse(r.stdout) as { trie: number; trieCpu: number; gate: number; fuse: number; depth: number });
  }
  return out;
}

if (process.argv.includes('--cold-child')) {
  coldChild();
} else {
  const cold = coldRuns(5);
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const a = performance.now();
    buildLexiconTrie(skillsLexicon);
    warm.push(performance.now() - a);
  }
  const ms = (x: number): string => `${x.toFixed(2)} ms`;
  const total = cold.map((c) => c.trie + c.gate);
  console.log(
    `Lexicon: ${skillsLexicon.length} entries, trie depth ${cold[0]?.depth ?? 0}. Built once, cold (median of ${cold.length} fresh processes): ` +
      `trie ${ms(median(cold.map((c) => c.trie)))} (CPU time ${ms(median(cold.map((c) => c.trieCpu)))}) + fuzzy typo gate ${ms(median(cold.map((c) => c.gate)))} = ${ms(median(total))}; ` +
      `first fuse.js index + query (lazy, only on a typo candidate) ${ms(median(cold.map((c) => c.fuse)))}. ` +
      `Trie rebuild warm: ${ms(median(warm))}`,
  );
  for (const [words, runs] of [
    [1500, 300],
    [10000, 100],
  ] as const) {
    const r = measure(words, runs);
    console.log(
      `${String(r.words).padStart(6)} words (${r.chars} chars, ${r.skills} skills): median ${r.medianMs.toFixed(3)} ms; bare tokenize ${r.bareMs.toFixed(3)} ms; ratio ${r.ratio.toFixed(2)}× (${runs} runs)`,
    );
  }
}
