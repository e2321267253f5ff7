import type { Runtime } from 'webextension-polyfill';

/**
 * Who sent a message, decided from what the browser fills in (`sender`), never from the payload.
 * extension-page: our popup/dashboard (its URL is on our origin). content-script: a frame of a web page.
 * unknown: neither (treated with the least privilege).
 */
export type SenderTrust = 'extension-page' | 'content-script' | 'unknown';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function classifySender(sender: Runtime.MessageSender | undefined, extensionId: string, extensionOrigin: string): SenderTrust {
  if (!sender) return 'unknown';
  if (sender.id !== undefined && sender.id !== extensionId) return 'unknown';
  const origin = originOf(sender.url);
  if (origin !== null && origin === extensionOrigin) return 'extension-page';
  if (sender.tab !== undefined && origin !== null) return 'content-script';
  return 'unknown';
}

/** A content script may only save a posting of the page it runs in. */
export function sameOrigin(a: string | undefined, b: string | undefined): boolean {
  const oa = originOf(a);
  return oa !== null && oa === originOf(b);
}
