import { BlockBuilder, plainTextToBlocks } from './block-builder';
import type { DescriptionBlock } from './capture-result';
import { decodeEntities, unescapeHtmlOnce } from './html-entities';

/**
 * HTML strings from the page (JSON-LD `description`, Ashby `descriptionHtml`) to blocks with a single
 * left-to-right scan: no DOM parsing of page strings, no backtracking, every step moves forward.
 * Attributes are skipped (never interpreted): only tag names and text matter here.
 */

const MAX_HTML_CHARS = 400_000;
const MAX_TOKENS = 200_000;
// Elements whose content is never posting text.
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'title', 'head', 'button']);
// Raw-text elements: their content is not markup, so jump straight to the matching end tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58;
}

/** Index just past the `>` closing a tag that starts at `from`, honouring quoted attribute values. */
function endOfTag(html: string, from: number): { end: number; selfClosing: boolean } {
  let quote = 0;
  for (let i = from; i < html.length; i += 1) {
    const code = html.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return { end: i + 1, selfClosing: html.charCodeAt(i - 1) === 47 };
    }
  }
  return { end: html.length, selfClosing: false };
}

/** Index of `</name` (case-insensitive) at or after `from`, or -1. Linear: each `</` is looked at once. */
function findEndTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from);
  while (at >= 0) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
    at = html.indexOf('</', at + 2);
  }
  return -1;
}

export function htmlToBlocks(input: string): DescriptionBlock[] {
  const html = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  const builder = new BlockBuilder();
  let skipDepth = 0;
  const skipped: string[] = [];
  let i = 0;
  let tokens = 0;
  while (i < html.length && tokens < MAX_TOKENS && !builder.full) {
    tokens += 1;
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      if (skipDepth === 0) builder.text(decodeEntities(html.slice(i, textEnd)));
      i = textEnd;
      continue;
    }
    // html[i] === '<'
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      // <!doctype …>, <![CDATA[…]]>, <?…>
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const isEnd = next === 47;
    const nameStart = isEnd ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // A lone "<" is text.
      if (skipDepth === 0) builder.text('<');
      i += 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && nameEnd - nameStart < 32 && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const { end, selfClosing } = endOfTag(html, nameEnd);
    i = end;
    if (isEnd) {
      if (skipDepth > 0) {
        if (skipped[skipped.length - 1] === name) {
          skipped.pop();
          skipDepth -= 1;
        }
        continue;
      }
      builder.close(name);
      continue;
    }
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = findEndTag(html, name, i);
      i = close < 0 ? html.length : endOfTag(html, close + 2).end;
      continue;
    }
    if (SKIPPED_CONTENT.has(name)) {
      if (!selfClosing && skipped.length < 64) {
        skipped.push(name);
        skipDepth += 1;
      }
      continue;
    }
    if (skipDepth > 0) continue;
    builder.open(name);
    if (selfClosing) builder.close(name);
  }
  return builder.finish();
}

/** A JSON-LD / API description (HTML, escaped HTML, or plain text) to blocks. */
export function descriptionHtmlToBlocks(description: string): DescriptionBlock[] {
  const html = unescapeHtmlOnce(description);
  // No markup at all: keep the author's line breaks.
  if (!/<\/?[a-zA-Z][^<>]{0,200}>/.test(html.slice(0, 50_000))) return plainTextToBlocks(decodeEntities(html));
  return htmlToBlocks(html);
}
