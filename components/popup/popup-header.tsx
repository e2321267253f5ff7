import { useRef, type KeyboardEvent } from 'react';

export const POPUP_TABS = [
  { id: 'page', label: 'This page' },
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'saved', label: 'Saved' },
  { id: 'insights', label: 'Insights' },
] as const;
export type PopupTab = (typeof POPUP_TABS)[number]['id'];

export const isPopupTab = (s: string): s is PopupTab => POPUP_TABS.some((t) => t.id === s);
export const tabId = (tab: PopupTab) => `popup-tab-${tab}`;
export const panelId = (tab: PopupTab) => `popup-panel-${tab}`;

interface PopupHeaderProps {
  readonly tab: PopupTab;
  readonly onTabChange: (tab: PopupTab) => void;
  readonly onOpenDashboard: () => void;
  /** Opens the profile (the dashboard's `#profile` view). */
  readonly onOpenProfile: () => void;
  /** Shown on the Saved tab ("Saved (12)"). */
  readonly savedCount: number | null;
}

/**
 * The brand line, "Your profile" and "Open dashboard", and the four tabs (WAI-ARIA tabs: arrow keys, Home and End move
 * between tabs; only the selected tab is in the tab order). It stays put while the panel scrolls.
 */
export function PopupHeader({ tab, onTabChange, onOpenDashboard, onOpenProfile, savedCount }: PopupHeaderProps) {
  const refs = useRef(new Map<PopupTab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = POPUP_TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % POPUP_TABS.length : e.key === 'ArrowLeft' ? (i - 1 + POPUP_TABS.length) % POPUP_TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? POPUP_TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = POPUP_TABS[next];
    if (!target) return;
    onTabChange(target.id);
    refs.current.get(target.id)?.focus();
  };
  return (
    <header className="popup-header">
      <div className="popup-header__top">
        <h1 className="popup-header__brand">
          <svg className="popup-header__logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
            <path d="M15 15l6 6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
          Pathway Lens
        </h1>
        <span className="popup-header__links">
          <button type="button" className="button button--link popup-header__dashboard" onClick={onOpenProfile} data-testid="open-profile">
            Your profile<span className="visually-hidden"> (opens in a new tab)</span>
          </button>
          <button type="button" className="button button--link popup-header__dashboard" onClick={onOpenDashboard} data-testid="open-dashboard">
            Open dashboard<span className="visually-hidden"> (opens in a new tab)</span>
          </button>
        </span>
      </div>
      <div className="popup-tabs" role="tablist" aria-label="Pathway Lens views" onKeyDown={onKeyDown}>
        {POPUP_TABS.map((t) => {
          const selected = t.id === tab;
          return (
            <button
              key={t.id}
              ref={(el) => {
                if (el) refs.current.set(t.id, el);
                else refs.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={tabId(t.id)}
              aria-selected={selected}
              aria-controls={selected ? panelId(t.id) : undefined}
              tabIndex={selected ? 0 : -1}
              className="popup-tabs__tab"
              data-testid={`popup-tab-${t.id}`}
              onClick={() => onTabChange(t.id)}
            >
              {t.label}
              {t.id === 'saved' && savedCount !== null ? <span className="popup-tabs__count"> ({savedCount})</span> : null}
            </button>
          );
        })}
      </div>
    </header>
  );
}
