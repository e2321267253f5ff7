import { extractWithChains, firstMatch, metaContent, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';
import { nonEmpty } from '../text';

/**
 * SmartRecruiters (`jobs.smartrecruiters.com/<Company>/<id>-<slug>`), job-board-selectors.md §7 — weak
 * evidence, so schema.org microdata (`itemprop`) is in every chain as a second opinion.
 */
export const SMARTRECRUITERS_SELECTORS: SelectorChains = {
  pane: [],
  title: ['h1.job-title', '[itemprop="title"]', 'main h1'],
  company: ['.company-name', '[itemprop="hiringOrganization"] [itemprop="name"]'],
  location: ['[class*="job-location"]', 'spl-job-location', '[itemprop="jobLocation"]'],
  description: ['.job-sections', '[itemprop="description"]'],
  exclude: ['.job-sections .apply-section', '.similar-jobs', 'spl-button'],
};

function extract(doc: Document, url: URL, selectors: SelectorChains = SMARTRECRUITERS_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  // <spl-job-location formattedaddress="…"> renders in shadow DOM: the attribute is the readable copy.
  const web = firstMatch(doc, ['spl-job-location[formattedaddress]']);
  const location = fields.location ?? nonEmpty(web?.getAttribute('formattedaddress')?.slice(0, 600));
  const meta = firstMatch(doc, ['[itemprop="hiringOrganization"] meta[itemprop="name"]']);
  const slug = url.pathname.split('/').filter(Boolean)[0];
  const company =
    fields.company ??
    nonEmpty(meta?.getAttribute('content')?.slice(0, 600)) ??
    metaContent(doc, 'meta[property="og:site_name"]') ??
    (slug && /^[\w-]{1,80}$/.test(slug) ? slug : null);
  return { ...fields, company, location };
}

export const smartrecruitersAdapter: BoardAdapter = {
  board: 'smartrecruiters',
  inPageNavigation: false,
  selectors: SMARTRECRUITERS_SELECTORS,
  extract,
};
