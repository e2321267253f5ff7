import { SavedPostingSchema, SavedPostingV1Schema, SavedPostingV2Schema, SavedPostingV3Schema, type SavedPostingV2 } from '../schemas';
import { toExcerpt } from '../excerpt';

/**
 * Posting v1 → v2: keep a bounded excerpt instead of the full description, and add status, notes,
 * updatedAt, analysisVersion and an empty cached score (v2's shape; v3 drops the score).
 * Pure; idempotent: a value that is already v2 is returned as is, one already v3 passes through (e.g. its version meta was lost).
 */
export function migratePostingV1ToV2(value: unknown): SavedPostingV2 {
  const already = SavedPostingV2Schema.safeParse(value);
  if (already.success) return already.data;
  // Already v3 or v4 (no cached score) with its meta lost: passed on as v2 with no score, which v2 → v3 drops again;
  // a v4 posting keeps its history through the later steps (each passes a v4 value on as it is).
  const later = SavedPostingSchema.safeParse(value);
  if (later.success) return { ...later.data, score: null };
  const v3 = SavedPostingV3Schema.safeParse(value);
  if (v3.success) return { ...v3.data, score: null };
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
