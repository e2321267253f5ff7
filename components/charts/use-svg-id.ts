import { useId } from 'react';

/** A document-unique id safe inside `url(#…)` and `aria-labelledby` (React's own ids contain punctuation). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** Shortens a label drawn inside an SVG (the full text stays in the table and the tooltip). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
