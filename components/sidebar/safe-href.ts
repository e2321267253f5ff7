const SAFE_LINK_PROTOCOLS = new Set(['https:', 'http:', 'chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/** Only ordinary web and extension addresses become links (never `javascript:` and friends). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_LINK_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
