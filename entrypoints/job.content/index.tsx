import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { JOB_BOARD_MATCHES } from '../../lib/job-boards';

export default defineContentScript({
  matches: [...JOB_BOARD_MATCHES],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'pathway-lens',
      position: 'overlay',
      onMount(container) {
        const root = createRoot(container);
        root.render(<div>Pathway Lens</div>);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
