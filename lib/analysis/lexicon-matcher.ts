import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import { tokenize, type Tokens } from './tokenize';

/**
 * Exact lexicon matching in one linear pass: a token trie built once from every alias, walked
 * from each token position, keeping the longest alias that ends there (leftmost-longest, no overlap).
 * Work per position is bounded by the deepest alias, so the pass is O(tokens × MAX_ALIAS_TOKENS).
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

interface TrieNode {
  next: Map<string, TrieNode> | null;
  terminals: Terminal[] | null;
}

export interface LexiconTrie {
  readonly root: TrieNode;
  readonly maxDepth: number;
  readonly entries: readonly LexiconEntry[];
}

/** Aliases longer than this many tokens are rejected by the lexicon test; it also bounds the walk. */
export const MAX_ALIAS_TOKENS = 8;

function insert(root: TrieNode, alias: string, terminal: (raw: () => string[]) => Terminal): number {
  const t = tokenize(alias);
  if (t.count === 0 || t.count > MAX_ALIAS_TOKENS) return 0;
  let node = root;
  for (const w of t.words) {
    node.next ??= new Map();
    let child = node.next.get(w);
    if (!child) {
      child = { next: null, terminals: null };
      node.next.set(w, child);
    }
    node = child;
  }
  (node.terminals ??= []).push(terminal(() => t.starts.map((s, i) => alias.slice(s, t.ends[i]))));
  return t.count;
}

export function buildLexiconTrie(entries: readonly LexiconEntry[]): LexiconTrie {
  const root: TrieNode = { next: null, terminals: null };
  let maxDepth = 0;
  for (const entry of entries) {
    for (const a of entry.aliases) maxDepth = Math.max(maxDepth, insert(root, a, () => ({ entry, raw: null })));
    for (const a of entry.caseSensitiveAliases ?? []) {
      maxDepth = Math.max(maxDepth, insert(root, a, (raw) => ({ entry, raw: raw() })));
    }
  }
  return { root, maxDepth, entries };
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
      ok = text.slice(s, e) === raw[k];
    }
    if (ok) return t;
  }
  return null;
}

export function matchLexicon(text: string, tokens: Tokens, trie: LexiconTrie = lexiconTrie()): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { words, starts, ends, count } = tokens;
  let i = 0;
  while (i < count) {
    let node: TrieNode | undefined = trie.root;
    let best: Terminal | null = null;
    let bestEnd = i;
    for (let j = i; j < count && j - i < trie.maxDepth; j++) {
      node = node.next?.get(words[j] ?? '');
      if (!node) break;
      if (node.terminals) {
        const t = acceptTerminal(node.terminals, text, tokens, i);
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
