import { detectBoard, type KnownBoard } from '../job-boards';

/**
 * One key per posting, whatever URL it was seen under (tracking parameters, search panes, apply pages,
 * hash routes), so saved postings are not duplicated and in-page navigation can tell jobs apart.
 *
 * Format `<board>:<id>`. Ids that are only unique within one employer carry the tenant:
 * Workday `workday:<tenant>:<reqId>`. Pages on unknown hosts get `generic:<host><path><query without tracking>`.
 */

export { detectBoard, type KnownBoard } from '../job-boards';

export interface JobRef {
  board: KnownBoard;
  /** The board's own id for the posting (what the page shows as the current job). */
  id: string;
  jobKey: string;
  canonicalUrl: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGITS = /^\d{4,20}$/;
const MAX_URL_CHARS = 4096;

export function toUrl(input: URL | string): URL | null {
  if (typeof input !== 'string') return input;
  if (input.length > MAX_URL_CHARS) return null;
  try {
    return new URL(input);
  } catch {
    return null;
  }
}

/** Query parameter, else the same parameter in a hash route (`#/jobs?currentJobId=1`, `#gh_jid=1`). */
function param(url: URL, name: string): string | null {
  const fromQuery = url.searchParams.get(name);
  if (fromQuery) return fromQuery;
  const hash = url.hash.slice(0, 2048);
  if (!hash.includes(name)) return null;
  const q = hash.indexOf('?');
  try {
    return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : hash.slice(1)).get(name);
  } catch {
    return null;
  }
}

function segments(url: URL): string[] {
  return url.pathname
    .slice(0, 2048)
    .split('/')
    .filter((s) => s !== '')
    .slice(0, 32);
}

