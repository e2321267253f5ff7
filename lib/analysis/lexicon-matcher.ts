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
  /**
   * By node: the entry of the first case-insensitive alias ending there (undefined where none does).
   * Only that one can ever match, so no other case-insensitive terminal is kept.
   */
  readonly terminalEntry: readonly (LexiconEntry | undefined)[];
  /** By node: the case-sensitive aliases ending there, in registration order (undefined where none do). */
  readonly rawTerminals: readonly (readonly Terminal[] | undefined)[];
  /** 1 where rawTerminals has a list. */
  readonly hasRaw: Uint8Array;
  readonly maxDepth: number;
  readonly entries: readonly LexiconEntry[];
}

/** Aliases longer than this many tokens are rejected by the lexicon test; it also bounds the walk. */
export const MAX_ALIAS_TOKENS = 8;

/** Printable ASCII only: such aliases are split with one native regex, exactly as tokenize() splits them. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** tokenize() on ASCII: runs of [a-z0-9], plus a trailing `++`/`#` run of at most 2 not followed by a word char. */
const ASCII_TOKEN = /[a-z0-9]+(?:[+#]{2}(?![a-z0-9])|[+#](?![+#a-z0-9]))?/g;
/** The same over many aliases joined by newlines, with each newline kept as a separator token. */
const ASCII_TOKEN_OR_NEWLINE = /[a-z0-9]+(?:[+#]{2}(?![a-z0-9])|[+#](?![+#a-z0-9]))?|\n/g;
const PRINTABLE_ASCII_LINES = /^[\x20-\x7e\n]*$/;
const SEPARATOR = '\n';

/** The lower-cased tokens of an alias, identical to tokenize(alias).words. */
export function aliasWords(alias: string): string[] {
  if (PRINTABLE_ASCII.test(alias)) return alias.toLowerCase().match(ASCII_TOKEN) ?? [];
  return tokenize(alias).words;
}

/**
 * The words of every alias in order, each alias followed by a SEPARATOR token: one toLowerCase()
 * and one native regex pass over the joined aliases when they are all printable ASCII (a newline
 * is no word character, so no token crosses it), else aliasWords() alias by alias.
 */
function aliasTokenStream(aliases: readonly string[]): string[] {
  const joined = aliases.join(SEPARATOR);
  if (PRINTABLE_ASCII_LINES.test(joined)) {
    const toks: string[] = joined.toLowerCase().match(ASCII_TOKEN_OR_NEWLINE) ?? [];
    toks.push(SEPARATOR);
    // A newline inside an alias would split it in two: then the counts differ and the slow path runs.
    let seps = 0;
    for (let k = 0; k < toks.length; k++) if (toks[k] === SEPARATOR) seps++;
    if (seps === aliases.length) return toks;
  }
  const out: string[] = [];
  for (const a of aliases) {
    for (const w of aliasWords(a)) out.push(w);
    out.push(SEPARATOR);
  }
  return out;
}

function edgeSlot(node: number, id: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca6b)) & mask;
}

function rawWords(alias: string): string[] {
  const t = tokenize(alias);
  return t.starts.map((s, i) => alias.slice(s, t.ends[i]));
}

export function buildLexiconTrie(entries: readonly LexiconEntry[]): LexiconTrie {
  // Every alias in insertion order (aliases, then case-sensitive aliases, entry by entry), split in one pass.
  const aliases: string[] = [];
  /** Index just past each entry's last alias. */
  const entryEnds = new Int32Array(entries.length);
  /** Raw token texts of the case-sensitive aliases, by alias index. */
  const raws = new Map<number, string[]>();
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e] as LexiconEntry;
    aliases.push(...entry.aliases);
    const cs = entry.caseSensitiveAliases;
    if (cs) {
      for (const a of cs) {
        raws.set(aliases.length, rawWords(a));
        aliases.push(a);
      }
    }
    entryEnds[e] = aliases.length;
  }
  const toks = aliasTokenStream(aliases);
  const n = toks.length;
  // Number the words in order of first appearance (ids from 1; separators get 0).
  const vocab = new Map<string, number>();
  const words: string[] = [''];
  const ids = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const w = toks[k] as string;
    if (w === SEPARATOR) continue;
    let id = vocab.get(w);
    if (id === undefined) {
      id = words.length;
      vocab.set(w, id);
      words.push(w);
    }
    ids[k] = id;
  }
  const vocabSize = words.length - 1;
  // The integer-keyed table (load ≤ 1/4, so most probes of a non-alias word hit an empty slot at once).
  let size = 16;
  while (size < vocabSize * 4) size *= 2;
  const mask = size - 1;
  const slotKeys = new Int32Array(size);
  const slotIds = new Int32Array(size);
  // One small wordKey() call per word: it is baseline-compiled after a few calls, where one long loop would stay interpreted.
  for (let id = 1; id <= vocabSize; id++) {
    const key = wordKey(words[id] as string);
    if (key === 0) continue; // non-ASCII words are found through the Map
    let slot = key & mask;
    while (slotIds[slot] !== 0) slot = (slot + 1) & mask;
    slotKeys[slot] = key;
    slotIds[slot] = id;
  }
  // Insert. Nodes are numbered from 1 (0 is the root); the edge table has room for every alias word.
  const totalWords = n - aliases.length;
  let edgeSize = 16;
  while (edgeSize < totalWords * 2) edgeSize *= 2;
  const edgeMask = edgeSize - 1;
  const rootChild = new Int32Array(vocabSize + 1);
  const edgeParent = new Int32Array(edgeSize);
  const edgeWord = new Int32Array(edgeSize);
  const edgeChild = new Int32Array(edgeSize);
  // At most one node per alias word, plus the root.
  const terminalEntry = new Array<LexiconEntry | undefined>(totalWords + 1);
  const rawTerminals: Terminal[][] = [];
  const hasRaw = new Uint8Array(totalWords + 1);
  let nodes = 1;
  let maxDepth = 0;
  let first = 0;
  let alias = 0;
  let entry = 0;
  for (let k = 0; k < n; k++) {
    if (ids[k] !== 0) continue;
    // toks[first, k) are the words of alias number `alias`.
    const len = k - first;
    if (len > 0 && len <= MAX_ALIAS_TOKENS) {
      let node = 0;
      for (let j = first; j < k; j++) {
        const id = ids[j] as number;
        if (node === 0) {
          let child = rootChild[id] as number;
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
        node = edgeChild[slot] as number;
      }
      while ((entryEnds[entry] as number) <= alias) entry++;
      const owner = entries[entry] as LexiconEntry;
      const raw = raws.size === 0 ? undefined : raws.get(alias);
      if (raw === undefined) {
        if (terminalEntry[node] === undefined) terminalEntry[node] = owner;
      } else {
        const t: Terminal = { entry: owner, raw };
        const list = rawTerminals[node];
        if (list) list.push(t);
        else rawTerminals[node] = [t];
        hasRaw[node] = 1;
      }
      if (len > maxDepth) maxDepth = len;
    }
    first = k + 1;
    alias++;
  }
  return { vocab, slotKeys, slotIds, words, rootChild, edgeParent, edgeWord, edgeChild, terminalEntry, rawTerminals, hasRaw, maxDepth, entries };
}

