/**
 * In-page highlights of the skills a posting asks for, without touching the page's DOM.
 *
 * - Mentions are found by walking the text nodes under the description container (bounded: at most
 *   `maxChars` characters and `maxNodes` text nodes are read, at most `maxRanges` ranges are built).
 * - Each match becomes a `Range`; ranges are registered with the CSS Custom Highlight API, one
 *   `Highlight` per group (`pathway-lens-have`, `pathway-lens-roadmap`, `pathway-lens-other`).
 * - The `::highlight(...)` rules reach the page through a constructable `CSSStyleSheet` adopted into
 *   `document.adoptedStyleSheets`: no `<style>` element, no attribute, no wrapper — the DOM tree is
 *   never modified. The sheet is removed when the last user releases it.
 * - Without `CSS.highlights` / `Highlight` (older browsers) everything is a no-op.
 *
 * Page text is hostile: it is only read as text (`Text.data`) and compared with plain string search,
 * never parsed, never fed to a regular expression.
 */

export const HIGHLIGHT_GROUPS = ['have', 'roadmap', 'other'] as const;
export type HighlightGroup = (typeof HIGHLIGHT_GROUPS)[number];

/** Registry names, one per group, plus the temporary flash used by `scrollToSkill`. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightGroup | 'flash', string>> = {
  have: 'pathway-lens-have',
  roadmap: 'pathway-lens-roadmap',
  other: 'pathway-lens-other',
  flash: 'pathway-lens-flash',
};

/**
 * Colours work on light and dark pages alike (translucent backgrounds, the page's own text colour
 * kept), and each group also differs by underline style so colour is not the only signal.
 */
export const HIGHLIGHT_CSS = `
::highlight(pathway-lens-have) { background-color: rgba(34, 160, 96, 0.22); text-decoration: underline solid rgba(24, 128, 74, 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(pathway-lens-roadmap) { background-color: rgba(230, 160, 20, 0.24); text-decoration: underline dashed rgba(176, 112, 0, 0.95); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(pathway-lens-other) { background-color: rgba(92, 112, 235, 0.2); text-decoration: underline dotted rgba(72, 90, 210, 0.95); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(pathway-lens-flash) { background-color: rgba(255, 200, 0, 0.75); color: #111111; }
`.trim();

export interface HighlightSkill {
  /** Words of the posting that matched (the gap report's `mentions`). */
  readonly mentions: readonly string[];
  /** Which group colours the mentions. When absent it follows `kind`. */
  readonly group?: HighlightGroup;
  /** The gap report's kind: transferable → have, toLearn → roadmap, other → other. */
  readonly kind?: 'transferable' | 'toLearn' | 'other';
  readonly id?: string;
}

export interface FindOptions {
  /** Most ranges built in total (default 400). */
  readonly maxRanges?: number;
  /** Most characters of page text read (default 200,000). */
  readonly maxChars?: number;
  /** Most text nodes read (default 20,000). */
  readonly maxNodes?: number;
  /** Most distinct mentions searched (default 300). */
  readonly maxMentions?: number;
}

export interface MentionRange {
  readonly group: HighlightGroup;
  readonly mention: string;
  readonly skillId: string | undefined;
  readonly range: Range;
}

const DEFAULTS = { maxRanges: 400, maxChars: 200_000, maxNodes: 20_000, maxMentions: 300 } as const;

/** Subtrees whose text is not posting text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD', 'PATHWAY-LENS']);

/** Elements that do not break a line: text on either side of them may be one phrase. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL',
]);

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Collapse whitespace and trim; empty when nothing is left. */
function normalizeMention(mention: string): string {
  return mention.replace(/\s+/g, ' ').trim();
}

/**
 * Case-insensitive matching is safe for lower-case and Title Case words ("stakeholder management",
 * "Python"). An upper-case letter inside a word ("AI", "SAFe", "AWS", "PMP") means the case carries
 * meaning (`SAFe` is not `safe`), so such a mention matches its exact case only.
 */
