import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';
import { startJobPage } from '../../lib/job-page/job-page';
import { SHADOW_ROOT_MODE } from '../../lib/job-page/shadow-mode';
import { JobPageSidebar } from '../../components/job-page/job-page-sidebar';
// Inlined into the shadow root: a web-accessible CSS file would let every board page detect the extension.
import sidebarCss from '../../components/sidebar/sidebar.css?inline';

/** The gap sidebar on job-board pages: lib/job-page/job-page.ts does the work, this file wires the UI. */
export default defineContentScript({
  matches: [...JOB_BOARD_MATCHES],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const page = startJobPage(ctx);
    const ui = await createShadowRootUi<Root>(ctx, {
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
    });
    page.attach(ui);
  },
});
