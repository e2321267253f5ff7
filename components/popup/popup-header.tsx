interface PopupHeaderProps {
  /** In-page jumps; a later issue turns this bar into tabs (This page, Roadmap, Saved, Insights). */
  readonly links: readonly { readonly id: string; readonly label: string }[];
}

/** The brand line and the section navigation; it stays put while the content below scrolls. */
export function PopupHeader({ links }: PopupHeaderProps) {
  return (
    <header className="popup-header">
      <p className="popup-header__brand">
        <svg className="popup-header__logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M15 15l6 6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        Pathway Lens
      </p>
      <nav className="popup-header__nav" aria-label="Sections">
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              <a href={`#${link.id}`}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
