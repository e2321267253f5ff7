import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { BADGES_CSS, createBadgeLayer, type BadgeLayer } from '../lib/list-badges/badge-layer';
import { startListBadges } from '../lib/list-badges/list-badges';
import { LIST_PAGE_GUARD, runningJobPage } from '../lib/job-page/detector';
import { SHADOW_ROOT_MODE } from '../lib/job-page/shadow-mode';
import { client } from '../lib/messaging/client';

/**
 * The list badges, injected by the background (lib/messaging/inject-ui.ts, `injectListUi`) into a board's search/result
 * list once the job-page detector (entrypoints/job.content) saw a list URL there. No React: a shadow-root UI (closed in
 * shipped builds, lib/job-page/shadow-mode.ts) whose badges lib/list-badges/badge-layer.ts draws as text, and
 * lib/list-badges/list-badges.ts keeps on their cards. Its own context name, apart from the detector's ("job") and the
 * sidebar's ("job-ui"): WXT invalidates an older context of the same name when a newer one starts in the frame.
 */
export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('list-ui');
  // Injected again into a page whose badges run (or ran before an extension reload): this instance takes over alone.
  runningJobPage(window, LIST_PAGE_GUARD)?.retire();
  document.querySelectorAll('pathway-lens-badges[data-wxt-shadow-root]').forEach((el) => el.remove());
  let layer: BadgeLayer | null = null;
  void createShadowRootUi<BadgeLayer>(ctx, {
    name: 'pathway-lens-badges',
    mode: SHADOW_ROOT_MODE,
    css: BADGES_CSS,
    position: 'overlay',
    anchor: 'html',
    isolateEvents: true,
    onMount(container) {
      layer = createBadgeLayer(container, document);
      return layer;
    },
    onRemove(mounted) {
      mounted?.clear();
    },
  }).then((ui) => {
    if (!ctx.isValid) return;
    ui.mount();
    startListBadges({
      win: window,
      layer: {
        sync: (placements) => layer?.sync(placements),
        clear: () => layer?.clear(),
      },
      fetch: (board, jobKeys) => client.getCardBadges({ board, jobKeys }),
      listen: (target, type, listener, options) => ctx.addEventListener(target as Window, type as 'scroll', listener, options),
      signal: ctx.signal,
      onStorageChange: (listener) => {
        const onChanged = (changes: Record<string, unknown>, area: string) => {
          if (area === 'local') listener(Object.keys(changes));
        };
        browser.storage.onChanged.addListener(onChanged);
        return () => browser.storage.onChanged.removeListener(onChanged);
      },
    });
  });
  return undefined;
});
