import type { ReactNode } from 'react';

interface ExternalLinkProps {
  readonly href: string;
  readonly children: ReactNode;
}

/**
 * A link that opens in a new tab (a popup would otherwise navigate itself away).
 * `noreferrer` keeps the opened site from learning where the user came from; the hidden text warns
 * screen-reader users about the new tab.
 */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
