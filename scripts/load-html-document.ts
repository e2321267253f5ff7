import { Window } from 'happy-dom';

/**
 * Dev tooling only (CLI and tests): a saved HTML page as a DOM Document, so `npm run analyze -- page.html --url URL`
 * can call capturePosting exactly as the content script does. happy-dom runs no page scripts (JavaScript
 * evaluation is off by default in v20) and is told not to fetch anything the page references.
 * Extension code never parses HTML strings: lib/capture reads the browser's own Document.
 */
export function loadHtmlDocument(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  // Parsing a local file into a detached test window is the point of this helper (see above).
  window.document.write(withoutSvgStyles(html));
  return window.document as unknown as Document;
}

/**
 * happy-dom 20's parser never leaves a `<style>` inside `<svg>` (it compares the SVG element's lower-case tag name
 * with "STYLE"), so everything after it is lost — e.g. the whole job pane of a saved Indeed search page. Browsers
 * parse it fine; these blocks only style icons, so they are dropped before parsing. One linear, case-insensitive
 * regex walk over the original string (no lower-cased copy, whose length can differ: "İ".toLowerCase() is 2 chars);
 * a `<style>` is dropped only when its `</style>` comes before the enclosing `</svg>`.
 */
export function withoutSvgStyles(html: string): string {
  const tags = /<svg\b|<\/svg\s*>|<style\b|<\/style\s*>/gi;
  let out = '';
  let from = 0;
  let depth = 0;
  let styleAt = -1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const tag = match[0].toLowerCase();
    if (tag.startsWith('</svg')) {
      styleAt = -1;
      depth = Math.max(0, depth - 1);
    } else if (tag.startsWith('</style')) {
      if (styleAt >= 0) {
        out += html.slice(from, styleAt);
        from = match.index + match[0].length;
      }
      styleAt = -1;
    } else if (styleAt >= 0) {
      // `<svg` / `<style` inside a style block's text: not markup
    } else if (tag === '<svg') {
      depth++;
    } else if (depth > 0) {
      styleAt = match.index;
    }
  }
  return out + html.slice(from);
}

/** Releases a document made by loadHtmlDocument (its window's timers and observers). */
export async function closeHtmlDocument(doc: Document): Promise<void> {
  const view = doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null;
  await view?.happyDOM?.close();
}

/** Where a saved page says it lives (og:url, then rel=canonical), http(s) only. */
export function pageUrlFromDocument(doc: Document): string | null {
  const candidates = [
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  ];
  for (const candidate of candidates) {
    if (!candidate || candidate.length > 2048) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not a URL: try the next hint
    }
  }
  return null;
}

/** Placeholder for saved pages that name no URL: `.invalid` can never be a real host (RFC 6761). */
export const UNKNOWN_PAGE_URL = 'https://saved-page.invalid/';

/**
 * For the CLI: the page as a Document plus the URL to capture it under — `--url` when given, else the
 * page's own og:url/canonical, else UNKNOWN_PAGE_URL (capture then relies on JSON-LD and the generic reader).
 */
export function loadHtmlPage(html: string, url?: string | null): { doc: Document; url: URL } {
  if (url) return { doc: loadHtmlDocument(html, url), url: new URL(url) };
  const probe = loadHtmlDocument(html, UNKNOWN_PAGE_URL);
  const hinted = pageUrlFromDocument(probe);
  if (!hinted) return { doc: probe, url: new URL(UNKNOWN_PAGE_URL) };
  return { doc: loadHtmlDocument(html, hinted), url: new URL(hinted) };
}
