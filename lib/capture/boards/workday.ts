import { extractWithChains, metaContent, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Workday (`<tenant>.wd<N>.myworkdayjobs.com/…/job/<loc>/<Title>_<ReqId>`), job-board-selectors.md §5.
 * Client-rendered: stable `data-automation-id`s. The company has no DOM field (JSON-LD has it; else tenant).
 */
export const WORKDAY_SELECTORS: SelectorChains = {
  pane: ['[data-automation-id="jobPostingPage"]'],
  title: ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobTitle"]'],
  company: [],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]', '[data-automation-id="jobPostingLocation"]'],
  description: ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="richTextArea"]'],
  exclude: ['[data-automation-id="similarJobsPanel"]', '[data-automation-id="applyButton"]'],
};

function extract(doc: Document, url: URL, selectors: SelectorChains = WORKDAY_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  // `<dl><dt>locations</dt><dd>…</dd></dl>` when the dd selector was not available.
  const location = fields.location?.replace(/^locations\s+/i, '') || null;
  const tenant = url.hostname.split('.')[0] ?? '';
  const company = metaContent(doc, 'meta[property="og:site_name"]') ?? (/^[\w-]{1,80}$/.test(tenant) ? tenant : null);
  return { ...fields, location, company };
}

export const workdayAdapter: BoardAdapter = {
  board: 'workday',
  inPageNavigation: true,
  selectors: WORKDAY_SELECTORS,
  extract,
};