export function isCaseSensitiveMention(mention: string): boolean {
  for (let i = 1; i < mention.length; i++) {
    const ch = mention[i];
    if (ch !== undefined && UPPER.test(ch) && isWordChar(mention[i - 1])) return true;
  }
  return false;
}

/** Lower-cases one UTF-16 unit at a time, keeping a unit whose lower case has another length, so indexes line up. */
function lowerPerUnit(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const lc = ch.toLowerCase();
    out += lc.length === 1 ? lc : ch;
  }
  return out;
}

function groupOf(skill: HighlightSkill): HighlightGroup {
  if (skill.group) return skill.group;
  if (skill.kind === 'transferable') return 'have';
  if (skill.kind === 'toLearn') return 'roadmap';
  return 'other';
}

function nearestBlock(node: Node, root: Node): Node {
  let el: Node | null = node.parentNode;
  while (el && el !== root && el.nodeType === 1 && INLINE_TAGS.has((el as Element).tagName.toUpperCase())) el = el.parentNode;
  return el ?? root;
}

/**
 * The visible-ish text under `root`, whitespace collapsed, with a map from each character back to its
 * text node and offset. Blocks and `<br>` become "\n" so words of two list items never run together
 * ("Python" + "SQL" is not "PythonSQL") and a multi-word mention never spans two blocks.
 */
interface TextIndex {
  readonly text: string;
  readonly lower: string;
  readonly nodes: Text[];
  /** For each character: index into `nodes`, or -1 for a synthetic separator. */
  readonly nodeOf: Int32Array;
  readonly offsetOf: Int32Array;
}

function buildTextIndex(doc: Document, root: Node, maxChars: number, maxNodes: number): TextIndex {
  const nodes: Text[] = [];
  const nodeOf = new Int32Array(maxChars);
  const offsetOf = new Int32Array(maxChars);
  const out: string[] = [];
  const lowerOut: string[] = [];
  let length = 0;
  let lastWasSpace = true;
  let pendingBreak = false;
  let lastBlock: Node | null = null;

  const emit = (ch: string, lc: string, nodeIndex: number, offset: number): void => {
    out.push(ch);
    lowerOut.push(lc);
    nodeOf[length] = nodeIndex;
    offsetOf[length] = offset;
    length++;
  };

  // 1 = SHOW_ELEMENT, 4 = SHOW_TEXT (numeric so this also runs where NodeFilter is not a global).
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) return SKIPPED_TAGS.has((node as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */;
      return 1;
    },
  });

  let current: Node | null = walker.nextNode();
  outer: while (current) {
    if (current.nodeType === 1) {
      if (!INLINE_TAGS.has((current as Element).tagName.toUpperCase())) pendingBreak = true;
      current = walker.nextNode();
      continue;
    }
    const textNode = current as Text;
    const data = textNode.data;
    if (data.length > 0) {
      if (nodes.length >= maxNodes) break;
      const block = nearestBlock(textNode, root);
      if ((pendingBreak || (lastBlock !== null && block !== lastBlock)) && length > 0 && out[length - 1] !== '\n') {
        if (length >= maxChars) break;
        emit('\n', '\n', -1, 0);
        lastWasSpace = true;
      }
      pendingBreak = false;
      lastBlock = block;
      const nodeIndex = nodes.length;
      nodes.push(textNode);
      for (let i = 0; i < data.length; i++) {
        const ch = data.charAt(i);
        if (SPACE.test(ch)) {
          if (lastWasSpace) continue;
          if (length >= maxChars) break outer;
          emit(' ', ' ', nodeIndex, i);
          lastWasSpace = true;
          continue;
        }
        if (length >= maxChars) break outer;
        const lc = ch.toLowerCase();
        emit(ch, lc.length === 1 ? lc : ch, nodeIndex, i);
        lastWasSpace = false;
      }
    }
    current = walker.nextNode();
  }
  return { text: out.join(''), lower: lowerOut.join(''), nodes, nodeOf, offsetOf };
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly group: HighlightGroup;
  readonly mention: string;
  readonly skillId: string | undefined;
}

