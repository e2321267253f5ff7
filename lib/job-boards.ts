/**
 * The job boards whose posting pages Pathway Lens reads without being asked.
 * One list feeds the manifest's host permissions and the content script's matches, so they never drift apart.
 * Other career sites are analysed on demand through activeTab + scripting.
 */
export const JOB_BOARD_MATCHES = [
  '*://*.linkedin.com/jobs/*',
  '*://*.indeed.com/*',
  '*://*.greenhouse.io/*',
  '*://*.lever.co/*',
  '*://*.myworkdayjobs.com/*',
  '*://*.ashbyhq.com/*',
  '*://*.smartrecruiters.com/*',
  '*://*.glassdoor.com/*',
  '*://*.wellfound.com/*',
] as const;