let cached: LexiconTrie | null = null;
/** The trie for the bundled lexicon, built on first use and kept. */
export function lexiconTrie(): LexiconTrie {
  cached ??= buildLexiconTrie(skillsLexicon);
  return cached;
}

/** The first case-sensitive alias at a node whose raw token texts equal the text's exactly, or null. */
function acceptRaw(terminals: readonly Terminal[], text: string, tokens: Tokens, from: number): LexiconEntry | null {
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
    if (ok) return t.entry;
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
  const { rootChild, edgeParent, edgeWord, edgeChild, terminalEntry, rawTerminals, hasRaw, maxDepth } = trie;
  const edgeMask = edgeChild.length - 1;
  const ids = wordIds(tokens, trie);
  let i = 0;
  while (i < count) {
    let node = rootChild[ids[i] ?? 0] ?? 0;
    if (node === 0) {
      i++;
      continue;
    }
    let best: LexiconEntry | null = null;
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
      // Case-insensitive terminals first: the first one registered for an alias wins.
      let hit = terminalEntry[node] ?? null;
      if (hit === null && hasRaw[node] === 1) hit = acceptRaw(rawTerminals[node] ?? [], text, tokens, i);
      if (hit !== null) {
        best = hit;
        bestEnd = j + 1;
      }
    }
    if (best) {
      out.push({
        entry: best,
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
