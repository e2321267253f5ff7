import { extractWithChains, firstMatch, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';
import { nonEmpty } from '../text';

/**
 * Greenhouse: the 2024+ `job-boards.greenhouse.io` template (`main.job-post`) and legacy `boards.greenhouse.io`
 * (`#app_body`, `.app-title`, `#content`). job-board-selectors.md §3. The new template ships no JSON-LD.
 */
export const GREENHOUSE_SELECTORS: SelectorChains = {
  pane: [],
  title: ['.job__title h1', 'h1.section-header', '[class*="job__title"] h1', 'h1.app-title', '.app-title'],
  company: ['.company-name'],
  location: ['.job__location', '[class*="job__location"]', '#header .location', '.location'],
  description: ['.job__description', '[class*="job__description"]', '#content', '.job-post-content'],
  exclude: ['#application', '.application--container', '.job-alert'],
};

// "Job Application for <Title> at <Company>" (both templates' <title>).
const PAGE_TITLE = /^Job Application for .{1,300}? at (.{1,200})$/;

function companyFallback(doc: Document, url: URL): string | null {
  const logo = firstMatch(doc, ['.job-board-logo img[alt]', 'header img[alt$=" Logo"]', 'img[alt$=" Logo"]', 'img[alt$=" logo"]']);
  const alt = nonEmpty(logo?.getAttribute('alt')?.slice(0, 300));
  if (alt && / logo$/i.test(alt)) return alt.replace(/ logo$/i, '');
  const title = nonEmpty(doc.title.slice(0, 600));
  const fromTitle = title ? PAGE_TITLE.exec(title)?.[1] : undefined;
  if (fromTitle) return fromTitle;
  // Never og:site_name: on hosted boards it can be the board's brand.
  // Last resort: the board token in the path (`/anthropic/jobs/…`).
  const token = url.pathname.split('/').filter(Boolean)[0];
  return token && token !== 'embed' && /^[\w-]{1,80}$/.test(token) ? token : null;
}

function extract(doc: Document, url: URL, selectors: SelectorChains = GREENHOUSE_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  // Legacy template writes the company as "at Acme".
  const company = fields.company?.replace(/^at\s+/i, '') || companyFallback(doc, url);
  return { ...fields, company };
}

export const greenhouseAdapter: BoardAdapter = {
  board: 'greenhouse',
  inPageNavigation: false,
  selectors: GREENHOUSE_SELECTORS,
  extract,
};
