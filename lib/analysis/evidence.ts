/**
 * The sentence or bullet around a match, found by a bounded scan outwards (never the whole text),
 * so evidence costs O(window) per match even on a 1 MB posting with no punctuation.
 */
const SENTENCE_WINDOW = 300;
const MAX_EVIDENCE = 600;

export interface Span {
  readonly start: number;
  readonly end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 13;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * A sentence ends at a bullet glyph, at . ! ? followed by a space, or at a newline — except a
 * newline followed by a lower-case letter, which is a hard-wrapped line continuing its sentence.
 */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) {
    let j = i + 1;
    while (j < text.length && j - i < 8 && isSpace(text.charCodeAt(j))) j++;
    return !isLowerAscii(text.charCodeAt(j));
  }
  if (c === 0x2022) return true;
  if (c === 46 || c === 33 || c === 63) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || isSpace(next) || next === 10;
  }
  return false;
}

export function sentenceAround(text: string, start: number, end: number): Span {
  const lo = Math.max(0, start - SENTENCE_WINDOW);
  let s = start;
  while (s > lo && !endsSentenceAt(text, s - 1)) s--;
  const hi = Math.min(text.length, end + SENTENCE_WINDOW);
  let e = end;
  while (e < hi && !endsSentenceAt(text, e)) e++;
  if (e < text.length && text.charCodeAt(e) !== 10) e++;
  return { start: s, end: e };
}

const LEADING_MARK = /^[\s•◦▪▫·‣⁃*+-]{1,6}/;

/** Trimmed, bullet-less evidence text, at most MAX_EVIDENCE chars centred on the match. */
export function evidenceText(text: string, span: Span, matchStart: number): string {
  let s = span.start;
  let e = span.end;
  if (e - s > MAX_EVIDENCE) {
    s = Math.max(span.start, matchStart - MAX_EVIDENCE / 2);
    e = Math.min(span.end, s + MAX_EVIDENCE);
  }
  return text.slice(s, e).replace(/\s+/g, ' ').replace(LEADING_MARK, '').trim().slice(0, MAX_EVIDENCE);
}