/** Path segments of the URL and of a path-like hash route (`#/jobs/123`). */
function allSegments(url: URL): string[] {
  const hash = url.hash.slice(0, 2048);
  const hashPath = hash.startsWith('#/') ? hash.slice(2).split(/[?#]/, 1)[0] ?? '' : '';
  return [...segments(url), ...hashPath.split('/').filter((s) => s !== '').slice(0, 32)];
}

function ref(board: KnownBoard, id: string, canonicalUrl: string, keyId = id): JobRef {
  return { board, id, jobKey: `${board}:${keyId}`, canonicalUrl };
}

function linkedin(url: URL): JobRef | null {
  let id = param(url, 'currentJobId');
  if (!id || !DIGITS.test(id)) {
    const segs = allSegments(url);
    const at = segs.findIndex((s, i) => s === 'view' && segs[i - 1] === 'jobs');
    const seg = at >= 0 ? segs[at + 1] : undefined;
    // `/jobs/view/<id>` or `/jobs/view/<title-slug>-at-<company>-<id>`.
    const match = seg ? /(?:^|-)(\d{4,20})$/.exec(seg) : null;
    id = match?.[1] ?? null;
  }
  if (!id || !DIGITS.test(id)) return null;
  return ref('linkedin', id, `https://www.linkedin.com/jobs/view/${id}/`);
}

function indeed(url: URL): JobRef | null {
  // On search pages `vjk` is the job open in the pane; `jk` is the single-job page's key.
  const raw = param(url, 'vjk') ?? param(url, 'jk');
  if (!raw || !/^[0-9a-zA-Z]{8,40}$/.test(raw)) return null;
  const id = raw.toLowerCase();
  return ref('indeed', id, `${url.origin}/viewjob?jk=${id}`);
}

function greenhouse(url: URL): JobRef | null {
  const segs = segments(url);
  // Embedded application frame: /embed/job_app?for=<board>&token=<id>
  if (segs[0] === 'embed') {
    const token = param(url, 'token');
    if (!token || !DIGITS.test(token)) return null;
    const board = param(url, 'for');
    const canonical =
      board && /^[\w-]{1,80}$/.test(board) ? `https://job-boards.greenhouse.io/${board}/jobs/${token}` : `${url.origin}/embed/job_app?token=${token}`;
    return ref('greenhouse', token, canonical);
  }
  const at = segs.indexOf('jobs');
  const id = at >= 1 ? segs[at + 1] : undefined;
  if (id && DIGITS.test(id)) return ref('greenhouse', id, `${url.origin}/${segs.slice(0, at).join('/')}/jobs/${id}`);
  const ghJid = param(url, 'gh_jid');
  if (ghJid && DIGITS.test(ghJid)) return ref('greenhouse', ghJid, `${url.origin}${url.pathname}?gh_jid=${ghJid}`);
  return null;
}

function lever(url: URL): JobRef | null {
  const segs = segments(url);
  const company = segs[0];
  const id = segs[1];
  if (!company || !id || !UUID.test(id)) return null;
  const lower = id.toLowerCase();
  return ref('lever', lower, `${url.origin}/${company}/${lower}`);
}

function ashby(url: URL): JobRef | null {
  const segs = segments(url);
  const org = segs[0];
  const id = segs[1];
  if (org && id && UUID.test(id)) {
    const lower = id.toLowerCase();
    return ref('ashby', lower, `${url.origin}/${org}/${lower}`);
  }
  return ashbyJid(url);
}

function ashbyJid(url: URL): JobRef | null {
  const jid = param(url, 'ashby_jid');
  if (!jid || !UUID.test(jid)) return null;
  const lower = jid.toLowerCase();
  return ref('ashby', lower, `${url.origin}${url.pathname}?ashby_jid=${lower}`);
}

const WORKDAY_TRAILING = new Set(['apply', 'applymanually', 'autofillwithresume', 'usemylastapplication', 'login']);

function workday(url: URL): JobRef | null {
  const segs = segments(url);
  const at = segs.findIndex((s) => s === 'job' || s === 'details');
  if (at < 0) return null;
  // The last segment after /job/ (or /details/) that is not an apply step: `<Title>_<ReqId>`.
  let end = segs.length;
  while (end > at + 1 && WORKDAY_TRAILING.has((segs[end - 1] ?? '').toLowerCase())) end -= 1;
  const seg = segs[end - 1];
  if (!seg || end - 1 <= at) return null;
  const match = /_([A-Za-z0-9-]{2,40})$/.exec(seg);
  const req = match?.[1];
  if (!req || !/\d/.test(req)) return null;
  // myworkdayjobs.com: the tenant is the first host label; myworkdaysite.com: `/recruiting/<tenant>/…`.
  const recruiting = segs.indexOf('recruiting');
  const tenant = (
    url.hostname.endsWith('myworkdaysite.com') && recruiting >= 0 ? (segs[recruiting + 1] ?? '') : (url.hostname.split('.')[0] ?? '')
  ).toLowerCase();
  return ref('workday', req, `${url.origin}/${segs.slice(0, end).join('/')}`, `${tenant}:${req}`);
}

function smartrecruiters(url: URL): JobRef | null {
  const segs = segments(url);
  const company = segs[0];
  const match = segs[1] ? /^(\d{6,20})(?:-|$)/.exec(segs[1]) : null;
  const id = match?.[1];
  if (!company || !id) return null;
  return ref('smartrecruiters', id, `${url.origin}/${company}/${segs[1] ?? id}`);
}

function glassdoor(url: URL): JobRef | null {
  for (const name of ['jl', 'jobListingId']) {
    const id = param(url, name);
    if (id && DIGITS.test(id)) return ref('glassdoor', id, `${url.origin}${url.pathname}?${name}=${id}`);
  }
  return null;
}

function wellfound(url: URL): JobRef | null {
  const segs = segments(url);
  const at = segs.lastIndexOf('jobs');
  const seg = at >= 0 ? segs[at + 1] : undefined;
  const match = seg ? /^(\d{3,12})(?:-|$)/.exec(seg) : null;
  const id = match?.[1];
  if (!seg || !id) return null;
  return ref('wellfound', id, `${url.origin}/${segs.slice(0, at + 2).join('/')}`);
}

const BY_BOARD: Readonly<Record<KnownBoard, (url: URL) => JobRef | null>> = {
  linkedin,
  indeed,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  glassdoor,
  wellfound,
};

/**
 * The posting a URL points at, or null. Also recognises ATS ids on employer sites
 * (`?gh_jid=` for Greenhouse, `?ashby_jid=` for Ashby), so an embedded posting gets the board's key.
 */
export function jobRefFromUrl(input: URL | string): JobRef | null {
  const url = toUrl(input);
  if (!url) return null;
  const board = detectBoard(url);
  if (board) return BY_BOARD[board](url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const ghJid = param(url, 'gh_jid');
  if (ghJid && DIGITS.test(ghJid)) return ref('greenhouse', ghJid, `${url.origin}${url.pathname}?gh_jid=${ghJid}`);
  return ashbyJid(url);
}

/** Tracking parameters dropped from generic keys and canonical URLs. */
const TRACKING = /^(?:utm_.*|gclid|gbraid|wbraid|fbclid|msclkid|mc_[ce]id|_hs(?:enc|mi)|ref|refid|referrer|src|source|trk|trackingid|sid|lipi|campaign|from|gh_src|lever-source|lever-origin)$/i;

/** URL without hash and tracking parameters, remaining parameters sorted. */
export function genericCanonicalUrl(input: URL | string): string | null {
  const url = toUrl(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const kept = [...url.searchParams.entries()]
    .slice(0, 50)
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${url.origin}${url.pathname}${search}`.slice(0, 2048);
}

/** `generic:<host><path><query>` — for pages that are not on a known board. */
export function genericJobKey(input: URL | string): string | null {
  const canonical = genericCanonicalUrl(input);
  if (!canonical) return null;
  const url = new URL(canonical);
  const path = url.pathname.replace(/\/+$/, '');
  return `generic:${url.hostname.toLowerCase().replace(/^www\./, '')}${path}${url.search}`.slice(0, 400);
}

/** The jobKey for a URL: the board's key when the URL names a posting, else the generic key. */
export function jobKeyFromUrl(input: URL | string): string | null {
  return jobRefFromUrl(input)?.jobKey ?? genericJobKey(input);
}

/**
 * A search or collection view with one job open in a pane (LinkedIn `?currentJobId=`, Indeed `?vjk=` on a
 * search page): the page as a whole — its headings, JSON-LD, og:* and document.title — is about the list or
 * another job, so only the pane (or metadata naming this job's id) may describe the posting.
 */
export function isCollectionView(input: URL | string): boolean {
  const url = toUrl(input);
  const board = url ? detectBoard(url) : null;
  if (!url || !board) return false;
  if (board === 'linkedin') return param(url, 'currentJobId') !== null && !allSegments(url).includes('view');
  if (board === 'indeed') return param(url, 'vjk') !== null && !/\/viewjob$/i.test(url.pathname);
  return false;
}

/**
 * Whether the content script should treat this URL as showing one posting (it mounts only there).
 * True when a known board's URL names a job (`/jobs/view/ID`, `?currentJobId=`, `?vjk=`, …);
 * false for feeds, search pages without a selected job, company pages, and unknown hosts.
 */
export function isJobPageUrl(input: URL | string): boolean {
  const url = toUrl(input);
  if (!url || !detectBoard(url)) return false;
  return jobRefFromUrl(url) !== null;
}

/** The boards whose search/result lists get badges on their job cards (lib/list-badges/). */
export type ListBoard = 'linkedin' | 'indeed';

/**
 * The board of a search or result LIST page (with or without a job open beside it), or null: LinkedIn `/jobs/search…`
 * and `/jobs/collections…`; Indeed `/jobs`, `/m/jobs` and `/q-…-jobs.html` / `/l-…-jobs.html` result pages. The
 * job-page detector asks for the list badges there (lib/job-page/detector.ts); elsewhere (the feed, a single job) not.
 */
export function listBoardOf(input: URL | string): ListBoard | null {
  const url = toUrl(input);
  const board = url ? detectBoard(url) : null;
  if (!url || (board !== 'linkedin' && board !== 'indeed')) return null;
  const path = url.pathname.slice(0, 300).toLowerCase();
  if (board === 'linkedin') return /^\/jobs\/(?:search|collections)(?:[/-]|$)/.test(path) ? 'linkedin' : null;
  return /^\/(?:m\/)?jobs\/?$/.test(path) || /^\/(?:m\/)?[ql]-[^/]{1,200}-jobs\.html$/.test(path) ? 'indeed' : null;
}

/** Whether the page is a list of job cards the badges follow (`listBoardOf` is not null). */
export function isListPageUrl(input: URL | string): boolean {
  return listBoardOf(input) !== null;
}
