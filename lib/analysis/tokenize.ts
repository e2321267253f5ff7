/**
 * Linear word tokenizer. Tokens are runs of ASCII letters/digits (and non-ASCII letters), so
 * `HTML`, `NoSQL`, `laws` and `maintain` are single tokens and never contain `ml`, `sql`, `aws`, `ai`.
 * A trailing `+`/`#` run (max 2) is kept so that `C++` and `C#` stay distinct from `C`.
 * Offsets index the original text so evidence and case-sensitive checks can read the raw form.
 */
export interface Tokens {
  readonly count: number;
  /**
   * Lower-cased token texts, all of them (cut out of the text on first access). The analysis
   * itself reads single tokens with word(k) or compares them with is(k, w), so a posting's tokens
   * are never all turned into strings.
   */
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
  /**
   * wordKey() of each lower-cased word, computed in the same pass (0 when the word has a non-ASCII
   * character): lets the lexicon look words up by an integer instead of hashing every new string.
   */
  readonly keys: number[];
  /** Lower-cased text of token k ('' when k is out of range). */
  word(k: number): string;
  /** Whether token k's lower-cased text is exactly `w` (compared in place, no substring). */
  is(k: number, w: string): boolean;
}

class TokenList implements Tokens {
  private all: string[] | null = null;
  constructor(
    private readonly text: string,
    /** The lower-cased text when its offsets align with the text, else null (lower each token alone). */
    private readonly lower: string | null,
    readonly starts: number[],
    readonly ends: number[],
    readonly keys: number[],
  ) {}

  get count(): number {
    return this.starts.length;
  }

  get words(): string[] {
    if (!this.all) {
      const all: string[] = [];
      for (let k = 0; k < this.starts.length; k++) all.push(this.word(k));
      this.all = all;
    }
    return this.all;
  }

  word(k: number): string {
    const s = this.starts[k];
    const e = this.ends[k];
    if (s === undefined || e === undefined) return '';
    if (this.all) return this.all[k] ?? '';
    return this.lower !== null ? this.lower.slice(s, e) : this.text.slice(s, e).toLowerCase();
  }

  is(k: number, w: string): boolean {
    const s = this.starts[k];
    const e = this.ends[k];
    if (s === undefined || e === undefined) return false;
    if (this.lower !== null) return e - s === w.length && this.lower.startsWith(w, s);
    return this.word(k) === w;
  }
}

/** ASCII letters and digits → their lower-case code; 0 for every other ASCII code. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_LOWER[c] = c;
for (let c = 65; c <= 90; c++) ASCII_LOWER[c] = c + 32;
for (let c = 97; c <= 122; c++) ASCII_LOWER[c] = c;

function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_LOWER[c] !== 0;
  // Latin-1 letters and beyond, minus the general-punctuation block (curly quotes, dashes) and × ÷.
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c < 0xd800 || c > 0xdfff;
}

/** Keys are kept to 30 bits so that they stay small integers (fast Map keys, packed arrays). */
const KEY_MASK = 0x3fffffff;

/** Integer key of a lower-case ASCII word, as tokenize() computes it (0 when not ASCII; never 0 otherwise). */
export function wordKey(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return 0;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h & KEY_MASK || 1;
}

/**
 * A set of lower-case words that tokens are tested against in place (by key, then characters),
 * so a membership test cuts no substring and hashes no string.
 */
export class WordSet {
  private readonly byKey = new Map<number, string[]>();
  private readonly all: ReadonlySet<string>;
  constructor(words: Iterable<string>) {
    this.all = new Set(words);
    for (const w of this.all) {
      const key = wordKey(w);
      if (key === 0) continue; // non-ASCII: only through `all`
      const list = this.byKey.get(key);
      if (list) list.push(w);
      else this.byKey.set(key, [w]);
    }
  }
  /** Whether token k (lower-cased) is in the set; false when k is out of range. */
  hasToken(tokens: Tokens, k: number): boolean {
    const key = tokens.keys[k];
    if (key === undefined) return false;
    if (key === 0) return this.all.has(tokens.word(k));
    const list = this.byKey.get(key);
    if (!list) return false;
    for (const w of list) if (tokens.is(k, w)) return true;
    return false;
  }
}

export function tokenize(text: string): Tokens {
  const lower = text.toLowerCase();
  // toLowerCase can change length on rare code points (e.g. U+0130); then lower each token alone.
  const aligned = lower.length === text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ASCII_LOWER[c] === 0 : !isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    // The key is hashed on the fly (lower-cased ASCII); a non-ASCII character zeroes it for good.
    let ascii = true;
    let h = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128) {
        const lc = ASCII_LOWER[c] ?? 0;
        if (lc === 0) break;
        h = (Math.imul(h, 31) + lc) | 0;
      } else if (isWordCode(c)) ascii = false;
      else break;
      i++;
    }
    // Keep "c++" / "c#" (at most two symbols), only when not followed by another word char.
    if (i < n && (c === 43 || c === 35)) {
      let j = i;
      while (j < n && j - i < 2 && (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 35)) j++;
      if (j >= n || !isWordCode(text.charCodeAt(j))) {
        for (let k = i; k < j; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
        i = j;
      }
    }
    starts.push(start);
    ends.push(i);
    keys.push(ascii ? h & KEY_MASK || 1 : 0);
  }
  return new TokenList(text, aligned ? lower : null, starts, ends, keys);
}

/** First token index whose start is ≥ offset (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The bare baseline the speed target is measured against: lower-case and split into words. */
export function bareTokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/);
}
