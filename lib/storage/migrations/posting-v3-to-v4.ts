import { initialHistory } from '../pipeline';
import { SavedPostingSchema, SavedPostingV3Schema, TrashEntrySchema, type SavedPosting, type TrashEntry } from '../schemas';
import { migratePostingV2ToV3 } from './posting-v2-to-v3';

/**
 * Posting v3 → v4 (issue 15): a stage history and a follow-up. A posting saved before histories were kept gets one
 * entry, its current status at its save date (we do not know when it moved); no follow-up set, none done.
 * Everything else is kept as it was. Pure; idempotent: a value that is already v4 is returned as is.
 */
export function migratePostingV3ToV4(value: unknown): SavedPosting {
  const already = SavedPostingSchema.safeParse(value);
  if (already.success) return already.data;
  const v3 = SavedPostingV3Schema.parse(value);
  return { ...v3, history: initialHistory(v3.status, v3.savedAt), followUpAt: null, followUpDoneAt: null };
}

/**
 * Trash entry v1 → v2: its posting (v2 or v3) brought to v4, so an undo restores a posting with a history. The
 * deletion time is kept. Pure.
 */
export function migrateTrashV1ToV2(value: unknown): TrashEntry {
  const entry = value as { posting?: unknown; deletedAt?: unknown } | null;
  if (entry === null || typeof entry !== 'object') return TrashEntrySchema.parse(value);
  return TrashEntrySchema.parse({ posting: migratePostingV3ToV4(migratePostingV2ToV3(entry.posting)), deletedAt: entry.deletedAt });
}
