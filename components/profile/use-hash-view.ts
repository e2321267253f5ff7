import { useCallback, useEffect, useState } from 'react';
import { dashboardViewOf, type DashboardView } from '../../lib/profile/welcome';

export interface HashView {
  readonly view: DashboardView;
  /** The hash without `#` (a section to scroll to in the main view). */
  readonly hash: string;
  /** Goes to a hash (`profile`, `compare`); '' goes to the main view's top. */
  readonly navigate: (hash: string) => void;
}

const currentHash = () => (typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, '').slice(0, 100));

/** The dashboard's view from the page's hash (`#profile`, `#welcome`, else the sections), following hash changes. */
export function useHashView(): HashView {
  const [hash, setHash] = useState(currentHash);
  useEffect(() => {
    const onChange = () => {
      const next = currentHash();
      setHash(next);
      // A view (profile, welcome) opens at its top; a section of the main view is scrolled to once drawn.
      if (dashboardViewOf(next) !== 'main') window.scrollTo?.(0, 0);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: string) => {
    if (next === '') history.pushState(null, '', `${location.pathname}${location.search}`);
    else location.hash = next;
    setHash(currentHash());
    window.scrollTo?.(0, 0);
  }, []);
  return { view: dashboardViewOf(hash), hash, navigate };
}
