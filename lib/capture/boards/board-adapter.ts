import type { KnownBoard } from '../../job-boards';
import type { DescriptionBlock } from '../capture-result';
import { elementText, elementToBlocks } from '../dom-to-blocks';
import { nonEmpty } from '../text';

/**
 * What every board module provides: ordered selector fallbacks (data, so tests can delete the first of each
 * chain) and an extract function over Document + URL. Class names on the big boards change often: every
 * field is a chain, newest layout first.
 */

export interface SelectorChains {
  /** Detail pane of split-view SPAs; fields are read inside it when it exists. Narrowest first. */
  pane: readonly string[];
  title: readonly string[];
  company: readonly string[];
  location: readonly string[];
  description: readonly string[];
  /** Subtrees never read as description (skills-match panels, similar-job cards, apply buttons). */
  exclude: readonly string[];
}

export interface BoardFields {
  title: string | null;
  company: string | null;
  location: string | null;
  blocks: DescriptionBlock[];
  /** The detail pane (or null on single-job layouts). */
  pane: Element | null;
  /** Board id of the job the pane says it shows (from a link or data attribute), when it says so. */
  shownJobId: string | null;
  /** The element the description blocks were read from (highlights and scroll-to stay inside it). */
  descriptionElement?: Element | null;
  /**
   * The page shows this job but not its description (Ashby's Application tab): capture then fails with
   * 'no-description' instead of reading the form or the page chrome as a posting. Set only with no blocks.
   */
  descriptionHidden?: boolean;
}

export interface BoardAdapter {
  board: KnownBoard;
  /** The board swaps jobs without a page load (pushState + async detail pane). */
  inPageNavigation: boolean;
  selectors: SelectorChains;
  extract(doc: Document, url: URL, selectors?: SelectorChains): BoardFields;
}

export const MAX_SELECTOR_MATCHES = 50;

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    const list = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < list.length && i < MAX_SELECTOR_MATCHES; i += 1) {
      const el = list[i];
      if (el) out.push(el);
    }
    return out;
  } catch {
    return [];
  }
}

/** First element matched by the chain (selector order first, then document order). */
export function firstMatch(root: ParentNode, chain: readonly string[]): Element | null {
  for (const selector of chain) {
    const el = safeQueryAll(root, selector)[0];
    if (el) return el;
  }
  return null;
}

/** First non-empty text along the chain. */
export function firstText(root: ParentNode, chain: readonly string[], exclude?: string): string | null {
  for (const selector of chain) {
    for (const el of safeQueryAll(root, selector)) {
      const text = nonEmpty(elementText(el, 500, { exclude }));
      if (text) return text;
    }
  }
  return null;
}

/** Blocks of the first element along the chain that has any. */
export function firstBlocks(root: ParentNode, chain: readonly string[], exclude: string | null): DescriptionBlock[] {
  return firstDescription(root, chain, exclude).blocks;
}

/** Like firstBlocks, plus the element the blocks came from. */
export function firstDescription(
  root: ParentNode,
  chain: readonly string[],
  exclude: string | null,
): { blocks: DescriptionBlock[]; element: Element | null } {
  for (const selector of chain) {
    for (const el of safeQueryAll(root, selector).slice(0, 5)) {
      const blocks = elementToBlocks(el, { exclude });
      if (blocks.length > 0) return { blocks, element: el };
    }
  }
  return { blocks: [], element: null };
}

export function joinSelectors(chain: readonly string[]): string | null {
  return chain.length > 0 ? chain.join(', ') : null;
}

export function metaContent(doc: Document, selector: string, maxChars = 500): string | null {
  const el = firstMatch(doc, [selector]);
  return nonEmpty(el?.getAttribute('content')?.slice(0, maxChars * 2), maxChars);
}

export interface ChainOptions {
  /** Read fields only inside the pane when a pane exists (list cards elsewhere would mislead). */
  strictPane?: boolean;
}

/** The common extraction: pane, then each field along its chain. Boards add their own fallbacks after. */
export function extractWithChains(doc: Document, chains: SelectorChains, options: ChainOptions = {}): BoardFields {
  const pane = firstMatch(doc, chains.pane);
  const scopes: ParentNode[] = pane ? (options.strictPane ? [pane] : [pane, doc]) : [doc];
  const exclude = joinSelectors(chains.exclude);
  const pick = (chain: readonly string[]): string | null => {
    for (const scope of scopes) {
      const text = firstText(scope, chain, exclude ?? undefined);
      if (text) return text;
    }
    return null;
  };
  let blocks: DescriptionBlock[] = [];
  let descriptionElement: Element | null = null;
  for (const scope of scopes) {
    ({ blocks, element: descriptionElement } = firstDescription(scope, chains.description, exclude));
    if (blocks.length > 0) break;
  }
  return {
    title: pick(chains.title),
    company: pick(chains.company),
    location: pick(chains.location),
    blocks,
    pane,
    shownJobId: null,
    descriptionElement,
  };
}

