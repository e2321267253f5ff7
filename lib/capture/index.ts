/** Public API of capture: what the content script, popup and CLI use. */
export { capturePosting, captureDetailed, type CaptureDetails, type CaptureOptions } from './capture-posting';
export {
  blocksToText,
  captureFailure,
  CAPTURE_BOARDS,
  CAPTURE_FAILURE_MESSAGES,
  LIMITS,
  parseCapturedPosting,
  type CaptureBoard,
  type CaptureFailure,
  type CaptureFailureReason,
  type CaptureResult,
  type CaptureSource,
  type CapturedPosting,
  type DescriptionBlock,
} from './capture-result';
export { CaptureFailureSchema, CaptureResultSchema, CapturedPostingSchema, DescriptionBlockSchema } from './capture-result-schema';
export { plainTextToBlocks } from './block-builder';
export { descriptionHtmlToBlocks, htmlToBlocks } from './html-to-blocks';
export {
  detectBoard,
  genericCanonicalUrl,
  genericJobKey,
  isJobPageUrl,
  jobKeyFromUrl,
  jobRefFromUrl,
  type JobRef,
  type KnownBoard,
} from './job-key';
export { MAX_WAIT_MS, waitForJob, type WaitForJobOptions } from './wait-for-job';
