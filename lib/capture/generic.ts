import type { DescriptionBlock } from './capture-result';
import { elementText, elementToBlocks, isHiddenElement } from './dom-to-blocks';
import { comparable, nonEmpty } from './text';

/**
 * Last resort for pages no adapter knows: the largest visible block of text that reads like a job
 * description, near the page's h1. One bounded pass over the DOM collects per-element text statistics;
 * candidates are then ranked without walking their subtrees again.
 *
 * 1. Elements whose id/class/data-testid/itemprop say "description" (what career sites usually write).
 * 2. Otherwise, the element that directly holds the most paragraph/list text (readability-style).
 * Navigation, footers, asides, forms, dialogs and cookie/consent banners are never counted.
 */

const MAX_NODES = 60_000;
const MIN_CHARS = 200;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'img', 'button', 'select', 'textarea', 'input', 'nav', 'footer', 'aside', 'form', 'dialog', 'header', 'head',
]);
const SKIPPED_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'banner', 'contentinfo', 'search', 'complementary']);
const NOISE_ATTR = /cookie|consent|gdpr|onetrust|newsletter|(?:similar|related|recommended|more|other)[-_ ]?(?:jobs|roles|positions|openings)/i;
const DESCRIPTION_ATTR = /(?:job|posting|vacancy|position)[-_ ]?(?:description|details|body|content|desc)|description/i;
// Children whose text counts as the parent's own paragraph text (lists and tables hold their items).
const PARAGRAPH_TAGS = new Set(['p', 'ul', 'ol', 'dl', 'table', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'strong', 'b', 'em', 'span', 'br']);
const JOB_WORDS =
  /\b(?:responsibilit|requirement|qualification|experience|skills?\b|you will|you'll|about the (?:role|job|team|position)|what you|who you are|benefits|we are looking|nice to have|preferred|minimum|degree|salary)/gi;

export const GENERIC_EXCLUDE =
  'nav, footer, aside, form, dialog, [role="navigation"], [role="dialog"], [role="contentinfo"], [aria-modal="true"]';

interface Stats {
  chars: number;
  linkChars: number;
  keywords: number;
  /** Text in paragraph-like children (not deeper), the readability signal. */
  paragraphChars: number;
  order: number;
}

/** The generic reading's title and text; the company is postingCompany's, asked only when a board has none. */
export interface GenericFields {
  title: string | null;
  blocks: DescriptionBlock[];
  root: Element;
}

function attrSays(el: Element, pattern: RegExp): boolean {
  for (const name of ['id', 'class', 'data-testid', 'data-test', 'itemprop']) {
    const value = el.getAttribute(name);
    if (value && pattern.test(value.slice(0, 200))) return true;
  }
  return false;
}

function isNoise(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || isHiddenElement(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  return el.getAttribute('aria-modal') === 'true' || attrSays(el, NOISE_ATTR);
}

function countKeywords(text: string): number {
  let count = 0;
  JOB_WORDS.lastIndex = 0;
  while (count < 20 && JOB_WORDS.exec(text) !== null) count += 1;
  JOB_WORDS.lastIndex = 0;
  return count;
}

function collectStats(root: Element): { stats: Map<Element, Stats>; described: Element[] } {
  const stats = new Map<Element, Stats>();
  const described: Element[] = [];
  type Visit = { node: Node; leaving: false } | { node: Element; leaving: true };
  const stack: Visit[] = [{ node: root, leaving: false }];
  const linkDepth = { value: 0 };
  let visited = 0;
  let order = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const visit = stack.pop();
    if (!visit) break;
    if (visit.leaving) {
      const el = visit.node;
      if (el.localName === 'a') linkDepth.value -= 1;
      const own = stats.get(el);
      const parent = el.parentElement;
      const parentStats = parent ? stats.get(parent) : undefined;
      if (own && parentStats) {
        parentStats.chars += own.chars;
        parentStats.linkChars += own.linkChars;
        parentStats.keywords += own.keywords;
        if (PARAGRAPH_TAGS.has(el.localName)) parentStats.paragraphChars += own.chars;
      }
      continue;
    }
    visited += 1;
    const node = visit.node;
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentElement;
      const parentStats = parent ? stats.get(parent) : undefined;
      if (!parentStats) continue;
      const data = (node as Text).data;
      const slice = data.length > 4000 ? data.slice(0, 4000) : data;
      const chars = data.length > 4000 ? data.length : slice.trim().length;
      parentStats.chars += chars;
      // Text directly in the candidate (no <p>) still counts as its paragraph text.
      parentStats.paragraphChars += chars;
      if (linkDepth.value > 0) parentStats.linkChars += chars;
      parentStats.keywords += countKeywords(slice);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (el !== root && isNoise(el)) continue;
    stats.set(el, { chars: 0, linkChars: 0, keywords: 0, paragraphChars: 0, order: order++ });
    if (el.localName === 'a') linkDepth.value += 1;
    if (described.length < 200 && attrSays(el, DESCRIPTION_ATTR)) described.push(el);
    stack.push({ node: el, leaving: true });
    const children = el.childNodes;
    const count = Math.min(children.length, MAX_NODES - visited);
    for (let i = count - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push({ node: child, leaving: false });
    }
  }
  return { stats, described };
}

function firstVisibleH1(scope: ParentNode): Element | null {
  const h1s = scope.querySelectorAll('h1');
  for (let i = 0; i < h1s.length && i < 20; i += 1) {
    const h1 = h1s[i];
    if (h1 && !isHiddenElement(h1) && elementText(h1, 300) !== '') return h1;
  }
  return null;
}

function score(el: Element, s: Stats, h1: Element | null, useParagraphs: boolean): number {
  if (s.chars < MIN_CHARS) return 0;
  const linkDensity = s.linkChars / s.chars;
  if (linkDensity > 0.5) return 0;
  if (s.keywords === 0 && s.chars < 800) return 0;
  const base = useParagraphs ? s.paragraphChars : s.chars;
  let value = base * (1 - linkDensity) ** 2 * (1 + Math.min(s.keywords, 8) * 0.25);
  // Near the h1: descriptions follow the title (or share a container with it).
  if (h1 && el !== h1 && !el.contains(h1) && (h1.compareDocumentPosition(el) & 2) !== 0) value *= 0.4;
  return value;
}

function pick(candidates: Iterable<Element>, stats: Map<Element, Stats>, h1: Element | null, useParagraphs: boolean): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  let seen = 0;
  for (const el of candidates) {
    if (seen++ > 60_000) break;
    const s = stats.get(el);
    if (!s) continue;
    const value = score(el, s, h1, useParagraphs);
    if (value > bestScore) {
      best = el;
      bestScore = value;
    }
  }
  return best;
}

