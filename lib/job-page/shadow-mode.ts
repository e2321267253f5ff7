/**
 * Every shadow root Pathway Lens puts on a page is closed in shipped builds: a page script cannot reach into it
 * (`host.shadowRoot` is null), so it cannot read the user's readiness or gaps. Browser tests that look inside
 * build with `PATHWAY_LENS_OPEN_SHADOW=1` (wxt.config.ts turns it into this compile-time constant).
 */
export const SHADOW_ROOT_MODE: ShadowRootMode = import.meta.env.PATHWAY_LENS_OPEN_SHADOW === '1' ? 'open' : 'closed';
