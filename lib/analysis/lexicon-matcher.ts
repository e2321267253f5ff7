import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import { tokenize, type Tokens } from './tokenize';

/**
 * Exact lexicon matching in one linear pass: a token trie built once from every alias, walked
 * from each token position, keeping the longest alias that ends there (leftmost-longest, no overlap).
 * Work per position is bounded by the deepest alias, so the pass is O(tokens × MAX_ALIAS_TOKENS).
 *
 * The trie is flat: every alias word gets a small integer id (one string Map), trie nodes are
 * integers, and every edge lives in one numeric Map keyed by `node × vocabularySize + wordId`.
 * Building it is a few thousand Map operations on pre-split aliases (no per-character JS loop,
 * no Map per node), so the one-off cost stays low even before the JIT has warmed up; matching
 * looks each posting token up once in the vocabulary and then walks integer edges.
 */
export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Token index range [first, last). */
  readonly firstToken: number;
  readonly lastToken: number;
  /** Character offsets in the text. */
  readonly start: number;
  readonly end: number;
}

interface Terminal {
  readonly entry: LexiconEntry;
  /** When set, the raw token texts must equal these exactly (case-sensitive aliases). */
  readonly raw: readonly string[] | null;
}

export interface LexiconTrie {
  /** Alias word → word id (1-based). */
  readonly vocab: ReadonlyMap<string, number>;
  /** Edge `node * stride + wordId` → child node (node 0 is the root). */
  readonly edges: ReadonlyMap<number, number>;
  readonly stride: number;
  /** Terminals by node (undefined where no alias ends). */
  readonly terminals: readonly (readonly Terminal[] | undefined)[];
  readonly maxDepth: number;
  readonly entries: readonly LexiconEntry[];
}

/** Aliases longer than this many tokens are rejected by the lexicon test; it also bounds the walk. */
export const MAX_ALIAS_TOKENS = 8;

/** Printable ASCII only: such aliases are split with one native regex, exactly as tokenize() splits them. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** tokenize() on ASCII: runs of [a-z0-9], plus a trailing `++`/`#` run of at most 2 not followed by a word char. */
const ASCII_TOKEN = /[a-z0-9]+(?:[+#]{2}(?![a-z0-9])|[+#](?![+#a-z0-9]))?/g;

/** The lower-cased tokens of an alias, identical to tokenize(alias).words. */
export function aliasWords(alias: string): string[] {
  if (PRINTABLE_ASCII.test(alias)) return alias.toLowerCase().match(ASCII_TOKEN) ?? [];
  return tokenize(alias).words;
}

function rawWords(alias: string): string[] {
  const t = tokenize(alias);
  return t.starts.map((s, i) => alias.slice(s, t.ends[i]));
}

export function buildLexiconTrie(entries: readonly LexiconEntry[]): LexiconTrie {
  // Pass 1: split every alias once and number the words (the stride must be known before edges are keyed).
  const vocab = new Map<string, number>();
  const split: { words: string[]; entry: LexiconEntry; raw: string[] | null }[] = [];
  for (const entry of entries) {
    for (const a of entry.aliases) split.push({ words: aliasWords(a), entry, raw: null });
    const cs = entry.caseSensitiveAliases;
    if (cs) for (const a of cs) split.push({ words: aliasWords(a), entry, raw: rawWords(a) });
  }
  for (const s of split) {
    for (const w of s.words) if (!vocab.has(w)) vocab.set(w, vocab.size + 1);
  }
  // Pass 2: insert.
  const stride = vocab.size + 1;
  const edges = new Map<number, number>();
  const terminals: Terminal[][] = [];
  let nodes = 1;
  let maxDepth = 0;
  for (const s of split) {
    const n = s.words.length;
    if (n === 0 || n > MAX_ALIAS_TOKENS) continue;
    let node = 0;
    for (const w of s.words) {
      const key = node * stride + (vocab.get(w) ?? 0);
      let child = edges.get(key);
      if (child === undefined) {
        child = nodes++;
        edges.set(key, child);
      }
      node = child;
    }
    (terminals[node] ??= []).push({ entry: s.entry, raw: s.raw });
    if (n > maxDepth) maxDepth = n;
  }
  return { vocab, edges, stride, terminals, maxDepth, entries };
}

let cached: LexiconTrie | null = null;
/** The trie for the bundled lexicon, built on first use and kept. */
export function lexiconTrie(): LexiconTrie {
  cached ??= buildLexiconTrie(skillsLexicon);
  return cached;
}

function acceptTerminal(terminals: readonly Terminal[], text: string, tokens: Tokens, from: number): Terminal | null {
  // Case-insensitive terminals first: the first one registered for an alias wins.
  for (const t of terminals) {
    if (t.raw === null) return t;
  }
  for (const t of terminals) {
    const raw = t.raw;
    if (raw === null) continue;
    let ok = true;
    for (let k = 0; k < raw.length && ok; k++) {
      const s = tokens.starts[from + k] ?? 0;
      const e = tokens.ends[from + k] ?? 0;
      const r = raw[k] ?? '';
      ok = e - s === r.length && text.startsWith(r, s);
    }
    if (ok) return t;
  }
  return null;
}

export function matchLexicon(text: string, tokens: Tokens, trie: LexiconTrie = lexiconTrie()): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { words, starts, ends, count } = tokens;
  const { vocab, edges, stride, terminals, maxDepth } = trie;
  // One vocabulary lookup per token; 0 = not an alias word (most tokens).
  const ids = new Int32Array(count);
  for (let k = 0; k < count; k++) ids[k] = vocab.get(words[k] ?? '') ?? 0;
  let i = 0;
  while (i < count) {
    const first = ids[i] ?? 0;
    if (first === 0) {
      i++;
      continue;
    }
    let node = 0;
    let best: Terminal | null = null;
    let bestEnd = i;
    for (let j = i; j < count && j - i < maxDepth; j++) {
      const id = ids[j] ?? 0;
      if (id === 0) break;
      const child = edges.get(node * stride + id);
      if (child === undefined) break;
      node = child;
      const terms = terminals[node];
      if (terms) {
        const t = acceptTerminal(terms, text, tokens, i);
        if (t) {
          best = t;
          bestEnd = j + 1;
        }
      }
    }
    if (best) {
      out.push({
        entry: best.entry,
        firstToken: i,
        lastToken: bestEnd,
        start: starts[i] ?? 0,
        end: ends[bestEnd - 1] ?? 0,
      });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return out;
}
