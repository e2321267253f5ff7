import type { ReactNode } from 'react';
import type { ReadyState, SidebarState } from '../../lib/job-page/sidebar-state';

/** The panel's body in every state but ready: loading, no posting, still loading, no description, extension updated. */
export function StateMessage({ state, onReload }: { state: Exclude<SidebarState, ReadyState>; onReload: (() => void) | undefined }): ReactNode {
  switch (state.kind) {
    case 'loading':
      return (
        <div className="pl-state" role="status" aria-busy="true">
          <div className="pl-skeleton pl-skeleton--title" aria-hidden="true" />
          <div className="pl-skeleton" aria-hidden="true" />
          <div className="pl-skeleton pl-skeleton--short" aria-hidden="true" />
          <p className="pl-state-text">Reading this posting…</p>
        </div>
      );
    case 'no-posting':
      return (
        <div className="pl-state" role="status">
          <p className="pl-state-title">No posting found here — paste it in the popup</p>
          <p className="pl-state-text">
            Pathway Lens couldn’t find a job description on this page. Open Pathway Lens from the toolbar and paste the posting
            to see it against your pathway.
          </p>
        </div>
      );
    case 'still-loading':
      return (
        <div className="pl-state" role="status" aria-busy="true">
          <p className="pl-state-title">Posting still loading</p>
          <p className="pl-state-text">The job description hasn’t appeared yet. This panel fills in as soon as it does.</p>
        </div>
      );
    case 'no-description':
      return (
        <div className="pl-state" role="status">
          <p className="pl-state-title">Open the Overview tab to see this posting’s gap report</p>
          <p className="pl-state-text">
            This page shows the job but not its description (for example, its application form), so there is nothing to
            measure yet. Switch to the tab with the job description and the report appears here.
          </p>
        </div>
      );
    case 'context-invalidated':
      return (
        <div className="pl-state" role="alert">
          <p className="pl-state-title">Extension was updated — reload this tab</p>
          <p className="pl-state-text">Pathway Lens was updated or restarted, so this page lost its connection to it. Nothing you saved is lost.</p>
          {onReload && (
            <button type="button" className="pl-btn pl-btn--primary" onClick={onReload}>
              Reload tab
            </button>
          )}
        </div>
      );
  }
}
