import type { PathwaySkillId, TransferableSkillId } from '../../lib/pathway/ids';
import type { Checked } from '../../lib/profile/resume-input';
import type { SkillState } from '../../lib/profile/skill-state';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { Result } from '../../lib/storage/result';
import type { KeptResume, Settings } from '../../lib/storage/schemas';
import type { SyncStatus } from '../../lib/sync/status';

/** The settings the profile shows and edits: the pace and the roadmap start date. */
export type ProfileSettings = Pick<Settings, 'startDate' | 'hoursPerWeek' | 'pathwayHoursPerWeek'>;

/** A change to the pace or start date; null clears a value (back to the default). */
export interface PacePatch {
  readonly hoursPerWeek?: number | null;
  readonly pathwayHoursPerWeek?: number | null;
  readonly startDate?: string | null;
}

/** Whether the profile reached the browser's sync storage (the background's `getSyncStatus`). */
export type { SyncStatus } from '../../lib/sync/status';

/** Everything the profile shows. */
export interface ProfileData {
  readonly progress: ProgressSnapshot;
  readonly settings: ProfileSettings;
  /** The résumé text the user chose to keep, or null. */
  readonly resume: KeptResume | null;
  /** Null when unknown (no sync status reported). */
  readonly sync: SyncStatus | null;
}

/**
 * What the profile writes, through the background writer (entrypoints/dashboard/dashboard-source.ts) or fakes in
 * tests. Every write resolves to a Result (never throws); the page reloads its data after each one.
 */
export interface ProfileActions {
  readonly setSkillState: (skillId: PathwaySkillId, state: SkillState) => Promise<Result<unknown>>;
  readonly setOwnWeeks: (skillId: TransferableSkillId, weeks: number | null) => Promise<Result<unknown>>;
  readonly setOtherSkillKnown: (skillId: string, done: boolean) => Promise<Result<unknown>>;
  readonly updateSettings: (patch: PacePatch) => Promise<Result<unknown>>;
  readonly keepResume: (input: { text: string; source: string }) => Promise<Result<unknown>>;
  readonly deleteResume: () => Promise<Result<unknown>>;
  /** The text layer of a PDF the user chose (pdfjs-dist, loaded by the importing page only). */
  readonly readPdfText: (bytes: Uint8Array) => Promise<Checked<string>>;
  /** Reloads the shown data; resolves once the new data is on screen. */
  readonly refresh?: () => Promise<void>;
}
