import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHtmlDocument } from '../../scripts/load-html-document';

// Path strings, not URL objects: under happy-dom the global URL is the DOM's, which node:url rejects.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'boards');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A fixture page as a Document at `url` (its own happy-dom window: no shared state between tests). */
export function loadFixture(name: string, url: string): Document {
  return loadHtmlDocument(fixtureHtml(name), url);
}

/** Simulates a board renaming a hook: every element matching `selector` gets `attr="value"` instead. */
export function renameHook(doc: Document, selector: string, attr: string, value: string, removeAttr?: string): void {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    if (removeAttr) el.removeAttribute(removeAttr);
    el.setAttribute(attr, value);
  }
}
