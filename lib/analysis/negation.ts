import { WordSet, type Tokens } from './tokenize';

/**
 * Clause-level qualifiers of a mention: negation ("PMP not required", "no budget ownership",
 * "we won't ask about certifications") and inline preference ("PMP a plus", "preferably in ML").
 * Both look at a few tokens either side of the mention, never across a clause boundary.
 */
const BEFORE_WINDOW = 6;
const AFTER_WINDOW = 5;

const NEGATORS_BEFORE = new WordSet(['no', 'without', 'nor', 'neither']);
const NOT_WORDS = new WordSet(['not', 't', 'never']);
const ASK_WORDS = new WordSet([
  'require', 'required', 'requires', 'requirement', 'need', 'needed', 'needs', 'necessary', 'ask', 'asking', 'expect',
  'expected', 'mandatory', 'essential', 'a', 'must', 'looking',
]);
const ASK_WORDS_STRICT = new WordSet([
  'require', 'required', 'requires', 'requirement', 'need', 'needed', 'needs', 'necessary', 'ask', 'asking', 'expect',
  'expected', 'mandatory', 'essential', 'looking',
]);
const PREFER_WORDS = new WordSet([
  'preferably', 'ideally', 'preferred', 'bonus', 'desirable', 'desired', 'advantageous', 'optional', 'helpful',
  'beneficial', 'nice',
]);
const NOT_A_NEGATION_AFTER_NO = new WordSet(['later', 'matter', 'less']);
const PLUS_QUALIFIERS = new WordSet(['a', 'big', 'huge']);

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
    if (tokens.is(lo - 1, 'but')) break;
    lo--;
  }
  let hi = last;
  while (hi < tokens.count && hi - last < AFTER_WINDOW) {
    if (isClauseBreak(text, tokens.ends[hi - 1] ?? 0, tokens.starts[hi] ?? 0)) break;
    if (tokens.is(hi, 'but')) break;
    hi++;
  }
  return { lo, hi };
}

/*
 * Window words are tested in place (WordSet.hasToken, Tokens.is): no substring is cut per token.
 * Out-of-range indices test false, as the missing words they stand for.
 */
export function isNegated(text: string, tokens: Tokens, first: number, last: number): boolean {
  const { lo, hi } = clauseBounds(text, tokens, first, last);
  for (let k = lo; k < first; k++) {
    if (NEGATORS_BEFORE.hasToken(tokens, k)) {
      // "no later than", "no matter" are not negations of the skill.
      if (NOT_A_NEGATION_AFTER_NO.hasToken(tokens, k + 1)) continue;
      return true;
    }
    if (NOT_WORDS.hasToken(tokens, k)) {
      // "does not require X", "won't ask about X"; but "not only", "not limited to" are not.
      for (let j = k + 1; j < first && j <= k + 2; j++) if (ASK_WORDS_STRICT.hasToken(tokens, j)) return true;
    }
  }
  for (let k = last; k < hi; k++) {
    if (!NOT_WORDS.hasToken(tokens, k) && !tokens.is(k, 'isn') && !tokens.is(k, 'aren')) continue;
    for (let j = k + 1; j < hi + 2 && j <= k + 2 && j < tokens.count; j++) if (ASK_WORDS.hasToken(tokens, j) && j > k) {
      // "not a" only counts when followed by requirement/must ("not a requirement").
      if (tokens.is(j, 'a') && !ASK_WORDS_STRICT.hasToken(tokens, j + 1) && !tokens.is(j + 1, 'must')) continue;
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
  for (let k = lo; k < hi; k++) {
    if (k >= first && k < last) continue;
    if (PREFER_WORDS.hasToken(tokens, k)) return !tokens.is(k, 'nice') || tokens.is(k + 1, 'to');
    if (tokens.is(k, 'plus') && (PLUS_QUALIFIERS.hasToken(tokens, k - 1) || k === hi - 1)) return true;
  }
  return false;
}
