import { extractWithChains, metaContent, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Wellfound (AngelList): no DOM evidence was found (job-board-selectors.md §9), so this adapter only names
 * the title and the description container by stable-looking hooks; JSON-LD and the generic heuristic do
 * the real work on these pages until the layout is verified live.
 */
export const WELLFOUND_SELECTORS: SelectorChains = {
  pane: [],
  title: ['main h1', 'h1'],
  company: [],
  location: [],
  description: ['[data-test="JobDescription"]', '[class*="jobDescription"]', '[class*="job-description"]'],
  exclude: ['[data-test="SimilarJobs"]'],
};

function extract(doc: Document, _url: URL, selectors: SelectorChains = WELLFOUND_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  return { ...fields, company: fields.company ?? metaContent(doc, 'meta[property="og:site_name"]') };
}

export const wellfoundAdapter: BoardAdapter = {
  board: 'wellfound',
  inPageNavigation: false,
  selectors: WELLFOUND_SELECTORS,
  extract,
};
