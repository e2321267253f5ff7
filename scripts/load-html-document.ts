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
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Releases a document made by loadHtmlDocument (its window's timers and observers). */
export async function closeHtmlDocument(doc: Document): Promise<void> {
  const view = doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null;
  await view?.happyDOM?.close();
}
