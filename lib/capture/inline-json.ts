/**
 * Reads a JSON object assigned in an inline script (`window.__appData = {…};`) from the script's TEXT.
 * Nothing is executed: the object literal is sliced by a string-aware brace scan (linear, bounded) and
 * handed to JSON.parse. Anything that is not plain JSON is rejected.
 */

export const MAX_SCRIPT_CHARS = 3_000_000;
const MAX_SCRIPTS = 300;

/** The `{…}` starting at `start` (which must be `{`), or null when unbalanced within the text. */
export function sliceJsonObject(text: string, start: number): string | null {
  if (text.charCodeAt(start) !== 123) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i += 1; // backslash: skip the escaped character
      else if (code === 34) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 || code === 91) depth += 1;
    else if (code === 125 || code === 93) {
      depth -= 1;
      if (depth === 0) return text.slice(start, i + 1);
      if (depth < 0) return null;
    }
  }
  return null;
}

/** Parses the value assigned to `marker` (e.g. "window.__appData") in any inline script of the page. */
export function readAssignedJson(doc: Document, marker: string): unknown {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i += 1) {
    const script = scripts[i];
    if (!script || script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const at = text.indexOf(marker);
    if (at < 0) continue;
    // `marker = {` with only whitespace around "=".
    const rest = /^\s{0,20}=\s{0,20}/.exec(text.slice(at + marker.length, at + marker.length + 64));
    if (!rest) continue;
    const slice = sliceJsonObject(text, at + marker.length + rest[0].length);
    if (!slice) continue;
    try {
      return JSON.parse(slice) as unknown;
    } catch {
      continue;
    }
  }
  return null;
}
