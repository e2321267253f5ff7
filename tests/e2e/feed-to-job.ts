/** Shared by the Chromium and Firefox detector tests (tests/e2e/job-detector.e2e.ts, tests/e2e-firefox/job-detector.e2e.ts). */

/**
 * In the page's main world: LinkedIn's app moving from the feed to a job — the URL and the page's content change in one
 * task — then the time at which a frame first shows the sidebar ready (read through the open shadow root of the test
 * build). Runs as source text in the page: no named inner functions.
 */
export const navigateToJob = ([html, path]: [string, string]): void => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const timing = { inserted: 0, ready: 0 };
  (window as unknown as { __plNav: typeof timing }).__plNav = timing;
  history.pushState({}, '', path);
  document.title = doc.title;
  document.head.replaceChildren(...Array.from(doc.head.childNodes, (n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
  timing.inserted = performance.now();
  const poll = () => {
    const ui = document.querySelector('pathway-lens')?.shadowRoot?.querySelector('[data-testid="gap-sidebar"]');
    if (ui?.getAttribute('data-state') === 'ready') timing.ready = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

