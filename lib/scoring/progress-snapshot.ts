/**
 * What the scoring functions need to know of the user's progress: a read-only snapshot.
 * Storage keeps richer per-item records; it reduces them to this before scoring.
 */
export interface ProgressSnapshot {
  /** To-learn pathway skill ids the user marked learned. */
  readonly learnedSkills: ReadonlySet<string>;
  /** Ids of "other" (not-in-pathway) skills the user marked as known. */
  readonly knownSkills: ReadonlySet<string>;
}

export const EMPTY_PROGRESS: ProgressSnapshot = { learnedSkills: new Set(), knownSkills: new Set() };
