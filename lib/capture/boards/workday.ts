import { elementText } from '../dom-to-blocks';
import { nonEmpty } from '../text';
import { extractWithChains, firstMatch, metaContent, type BoardAdapter, type BoardFields, type SelectorChains } from './board-adapter';

/**
 * Workday (`<tenant>.wd<N>.myworkdayjobs.com/…/job/<loc>/<Title>_<ReqId>`), job-board-selectors.md §5.
 * Client-rendered: stable `data-automation-id`s. The company has no DOM field: JSON-LD's hiringOrganization when
 * the server HTML still has it (capture-posting), else the tenant (first host label) as the page itself spells it
 * (see tenantAsWritten); never og:site_name.
 */
export const WORKDAY_SELECTORS: SelectorChains = {
  pane: ['[data-automation-id="jobPostingPage"]'],
  title: ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobTitle"]'],
  company: [],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]', '[data-automation-id="jobPostingLocation"]'],
  description: ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="richTextArea"]'],
  exclude: ['[data-automation-id="similarJobsPanel"]', '[data-automation-id="applyButton"]'],
};

const MAX_SCAN_CHARS = 20_000;

/**
 * The tenant (`nvidia` in nvidia.wd5.myworkdayjobs.com) as the page writes it: the most frequent spelling of that
 * word in the posting's text, its meta description, the page's title and header ("CAREERS AT NVIDIA"), or the
 * career site's path (`/NVIDIAExternalCareerSite/`). The tenant as is when the page never writes it.
 * The description's blocks are scanned in place (no joined copy), up to MAX_SCAN_CHARS of their text.
 */
function tenantAsWritten(doc: Document, url: URL, blocks: BoardFields['blocks']): string | null {
  const tenant = url.hostname.split('.')[0] ?? '';
  if (!/^[a-z0-9][\w-]{0,79}$/i.test(tenant)) return null;
  const word = new RegExp(`(?<![\\w-])${tenant.replace(/-/g, '\\-')}(?![\\w-])`, 'gi');
  const site = url.pathname.split('/').find((s) => s.toLowerCase().startsWith(tenant.toLowerCase()) && s.length > tenant.length);
  const header = firstMatch(doc, ['[data-automation-id="headerTitle"]']);
  const sources: string[] = [];
  let budget = MAX_SCAN_CHARS;
  for (let i = 0; i < blocks.length && budget > 0; i += 1) {
    const text = blocks[i]?.text.slice(0, budget) ?? '';
    sources.push(text);
    budget -= text.length;
  }
  sources.push(
    metaContent(doc, 'meta[property="og:description"]', 5_000) ?? '',
    metaContent(doc, 'meta[name="description"]', 5_000) ?? '',
    doc.title.slice(0, 600),
    header ? elementText(header, 300) : '',
  );
  const counts = new Map<string, number>();
  for (const text of sources) {
    word.lastIndex = 0;
    for (let seen = 0, m = word.exec(text); m !== null && seen < 100; seen += 1, m = word.exec(text)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  // Career-site path segments are the tenant's own spelling too, but weigh least ("NVIDIAExternalCareerSite").
  if (site && counts.size === 0) counts.set(site.slice(0, tenant.length), 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [spelling, count] of counts) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return nonEmpty(best ?? tenant, 80);
}

function extract(doc: Document, url: URL, selectors: SelectorChains = WORKDAY_SELECTORS): BoardFields {
  const fields = extractWithChains(doc, selectors);
  // `<dl><dt>locations</dt><dd>…</dd></dl>` when the dd selector was not available.
  const location = fields.location?.replace(/^locations\s+/i, '') || null;
  return { ...fields, location, company: tenantAsWritten(doc, url, fields.blocks) };
}

export const workdayAdapter: BoardAdapter = {
  board: 'workday',
  inPageNavigation: true,
  selectors: WORKDAY_SELECTORS,
  extract,
};
