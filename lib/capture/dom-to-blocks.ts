import { BlockBuilder, isBlockTag } from './block-builder';
import type { DescriptionBlock } from './capture-result';
import { cleanInline } from './text';

/**
 * DOM subtrees to blocks and bounded text. Iterative walks (no recursion: hostile pages nest deeply),
 * capped node counts, and text read from Text nodes only: nothing here parses or serialises HTML.
 */

const MAX_NODES = 40_000;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

// Never posting text, wherever they appear.
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'img', 'picture', 'button', 'select', 'textarea', 'input', 'nav', 'form', 'dialog',
]);

export interface WalkOptions {
  /** Subtrees matching this selector are skipped (board "skills match" panels, similar-job cards, …). */
  exclude?: string | null;
}

/** True for elements the user cannot see or that are marked as not content. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style.slice(0, 500))) return true;
  const cls = el.getAttribute('class');
  return cls !== null && /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text)(?:\s|$)/.test(cls.slice(0, 500));
}

/** The excluded subtrees' roots under `root`, found once per walk (a Set lookup per node after that). */
function excludedUnder(root: Element, selector: string | null | undefined): Set<Element> {
  const out = new Set<Element>();
  if (!selector) return out;
  try {
    const list = root.querySelectorAll(selector);
    for (let i = 0; i < list.length && i < 1_000; i += 1) {
      const el = list[i];
      if (el) out.add(el);
    }
  } catch {
    // Invalid selector or engine limit: nothing excluded beyond the built-in rules.
  }
  return out;
}

type Visit = { node: Node; leaving: false } | { node: Element; leaving: true };

/**
 * Walks `root` in document order, calling `onText` for text and `onOpen`/`onClose` for elements.
 * Stops after MAX_NODES nodes or when `stop()` says so.
 */
function walk(
  root: Element,
  options: WalkOptions,
  handlers: { onOpen(el: Element): void; onClose(el: Element): void; onText(text: string): void; stop(): boolean },
): void {
  const excluded = excludedUnder(root, options.exclude);
  const stack: Visit[] = [{ node: root, leaving: false }];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES && !handlers.stop()) {
    const visit = stack.pop();
    if (!visit) break;
    if (visit.leaving) {
      handlers.onClose(visit.node);
      continue;
    }
    visited += 1;
    const node = visit.node;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      handlers.onText((node as CharacterData).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (el !== root && (SKIPPED_TAGS.has(el.localName) || excluded.has(el) || isHiddenElement(el))) continue;
    handlers.onOpen(el);
    stack.push({ node: el, leaving: true });
    // Children pushed in reverse so they pop in document order; bounded by the remaining node budget.
    const children = el.childNodes;
    const count = Math.min(children.length, MAX_NODES - visited);
    for (let i = count - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
}

/** A description element to headings, paragraphs and list items. */
export function elementToBlocks(root: Element, options: WalkOptions = {}): DescriptionBlock[] {
  const builder = new BlockBuilder();
  walk(root, options, {
    onOpen: (el) => builder.open(el.localName),
    onClose: (el) => builder.close(el.localName),
    onText: (text) => builder.text(text),
    stop: () => builder.full,
  });
  return builder.finish();
}

/** Visible text of an element, whitespace-collapsed and cut at maxChars (for titles, companies, locations). */
export function elementText(root: Element, maxChars = 500, options: WalkOptions = {}): string {
  const parts: string[] = [];
  let length = 0;
  walk(root, options, {
    onOpen: (el) => {
      if (el !== root && (el.localName === 'br' || isBlockTag(el.localName))) parts.push(' ');
    },
    onClose: () => undefined,
    onText: (text) => {
      const piece = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
      parts.push(piece);
      length += piece.length;
    },
    stop: () => length > maxChars * 2,
  });
  return cleanInline(parts.join(''), maxChars);
}

