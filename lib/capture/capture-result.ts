import { KNOWN_BOARDS } from '../job-boards';
import type { CaptureFailure, CapturedPosting, DescriptionBlock } from './capture-result-schema';

/**
 * What capture hands to analysis: one posting read from a page, or a reason the UI can show.
 * Every string is bounded: page text is hostile and this object is stored and messaged around.
 * This module is zod-free (the content script bundles it); the zod schemas, and the types inferred
 * from them (re-exported here), are in ./capture-result-schema.ts.
 */
export type {
  CaptureBoard,
  CaptureFailure,
  CaptureResult,
  CaptureSource,
  CaptureSuccess,
  CapturedPosting,
  DescriptionBlock,
} from './capture-result-schema';

/**
 * A capture in the page itself (content script): the posting plus the element its description was read from,
 * for highlights and scroll-to. Not serialisable: `capturePosting` (CaptureResult) is what crosses contexts.
 */
export type PageCapture = { readonly ok: true; readonly posting: CapturedPosting; readonly descriptionElement: Element | null } | CaptureFailure;

export const CAPTURE_BOARDS = [...KNOWN_BOARDS, 'jsonld', 'generic'] as const;

export const CAPTURE_SOURCES = ['jsonld', 'board', 'generic'] as const;

/** Limits shared by every extractor (and by the schema, so nothing larger can slip through). */
export const LIMITS = {
  fieldChars: 500,
  urlChars: 2048,
  jobKeyChars: 400,
  blockChars: 4000,
  blocks: 1500,
  descriptionChars: 60_000,
} as const;

export const DESCRIPTION_BLOCK_TYPES = ['heading', 'paragraph', 'listItem'] as const;

export const CAPTURE_FAILURE_MESSAGES = {
  'no-posting': 'no posting found on this page',
  loading: 'posting still loading',
  'no-description': 'job found, but its description is not on the page',
} as const;
export type CaptureFailureReason = keyof typeof CAPTURE_FAILURE_MESSAGES;

export function captureFailure(reason: CaptureFailureReason): CaptureFailure {
  return { ok: false, reason, message: CAPTURE_FAILURE_MESSAGES[reason] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => (values as readonly unknown[]).includes(v);
// zod's `z.iso.datetime()` (UTC, `Z` only, any sub-second precision), same pattern.
const ISO_DATE = String.raw`(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))`;
const ISO_DATETIME = new RegExp(String.raw`^${ISO_DATE}T(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z))$`);

/**
 * `CapturedPostingSchema.safeParse` without zod (the content script must not bundle it): the same checks, and the
 * same output (a fresh object, blocks reduced to `{ type, text }`), or null where the schema would fail.
 * Keep it in step with CapturedPostingSchema (./capture-result-schema.ts).
 */
export function parseCapturedPosting(input: unknown): CapturedPosting | null {
  if (!isRecord(input)) return null;
  const { board, url, canonicalUrl, jobKey, title, company, location, descriptionText, descriptionBlocks, source, capturedAt } = input;
  const nullableField = (v: unknown): v is string | null => v === null || isText(v, 1, LIMITS.fieldChars);
  if (
    !isOneOf(CAPTURE_BOARDS, board) ||
    !isText(url, 1, LIMITS.urlChars) ||
    !isText(canonicalUrl, 1, LIMITS.urlChars) ||
    !isText(jobKey, 3, LIMITS.jobKeyChars) ||
    !isText(title, 1, LIMITS.fieldChars) ||
    !nullableField(company) ||
    !nullableField(location) ||
    !isText(descriptionText, 1, LIMITS.descriptionChars + LIMITS.blocks * 4) ||
    !Array.isArray(descriptionBlocks) ||
    descriptionBlocks.length < 1 ||
    descriptionBlocks.length > LIMITS.blocks ||
    !isOneOf(CAPTURE_SOURCES, source) ||
    typeof capturedAt !== 'string' ||
    !ISO_DATETIME.test(capturedAt)
  ) {
    return null;
  }
  const blocks: DescriptionBlock[] = [];
  for (const block of descriptionBlocks as unknown[]) {
    if (!isRecord(block) || !isOneOf(DESCRIPTION_BLOCK_TYPES, block.type) || !isText(block.text, 1, LIMITS.blockChars)) return null;
    blocks.push({ type: block.type, text: block.text });
  }
  return { board, url, canonicalUrl, jobKey, title, company, location, descriptionText, descriptionBlocks: blocks, source, capturedAt };
}

/** Plain text of blocks: one block per paragraph, consecutive list items on consecutive lines. */
export function blocksToText(blocks: readonly DescriptionBlock[]): string {
  let out = '';
  let prev: DescriptionBlock | undefined;
  for (const block of blocks) {
    if (prev) out += prev.type === 'listItem' && block.type === 'listItem' ? '\n' : '\n\n';
    out += block.type === 'listItem' ? `- ${block.text}` : block.text;
    prev = block;
  }
  return out;
}
