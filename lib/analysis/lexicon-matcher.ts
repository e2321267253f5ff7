import { skillsLexicon, type LexiconEntry } from '../../data/skills-lexicon';
import { tokenize, wordKey, type Tokens } from './tokenize';

/**
 * Exact lexicon matching in one linear pass: a token trie built once from every alias, walked
 * from each token position, keeping the longest alias that ends there (leftmost-longest, no overlap).
 * Work per position is bounded by the deepest alias, so the pass is O(tokens × MAX_ALIAS_TOKENS).
 *
 * The trie is flat: every alias word gets a small integer id, trie nodes are integers, the root's
 * edges are an array indexed by word id and the deeper edges live in one open-addressing table of
 * typed arrays keyed by (node, word id). Building it is one native regex split per alias and one
 * Map operation per distinct word, so the one-off cost stays low even before the JIT has warmed
 * up. Matching finds each posting token's word id by the integer key tokenize() computed for it
 * (one probe for most tokens, no string hashing), then walks integer edges.
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
  /** Open-addressing table over the ASCII alias words: slot → wordKey (keys) and word id (ids, 0 = empty). */
  readonly slotKeys: Int32Array;
  readonly slotIds: Int32Array;
  /** Word by id (index 0 unused). */
  readonly words: readonly string[];
  /** Root edges: word id → child node (0 = none). */
  readonly rootChild: Int32Array;
  /** Deeper edges, open addressing on (parent, word id): child node 0 = empty slot. */
  readonly edgeParent: Int32Array;
  readonly edgeWord: Int32Array;
  readonly edgeChild: Int32Array;
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

function edgeSlot(node: number, id: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & mask;
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
  // The integer-keyed table (load ≤ 1/4, so most probes of a non-alias word hit an empty slot at once).
  let size = 16;
  while (size < vocab.size * 4) size *= 2;
  const mask = size - 1;
  const slotKeys = new Int32Array(size);
  const slotIds = new Int32Array(size);
  const words: string[] = [''];
  for (const [w, id] of vocab) {
    words.push(w);
    const key = wordKey(w);
    if (key === 0) continue; // non-ASCII words are found through the Map
    let slot = key & mask;
    while (slotIds[slot] !== 0) slot = (slot + 1) & mask;
    slotKeys[slot] = key;
    slotIds[slot] = id;
  }
  // Pass 2: insert. Nodes are numbered from 1 (0 is the root); the edge table has room for every alias word.
  let totalWords = 0;
  for (const sp of split) totalWords += sp.words.length;
  let edgeSize = 16;
  while (edgeSize < totalWords * 2) edgeSize *= 2;
  const edgeMask = edgeSize - 1;
  const rootChild = new Int32Array(vocab.size + 1);
  const edgeParent = new Int32Array(edgeSize);
  const edgeWord = new Int32Array(edgeSize);
  const edgeChild = new Int32Array(edgeSize);
  const terminals: Terminal[][] = [];
  let nodes = 1;
  let maxDepth = 0;
  for (const sp of split) {
    const n = sp.words.length;
    if (n === 0 || n > MAX_ALIAS_TOKENS) continue;
    let node = 0;
    for (const w of sp.words) {
      const id = vocab.get(w) ?? 0;
      if (node === 0) {
        let child = rootChild[id] ?? 0;
        if (child === 0) rootChild[id] = child = nodes++;
        node = child;
        continue;
      }
      let slot = edgeSlot(node, id, edgeMask);
      while (edgeChild[slot] !== 0 && (edgeParent[slot] !== node || edgeWord[slot] !== id)) slot = (slot + 1) & edgeMask;
      if (edgeChild[slot] === 0) {
        edgeParent[slot] = node;
        edgeWord[slot] = id;
        edgeChild[slot] = nodes++;
      }
      node = edgeChild[slot] ?? 0;
    }
    (terminals[node] ??= []).push({ entry: sp.entry, raw: sp.raw });
    if (n > maxDepth) maxDepth = n;
  }
  return { vocab, slotKeys, slotIds, words, rootChild, edgeParent, edgeWord, edgeChild, terminals, maxDepth, entries };
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

/** The alias-word id of every token (0 = not an alias word, most tokens). */
function wordIds(tokens: Tokens, trie: LexiconTrie): Int32Array {
  const { keys, count } = tokens;
  const { vocab, slotKeys, slotIds } = trie;
  const aliasWords = trie.words;
  const mask = slotKeys.length - 1;
  const ids = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const key = keys[k] ?? 0;
    if (key === 0) {
      ids[k] = vocab.get(tokens.word(k)) ?? 0;
      continue;
    }
    let slot = key & mask;
    let id = slotIds[slot] ?? 0;
    while (id !== 0) {
      if (slotKeys[slot] === key && tokens.is(k, aliasWords[id] ?? '')) break;
      slot = (slot + 1) & mask;
      id = slotIds[slot] ?? 0;
    }
    ids[k] = id;
  }
  return ids;
}

export function matchLexicon(text: string, tokens: Tokens, trie: LexiconTrie = lexiconTrie()): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  const { starts, ends, count } = tokens;
  const { rootChild, edgeParent, edgeWord, edgeChild, terminals, maxDepth } = trie;
  const edgeMask = edgeChild.length - 1;
  const ids = wordIds(tokens, trie);
  let i = 0;
  while (i < count) {
    let node = rootChild[ids[i] ?? 0] ?? 0;
    if (node === 0) {
      i++;
      continue;
    }
    let best: Terminal | null = null;
    let bestEnd = i;
    for (let j = i; j < count && j - i < maxDepth; j++) {
      if (j > i) {
        const id = ids[j] ?? 0;
        if (id === 0) break;
        let slot = edgeSlot(node, id, edgeMask);
        let child = edgeChild[slot] ?? 0;
        while (child !== 0 && (edgeParent[slot] !== node || edgeWord[slot] !== id)) {
          slot = (slot + 1) & edgeMask;
          child = edgeChild[slot] ?? 0;
        }
        if (child === 0) break;
        node = child;
      }
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
