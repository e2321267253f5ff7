import { LIMITS, type DescriptionBlock } from '../capture-result';
import { plainTextToBlocks } from '../block-builder';
import { descriptionHtmlToBlocks } from '../html-to-blocks';
import { readAssignedJson } from '../inline-json';
import { jobRefFromUrl } from '../job-key';
import { nonEmpty } from '../text';
import { arrayOf, bool, nullish, object, text } from '../shape';
import { elementText } from '../dom-to-blocks';
import { extractWithChains, firstMatch, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Ashby (`jobs.ashbyhq.com/<org>/<uuid>`), job-board-selectors.md §6. React SPA with hashed class names, so
 * the posting is read from `window.__appData` in the inline script's text (never executed). That object
 * describes the page as loaded: after in-page navigation it is stale, so it is used only when its posting id
 * is the URL's; otherwise the rendered DOM is read.
 */
export const ASHBY_SELECTORS: SelectorChains = {
  pane: [],
  title: ['h1.ashby-job-posting-heading', '[class*="_jobPostingHeader"] h1', '[class*="_titles_"] h1', 'main h1'],
  company: [],
  location: [],
  description: ['[class*="_descriptionText"]', '.ashby-job-posting-description', '#overview [class*="_description"]'],
  exclude: ['[class*="_applicationForm"]', '[class*="_footer"]'],
};

const str = text(LIMITS.descriptionChars * 4);
const isAppData = object({
  organization: nullish(object({ name: nullish(str) })),
  posting: nullish(
    object({
      id: nullish(str),
      title: nullish(str),
      descriptionHtml: nullish(str),
      descriptionPlainText: nullish(str),
      locationName: nullish(str),
      secondaryLocationNames: nullish(arrayOf(str, 50)),
      isRemote: nullish(bool),
      workplaceType: nullish(str),
    }),
  ),
});

// What isAppData guarantees, in the fields read below.
type Text = string | null | undefined;
interface AppData {
  organization?: { name?: Text } | null;
  posting?: {
    id?: Text;
    title?: Text;
    descriptionHtml?: Text;
    descriptionPlainText?: Text;
    locationName?: Text;
    secondaryLocationNames?: string[] | null;
    isRemote?: boolean | null;
  } | null;
}

export interface AshbyPosting {
  id: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  blocks: DescriptionBlock[];
}

/** `window.__appData.posting` (+ organization), validated. */
export function readAshbyAppData(doc: Document): AshbyPosting | null {
  const raw = readAssignedJson(doc, 'window.__appData');
  if (!isAppData(raw)) return null;
  const data = raw as AppData;
  if (!data.posting) return null;
  const posting = data.posting;
  const blocks = posting.descriptionHtml
    ? descriptionHtmlToBlocks(posting.descriptionHtml)
    : posting.descriptionPlainText
      ? plainTextToBlocks(posting.descriptionPlainText)
      : [];
  const places = [posting.locationName, ...(posting.secondaryLocationNames ?? []).slice(0, 5)].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  const remote = posting.isRemote && !places.some((p) => /remote/i.test(p)) ? ' (Remote)' : '';
  return {
    id: nonEmpty(posting.id, 100)?.toLowerCase() ?? null,
    title: nonEmpty(posting.title),
    company: nonEmpty(data.organization?.name),
    location: places.length > 0 ? nonEmpty(places.join('; ') + remote) : posting.isRemote ? 'Remote' : null,
    blocks,
  };
}

/** The left-pane "Location" entry: a heading whose next sibling holds the value. */
function labelledValue(doc: Document, label: string): string | null {
  const pane = firstMatch(doc, ['.ashby-job-posting-left-pane', '[class*="_details_"]']);
  if (!pane) return null;
  const headings = pane.querySelectorAll('h2, h3, dt');
  for (let i = 0; i < headings.length && i < 40; i += 1) {
    const heading = headings[i];
    if (!heading || elementText(heading, 60).toLowerCase() !== label) continue;
    const value = heading.nextElementSibling;
    if (value) return nonEmpty(elementText(value, 300));
  }
  return null;
}

function companyFromTitle(doc: Document): string | null {
  // Ashby's <title> reads "<Title> @ <Company>".
  const title = doc.title.slice(0, 600);
  const at = title.lastIndexOf(' @ ');
  return at > 0 ? nonEmpty(title.slice(at + 3)) : null;
}

/**
 * The Application tab is open: the job's page, its form, and no description in the DOM (§11). Either the URL's
 * `/application` step, or a selected tab reading "Application", or Ashby's form container.
 */
function applicationTabOpen(doc: Document, url: URL): boolean {
  const last = url.pathname.split('/').filter(Boolean).pop()?.toLowerCase();
  if (last === 'application') return true;
  const tab = firstMatch(doc, ['[role="tab"][aria-selected="true"]']);
  if (tab && /^application$/i.test(elementText(tab, 40))) return true;
  return firstMatch(doc, ['.ashby-application-form-container', '[class*="_applicationForm"]', '#application-form']) !== null;
}

function extract(doc: Document, url: URL, selectors: SelectorChains = ASHBY_SELECTORS): BoardFields {
  const expected = jobRefFromUrl(url)?.id ?? null;
  const app = readAshbyAppData(doc);
  const fields = extractWithChains(doc, selectors);
  if (app && app.id !== null && app.id === expected && app.title && app.blocks.length > 0) {
    return {
      title: app.title,
      company: app.company ?? companyFromTitle(doc),
      location: app.location ?? labelledValue(doc, 'location'),
      blocks: app.blocks,
      pane: fields.pane,
      shownJobId: app.id,
    };
  }
  return {
    ...fields,
    company: (app?.company ?? null) || companyFromTitle(doc),
    location: labelledValue(doc, 'location'),
    descriptionHidden: fields.title !== null && fields.blocks.length === 0 && applicationTabOpen(doc, url),
  };
}

export const ashbyAdapter: BoardAdapter = {
  board: 'ashby',
  inPageNavigation: true,
  selectors: ASHBY_SELECTORS,
  extract,
};
