import { DESCRIPTION_EXCERPT_MAX } from './schemas';

/** The bounded part of a description kept with a saved posting: enough to recognise it, not to bloat storage. */
export function toExcerpt(description: string, max = DESCRIPTION_EXCERPT_MAX): string {
  const collapsed = description.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  let cut = collapsed.slice(0, max - 1);
  // Never leave half of a surrogate pair at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}
