import { extractWithChains, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Glassdoor, job-board-selectors.md §8 (weak evidence). The search page is a split pane whose selected job
 * follows `?jl=`; the description is clamped behind a "Show more" button (excluded, text is in the DOM).
 */
export const GLASSDOOR_SELECTORS: SelectorChains = {
  pane: ['[data-test="job-details"]', '[class*="JobDetails_jobDetailsContainer"]'],
  title: ['[data-test="job-title"]', '[class*="JobDetails_jobTitle"]', 'h1[class*="heading_Heading"]'],
  company: ['[data-test="employer-name"]', '[class*="EmployerProfile_employerName"]'],
  location: ['[data-test="location"]', '[class*="JobDetails_location"]'],
  description: ['[data-test="jobDescriptionContent"]', '[class*="JobDetails_jobDescription"]', '.jobDescriptionContent'],
  exclude: ['[class*="JobDetails_showMore"]', '[data-test="job-card"]', '[class*="RatingHeadline"]'],
};

// Employer names are followed by their star rating ("Acme 4.2 ★").
const RATING = /\s+\d(?:[.,]\d)?\s*★?\s*$/;

function extract(doc: Document, _url: URL, selectors: SelectorChains = GLASSDOOR_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors, { strictPane: true });
  // The pane's title carries the listing id (`id="jd-job-title-<jl>"`): tells a stale pane from the URL's job.
  const titleId = fields.pane?.querySelector('[id^="jd-job-title-"]')?.getAttribute('id') ?? '';
  const shownJobId = /^jd-job-title-(\d{4,20})$/.exec(titleId.slice(0, 80))?.[1] ?? null;
  return { ...fields, company: fields.company?.replace(RATING, '') || null, shownJobId };
}

export const glassdoorAdapter: BoardAdapter = {
  board: 'glassdoor',
  inPageNavigation: true,
  selectors: GLASSDOOR_SELECTORS,
  extract,
};
