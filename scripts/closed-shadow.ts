/**
 * Reads inside a shadow root — open or CLOSED — through the Chrome DevTools Protocol.
 *
 * Shipped builds attach the sidebar with `mode: 'closed'` (lib/job-page/shadow-mode.ts): `host.shadowRoot` is null,
 * so neither page scripts nor Playwright's CSS locators can reach in. The DevTools Protocol sees every shadow root:
 * `DOM.getDocument({ pierce: true })` lists the host's `shadowRoots`, `DOM.querySelectorAll` runs a selector inside
 * one, and `DOM.resolveNode` + `Runtime.callFunctionOn` read an element's text. Chromium only.
 *
 *   const rows = await readShadow(page, 'pathway-lens', '[data-testid="skill"]');   // null: no host or no root
 *   rows?.map((r) => [r.text, r.attributes['data-group']]);
 *
 *   const found = await readShadowMany(page, 'pathway-lens', { gauge: '[data-testid="readiness"]', ttq: '.pl-ttq-main' });
 *   found?.gauge[0]?.attributes['data-value'];
 */
import type { CDPSession, Page } from 'playwright-core';

/** One element matched inside the shadow root. */
export interface ShadowElement {
  /** `textContent` with runs of whitespace collapsed to one space and trimmed (hidden text included). */
  readonly text: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The object group `describe` resolves nodes in: released when a session ends. */
const OBJECT_GROUP = 'closed-shadow';

/** The part of the protocol's DOM.Node used here (playwright-core does not export its Protocol types). */
export interface DomNode {
  readonly nodeId: number;
  readonly nodeName: string;
  readonly localName: string;
  /** On a shadow root: 'open', 'closed' or 'user-agent'. */
  readonly shadowRootType?: string;
  readonly children?: readonly DomNode[];
  readonly shadowRoots?: readonly DomNode[];
  readonly contentDocument?: DomNode;
}

function findNode(node: DomNode, nodeId: number): DomNode | null {
  if (node.nodeId === nodeId) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, nodeId);
    if (found) return found;
  }
  return null;
}

/**
 * Runs `read` on the page's whole DOM tree with every shadow root (`DOM.getDocument` with `pierce`), in a DevTools
 * Protocol session of its own; releases what it resolved in OBJECT_GROUP and detaches afterwards.
 */
export async function withDom<T>(page: Page, read: (cdp: CDPSession, root: DomNode) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return await read(cdp, root as DomNode);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Runs `use` with the node id of the first shadow root (open or closed) of the first `hostSelector` element of the
 * page's main document. Null, without calling `use`, when there is no such host or it has no shadow root (yet).
 */
export function withShadowRoot<T>(page: Page, hostSelector: string, use: (cdp: CDPSession, rootNodeId: number) => Promise<T>): Promise<T | null> {
  return withDom(page, async (cdp, root) => {
    const { nodeId: hostId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
    const shadowRoot = hostId ? findNode(root, hostId)?.shadowRoots?.[0] : undefined;
    return shadowRoot ? use(cdp, shadowRoot.nodeId) : null;
  });
}

async function describe(cdp: CDPSession, nodeId: number): Promise<ShadowElement> {
  const [{ object }, { attributes: flat }] = await Promise.all([
    cdp.send('DOM.resolveNode', { nodeId, objectGroup: OBJECT_GROUP }),
    cdp.send('DOM.getAttributes', { nodeId }),
  ]);
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return this.textContent }',
    returnByValue: true,
  });
  const attributes: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) attributes[flat[i]!] = flat[i + 1]!;
  const text = typeof result.value === 'string' ? result.value.replace(/\s+/g, ' ').trim() : '';
  return { text, attributes };
}

/**
 * Every element matching each selector inside the first shadow root of the first `hostSelector` element of the
 * page's main document, in document order; one DOM snapshot serves all the selectors.
 * Null when there is no such host, or it has no shadow root (yet).
 */
export async function readShadowMany<K extends string>(
  page: Page,
  hostSelector: string,
  selectors: Readonly<Record<K, string>>,
): Promise<Record<K, ShadowElement[]> | null> {
  return withShadowRoot(page, hostSelector, async (cdp, rootNodeId) => {
    const found = {} as Record<K, ShadowElement[]>;
    for (const key of Object.keys(selectors) as K[]) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: rootNodeId, selector: selectors[key] });
      found[key] = await Promise.all(nodeIds.map((id) => describe(cdp, id)));
    }
    return found;
  });
}

/** Every element matching `selector` inside the shadow root of `hostSelector`; null when there is no host or root. */
export async function readShadow(page: Page, hostSelector: string, selector: string): Promise<ShadowElement[] | null> {
  return (await readShadowMany(page, hostSelector, { selector }))?.selector ?? null;
}

/**
 * Polls `readShadow` until `done` accepts what it read (by default: at least one match), and returns that;
 * throws after `timeout` ms, naming the last thing it saw.
 */
export async function waitForShadow(
  page: Page,
  hostSelector: string,
  selector: string,
  { timeout = 10_000, interval = 100, done = (els: ShadowElement[]) => els.length > 0 } = {},
): Promise<ShadowElement[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const els = await readShadow(page, hostSelector, selector);
    if (els && done(els)) return els;
    if (Date.now() >= deadline) {
      const seen = els === null ? `no ${hostSelector} element with a shadow root` : `${els.length} match(es): ${JSON.stringify(els.slice(0, 3))}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${selector} inside ${hostSelector} (${seen}).`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
