import type { CapturedPosting } from '../capture/capture-result';

/** Adds a listener that is removed when the content script's context ends (WXT's `ctx.addEventListener`). */
export type Listen = (target: EventTarget, type: string, listener: (event: Event) => void) => void;

/**
 * Reports in-page navigations as soon as they happen. WXT's `wxt:locationchange` polls the URL once a second:
 * alone, the sidebar would keep showing the previous job for up to a second after a click, and a capture could
 * start mid-swap. Where the Navigation API exists (Chromium), this reacts at once: it notes what the pane shows
 * as the URL changes (that cannot be the new job's text yet), then reports when the new entry is current.
 * The poll stays as the fallback (Firefox); the session ignores repeats of the same job.
 */
export function watchInPageNavigation(
  win: Window,
  listen: Listen,
  readPane: () => CapturedPosting | null,
  onNavigate: (paneBefore: CapturedPosting | null) => void,
): void {
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) {
    let paneBefore: CapturedPosting | null = null;
    listen(navigation, 'navigate', (event) => {
      // A full page load replaces the content script anyway.
      if ((event as { destination?: { sameDocument?: boolean } }).destination?.sameDocument === false) return;
      paneBefore = readPane();
    });
    listen(navigation, 'currententrychange', () => {
      const before = paneBefore;
      paneBefore = null;
      onNavigate(before);
    });
  }
  listen(win, 'wxt:locationchange', () => onNavigate(null));
}
