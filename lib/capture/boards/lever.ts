import { extractWithChains, firstMatch, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';
import { nonEmpty } from '../text';

/**
 * Lever (`jobs.lever.co/<company>/<uuid>`), job-board-selectors.md §4. The posting body is split over several
 * `.section` blocks (intro, one per list, closing) inside the second `.section-wrapper`, so the description
 * is that wrapper, not `[data-qa="job-description"]` (the intro only), which stays as the last fallback.
 */
export const LEVER_SELECTORS: SelectorChains = {
  pane: [],
  title: ['.posting-headline h2', 'h2[data-qa="posting-name"]', '.posting-header h2', '[class*="posting-head"] h2'],
  company: [],
  location: ['.posting-categories .location', '.posting-category.location', '.posting-categories .sort-by-time'],
  description: ['.section-wrapper.page-full-width:not(.accent-section)', '.posting-page .content', '[data-qa="job-description"]'],
  exclude: ['.posting-header', '.postings-btn-wrapper', '.last-section-apply', '[data-qa="btn-apply-bottom"]', '.main-footer'],
};

function companyFallback(doc: Document, url: URL): string | null {
  const logo = firstMatch(doc, ['.main-header-logo img[alt]']);
  const alt = nonEmpty(logo?.getAttribute('alt')?.slice(0, 300))?.replace(/\s+logo$/i, '');
  if (alt) return alt;
  // Lever's <title> is "<Company> - <Title>".
  const dash = doc.title.slice(0, 600).indexOf(' - ');
  if (dash > 0) return nonEmpty(doc.title.slice(0, dash));
  const slug = url.pathname.split('/').filter(Boolean)[0];
  return slug && /^[\w-]{1,80}$/.test(slug) ? slug : null;
}

function extract(doc: Document, url: URL, selectors: SelectorChains = LEVER_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  // Category labels end with a " /" separator.
  const location = fields.location?.replace(/\s*\/\s*$/, '') || null;
  return { ...fields, location, company: fields.company ?? companyFallback(doc, url) };
}

export const leverAdapter: BoardAdapter = {
  board: 'lever',
  inPageNavigation: false,
  selectors: LEVER_SELECTORS,
  extract,
};
