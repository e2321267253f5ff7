import { z } from 'zod';
import { STORAGE_ERROR_CODES, STORAGE_ERROR_MESSAGE_MAX, type StorageErrorInfo } from './result';

/** The zod form of StorageErrorInfo (./result.ts, zod-free, has the types and an equivalent guard, isStorageErrorInfo). */
export const StorageErrorSchema = z.object({
  code: z.enum(STORAGE_ERROR_CODES),
  message: z.string().max(STORAGE_ERROR_MESSAGE_MAX),
}) satisfies z.ZodType<StorageErrorInfo>;

/** The answer of every background message: the zod form of `readEnvelope` (lib/messaging/client.ts). */
export const ResultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: StorageErrorSchema }),
]);