/** The generic reading of a page (or of a board's detail pane), or null when nothing looks like a posting. */
export function extractGeneric(doc: Document, scope: Element | null = null): GenericFields | null {
  const root = scope ?? doc.body ?? doc.documentElement;
  if (!root) return null;
  const { stats, described } = collectStats(root);
  const h1 = firstVisibleH1(scope ?? doc);
  let chosen = pick(described, stats, h1, false);
  // An attribute candidate that is a whole page wrapper loses to a tighter paragraph container.
  if (!chosen) chosen = pick(stats.keys(), stats, h1, true);
  if (!chosen) return null;
  // Inside a board's pane, page-level metadata may describe another job: the pane's own heading only.
  const title = (h1 ? nonEmpty(elementText(h1, 500)) : null) ?? (scope ? null : metaTitle(doc));
  let blocks = elementToBlocks(chosen, { exclude: GENERIC_EXCLUDE });
  const first = blocks[0];
  if (first && title && comparable(first.text) === comparable(title)) blocks = blocks.slice(1);
  if (blocks.length === 0) return null;
  return { title, blocks, root: chosen };
}

/**
 * Elements that name the employer in the posting's own markup (SEEK's advertiser, schema.org microdata, the
 * usual data-testid/class names). Never `og:site_name` or the site's brand: on job sites that is the board.
 */
const COMPANY_SELECTORS = [
  '[data-automation="advertiser-name"]',
  '[itemprop="hiringOrganization"] [itemprop="name"]',
  '[itemprop="hiringOrganization"]',
  '[data-testid="company-name"]',
  '[data-testid="companyName"]',
  '[data-test="employer-name"]',
  '[data-qa="company-name"]',
  '[data-company-name]',
];
/** "<title> at <company>", as page titles and apply/save buttons' labels say it. */
const AT_COMPANY = /^(.{1,300}?) at (.{1,120}?)(?:\s+(?:[|–—-]|\(|job in\b).*)?$/i;

function companyAfterTitle(text: string | null | undefined, title: string | null): string | null {
  if (!text || !title) return null;
  const cleaned = nonEmpty(text.slice(0, 600).replace(/^(?:apply for|apply to|save|share)\s+/i, ''), 500);
  const match = cleaned ? AT_COMPANY.exec(cleaned) : null;
  return match && comparable(match[1]) === comparable(title) ? nonEmpty(match[2], 120) : null;
}

/** The text nodes directly inside `el` (not its children's), bounded. */
function ownText(el: Element): string {
  let out = '';
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length && i < 50 && out.length < 400; i += 1) {
    const node = nodes[i];
    if (node?.nodeType === TEXT_NODE) out += ` ${(node as Text).data.slice(0, 400)}`;
  }
  return out;
}

/** The employer as the posting itself names it, or null. Bounded: a few selectors, a few labelled elements. */
export function postingCompany(doc: Document, scope: ParentNode, title: string | null): string | null {
  for (const selector of COMPANY_SELECTORS) {
    const el = scope.querySelector(selector);
    // Its own text first: the element may also hold a badge or "View all jobs" link text.
    const text = el ? (nonEmpty(ownText(el), 120) ?? nonEmpty(elementText(el, 200), 120)) : null;
    if (text) return text;
  }
  // "Apply for <title> at <company>" (button labels), then the page's title when its job title is this one's.
  const labelled = scope.querySelectorAll('a[aria-label], button[aria-label]');
  for (let i = 0; i < labelled.length && i < 40; i += 1) {
    const company = companyAfterTitle(labelled[i]?.getAttribute('aria-label'), title);
    if (company) return company;
  }
  return companyAfterTitle(doc.title, title) ?? companyAfterTitle(metaAttr(doc, 'meta[property="og:title"]'), title);
}

function metaAttr(doc: Document, selector: string): string | null {
  try {
    return nonEmpty(doc.querySelector(selector)?.getAttribute('content')?.slice(0, 1000));
  } catch {
    return null;
  }
}

function metaTitle(doc: Document): string | null {
  return metaAttr(doc, 'meta[property="og:title"]') ?? nonEmpty(doc.title.slice(0, 1000));
}
