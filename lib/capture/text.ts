/**
 * Text hygiene for page-controlled strings. Every function here is linear and works on bounded input:
 * callers slice first, then clean.
 */

// Controls (except tab/newline), bidi embeddings/overrides/isolates (spoofing in the UI) and zero-width noise.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Removes invisible characters and collapses all whitespace (newlines included) to single spaces. */
export function cleanInline(text: string, maxChars: number): string {
  const sliced = text.length > maxChars * 2 + 64 ? text.slice(0, maxChars * 2 + 64) : text;
  const cleaned = sliced.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  return cleaned.length > maxChars ? truncate(cleaned, maxChars) : cleaned;
}

/** Cuts at a word boundary near maxChars and marks the cut. */
export function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars * 0.8 ? cut.slice(0, space) : cut}…`;
}

/** Lower-cased, whitespace-collapsed form used to compare titles. */
export function comparable(text: string | null | undefined): string {
  return cleanInline(text ?? '', 500).toLowerCase();
}

/** null for empty strings, so optional fields stay null rather than "". */
export function nonEmpty(text: string | null | undefined, maxChars = 500): string | null {
  if (text == null) return null;
  const cleaned = cleanInline(text, maxChars);
  return cleaned === '' ? null : cleaned;
}
