import { SavedPostingSchema, SavedPostingV3Schema, SavedPostingV2Schema, type SavedPostingV3 } from '../schemas';

/**
 * Posting v2 → v3: drop the cached score. Scores are computed where they are shown (lib/scoring/score.ts),
 * so a stored one could only go stale. Everything the user made (status, notes, dates) is kept as it was.
 * Pure; idempotent: a value that is already v3 is returned as is.
 */
export function migratePostingV2ToV3(value: unknown): SavedPostingV3 {
  // A v4 posting whose meta was lost passes on whole (its history kept; v3 → v4 returns it as is).
  const v4 = SavedPostingSchema.safeParse(value);
  if (v4.success) return v4.data;
  const v2 = SavedPostingV2Schema.safeParse(value);
  if (!v2.success) return SavedPostingV3Schema.parse(value);
  const { score: _dropped, ...posting } = v2.data;
  return posting;
}
