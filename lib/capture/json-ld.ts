import { LIMITS, type DescriptionBlock } from './capture-result';
import { descriptionHtmlToBlocks } from './html-to-blocks';
import { decodeEntities } from './html-entities';
import { nonEmpty } from './text';
import { arrayOf, finiteNumber, nullish, object, text, union } from './shape';

/**
 * schema.org JobPosting from `<script type="application/ld+json">`: top level, arrays, `@graph`, and one
 * level of common wrappers (`mainEntity`, `itemListElement`). Script text is read, never executed; sizes
 * and walk breadth are capped; the chosen object is validated (./shape.ts checks) before any field is used.
 */

const MAX_SCRIPTS = 50;
const MAX_JSON_CHARS = 1_000_000;
const MAX_VISITS = 2_000;
const MAX_DEPTH = 6;

const str = text(LIMITS.descriptionChars * 4);
const isAddress = object({
  addressLocality: nullish(str),
  addressRegion: nullish(str),
  addressCountry: nullish(union(str, object({ name: nullish(str) }))),
});
const isPlace = union(str, object({ address: nullish(union(str, isAddress)), name: nullish(str) }));
const isOrganization = union(str, object({ name: nullish(str) }));

const isJobPosting = object({
  title: nullish(str),
  name: nullish(str),
  description: nullish(str),
  url: nullish(str),
  hiringOrganization: nullish(union(isOrganization, arrayOf(isOrganization, 10))),
  jobLocation: nullish(union(isPlace, arrayOf(isPlace, 50))),
  jobLocationType: nullish(union(str, arrayOf(str, 10))),
  identifier: nullish(union(str, finiteNumber, object({ value: nullish(union(str, finiteNumber)) }))),
});

// What isJobPosting guarantees (unknown keys aside), in the fields read below.
type Text = string | null | undefined;
type Address = { addressLocality?: Text; addressRegion?: Text; addressCountry?: string | { name?: Text } | null };
type Place = string | { address?: string | Address | null; name?: Text };
type Organization = string | { name?: Text };
interface JobPostingLd {
  title?: Text;
  name?: Text;
  description?: Text;
  url?: Text;
  hiringOrganization?: Organization | Organization[] | null;
  jobLocation?: Place | Place[] | null;
  jobLocationType?: string | string[] | null;
}

export interface JsonLdPosting {
  title: string | null;
  company: string | null;
  location: string | null;
  blocks: DescriptionBlock[];
  url: string | null;
}

function isJobPostingType(type: unknown): boolean {
  if (typeof type === 'string') return /^(?:https?:\/\/schema\.org\/)?JobPosting$/i.test(type);
  return Array.isArray(type) && type.slice(0, 10).some((t) => isJobPostingType(t));
}

/** Every JobPosting-typed object in the parsed value (bounded breadth-first walk). */
function collectJobPostings(root: unknown, out: unknown[]): void {
  const queue: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let head = 0;
  const push = (value: unknown, depth: number): void => {
    if (queue.length < MAX_VISITS * 2) queue.push({ value, depth });
  };
  while (head < queue.length && head < MAX_VISITS && out.length < 20) {
    const item = queue[head];
    head += 1;
    if (!item) break;
    const { value, depth } = item;
    if (Array.isArray(value)) {
      if (depth < MAX_DEPTH) for (const child of value.slice(0, 200)) push(child, depth + 1);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    if (isJobPostingType(record['@type'])) {
      out.push(record);
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
      if (key in record) push(record[key], depth + 1);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Raw newlines/tabs inside strings are the most common breakage: retry with them as spaces.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001F]+/g, ' ')) as unknown;
    } catch {
      return null;
    }
  }
}

function placeText(place: Place): string | null {
  if (typeof place === 'string') return nonEmpty(place);
  const address = place.address;
  if (typeof address === 'string') return nonEmpty(address);
  if (address) {
    const country =
      typeof address.addressCountry === 'string' ? address.addressCountry : (address.addressCountry?.name ?? null);
    const parts = [address.addressLocality, address.addressRegion]
      .map((p) => nonEmpty(p, 120))
      .filter((p): p is string => p !== null);
    // "San Bruno, CA" rather than "San Bruno, CA, US": the country only when little else is known.
    if (parts.length < 2 && nonEmpty(country, 120)) parts.push(nonEmpty(country, 120) ?? '');
    const unique = parts.filter((p, i) => parts.indexOf(p) === i);
    if (unique.length > 0) return unique.join(', ');
  }
  return nonEmpty(place.name);
}

function locationText(posting: JobPostingLd): string | null {
  const raw = posting.jobLocation;
  const places = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
  const texts = places
    .slice(0, 10)
    .map(placeText)
    .filter((t): t is string => t !== null);
  const unique = texts.filter((t, i) => texts.indexOf(t) === i).slice(0, 5);
  if (unique.length > 0) return nonEmpty(unique.join('; '));
  const types = posting.jobLocationType;
  const remote = (Array.isArray(types) ? types : [types]).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  return remote ? 'Remote' : null;
}

function toPosting(raw: unknown): JsonLdPosting | null {
  if (!isJobPosting(raw)) return null;
  const p = raw as JobPostingLd;
  const org = Array.isArray(p.hiringOrganization) ? p.hiringOrganization[0] : (p.hiringOrganization ?? undefined);
  // Titles in JSON-LD are sometimes entity-escaped too ("R&amp;D").
  const title = nonEmpty(decodeEntities((p.title ?? p.name ?? '').slice(0, 1000)));
  return {
    title,
    company: nonEmpty(decodeEntities((typeof org === 'string' ? org : (org?.name ?? '')).slice(0, 1000))),
    location: locationText(p),
    blocks: p.description ? descriptionHtmlToBlocks(p.description) : [],
    url: nonEmpty(p.url, 2048),
  };
}

/** All JobPostings on the page, in document order (usually zero or one). */
export function readJsonLdPostings(doc: Document): JsonLdPosting[] {
  const raws: unknown[] = [];
  const scripts = doc.getElementsByTagName('script');
  let seen = 0;
  for (let i = 0; i < scripts.length && seen < MAX_SCRIPTS; i += 1) {
    const script = scripts[i];
    const type = script?.getAttribute('type')?.trim().toLowerCase();
    if (!script || type !== 'application/ld+json') continue;
    seen += 1;
    const text = script.textContent ?? '';
    if (text.length === 0 || text.length > MAX_JSON_CHARS) continue;
    collectJobPostings(parseJson(text), raws);
  }
  return raws
    .slice(0, 20)
    .map(toPosting)
    .filter((p): p is JsonLdPosting => p !== null);
}
