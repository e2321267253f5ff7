import type { Tokens } from './tokenize';

/**
 * Clause-level qualifiers of a mention: negation ("PMP not required", "no budget ownership",
 * "we won't ask about certifications") and inline preference ("PMP a plus", "preferably in ML").
 * Both look at a few tokens either side of the mention, never across a clause boundary.
 */
const BEFORE_WINDOW = 6;
const AFTER_WINDOW = 5;

const NEGATORS_BEFORE = new Set(['no', 'without', 'nor', 'neither']);
const NOT_WORDS = new Set(['not', 't', 'never']);
const ASK_WORDS = new Set([
  'require', 'required', 'requires', 'requirement', 'need', 'needed', 'needs', 'necessary', 'ask', 'asking', 'expect',
  'expected', 'mandatory', 'essential', 'a', 'must', 'looking',
]);
const ASK_WORDS_STRICT = new Set([
  'require', 'required', 'requires', 'requirement', 'need', 'needed', 'needs', 'necessary', 'ask', 'asking', 'expect',
  'expected', 'mandatory', 'essential', 'looking',
]);
const PREFER_WORDS = new Set([
  'preferably', 'ideally', 'preferred', 'bonus', 'desirable', 'desired', 'advantageous', 'optional', 'helpful',
  'beneficial', 'nice',
]);

function isClauseBreak(text: string, from: number, to: number): boolean {
  // Gaps between adjacent tokens are short; bound the scan anyway.
  const end = Math.min(to, from + 64);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 59 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41) return true;
  }
  return to - from > 64;
}

/** Token indices reachable from [first, last) without crossing a clause break, bounded by the windows. */
function clauseBounds(text: string, tokens: Tokens, first: number, last: number): { lo: number; hi: number } {
  let lo = first;
  while (lo > 0 && first - lo < BEFORE_WINDOW) {
    if (isClauseBreak(text, tokens.ends[lo - 1] ?? 0, tokens.starts[lo] ?? 0)) break;
    if (tokens.words[lo - 1] === 'but') break;
    lo--;
  }
  let hi = last;
  while (hi < tokens.count && hi - last < AFTER_WINDOW) {
    if (isClauseBreak(text, tokens.ends[hi - 1] ?? 0, tokens.starts[hi] ?? 0)) break;
    if (tokens.words[hi] === 'but') break;
    hi++;
  }
  return { lo, hi };
}

export function isNegated(text: string, tokens: Tokens, first: number, last: number): boolean {
  const { lo, hi } = clauseBounds(text, tokens, first, last);
  const w = tokens.words;
  for (let k = lo; k < first; k++) {
    const word = w[k] ?? '';
    if (NEGATORS_BEFORE.has(word)) {
      // "no later than", "no matter" are not negations of the skill.
      const next = w[k + 1];
      if (next === 'later' || next === 'matter' || next === 'less') continue;
      return true;
    }
    if (NOT_WORDS.has(word)) {
      // "does not require X", "won't ask about X"; but "not only", "not limited to" are not.
      for (let j = k + 1; j < first && j <= k + 2; j++) if (ASK_WORDS_STRICT.has(w[j] ?? '')) return true;
    }
  }
  for (let k = last; k < hi; k++) {
    if (!NOT_WORDS.has(w[k] ?? '') && w[k] !== 'isn' && w[k] !== 'aren') continue;
    for (let j = k + 1; j < hi + 2 && j <= k + 2 && j < tokens.count; j++) if (ASK_WORDS.has(w[j] ?? '') && j > k) {
      // "not a" only counts when followed by requirement/must ("not a requirement").
      if (w[j] === 'a' && !ASK_WORDS_STRICT.has(w[j + 1] ?? '') && w[j + 1] !== 'must') continue;
      return true;
    }
  }
  return false;
}

/** "Not required: PMP, CSM" negates the whole line. */
export function negatedLinePrefix(sentence: string): boolean {
  return /^\W{0,4}(not required|not needed|not necessary|no need for|not expected)\b/i.test(sentence.slice(0, 40));
}

export function isInlinePreferred(text: string, tokens: Tokens, first: number, last: number): boolean {
  const { lo, hi } = clauseBounds(text, tokens, first, last);
  const w = tokens.words;
  for (let k = lo; k < hi; k++) {
    if (k >= first && k < last) continue;
    const word = w[k] ?? '';
    if (PREFER_WORDS.has(word)) return word !== 'nice' || w[k + 1] === 'to';
    if (word === 'plus' && (w[k - 1] === 'a' || w[k - 1] === 'big' || w[k - 1] === 'huge' || k === hi - 1)) return true;
  }
  return false;
}
