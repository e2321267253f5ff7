import type { z } from 'zod';
import type { Settings, SettingsPatchSchema, SidebarPrefs } from './schemas';

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

// Board records come from storage and imports: read own properties only, never inherited ones.
export function autoOpenFor(settings: Settings, board: string): boolean {
  return Object.hasOwn(settings.autoOpen, board) ? settings.autoOpen[board] === true : settings.defaultAutoOpen;
}

export function sidebarFor(settings: Settings, board: string): SidebarPrefs {
  return Object.hasOwn(settings.sidebar, board) ? (settings.sidebar[board] ?? settings.defaultSidebar) : settings.defaultSidebar;
}

/** Whether matched words are highlighted on this board's pages (on unless the user turned them off there). */
export function highlightsFor(settings: Settings, board: string): boolean {
  return !(settings.highlights && Object.hasOwn(settings.highlights, board) && settings.highlights[board] === false);
}

/** Whether job cards of this board's search/result lists get badges (on unless the user turned them off there). */
export function listBadgesFor(settings: Settings, board: string): boolean {
  return !(settings.listBadges && Object.hasOwn(settings.listBadges, board) && settings.listBadges[board] === false);
}

/** Applies a validated patch; returns a new object (copies records so no caller's object is shared). */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch, updatedAt: number): Settings {
  const next: Settings = { ...settings, autoOpen: { ...settings.autoOpen }, sidebar: { ...settings.sidebar }, updatedAt };
  if (patch.theme) next.theme = patch.theme;
  if (patch.startDate === null) delete next.startDate;
  else if (patch.startDate !== undefined) next.startDate = patch.startDate;
  for (const key of ['hoursPerWeek', 'pathwayHoursPerWeek'] as const) {
    const value = patch[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  if (patch.defaultAutoOpen !== undefined) next.defaultAutoOpen = patch.defaultAutoOpen;
  if (patch.autoOpen) next.autoOpen[patch.autoOpen.board] = patch.autoOpen.enabled;
  if (patch.highlights) next.highlights = { ...settings.highlights, [patch.highlights.board]: patch.highlights.enabled };
  if (patch.listBadges) next.listBadges = { ...settings.listBadges, [patch.listBadges.board]: patch.listBadges.enabled };
  if (patch.sidebar) {
    const current = sidebarFor(settings, patch.sidebar.board);
    next.sidebar[patch.sidebar.board] = {
      position: patch.sidebar.position ?? current.position,
      collapsed: patch.sidebar.collapsed ?? current.collapsed,
    };
  }
  return next;
}
