import { jobRefFromUrl, type ListBoard } from '../capture/job-key';

/**
 * The job cards of a search/result list and the job key of each — the key the product gives that posting when it is
 * analysed or saved (lib/capture/job-key.ts: the card's id goes through the same `jobRefFromUrl` as the posting's URL).
 *
 * Evidence (../shared/reference/job-board-selectors.md §1, §2, §11 and the real saved pages):
 * - LinkedIn, logged in: `li[data-occludable-job-id]` (the slot that stays while LinkedIn's occlusion empties and
 *   refills it) around `div.job-card-container[data-job-id]`, whose links go to `/jobs/view/<id>/`; newer layout:
 *   `[role="listitem"]` holding an `a[href*="currentJobId="]`. Logged out: `.base-card[data-entity-urn="urn:li:jobPosting:<id>"]`.
 * - Indeed: `li > div.cardOutline.result` (older: `.job_seen_beacon`) holding `a.jcs-JobTitle[data-jk]` with `href="/rc/clk?jk=<jk>…"`.
 *
 * Bounded: at most `max` elements are looked at per call; attribute values and URLs are length-checked before use.
 */

const LINKEDIN_CARDS =
  'li[data-occludable-job-id], [data-job-id], [data-entity-urn^="urn:li:jobPosting:"], [role="listitem"] a[href*="currentJobId="], [role="listitem"] a[href*="/jobs/view/"]';
const INDEED_CARDS = '[data-jk], li a[href*="jk="]';

/** Elements looked at per pass (a page shows 25–60 cards; infinite scroll keeps a few hundred). */
export const CARDS_SCANNED_MAX = 600;
const ATTR_MAX = 200;
const LINKEDIN_ID = /^\d{4,20}$/;
const LINKEDIN_URN = /^urn:li:jobPosting:(\d{4,20})$/;
const INDEED_JK = /^[0-9a-zA-Z]{8,40}$/;

const attr = (el: Element, name: string): string | null => {
  const v = el.getAttribute(name);
  return v !== null && v.length <= ATTR_MAX ? v.trim() : null;
};

const linkedinKey = (id: string | null | undefined): string | null =>
  id && LINKEDIN_ID.test(id) ? (jobRefFromUrl(`https://www.linkedin.com/jobs/view/${id}/`)?.jobKey ?? null) : null;
const indeedKey = (jk: string | null | undefined): string | null =>
  jk && INDEED_JK.test(jk) ? (jobRefFromUrl(`https://www.indeed.com/viewjob?jk=${jk}`)?.jobKey ?? null) : null;

/** The job key a link points at (`/jobs/view/<id>`, `?currentJobId=`, `?jk=`), on the page's own origin. */
function keyOfLink(a: Element, board: ListBoard, base: string): string | null {
  const href = attr(a, 'href');
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (board === 'indeed') return indeedKey(url.searchParams.get('jk') ?? url.searchParams.get('vjk'));
  const ref = jobRefFromUrl(url);
  return ref?.board === 'linkedin' ? ref.jobKey : null;
}

/** The card a matched element stands for, and its key (null: not a card we can key). */
export function cardOf(el: Element, board: ListBoard, base: string): { card: Element; key: string } | null {
  if (board === 'linkedin') {
    // The occludable slot outlives its contents: badges stay keyed to it while LinkedIn empties and refills it.
    const slot = el.closest('li[data-occludable-job-id]');
    if (slot) return withKey(slot, linkedinKey(attr(slot, 'data-occludable-job-id')) ?? keyInside(slot, board, base));
    if (el.hasAttribute('data-job-id')) return withKey(el, linkedinKey(attr(el, 'data-job-id')) ?? keyInside(el, board, base));
    const urn = attr(el, 'data-entity-urn');
    if (urn !== null && el.matches('[data-entity-urn]')) return withKey(el, linkedinKey(LINKEDIN_URN.exec(urn)?.[1]));
    const item = el.closest('[role="listitem"]');
    return item ? withKey(item, keyOfLink(el, board, base)) : null;
  }
  const card = el.closest('.cardOutline') ?? el.closest('li') ?? el.closest('.job_seen_beacon') ?? el;
  const jk = el.hasAttribute('data-jk') ? indeedKey(attr(el, 'data-jk')) : keyOfLink(el, board, base);
  return withKey(card, jk);
}

const withKey = (card: Element, key: string | null) => (key === null ? null : { card, key });

function keyInside(el: Element, board: ListBoard, base: string): string | null {
  const inner = el.querySelector('[data-job-id]');
  const fromInner = inner ? linkedinKey(attr(inner, 'data-job-id')) : null;
  if (fromInner) return fromInner;
  const link = el.querySelector('a[href*="/jobs/view/"], a[href*="currentJobId="]');
  return link ? keyOfLink(link, board, base) : null;
}

/**
 * The cards in `root`, one per job key (the first in document order), each the outermost element that stands for it.
 * `base` resolves relative links (the page's URL).
 */
export function findCards(root: ParentNode, board: ListBoard, base: string, max: number = CARDS_SCANNED_MAX): Map<string, Element> {
  const found = new Map<string, Element>();
  const matched = root.querySelectorAll(board === 'linkedin' ? LINKEDIN_CARDS : INDEED_CARDS);
  const n = Math.min(matched.length, max);
  for (let i = 0; i < n; i++) {
    const hit = cardOf(matched[i] as Element, board, base);
    if (!hit || found.has(hit.key)) continue;
    found.set(hit.key, hit.card);
  }
  return found;
}
