import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePosting } from '../lib/capture/capture-posting';

/**
 * Injected on demand by the popup's "Analyze this page" (activeTab + scripting, every frame, so embedded
 * Greenhouse/Lever/Ashby frames are read too). It only reads the page: the capture result is returned to
 * the popup, which validates it, analyses it and shows the report. Nothing stays behind in the page.
 */
export default defineUnlistedScript(() => {
  try {
    return capturePosting(document, new URL(location.href));
  } catch {
    return { ok: false, reason: 'no-posting', message: 'no posting found on this page' };
  }
});
