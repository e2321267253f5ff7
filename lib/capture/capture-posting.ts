import type { KnownBoard } from '../job-boards';
import { BOARD_ADAPTERS } from './boards';
import type { BoardAdapter, BoardFields } from './boards/board-adapter';
import {
  blocksToText,
  captureFailure,
  LIMITS,
  parseCapturedPosting,
  type CaptureBoard,
  type CaptureResult,
  type CaptureSource,
  type DescriptionBlock,
  type PageCapture,
} from './capture-result';
import { extractGeneric, postingCompany } from './generic';
import { detectBoard, genericCanonicalUrl, genericJobKey, isCollectionView, jobRefFromUrl, type JobRef } from './job-key';
import { readJsonLdPostings, type JsonLdPosting } from './json-ld';
import { comparable, nonEmpty } from './text';

/**
 * capturePosting(document, url) → one posting or a reason. Pure: reads the DOM, never changes it.
 *
 * Order:
 * 1. schema.org JobPosting JSON-LD — when it is provably this job's. On split-pane boards the JSON-LD
 *    describes the job the page was loaded with, not the one in the pane after in-page navigation, so
 *    there it must be tied to the URL's job (its `url`, the page's og:url/canonical) or to the pane title.
 *    Title/company/location come from JSON-LD (board DOM fills gaps). Description: JSON-LD's, unless the
 *    board DOM holds the same text (≥ 90 % of its length) with more structure (more blocks) — the DOM
 *    is what the user reads, and some sites flatten their JSON-LD description.
 * 2. The board adapter (ordered selector fallbacks).
 * 3. The generic heuristic (scoped to the board's detail pane when there is one).
 * On search and collection views (isCollectionView) the open job's pane decides: page-level metadata counts only
 * with its job id, and the generic heuristic never reads the page outside the pane (filters, list headings).
 * Failure: 'loading' when a known board's job page (or its pane) has not rendered the job yet, or the
 * pane still shows a different job; 'no-description' when the board shows the job without its description
 * (Ashby's Application tab); 'no-posting' otherwise.
 */

export interface CaptureOptions {
  now?: Date;
  /**
   * Allow the generic heuristic inside a split-pane board's detail pane. Off by default: a half-hydrated
   * pane would yield the wrong text (company box, insights). waitForJob turns it on for its last attempt.
   */
  genericInPane?: boolean;
}

export interface CaptureDetails {
  result: CaptureResult;
  board: KnownBoard | null;
  jobRef: JobRef | null;
  /** The board's detail pane: the narrowest container worth observing while a job loads. */
  pane: Element | null;
  /** The job id the detail pane says it shows, when it says so. */
  shownJobId: string | null;
  /**
   * The page element holding the captured description (board adapter's match, or the generic heuristic's block),
   * so highlights and scroll-to stay inside the posting text. Null when capture failed or no element holds it.
   */
  descriptionElement: Element | null;
}

function pageUrlKeys(doc: Document): string[] {
  const keys: string[] = [];
  for (const selector of ['meta[property="og:url"]', 'link[rel="canonical"]']) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute(selector.startsWith('meta') ? 'content' : 'href')?.slice(0, 2048);
    const key = value ? jobRefFromUrl(value)?.jobKey : undefined;
    if (key) keys.push(key);
  }
  return keys;
}

function trustedJsonLd(
  doc: Document,
  postings: JsonLdPosting[],
  ref: JobRef | null,
  adapter: BoardAdapter | null,
  fields: BoardFields | null,
): JsonLdPosting | null {
  const usable = postings.filter((p) => p.title !== null && p.blocks.length > 0);
  if (usable.length === 0) return null;
  const paneTitle = comparable(fields?.title);
  for (const p of usable) {
    if (ref && p.url && jobRefFromUrl(p.url)?.jobKey === ref.jobKey) return p;
    if (paneTitle !== '' && comparable(p.title) === paneTitle) return p;
  }
  const only = usable.length === 1 ? usable[0] : undefined;
  if (!only) return null;
  // The page's canonical/og:url names this job: proof enough, whatever the pane's title says.
  if (ref && pageUrlKeys(doc).includes(ref.jobKey)) return only;
  // The pane names its job and it is not this one's: the pieces disagree, the pane wins.
  if (adapter?.inPageNavigation && paneTitle !== '') return null;
  // Single-job pages: the page's JSON-LD is its posting. Split panes need the proof above.
  if (!adapter?.inPageNavigation || !ref) return only;
  return null;
}

function chooseBlocks(json: DescriptionBlock[], dom: DescriptionBlock[] | undefined): DescriptionBlock[] {
  if (!dom || dom.length === 0) return json;
  const jsonChars = json.reduce((n, b) => n + b.text.length, 0);
  const domChars = dom.reduce((n, b) => n + b.text.length, 0);
  return domChars >= jsonChars * 0.9 && dom.length > json.length ? dom : json;
}

function sameHostCanonical(doc: Document, url: URL): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.slice(0, 2048);
  if (!href) return null;
  try {
    const canonical = new URL(href, url);
    if (canonical.hostname !== url.hostname) return null;
    return genericCanonicalUrl(canonical);
  } catch {
    return null;
  }
}

