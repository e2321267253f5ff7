import { createRoot, type Root } from 'react-dom/client';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startJobPage } from '../lib/job-page/job-page';
import { SHADOW_ROOT_MODE } from '../lib/job-page/shadow-mode';
import { JobPageSidebar } from '../components/job-page/job-page-sidebar';
// Inlined into the shadow root: a web-accessible CSS file would let every board page detect the extension.
import sidebarCss from '../components/sidebar/sidebar.css?inline';

/**
 * The gap sidebar, injected by the background (lib/messaging/inject-ui.ts) into a board page's frame once the job-page
 * detector (entrypoints/job.content) saw a posting URL there: React, capture and the sidebar load only on job pages.
 * lib/job-page/job-page.ts does the work (re-injection guard, session, in-page navigation — including hiding on
 * non-job URLs), this file wires the UI.
 *
 * An unlisted script gets no context from WXT: it makes its own, named apart from the detector's ("job"), because
 * WXT invalidates an older context when a newer one of the same name starts in the frame. A second injection of this
 * file announces itself under this name, and the running sidebar steps aside for it (job-page.ts retires it first).
 */
export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('job-ui');
  const page = startJobPage(ctx);
  void createShadowRootUi<Root>(ctx, {
    name: 'pathway-lens',
    mode: SHADOW_ROOT_MODE,
    css: sidebarCss,
    position: 'overlay',
    zIndex: 2147483647,
    isolateEvents: true,
    anchor: 'html',
    onMount(container) {
      const root = createRoot(container);
      root.render(<JobPageSidebar session={page.session} pageDocument={document} onReload={() => location.reload()} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  }).then((ui) => page.attach(ui));
  // Nothing for executeScript to carry back.
  return undefined;
});
