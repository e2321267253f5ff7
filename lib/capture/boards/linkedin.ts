import { elementText, elementToBlocks } from '../dom-to-blocks';
import { comparable, nonEmpty } from '../text';
import { extractWithChains, firstMatch, joinSelectors, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * LinkedIn: the public guest page (`/jobs/view/<slug>-<id>`, verified against saved pages) and the logged-in
 * jobs app (`/jobs/view/<id>`, `/jobs/search/?currentJobId=`, `/jobs/collections/…?currentJobId=`; selectors
 * from public extensions), plus the 2026 logged-in layout whose class names are hashed per build: there only stable
 * hooks are used — `[data-view-name="job-detail-page"]`, the `aria-label="Company, <name>."` element, and
 * `[data-testid="expandable-text-box"]` after the "About the job" heading. See job-board-selectors.md §1 and §11.
 * Page-level metadata (`document.title`, JSON-LD, og:*) may describe another job on search and collection
 * views: it is never read here, except `document.title`'s title when its company part is the pane's company.
 */
export const LINKEDIN_SELECTORS: SelectorChains = {
  pane: [
    '.jobs-search__job-details--container',
    '.jobs-details__main-content',
    '.job-view-layout',
    '.scaffold-layout__detail',
    '[data-view-name="job-detail-page"]',
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    'h1.top-card-layout__title',
    'h1.topcard__title',
    'h1.t-24',
    'h2.t-24',
    '[data-view-name="job-detail-page"] h1',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    'a.topcard__org-name-link',
    '.topcard__flavor-row .topcard__flavor a',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .t-black--light .tvm__text',
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor-row span.topcard__flavor.topcard__flavor--bullet',
    'span.topcard__flavor--bullet',
  ],
  description: [
    '#job-details',
    '.jobs-description__content',
    '.jobs-description-content__text',
    '.jobs-box__html-content',
    '.show-more-less-html__markup',
    '.description__text--rich',
  ],
  exclude: [
    '.job-details-how-you-match-card__container',
    '.jobs-premium-applicant-insights',
    '.jobs-similar-jobs',
    '.job-card-container',
    '.jobs-company__box',
    '.show-more-less-html__button',
    '.description__job-criteria-list',
  ],
};

const JOB_VIEW_ID = /\/jobs\/view\/(?:[^/?#]*-)?(\d{4,20})(?:[/?#]|$)/;

/**
 * The job the detail pane itself shows: its title links to `/jobs/view/<id>`. The active list card is not
 * used — it changes on click, before the pane has swapped, which is exactly the stale state to detect.
 */
function paneJobId(pane: Element | null): string | null {
  if (!pane) return null;
  const link = firstMatch(pane, [
    '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
    '.jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
    'h1 a[href*="/jobs/view/"]',
    'h2 a[href*="/jobs/view/"]',
  ]);
  const href = link?.getAttribute('href')?.slice(0, 500) ?? '';
  const fromLink = JOB_VIEW_ID.exec(href)?.[1];
  if (fromLink) return fromLink;
  const holder = pane.hasAttribute('data-job-id') ? pane : firstMatch(pane, ['[data-job-id]']);
  const attr = holder?.getAttribute('data-job-id')?.trim() ?? '';
  return /^\d{4,20}$/.test(attr) ? attr : null;
}

const ABOUT_THE_JOB = /^about the job$/i;
/** `aria-label="Company, Flow Traders."` (the 2026 layout's company link or logo). */
const COMPANY_LABEL = /^Company,\s*(.{1,200}?)\.?$/;

/** The company an `aria-label="Company, <name>."` element in the pane names. */
function labelledCompany(pane: Element): string | null {
  const el = firstMatch(pane, ['[aria-label^="Company,"]']);
  const label = el?.getAttribute('aria-label')?.slice(0, 300) ?? '';
  return nonEmpty(COMPANY_LABEL.exec(label.trim())?.[1]);
}

/**
 * The 2026 layout's description: the expandable text box after the "About the job" heading (document order);
 * without that heading (another UI language), the longest expandable text box in the pane.
 */
function expandableDescription(pane: Element, exclude: string | null): { blocks: BoardFields['blocks']; element: Element | null } {
  const boxes = Array.from(pane.querySelectorAll('[data-testid="expandable-text-box"]')).slice(0, 20);
  if (boxes.length === 0) return { blocks: [], element: null };
  const headings = Array.from(pane.querySelectorAll('h1, h2, h3, h4')).slice(0, 40);
  const about = headings.find((h) => ABOUT_THE_JOB.test(elementText(h, 60)));
  const after = about ? boxes.find((box) => (about.compareDocumentPosition(box) & 4) !== 0) : undefined;
  for (const box of after ? [after] : longestFirst(boxes)) {
    const blocks = elementToBlocks(box, { exclude });
    if (blocks.length > 0) return { blocks, element: box };
  }
  return { blocks: [], element: null };
}

/** Longest text first (each element measured once, capped; document order on a tie). */
function longestFirst(elements: Element[]): Element[] {
  const lengths = new Map(elements.map((el) => [el, elementText(el, 20_000).length]));
  return [...elements].sort((a, b) => (lengths.get(b) ?? 0) - (lengths.get(a) ?? 0));
}

/** `<title> | <company> | LinkedIn` — only when its company is the pane's (then it names the open job). */
function titleFromDocumentTitle(doc: Document, company: string | null): string | null {
  if (!company) return null;
  const parts = doc.title.slice(0, 600).split(' | ');
  if (parts.length < 3 || !/^linkedin$/i.test(parts[parts.length - 1]?.trim() ?? '')) return null;
  const title = nonEmpty(parts.slice(0, -2).join(' | ').replace(/^\(\d+\)\s*/, ''));
  return title && comparable(parts[parts.length - 2]) === comparable(company) ? title : null;
}

function extract(doc: Document, _url: URL, selectors: SelectorChains = LINKEDIN_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors, { strictPane: true });
  const pane = fields.pane;
  if (pane?.matches('[data-view-name="job-detail-page"]')) {
    // The 2026 layout: hashed classes, so the stable hooks only (the chains above found the pane and maybe an h1).
    fields.company = labelledCompany(pane) ?? fields.company;
    const described = expandableDescription(pane, joinSelectors(selectors.exclude));
    if (described.blocks.length > 0) ({ blocks: fields.blocks, element: fields.descriptionElement } = described);
    fields.title ??= titleFromDocumentTitle(doc, fields.company);
  }
  // The logged-in pane opens the description with a fixed "About the job" heading: UI chrome, not posting text.
  const first = fields.blocks[0];
  if (first?.type === 'heading' && ABOUT_THE_JOB.test(first.text)) fields.blocks = fields.blocks.slice(1);
  return { ...fields, shownJobId: paneJobId(pane) };
}

export const linkedinAdapter: BoardAdapter = {
  board: 'linkedin',
  inPageNavigation: true,
  selectors: LINKEDIN_SELECTORS,
  extract,
};