function captureUnsafe(doc: Document, url: URL, options: CaptureOptions): CaptureDetails {
  const now = options.now ?? new Date();
  const board = detectBoard(url);
  const ref = jobRefFromUrl(url);
  const adapter = board ? BOARD_ADAPTERS[board] : null;
  let fields: BoardFields | null = null;
  try {
    fields = adapter ? adapter.extract(doc, url) : null;
  } catch {
    fields = null; // A selector engine quirk must not break capture: JSON-LD and generic still run.
  }
  const details = (result: CaptureResult, descriptionElement: Element | null = null): CaptureDetails => ({
    result,
    board,
    jobRef: ref,
    pane: fields?.pane ?? null,
    shownJobId: fields?.shownJobId ?? null,
    descriptionElement: result.ok ? descriptionElement : null,
  });

  // The pane says it shows another job: whatever we read now would be stale.
  if (ref && fields?.shownJobId && fields.shownJobId !== ref.id) return details(captureFailure('loading'));

  const jobKey = ref?.jobKey ?? genericJobKey(url);
  const canonicalUrl = ref?.canonicalUrl ?? sameHostCanonical(doc, url) ?? genericCanonicalUrl(url);
  if (!jobKey || !canonicalUrl) return details(captureFailure('no-posting'));

  const build = (
    source: CaptureSource,
    title: string | null,
    company: string | null,
    location: string | null,
    blocks: DescriptionBlock[],
  ): CaptureResult => {
    const bounded = blocks.slice(0, LIMITS.blocks);
    const resultBoard: CaptureBoard = board ?? (source === 'jsonld' ? 'jsonld' : 'generic');
    const posting = parseCapturedPosting({
      board: resultBoard,
      url: url.href.slice(0, LIMITS.urlChars),
      canonicalUrl,
      jobKey,
      title,
      company: nonEmpty(company),
      location: nonEmpty(location),
      descriptionText: blocksToText(bounded),
      descriptionBlocks: bounded,
      source,
      capturedAt: now.toISOString(),
    });
    return posting ? { ok: true, posting } : captureFailure('no-posting');
  };

  let jsonLd: JsonLdPosting | null = null;
  try {
    jsonLd = trustedJsonLd(doc, readJsonLdPostings(doc), ref, adapter, fields);
  } catch {
    jsonLd = null;
  }
  if (jsonLd) {
    const result = build(
      'jsonld',
      jsonLd.title ?? fields?.title ?? null,
      jsonLd.company ?? fields?.company ?? null,
      jsonLd.location ?? fields?.location ?? null,
      chooseBlocks(jsonLd.blocks, fields?.blocks),
    );
    if (result.ok) {
      // The JSON-LD text is usually also rendered: the board's description element, else the generic block.
      let element = fields?.descriptionElement ?? null;
      if (!element) {
        try {
          element = extractGeneric(doc, fields?.pane ?? null)?.root ?? null;
        } catch {
          element = null;
        }
      }
      return details(result, element);
    }
  }

  if (fields?.title && fields.blocks.length > 0) {
    const result = build('board', fields.title, fields.company, fields.location, fields.blocks);
    if (result.ok) return details(result, fields.descriptionElement ?? null);
  }
  // The job is on screen without its text: say so rather than read the form around it.
  if (ref && fields?.descriptionHidden) return details(captureFailure('no-description'));

  const splitPane = adapter?.inPageNavigation === true && fields?.pane != null;
  // A search view without its pane: whatever the page says is about the list, not the job.
  const listOnly = isCollectionView(url) && fields?.pane == null;
  if (!listOnly && (!splitPane || options.genericInPane)) {
    const generic = extractGeneric(doc, fields?.pane ?? null);
    if (generic) {
      const title = fields?.title ?? generic.title;
      // Only now, and only when the board named none: postingCompany runs several selector queries.
      const company = fields?.company ?? postingCompany(doc, fields?.pane ?? doc.body ?? doc.documentElement, generic.title);
      const result = build('generic', title, company, fields?.location ?? null, generic.blocks);
      if (result.ok) return details(result, generic.root);
    }
  }

  const loading = ref !== null && adapter !== null && (adapter.inPageNavigation || fields?.title != null);
  return details(captureFailure(loading ? 'loading' : 'no-posting'));
}

/** The capture as the content script uses it: the posting with the element its description was read from. */
export function pageCaptureOf(details: CaptureDetails): PageCapture {
  return details.result.ok ? { ok: true, posting: details.result.posting, descriptionElement: details.descriptionElement } : details.result;
}

/** capturePosting plus what waitForJob needs (pane, the job id the pane names). Never throws. */
export function captureDetailed(doc: Document, url: URL, options: CaptureOptions = {}): CaptureDetails {
  try {
    return captureUnsafe(doc, url, options);
  } catch {
    // A DOM engine failing on a hostile tree (e.g. selector recursion limits) is "no posting", not a crash.
    return { result: captureFailure('no-posting'), board: null, jobRef: null, pane: null, shownJobId: null, descriptionElement: null };
  }
}

/** Reads the posting shown by `doc` at `url`. Never throws; never mutates the document. */
export function capturePosting(doc: Document, url: URL, now: Date = new Date()): CaptureResult {
  return captureDetailed(doc, url, { now }).result;
}
