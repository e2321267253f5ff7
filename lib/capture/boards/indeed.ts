import { isCollectionView } from '../job-key';
import { extractWithChains, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Indeed: `/viewjob?jk=` single page and the `/jobs?…&vjk=` search pane (selectors from public extensions,
 * job-board-selectors.md §2 and §11). The pane holds similar-job cards: they are excluded. On the search page
 * (`/jobs?…&vjk=`) the fields are read in the pane only: the list, filters and "All Jobs" headings are not the job.
 */
export const INDEED_SELECTORS: SelectorChains = {
  pane: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '[data-testid="viewjob-job-content"]', '.jobsearch-JobComponent'],
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

function extract(doc: Document, url: URL, selectors: SelectorChains = INDEED_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors, { strictPane: isCollectionView(url) });
  return { ...fields, title: fields.title?.replace(TITLE_SUFFIX, '') || null };
}

export const indeedAdapter: BoardAdapter = {
  board: 'indeed',
  inPageNavigation: true,
  selectors: INDEED_SELECTORS,
  extract,
};
