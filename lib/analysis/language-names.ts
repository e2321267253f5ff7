/**
 * Language ids and names, and how a report's language is read by the views: apart from the detector
 * (./language.ts, which re-exports all of this) so the sidebar bundles these few lines, not its word tables.
 */

export const LANGUAGE_NAMES = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  pl: 'Polish',
  sv: 'Swedish',
  ru: 'Russian',
  uk: 'Ukrainian',
  el: 'Greek',
  he: 'Hebrew',
  ar: 'Arabic',
  fa: 'Persian',
  hi: 'Hindi',
  th: 'Thai',
  ko: 'Korean',
  ja: 'Japanese',
  zh: 'Chinese',
} as const;

export type LanguageId = keyof typeof LANGUAGE_NAMES;

/** The language's English name ("French"); the id itself for an id this version does not know (a newer report). */
export function languageName(id: string): string {
  return Object.hasOwn(LANGUAGE_NAMES, id) ? LANGUAGE_NAMES[id as LanguageId] : id;
}

/**
 * The language of a report the analysis could not read, or null when it reads it: English, undetermined (null),
 * or a report made before languages were detected (undefined). The views show a notice instead of a readiness
 * for the former.
 */
export function unreadLanguage(id: string | null | undefined): string | null {
  return id == null || id === 'en' ? null : id;
}
