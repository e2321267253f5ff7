/**
 * Linear word tokenizer. Tokens are runs of ASCII letters/digits (and non-ASCII letters), so
 * `HTML`, `NoSQL`, `laws` and `maintain` are single tokens and never contain `ml`, `sql`, `aws`, `ai`.
 * A trailing `+`/`#` run (max 2) is kept so that `C++` and `C#` stay distinct from `C`.
 * Offsets index the original text so evidence and case-sensitive checks can read the raw form.
 */
export interface Tokens {
  readonly count: number;
  /** Lower-cased token text. */
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
  /**
   * wordKey() of each lower-cased word, computed in the same pass (0 when the word has a non-ASCII
   * character): lets the lexicon look words up by an integer instead of hashing every new string.
   */
  readonly keys: number[];
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

/** Integer key of a lower-case ASCII word, as tokenize() computes it (0 when not ASCII; never 0 otherwise). */
export function wordKey(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return 0;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h === 0 ? 1 : h;
}

export function tokenize(text: string): Tokens {
  const lower = text.toLowerCase();
  // toLowerCase can change length on rare code points (e.g. U+0130); then lower each token alone.
  const aligned = lower.length === text.length;
  const words: string[] = [];
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
    keys.push(ascii ? h || 1 : 0);
    words.push(aligned ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
  }
  return { count: words.length, words, starts, ends, keys };
}

/** The bare baseline the speed target is measured against: lower-case and split into words. */
export function bareTokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/);
}
