/**
 * Everything about the user that scoring reads: their profile (what they have, are learning, have learned),
 * the roadmap tasks they finished, and their pace. A read-only snapshot; storage keeps richer per-item records
 * and settings and reduces them to this (lib/storage/progress.ts `toProgressSnapshot`).
 *
 * A new input about the user is a field here (the score memo keys on every field: lib/scoring/score.ts).
 */
export interface ProgressSnapshot {
  /** To-learn pathway skill ids the user marked learned. */
  readonly learnedSkills: ReadonlySet<string>;
  /** To-learn pathway skill ids the user is learning now (a gap still; shown as "learning"). */
  readonly learningSkills: ReadonlySet<string>;
  /** Transferable pathway skill ids the user does not have yet (the pathway assumes all six). */
  readonly lackingSkills: ReadonlySet<string>;
  /** The user's own weeks for a transferable skill they lack (the pathway gives none). */
  readonly ownWeeks: ReadonlyMap<string, number>;
  /** Ids of "other" (not-in-pathway) skills the user marked as known. */
  readonly knownSkills: ReadonlySet<string>;
  /** Roadmap phase tasks done: they shorten the study left for the skills those phases teach. */
  readonly doneTasks: ReadonlySet<string>;
  readonly pace: Pace;
}

/** Hours a week the user gives, and the hours a week the pathway's weeks assume. */
export interface Pace {
  readonly hoursPerWeek: number;
  readonly pathwayHoursPerWeek: number;
}

/** The pathway's weeks assume this weekly effort unless the user says otherwise (an editable assumption). */
export const PATHWAY_HOURS_DEFAULT = 10;
export const DEFAULT_PACE: Pace = { hoursPerWeek: PATHWAY_HOURS_DEFAULT, pathwayHoursPerWeek: PATHWAY_HOURS_DEFAULT };

export const EMPTY_PROGRESS: ProgressSnapshot = {
  learnedSkills: new Set(),
  learningSkills: new Set(),
  lackingSkills: new Set(),
  ownWeeks: new Map(),
  knownSkills: new Set(),
  doneTasks: new Set(),
  pace: DEFAULT_PACE,
};

/** The pace from settings-like fields: absent hours read as the pathway's own pace. */
export function paceOf(s: { readonly hoursPerWeek?: number | undefined; readonly pathwayHoursPerWeek?: number | undefined } | null | undefined): Pace {
  const pathwayHoursPerWeek = s?.pathwayHoursPerWeek ?? PATHWAY_HOURS_DEFAULT;
  return { pathwayHoursPerWeek, hoursPerWeek: s?.hoursPerWeek ?? pathwayHoursPerWeek };
}

/** Roadmap weeks at the user's pace: `weeks × assumed / given`, rounded up to whole weeks. */
export function atPace(weeks: number, pace: Pace): number {
  if (weeks <= 0) return 0;
  // Rounded to 1e-9 first so 8 × 10/10 is 8, not 8.000000001 → 9.
  return Math.ceil(Math.round(((weeks * pace.pathwayHoursPerWeek) / pace.hoursPerWeek) * 1e9) / 1e9);
}