/**
 * Every mention of every skill under `root`, as `Range`s, in document order. Word boundaries are
 * respected (`ML` is not found in `HTML`); overlapping matches keep the earliest, then the longest.
 */
export function findMentionRanges(
  doc: Document,
  root: Node,
  skills: readonly HighlightSkill[],
  options: FindOptions = {},
): MentionRange[] {
  const maxRanges = options.maxRanges ?? DEFAULTS.maxRanges;
  const maxChars = options.maxChars ?? DEFAULTS.maxChars;
  const maxNodes = options.maxNodes ?? DEFAULTS.maxNodes;
  const maxMentions = options.maxMentions ?? DEFAULTS.maxMentions;
  if (maxRanges <= 0 || maxChars <= 0) return [];

  // Distinct mentions, the first skill to claim one wins (the report lists each skill once).
  const wanted = new Map<string, { mention: string; group: HighlightGroup; skillId: string | undefined; caseSensitive: boolean }>();
  for (const skill of skills) {
    for (const raw of skill.mentions) {
      if (wanted.size >= maxMentions) break;
      const mention = normalizeMention(raw);
      if (mention.length === 0) continue;
      const caseSensitive = isCaseSensitiveMention(mention);
      const key = caseSensitive ? `=${mention}` : `~${mention.toLowerCase()}`;
      if (!wanted.has(key)) wanted.set(key, { mention, group: groupOf(skill), skillId: skill.id, caseSensitive });
    }
  }
  if (wanted.size === 0) return [];

  const index = buildTextIndex(doc, root, maxChars, maxNodes);
  if (index.text.length === 0) return [];

  const candidates: Candidate[] = [];
  // Each mention may contribute at most maxRanges candidates: bounded work whatever the page.
  for (const w of wanted.values()) {
    const hay = w.caseSensitive ? index.text : index.lower;
    const needle = w.caseSensitive ? w.mention : lowerPerUnit(w.mention);
    const checkBefore = isWordChar(needle[0]);
    const checkAfter = isWordChar(needle[needle.length - 1]);
    let found = 0;
    let from = 0;
    while (found < maxRanges) {
      const at = hay.indexOf(needle, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + needle.length;
      if (checkBefore && isWordChar(hay[at - 1])) continue;
      if (checkAfter && isWordChar(hay[end])) continue;
      candidates.push({ start: at, end, group: w.group, mention: w.mention, skillId: w.skillId });
      found++;
    }
  }

  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: MentionRange[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (result.length >= maxRanges) break;
    if (c.start < lastEnd) continue;
    const startNode = index.nodes[index.nodeOf[c.start] ?? -1];
    const endNode = index.nodes[index.nodeOf[c.end - 1] ?? -1];
    if (!startNode || !endNode) continue;
    const range = doc.createRange();
    range.setStart(startNode, index.offsetOf[c.start] ?? 0);
    range.setEnd(endNode, (index.offsetOf[c.end - 1] ?? 0) + 1);
    result.push({ group: c.group, mention: c.mention, skillId: c.skillId, range });
    lastEnd = c.end;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Registry and styles

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

interface HighlightEnv {
  readonly registry: HighlightRegistry;
  readonly Highlight: HighlightCtor;
}

/** `CSS.highlights` and `Highlight`, or null where the Custom Highlight API is missing. */
export function highlightApi(): HighlightEnv | null {
  const g = globalThis as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  const registry = g.CSS?.highlights;
  const ctor = g.Highlight;
  if (!registry || typeof registry.set !== 'function' || typeof ctor !== 'function') return null;
  return { registry, Highlight: ctor };
}

interface SheetHold {
  readonly sheet: CSSStyleSheet;
  refs: number;
}
const sheets = new WeakMap<Document, SheetHold>();

/**
 * Adopts the `::highlight` rules into the page (once per document, reference-counted) and returns a
 * release function. Adopted sheets are not nodes: the page's DOM and its serialization are unchanged.
 */
export function adoptHighlightStyles(doc: Document): () => void {
  const held = sheets.get(doc);
  if (held) {
    held.refs++;
    return once(() => releaseSheet(doc));
  }
  const win = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  const Sheet = win?.CSSStyleSheet ?? (globalThis as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) return () => {};
  try {
    const sheet = new Sheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    sheets.set(doc, { sheet, refs: 1 });
    return once(() => releaseSheet(doc));
  } catch {
    // e.g. a browser where a content script may not adopt sheets into the page: highlights stay unstyled.
    return () => {};
  }
}

function releaseSheet(doc: Document): void {
  const held = sheets.get(doc);
  if (!held) return;
  held.refs--;
  if (held.refs > 0) return;
  sheets.delete(doc);
  try {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== held.sheet);
  } catch {
    /* the page replaced the list in a way we cannot edit; nothing of ours to undo */
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/**
 * Highlights every mention of `skills` under `root`, one `Highlight` per group. Returns a cleanup
 * function that removes our highlights (only if they are still ours) and the adopted stylesheet.
 * A no-op (returning a no-op cleanup) where the Custom Highlight API is missing.
 */
export function applyPageHighlights(
  doc: Document,
  root: Node,
  skills: readonly HighlightSkill[],
  options: FindOptions = {},
): () => void {
  const api = highlightApi();
  if (!api) return () => {};
  const ranges = findMentionRanges(doc, root, skills, options);
  const byGroup = new Map<HighlightGroup, Range[]>();
  for (const r of ranges) {
    const list = byGroup.get(r.group) ?? [];
    list.push(r.range);
    byGroup.set(r.group, list);
  }
  const mine = new Map<string, Highlight>();
  for (const group of HIGHLIGHT_GROUPS) {
    const list = byGroup.get(group);
    if (!list || list.length === 0) {
      // A previous call's stale group must not linger (e.g. after "mark learned" moved the last skill).
      api.registry.delete(HIGHLIGHT_NAMES[group]);
      continue;
    }
    const highlight = new api.Highlight(...list);
    api.registry.set(HIGHLIGHT_NAMES[group], highlight);
    mine.set(HIGHLIGHT_NAMES[group], highlight);
  }
  const release = mine.size > 0 ? adoptHighlightStyles(doc) : () => {};
  return once(() => {
    for (const [name, highlight] of mine) {
      if (api.registry.get(name) === highlight) api.registry.delete(name);
    }
    release();
  });
}

export interface ScrollOptions {
  /** False: scroll only, no flash highlight (highlights are off: the page must not see which word was clicked). */
  readonly flash?: boolean;
  /** Where to look (default `doc.body`). */
  readonly root?: Node | null;
  /** How long the flash lasts (default 1600 ms). */
  readonly flashMs?: number;
}

/**
 * Scrolls to the first mention (in page order) of any of `mentions` and flashes it with a temporary
 * highlight. Returns a function that ends the flash early, or null when no mention is on the page.
 * Scrolling still works where the Highlight API is missing; only the flash is skipped.
 */
export function scrollToSkill(doc: Document, mentions: string | readonly string[], options: ScrollOptions = {}): (() => void) | null {
  const root = options.root ?? doc.body;
  if (!root) return null;
  const list = typeof mentions === 'string' ? [mentions] : mentions;
  const [first] = findMentionRanges(doc, root, [{ mentions: list, group: 'have' }], { maxRanges: 1 });
  if (!first) return null;

  const target = first.range.startContainer.parentElement;
  if (target && typeof target.scrollIntoView === 'function') {
    const reduced = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }

  const api = options.flash === false ? null : highlightApi();
  if (!api) return () => {};
  const flash = new api.Highlight(first.range);
  // Above the group colours.
  flash.priority = 10;
  api.registry.set(HIGHLIGHT_NAMES.flash, flash);
  const release = adoptHighlightStyles(doc);
  const timer = setTimeout(() => end(), options.flashMs ?? 1600);
  const end = once(() => {
    clearTimeout(timer);
    if (api.registry.get(HIGHLIGHT_NAMES.flash) === flash) api.registry.delete(HIGHLIGHT_NAMES.flash);
    release();
  });
  return end;
}
