/**
 * The job boards whose posting pages Pathway Lens reads without being asked.
 * One list feeds the manifest's host permissions and the content script's matches, so they never drift apart.
 * Other career sites are analysed on demand through activeTab + scripting.
 *
 * This module is imported by wxt.config.ts: keep it free of dependencies and side effects.
 */
export const JOB_BOARD_MATCHES = [
  // Whole host: LinkedIn reaches /jobs/ by in-app navigation from the feed; the script mounts only on job pages.
  '*://*.linkedin.com/*',
  '*://*.indeed.com/*',
  '*://*.greenhouse.io/*',
  '*://*.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://*.ashbyhq.com/*',
  '*://*.smartrecruiters.com/*',
  '*://*.glassdoor.com/*',
  '*://*.wellfound.com/*',
] as const;

/** Boards with a dedicated adapter in lib/capture/boards/. */
export const KNOWN_BOARDS = [
  'linkedin',
  'indeed',
  'greenhouse',
  'lever',
  'workday',
  'ashby',
  'smartrecruiters',
  'glassdoor',
  'wellfound',
] as const;
export type KnownBoard = (typeof KNOWN_BOARDS)[number];

/**
 * Registrable host suffixes per board. Wider than JOB_BOARD_MATCHES on purpose: regional Glassdoor/Indeed
 * domains and Workday's myworkdaysite.com are still recognised when capture runs on demand (activeTab).
 */
const BOARD_HOSTS: ReadonlyArray<readonly [KnownBoard, readonly string[]]> = [
  ['linkedin', ['linkedin.com']],
  ['indeed', ['indeed.com']],
  ['greenhouse', ['greenhouse.io']],
  ['lever', ['lever.co']],
  ['workday', ['myworkdayjobs.com', 'myworkdaysite.com']],
  ['ashby', ['ashbyhq.com']],
  ['smartrecruiters', ['smartrecruiters.com']],
  [
    'glassdoor',
    ['glassdoor.com', 'glassdoor.co.uk', 'glassdoor.ca', 'glassdoor.com.au', 'glassdoor.co.in', 'glassdoor.de', 'glassdoor.fr', 'glassdoor.ie', 'glassdoor.nl', 'glassdoor.sg'],
  ],
  ['wellfound', ['wellfound.com', 'angel.co']],
];

function toUrl(url: URL | string): URL | null {
  if (typeof url !== 'string') return url;
  if (url.length > 4096) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The board a URL belongs to, by hostname only (paths are checked by isJobPageUrl / jobRefFromUrl). */
export function detectBoard(input: URL | string): KnownBoard | null {
  const url = toUrl(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  for (const [board, suffixes] of BOARD_HOSTS) {
    for (const suffix of suffixes) {
      if (host === suffix || host.endsWith(`.${suffix}`)) return board;
    }
  }
  return null;
}

/**
 * Whether a URL is on a host the manifest lists (JOB_BOARD_MATCHES: `*://*.<host>/*`, http or https), i.e. where the
 * job-page content script runs and where the extension may inject without being asked. Narrower than detectBoard.
 */
export function onListedBoard(input: URL | string): boolean {
  const url = toUrl(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return false;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return JOB_BOARD_MATCHES.some((pattern) => {
    const suffix = pattern.slice('*://*.'.length, -'/*'.length);
    return host === suffix || host.endsWith(`.${suffix}`);
  });
}
