import { z } from 'zod';

/** Errors the data layer reports to the UI, each with a message a user can act on. */
export const STORAGE_ERROR_CODES = ['invalid-input', 'not-found', 'read-only', 'quota', 'write-failed', 'forbidden', 'import-rejected', 'unavailable'] as const;
export const StorageErrorSchema = z.object({ code: z.enum(STORAGE_ERROR_CODES), message: z.string().max(2000) });
export type StorageErrorInfo = z.infer<typeof StorageErrorSchema>;
export type StorageErrorCode = StorageErrorInfo['code'];

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
