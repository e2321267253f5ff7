import { SavedPostingSchema, SavedPostingV2Schema, type SavedPosting } from '../schemas';

/**
 * Posting v2 → v3: drop the cached score. Scores are computed where they are shown (lib/scoring/score.ts),
 * so a stored one could only go stale. Everything the user made (status, notes, dates) is kept as it was.
 * Pure; idempotent: a value that is already v3 is returned as is.
 */
export function migratePostingV2ToV3(value: unknown): SavedPosting {
  const v2 = SavedPostingV2Schema.safeParse(value);
  if (!v2.success) return SavedPostingSchema.parse(value);
  const { score: _dropped, ...posting } = v2.data;
  return posting;
}
