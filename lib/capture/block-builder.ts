import { LIMITS, type DescriptionBlock } from './capture-result';
import { cleanInline } from './text';

/**
 * Turns a stream of tag/text events into description blocks. Shared by the HTML tokenizer (JSON-LD, Ashby)
 * and the DOM walker (board pages), so both produce the same structure for the same markup.
 *
 * Rules: h1–h6 → heading; li → listItem (nested lists split the parent item); other block elements and
 * <br> end a line; in running text, a short line that is entirely bold, or a short line ending with ":",
 * is a heading (postings write "Responsibilities:" as <strong> or plain text as often as <h3>).
 */

type Kind = DescriptionBlock['type'];

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD_TAGS = new Set(['b', 'strong']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'figure',
  'figcaption', 'dd', 'dt', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'form',
  'fieldset', 'address', 'details', 'summary', 'center', 'nav', 'ul', 'ol', 'menu', 'li',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
// Lists reset inheritance: text directly inside <ul> is not a list item, but an <li> inside is.
const LIST_CONTAINERS = new Set(['ul', 'ol', 'menu', 'dl']);

const MAX_DEPTH = 256;
const MAX_LINE_PARTS = 400;
const BOLD_HEADING_MAX = 120;
const COLON_HEADING_MAX = 80;
const COLON_HEADING_WORDS = 10;

interface Line {
  parts: string[];
  chars: number;
  bold: boolean;
  plain: boolean;
}

interface Frame {
  tag: string;
  kind: Kind;
  bold: boolean;
}

function newLine(): Line {
  return { parts: [], chars: 0, bold: false, plain: false };
}

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

export class BlockBuilder {
  private readonly blocks: DescriptionBlock[] = [];
  private readonly stack: Frame[] = [];
  private lines: Line[] = [newLine()];
  private boldDepth = 0;
  /** Opens not pushed because the stack was full: their closes must not pop an outer namesake. */
  private readonly overflow = new Map<string, number>();
  private totalChars = 0;
  private pendingChars = 0;

  /** True once the caps are reached: callers stop feeding events. */
  get full(): boolean {
    return this.blocks.length >= LIMITS.blocks || this.totalChars + this.pendingChars >= LIMITS.descriptionChars;
  }

  private get kind(): Kind {
    return this.stack[this.stack.length - 1]?.kind ?? 'paragraph';
  }

  open(tagName: string): void {
    const tag = tagName.toLowerCase();
    if (tag === 'br') {
      this.lineBreak();
      return;
    }
    if (tag === 'hr') {
      this.flush();
      return;
    }
    const bold = BOLD_TAGS.has(tag);
    const block = BLOCK_TAGS.has(tag);
    if (!bold && !block) return;
    if (block) this.flush();
    if (this.stack.length >= MAX_DEPTH) {
      this.overflow.set(tag, (this.overflow.get(tag) ?? 0) + 1);
      return;
    }
    let kind: Kind = this.kind;
    if (HEADING_TAGS.has(tag)) kind = 'heading';
    else if (tag === 'li') kind = 'listItem';
    else if (LIST_CONTAINERS.has(tag)) kind = 'paragraph';
    this.stack.push({ tag, kind, bold });
    if (bold) this.boldDepth += 1;
  }

  /** Closes the nearest open element with this name; stray end tags are ignored (tag soup). */
  close(tagName: string): void {
    const tag = tagName.toLowerCase();
    const overflowed = this.overflow.get(tag) ?? 0;
    if (overflowed > 0) {
      this.overflow.set(tag, overflowed - 1);
      if (BLOCK_TAGS.has(tag)) this.flush();
      return;
    }
    const index = this.stack.findLastIndex((frame) => frame.tag === tag);
    if (index < 0) return;
    const closesBlock = this.stack.slice(index).some((frame) => BLOCK_TAGS.has(frame.tag));
    if (closesBlock) this.flush();
    while (this.stack.length > index) {
      const frame = this.stack.pop();
      if (frame?.bold) this.boldDepth -= 1;
    }
  }

  text(raw: string): void {
    if (raw === '' || this.full) return;
    const room = LIMITS.descriptionChars - this.totalChars - this.pendingChars;
    const text = raw.length > room + 1 ? raw.slice(0, room + 1) : raw;
    const line = this.currentLine();
    if (line.parts.length >= MAX_LINE_PARTS) {
      // Pathological fragmentation: merge so the part list stays bounded.
      line.parts = [line.parts.join('')];
    }
    line.parts.push(text);
    line.chars += text.length;
    this.pendingChars += text.length;
    if (/\S/.test(text)) {
      if (this.boldDepth > 0) line.bold = true;
      else line.plain = true;
    }
  }

  lineBreak(): void {
    if (this.lines.length > 200) this.flush();
    this.lines.push(newLine());
  }

  /** Ends the current block (emits its lines). */
  flush(): void {
    const lines = this.lines;
    this.lines = [newLine()];
    this.pendingChars = 0;
    const kind = this.kind;
    if (kind === 'paragraph') {
      for (const line of lines) this.emitParagraphLine(line);
      return;
    }
    // Headings and list items keep their <br>-separated lines together.
    const text = cleanInline(lines.map((line) => line.parts.join('')).join(' '), LIMITS.blockChars);
    if (text === '') return;
    this.push(kind === 'heading' && text.length > 200 ? 'paragraph' : kind, text);
  }

  finish(): DescriptionBlock[] {
    while (this.stack.length > 0) {
      this.flush();
      const frame = this.stack.pop();
      if (frame?.bold) this.boldDepth -= 1;
    }
    this.flush();
    return this.blocks;
  }

  private currentLine(): Line {
    let line = this.lines[this.lines.length - 1];
    if (!line) {
      line = newLine();
      this.lines.push(line);
    }
    return line;
  }

  private emitParagraphLine(line: Line): void {
    if (line.chars === 0) return;
    const text = cleanInline(line.parts.join(''), LIMITS.blockChars);
    if (text === '') return;
    const boldOnly = line.bold && !line.plain && text.length <= BOLD_HEADING_MAX;
    const colonLabel =
      text.length <= COLON_HEADING_MAX && text.endsWith(':') && text.split(' ').length <= COLON_HEADING_WORDS;
    this.push(boldOnly || colonLabel ? 'heading' : 'paragraph', text);
  }

  private push(type: Kind, text: string): void {
    if (this.blocks.length >= LIMITS.blocks || this.totalChars >= LIMITS.descriptionChars) return;
    this.blocks.push({ type, text });
    this.totalChars += text.length;
  }
}

/**
 * Plain text (Ashby descriptionPlainText, JSON-LD without markup, pasted text) to blocks: one block per line;
 * lines starting with a bullet are list items.
 */
export function plainTextToBlocks(text: string): DescriptionBlock[] {
  const builder = new BlockBuilder();
  const bounded = text.length > LIMITS.descriptionChars * 2 ? text.slice(0, LIMITS.descriptionChars * 2) : text;
  let start = 0;
  let lines = 0;
  while (start <= bounded.length && !builder.full && lines < 20_000) {
    let end = bounded.indexOf('\n', start);
    if (end < 0) end = bounded.length;
    const line = bounded.slice(start, end);
    start = end + 1;
    lines += 1;
    const bullet = /^\s{0,8}(?:[-*•·▪◦●–]|\d{1,3}[.)])\s+/.exec(line);
    if (bullet) {
      builder.open('li');
      builder.text(line.slice(bullet[0].length));
      builder.close('li');
    } else {
      builder.open('p');
      builder.text(line);
      builder.close('p');
    }
  }
  return builder.finish();
}
