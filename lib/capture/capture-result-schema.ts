import { z } from 'zod';
import { CAPTURE_BOARDS, CAPTURE_FAILURE_MESSAGES, CAPTURE_SOURCES, DESCRIPTION_BLOCK_TYPES, LIMITS, type CaptureFailureReason } from './capture-result';

/**
 * Zod schemas for what capture produces (./capture-result.ts holds the constants, helpers and, re-exported,
 * these types). Kept apart so the content script, which captures, does not bundle zod.
 * Every string is bounded: page text is hostile and this object is stored and messaged around.
 */
export const CaptureBoardSchema = z.enum(CAPTURE_BOARDS);
export type CaptureBoard = z.infer<typeof CaptureBoardSchema>;

export const CaptureSourceSchema = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

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

export const CaptureFailureSchema = z.object({
  ok: z.literal(false),
  /** 'no-description': the job's page, but its description is not in the DOM (e.g. Ashby's Application tab). */
  reason: z.enum(Object.keys(CAPTURE_FAILURE_MESSAGES) as [CaptureFailureReason, ...CaptureFailureReason[]]),
  message: z.string().max(200),
});
export type CaptureFailure = z.infer<typeof CaptureFailureSchema>;

export const CaptureSuccessSchema = z.object({ ok: z.literal(true), posting: CapturedPostingSchema });
export type CaptureSuccess = z.infer<typeof CaptureSuccessSchema>;

export const CaptureResultSchema = z.discriminatedUnion('ok', [CaptureSuccessSchema, CaptureFailureSchema]);
export type CaptureResult = z.infer<typeof CaptureResultSchema>;
