import { browser } from 'wxt/browser';

/** Where the first-run welcome lives: the dashboard's welcome view. */
export const WELCOME_PATH = '/dashboard.html#welcome';

/**
 * Opens the welcome once, when the extension is installed (not on update or browser update). Skipping it leaves
 * today's defaults: nothing is written until the user confirms something.
 */
export async function openWelcomeOnInstall(details: { reason: string }, open: (url: string) => Promise<unknown>): Promise<void> {
  if (details.reason !== 'install') return;
  try {
    await open(browser.runtime.getURL(WELCOME_PATH));
  } catch {
    // No tab could be opened (e.g. a policy): the popup's Profile link reaches the same view.
  }
}
