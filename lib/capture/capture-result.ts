import { z } from 'zod';
import { KNOWN_BOARDS } from '../job-boards';

/**
 * What capture hands to analysis: one posting read from a page, or a reason the UI can show.
 * Every string is bounded: page text is hostile and this object is stored and messaged around.
 */
export const CAPTURE_BOARDS = [...KNOWN_BOARDS, 'jsonld', 'generic'] as const;
export const CaptureBoardSchema = z.enum(CAPTURE_BOARDS);
export type CaptureBoard = z.infer<typeof CaptureBoardSchema>;

export const CAPTURE_SOURCES = ['jsonld', 'board', 'generic'] as const;
export const CaptureSourceSchema = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

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
export const DescriptionBlockSchema = z.object({
  type: z.enum(DESCRIPTION_BLOCK_TYPES),
  text: z.string().min(1).max(LIMITS.blockChars),
});
export type DescriptionBlock = z.infer<typeof DescriptionBlockSchema>;

const field = z.string().min(1).max(LIMITS.fieldChars);

export const CapturedPostingSchema = z.object({
  board: CaptureBoardSchema,
  url: z.string().min(1).max(LIMITS.urlChars),
  canonicalUrl: z.string().min(1).max(LIMITS.urlChars),
  /** `<board>:<id>` for known boards (e.g. `linkedin:4074860200`, `workday:nvidia:JR1990000`), `generic:<host><path>` otherwise. */
  jobKey: z.string().min(3).max(LIMITS.jobKeyChars),
  title: field,
  company: field.nullable(),
  location: field.nullable(),
  /** Blocks joined by blocksToText (list items prefixed with "- "). */
  descriptionText: z.string().min(1).max(LIMITS.descriptionChars + LIMITS.blocks * 4),
  descriptionBlocks: z.array(DescriptionBlockSchema).min(1).max(LIMITS.blocks),
  source: CaptureSourceSchema,
  /** ISO-8601 timestamp. */
  capturedAt: z.iso.datetime(),
});
export type CapturedPosting = z.infer<typeof CapturedPostingSchema>;

export const CAPTURE_FAILURE_MESSAGES = {
  'no-posting': 'no posting found on this page',
  loading: 'posting still loading',
} as const;
export type CaptureFailureReason = keyof typeof CAPTURE_FAILURE_MESSAGES;

export const CaptureFailureSchema = z.object({
  ok: z.literal(false),
  reason: z.enum(['no-posting', 'loading']),
  message: z.string().max(200),
});
export type CaptureFailure = z.infer<typeof CaptureFailureSchema>;

export const CaptureSuccessSchema = z.object({ ok: z.literal(true), posting: CapturedPostingSchema });
export type CaptureSuccess = z.infer<typeof CaptureSuccessSchema>;

export const CaptureResultSchema = z.discriminatedUnion('ok', [CaptureSuccessSchema, CaptureFailureSchema]);
export type CaptureResult = z.infer<typeof CaptureResultSchema>;

export function captureFailure(reason: CaptureFailureReason): CaptureFailure {
  return { ok: false, reason, message: CAPTURE_FAILURE_MESSAGES[reason] };
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
