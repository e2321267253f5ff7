import { extractWithChains, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Indeed: `/viewjob?jk=` single page and the `/jobs?…&vjk=` search pane (selectors from public extensions,
 * job-board-selectors.md §2). The pane holds similar-job cards: they are excluded.
 */
export const INDEED_SELECTORS: SelectorChains = {
  pane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '[data-testid="viewjob-job-content"]'],
  title: [
    'h1[data-testid="jobsearch-JobInfoHeader-title"]',
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
    '[data-testid="vj-job-title"]',
  ],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-testid="jobsearch-JobInfoHeader-companyName"]',
    '[data-testid="vj-company-name"]',
    '[data-company-name="true"]',
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  ],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText', '[data-testid="jobsearch-JobComponent-description"]'],
  exclude: ['[data-testid^="job-card-"]', '[data-testid="jobsearch-ProfileInsights"]', '#mosaic-aboveExtractedJobDescription'],
};

// The title carries a screen-reader suffix ("- job post").
const TITLE_SUFFIX = /\s*[-–]\s*job post\s*$/i;

function extract(doc: Document, _url: URL, selectors: SelectorChains = INDEED_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  return { ...fields, title: fields.title?.replace(TITLE_SUFFIX, '') || null };
}

export const indeedAdapter: BoardAdapter = {
  board: 'indeed',
  inPageNavigation: true,
  selectors: INDEED_SELECTORS,
  extract,
};
