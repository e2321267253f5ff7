import { z } from 'zod';
import { STORAGE_ERROR_CODES, STORAGE_ERROR_MESSAGE_MAX, type StorageErrorInfo } from './result';

/** The zod form of StorageErrorInfo (./result.ts, zod-free, has the types and an equivalent guard, isStorageErrorInfo). */
export const StorageErrorSchema = z.object({
  code: z.enum(STORAGE_ERROR_CODES),
  message: z.string().max(STORAGE_ERROR_MESSAGE_MAX),
}) satisfies z.ZodType<StorageErrorInfo>;
