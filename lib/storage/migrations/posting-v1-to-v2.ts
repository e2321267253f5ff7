import { SavedPostingSchema, SavedPostingV1Schema, type SavedPosting } from '../schemas';
import { toExcerpt } from '../excerpt';

/**
 * Posting v1 → v2: keep a bounded excerpt instead of the full description, and add status, notes,
 * updatedAt, analysisVersion and an empty cached score (the writer re-scores after migrating).
 * Pure; idempotent: a value that is already v2 is returned as is (e.g. its version meta was lost).
 */
export function migratePostingV1ToV2(value: unknown): SavedPosting {
  const already = SavedPostingSchema.safeParse(value);
  if (already.success) return already.data;
  const v1 = SavedPostingV1Schema.parse(value);
  return {
    id: v1.id,
    url: v1.url,
    board: v1.board,
    title: v1.title,
    company: v1.company,
    location: v1.location,
    report: v1.report,
    descriptionExcerpt: toExcerpt(v1.description),
    savedAt: v1.savedAt,
    updatedAt: v1.savedAt,
    status: 'saved',
    notes: '',
    analysisVersion: v1.report.analysisVersion,
    score: null,
  };
}
