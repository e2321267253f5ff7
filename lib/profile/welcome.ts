/** Where the first-run welcome lives: the dashboard's welcome view. */
export const WELCOME_PATH = '/dashboard.html#welcome';
/** The profile view of the dashboard (the popup's "Profile" link). */
export const PROFILE_PATH = '/dashboard.html#profile';

/** The dashboard's views: the profile, the first-run welcome, the pipeline board, and the saved-postings sections (every other hash). */
export type DashboardView = 'main' | 'profile' | 'welcome' | 'pipeline';

/** The view a location hash shows: `#profile`, `#welcome`, `#pipeline`, anything else (`#compare`, none) the main sections. */
export function dashboardViewOf(hash: string): DashboardView {
  const h = hash.replace(/^#/, '').slice(0, 40).toLowerCase();
  if (h === 'profile' || h.startsWith('profile-')) return 'profile';
  if (h === 'welcome' || h.startsWith('welcome-')) return 'welcome';
  if (h === 'pipeline') return 'pipeline';
  return 'main';
}

/**
 * Opens the welcome once, when the extension is installed (not on update or browser update). Skipping it leaves
 * today's defaults: nothing is written until the user confirms something.
 */
export async function openWelcomeOnInstall(details: { reason: string }, open: (path: typeof WELCOME_PATH) => Promise<unknown>): Promise<void> {
  if (details.reason !== 'install') return;
  try {
    await open(WELCOME_PATH);
  } catch {
    // No tab could be opened (e.g. a policy): the popup's Profile link reaches the same view.
  }
}
