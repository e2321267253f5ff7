import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { pathway as bundledPathway } from '../../data/pathway';
import { Chevron } from './chevron';
import { clampReadiness } from './clamp-readiness';
import { LensMark } from './lens-mark';
import { ReadyView } from './ready-view';
import { SideSwapMark } from './side-swap-mark';
import type { GapSidebarProps } from './sidebar-props';
import { StateMessage } from './state-message';

/**
 * The gap sidebar: pure UI (props in, callbacks out). The collapsed tab, or the panel with its bar and the
 * posting's view. Its styles (`sidebar.css`) are passed to the shadow root by the content script as a string.
 */
export function GapSidebar(props: GapSidebarProps): ReactNode {
  const { state, theme, side, collapsed, onToggleCollapsed, autoFocus = false } = props;
  const pathway = props.pathway ?? bundledPathway;
  const panelRef = useRef<HTMLElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  const wasCollapsed = useRef(collapsed);
  const focusTabAfterCollapse = useRef(false);

  // Opening moves focus into the panel (tab click or shortcut); collapsing with the keyboard leaves it on the tab.
  // A layout effect: focus moves with the DOM change, before the frame is painted — under React and under the
  // preact/compat build of the page's sidebar alike (Preact runs plain effects after the paint).
  useLayoutEffect(() => {
    if (wasCollapsed.current && !collapsed) panelRef.current?.focus({ preventScroll: true });
    if (!wasCollapsed.current && collapsed && focusTabAfterCollapse.current) tabRef.current?.focus({ preventScroll: true });
    focusTabAfterCollapse.current = false;
    wasCollapsed.current = collapsed;
  }, [collapsed]);

  useEffect(() => {
    if (autoFocus) panelRef.current?.focus({ preventScroll: true });
    // Only on mount: later openings are handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape' || collapsed || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    focusTabAfterCollapse.current = true;
    onToggleCollapsed(true);
  };

  const readiness = state.kind === 'ready' ? clampReadiness(state.score.readiness) : null;

  return (
    <div
      className="pl-root"
      data-testid="gap-sidebar"
      data-theme={theme}
      data-side={side}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-state={state.kind}
      onKeyDown={onKeyDown}
    >
      {collapsed ? (
        <button
          ref={tabRef}
          type="button"
          className="pl-tab"
          data-testid="toggle-sidebar"
          aria-expanded="false"
          aria-label={readiness === null ? 'Open Pathway Lens' : `Open Pathway Lens, readiness ${readiness} of 100`}
          title={props.shortcutLabel ? `Open Pathway Lens (${props.shortcutLabel})` : 'Open Pathway Lens'}
          onClick={() => onToggleCollapsed(false)}
        >
          <LensMark />
          {readiness !== null && <span className="pl-tab-score">{readiness}</span>}
        </button>
      ) : (
        <aside ref={panelRef} className="pl-panel" tabIndex={-1} aria-label="Pathway Lens">
          <div className="pl-bar">
            <span className="pl-brand">
              <LensMark />
              Pathway Lens
            </span>
            <span className="pl-bar-actions">
              {state.kind === 'ready' && (
                <button
                  type="button"
                  role="switch"
                  aria-checked={props.highlightsOn}
                  className="pl-switch"
                  onClick={() => props.onToggleHighlights(!props.highlightsOn)}
                >
                  <span className="pl-switch-track" aria-hidden="true">
                    <span className="pl-switch-thumb" />
                  </span>
                  Highlights
                </button>
              )}
              {props.onSideChange && (
                <button
                  type="button"
                  className="pl-icon-btn"
                  data-testid="sidebar-side"
                  aria-label={side === 'right' ? 'Move Pathway Lens to the left edge' : 'Move Pathway Lens to the right edge'}
                  title={side === 'right' ? 'Move to the left' : 'Move to the right'}
                  onClick={() => props.onSideChange?.(side === 'right' ? 'left' : 'right')}
                >
                  <SideSwapMark />
                </button>
              )}
              <button
                type="button"
                className="pl-icon-btn"
                data-testid="toggle-sidebar"
                aria-expanded="true"
                aria-label="Collapse Pathway Lens"
                title="Collapse (Esc)"
                onClick={() => onToggleCollapsed(true)}
              >
                <Chevron direction={side === 'right' ? 'right' : 'left'} />
              </button>
            </span>
          </div>
          {state.kind === 'ready' ? (
            <ReadyView {...props} state={state} pathway={pathway} />
          ) : (
            <div className="pl-body">
              <StateMessage state={state} onReload={props.onReload} />
            </div>
          )}
        </aside>
      )}
    </div>
  );
}
