/**
 * Errors the data layer reports to the UI, each with a message a user can act on.
 * Zod-free (the content script bundles it); StorageErrorSchema is in ./result-schema.ts.
 */
export const STORAGE_ERROR_CODES = ['invalid-input', 'not-found', 'read-only', 'quota', 'write-failed', 'forbidden', 'import-rejected', 'unavailable'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];
export type StorageErrorInfo = {
  code: StorageErrorCode;
  message: string;
};
/** Longest error message accepted from the background. */
export const STORAGE_ERROR_MESSAGE_MAX = 2000;

/** StorageErrorSchema's check without zod: a known code and a bounded message (other keys are ignored). */
export function isStorageErrorInfo(value: unknown): value is StorageErrorInfo {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { code, message } = value as Record<string, unknown>;
  return (
    (STORAGE_ERROR_CODES as readonly unknown[]).includes(code) &&
    typeof message === 'string' &&
    message.length <= STORAGE_ERROR_MESSAGE_MAX
  );
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StorageErrorInfo };

/** Thrown inside the writer, turned into `{ ok: false }` at its boundary. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: StorageErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
