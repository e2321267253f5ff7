import { extractWithChains, firstMatch, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * LinkedIn: the public guest page (`/jobs/view/<slug>-<id>`, verified against saved pages) and the logged-in
 * jobs app (`/jobs/view/<id>`, `/jobs/search/?currentJobId=`, `/jobs/collections/…?currentJobId=`; selectors
 * from public extensions). See ../shared/reference/job-board-selectors.md §1.
 */
export const LINKEDIN_SELECTORS: SelectorChains = {
  pane: ['.jobs-search__job-details--container', '.jobs-details__main-content', '.job-view-layout', '.scaffold-layout__detail'],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    'h1.top-card-layout__title',
    'h1.topcard__title',
    'h1.t-24',
    'h2.t-24',
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

function extract(doc: Document, _url: URL, selectors: SelectorChains = LINKEDIN_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors, { strictPane: true });
  // The logged-in pane opens the description with a fixed "About the job" heading: UI chrome, not posting text.
  const first = fields.blocks[0];
  if (first?.type === 'heading' && /^about the job$/i.test(first.text)) fields.blocks = fields.blocks.slice(1);
  return { ...fields, shownJobId: paneJobId(fields.pane) };
}

export const linkedinAdapter: BoardAdapter = {
  board: 'linkedin',
  inPageNavigation: true,
  selectors: LINKEDIN_SELECTORS,
  extract,
};
