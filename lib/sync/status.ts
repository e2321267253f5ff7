import { z } from 'zod';
import { SYNC_STATUS_KEY } from '../storage/keys';

/**
 * How the mirror to storage.sync is doing, kept in storage.local under `sync-status` (this device only, never
 * mirrored or exported) and read with `getSyncStatus`.
 *
 * - `ok`: everything mirrored is in sync storage as of `at`.
 * - `quota`: sync storage refused a write or some items do not fit its quotas; they stay on this device (nothing
 *   is lost) and are tried again on the next change.
 * - `unavailable`: this browser has no sync storage, or it is switched off or failing; everything else works.
 * - `idle`: a change waits for a free write (sync storage allows a limited number of writes a minute and an hour).
 */
export { SYNC_STATUS_KEY } from '../storage/keys';
export const SYNC_STATES = ['ok', 'quota', 'unavailable', 'idle'] as const;
export type SyncState = (typeof SYNC_STATES)[number];
export const SYNC_DETAIL_MAX = 300;

export const SyncStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  /** When this state was reached, or (`ok`) when something was last mirrored. */
  at: z.number().int().nonnegative().max(8.64e15),
  /** One sentence for the user. */
  detail: z.string().max(SYNC_DETAIL_MAX),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** The stored status, or null when the mirror never ran or the stored value is not a valid status. */
export function readSyncStatus(all: Readonly<Record<string, unknown>>): SyncStatus | null {
  if (!Object.hasOwn(all, SYNC_STATUS_KEY)) return null;
  const parsed = SyncStatusSchema.safeParse(all[SYNC_STATUS_KEY]);
  return parsed.success ? parsed.data : null;
}

/** A status, its detail cut to the bound (error messages come from the browser). */
export function syncStatus(state: SyncState, at: number, detail: string): SyncStatus {
  return { state, at, detail: detail.length > SYNC_DETAIL_MAX ? `${detail.slice(0, SYNC_DETAIL_MAX - 1)}…` : detail };
}
