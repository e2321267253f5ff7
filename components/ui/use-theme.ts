import { useEffect, useState } from 'react';

export type ThemeSetting = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

/** Remembered per extension origin so the next page paints in the right theme before settings arrive. */
export const THEME_CACHE_KEY = 'pathway-lens-theme';

function systemDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function resolveTheme(setting: ThemeSetting, dark: boolean): ResolvedTheme {
  return setting === 'system' ? (dark ? 'dark' : 'light') : setting;
}

/** Called by the page entry before the first render (no flash of the wrong theme). */
export function applyCachedTheme(root: HTMLElement = document.documentElement): void {
  try {
    const cached = localStorage.getItem(THEME_CACHE_KEY);
    const setting: ThemeSetting = cached === 'light' || cached === 'dark' ? cached : 'system';
    root.dataset.theme = resolveTheme(setting, systemDark());
  } catch {
    // Storage blocked: the media query in theme.css still follows the system.
  }
}

/**
 * The theme in use: the user's setting, "system" following the OS live. Sets `data-theme` on the root
 * element (theme.css keys its token blocks on it) and returns the resolved theme.
 */
export function useAppliedTheme(setting: ThemeSetting | null, root: HTMLElement | null = typeof document === 'undefined' ? null : document.documentElement): ResolvedTheme {
  const [dark, setDark] = useState(systemDark);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const resolved = resolveTheme(setting ?? 'system', dark);
  useEffect(() => {
    if (!root || setting === null) return;
    root.dataset.theme = resolved;
    try {
      localStorage.setItem(THEME_CACHE_KEY, setting);
    } catch {
      // Not remembered: the next page starts from the system theme.
    }
  }, [root, resolved, setting]);
  return resolved;
}
