import { z } from 'zod';
import { GapReportSchema } from '../analysis/gap-report';
import { DESCRIPTION_BLOCK_TYPES, LIMITS } from '../capture/capture-result';
import { ToLearnSkillIdSchema, TransferableSkillIdSchema } from '../pathway/schema';
import { HISTORY_MAX } from './pipeline';
import { POSTING_STATUSES } from './statuses';

/**
 * Every shape this extension stores, exports or imports, current and earlier, in one place.
 * Stored records are versioned by WXT's `<key>$` meta `{ v }`; the constants below are the versions this code writes.
 * Earlier shapes stay here (never edited) because migrations and old export files are parsed with them.
 */
export const POSTING_VERSION = 4;
export const PROGRESS_VERSION = 1;
export const SETTINGS_VERSION = 2;
export const TRASH_VERSION = 2;
export const TEXT_VERSION = 1;
export const EXPORT_VERSION = 5;
export const EXPORT_FORMAT = 'pathway-lens-export';

/** Caps that keep one posting small: the full description is not needed to re-score. */
export const DESCRIPTION_EXCERPT_MAX = 2_000;
export const NOTES_MAX = 5_000;
/** The longest description read from a page or kept with a saved posting. */
export const DESCRIPTION_MAX = 200_000;

const epochMs = z.number().int().nonnegative().max(8.64e15);
const boundedText = (max: number) => z.string().max(max);

/** Names that would reach Object.prototype if used as record keys; never valid ids. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const notReserved = (s: string) => !RESERVED_KEYS.has(s);

/**
 * A posting id is the capture's jobKey, so the same job seen twice is one posting.
 * It becomes part of a storage key: no `$` (WXT's meta suffix), no whitespace, bounded.
 */
export const PostingIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:~/@+-]{0,199}$/, 'not a valid posting id (jobKey)')
  .refine(notReserved);
export type PostingId = z.infer<typeof PostingIdSchema>;

/** A board id such as "linkedin" or "greenhouse"; "other" for career sites we do not list. */
export const BoardIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
  .refine(notReserved);
export type BoardId = z.infer<typeof BoardIdSchema>;

export const HttpUrlSchema = z
  .string()
  .max(2048)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export { POSTING_STATUSES, type PostingStatus } from './statuses';
export const PostingStatusSchema = z.enum(POSTING_STATUSES);

/**
 * v3 posting: as v4 without the stage history and follow-up. Frozen (v3 records and v3/v4 export files are read with it).
 * It holds no score: the score is a pure function of its report and the user's
 * progress (lib/scoring/score.ts), computed where it is shown, so nothing stored can go stale.
 */
export const SavedPostingV3Schema = z.object({
  id: PostingIdSchema,
  url: HttpUrlSchema,
  board: BoardIdSchema,
  title: boundedText(500),
  company: boundedText(500).nullable(),
  location: boundedText(500).nullable(),
  report: GapReportSchema,
  descriptionExcerpt: boundedText(DESCRIPTION_EXCERPT_MAX),
  savedAt: epochMs,
  updatedAt: epochMs,
  status: PostingStatusSchema,
  notes: boundedText(NOTES_MAX),
  /** The lexicon/analysis version the report was produced with (copied from the report for cheap staleness checks). */
  analysisVersion: z.string().min(1).max(40),
  /**
   * Characters of the full description kept under `text:<id>` (PostingTextSchema), so the posting can be re-analysed
   * when the analysis improves. Absent: not kept (saved before this field existed); the report then stays as it is.
   */
  textChars: z.number().int().min(1).max(DESCRIPTION_MAX).optional(),
});
export type SavedPostingV3 = z.infer<typeof SavedPostingV3Schema>;

/** How many "not the same job" answers one posting keeps. */
export const DISTINCT_FROM_MAX = 50;

/** One status change of a saved posting (lib/storage/pipeline.ts `StatusChange`): the status, when its stage began, set by hand. */
export const StatusChangeSchema = z.object({ status: PostingStatusSchema, at: epochMs, hand: z.literal(true).optional() });

/**
 * A saved posting (v4). It holds no score: the score is a pure function of its report and the user's
 * progress (lib/scoring/score.ts), computed where it is shown, so nothing stored can go stale.
 * v4 adds the stage history and the follow-up (issue 15, lib/storage/pipeline.ts).
 */
export const SavedPostingSchema = SavedPostingV3Schema.extend({
  /** Every status change in the order it happened; the last entry's status is `status` (checked below). */
  history: z.array(StatusChangeSchema).min(1).max(HISTORY_MAX),
  /** A follow-up date set by hand or by a snooze; null when none (a suggestion is computed, never stored). */
  followUpAt: epochMs.nullable(),
  /** When a follow-up was last marked done (suggestions before it stop); null when never. */
  followUpDoneAt: epochMs.nullable(),
  /** Postings the user said are not the same job as this one (the likely-duplicate notice stops offering a merge). */
  distinctFrom: z.array(PostingIdSchema).max(DISTINCT_FROM_MAX).optional(),
}).refine((p) => p.history[p.history.length - 1]?.status === p.status, { message: 'the last history entry is not the status', path: ['history'] });
export type SavedPosting = z.infer<typeof SavedPostingSchema>;

/** The most blocks, and the longest block, of a description: as capture reads them. */
export const DESCRIPTION_BLOCKS_MAX = LIMITS.blocks;
export const DESCRIPTION_BLOCK_MAX = LIMITS.blockChars;
const BlockKindCodeSchema = z.enum(['h', 'p', 'l']);
/**
 * One block of a kept description (lib/storage/kept-text.ts): heading, paragraph or list item, as a slice of the
 * text (`skip` characters after the previous slice, then `length`) or, when not a verbatim part of it, its own text.
 */
export const TextLayoutEntrySchema = z.union([
  z.tuple([BlockKindCodeSchema, z.number().int().min(0).max(DESCRIPTION_MAX), z.number().int().min(1).max(DESCRIPTION_BLOCK_MAX)]),
  z.tuple([BlockKindCodeSchema, z.string().min(1).max(DESCRIPTION_BLOCK_MAX)]),
]);
export type TextLayoutEntry = z.infer<typeof TextLayoutEntrySchema>;

/**
 * A saved posting's full description (`text:<id>`), in its own key so no list or full read carries it; with the
 * layout of its blocks when it was saved from blocks (a capture, a paste), so re-analysis reads what the first
 * analysis read. Optional: texts kept without one are analysed as plain text.
 */
export const PostingTextSchema = z.object({
  id: PostingIdSchema,
  text: z.string().min(1).max(DESCRIPTION_MAX),
  blocks: z.array(TextLayoutEntrySchema).min(1).max(DESCRIPTION_BLOCKS_MAX).optional(),
});
export type PostingText = z.infer<typeof PostingTextSchema>;

/** v2 posting: as v3 plus a cached score (dropped by the v2 → v3 migration). Frozen. */
export const SavedPostingV2Schema = z.object({
  id: PostingIdSchema,
  url: HttpUrlSchema,
  board: BoardIdSchema,
  title: boundedText(500),
  company: boundedText(500).nullable(),
  location: boundedText(500).nullable(),
  report: GapReportSchema,
  descriptionExcerpt: boundedText(DESCRIPTION_EXCERPT_MAX),
  savedAt: epochMs,
  updatedAt: epochMs,
  status: PostingStatusSchema,
  notes: boundedText(NOTES_MAX),
  analysisVersion: z.string().min(1).max(40),
  score: z
    .object({
      readiness: z.number().min(0).max(100),
      timeToQualify: z.object({
        weeks: z.number().min(0).max(10_000),
        phase: z.number().int().min(1).max(5).nullable(),
        phaseEndWeek: z.number().min(0).max(10_000).nullable(),
        unscheduled: z.array(boundedText(120)).max(500),
        gaps: z.array(boundedText(120)).max(500),
      }),
      scoredAt: epochMs,
    })
    .nullable(),
});
export type SavedPostingV2 = z.infer<typeof SavedPostingV2Schema>;

/** v1 (pre-release) posting: full description, no status, notes, updatedAt or cached score. */
export const SavedPostingV1Schema = z.object({
  id: PostingIdSchema,
  url: HttpUrlSchema,
  board: BoardIdSchema,
  title: boundedText(500),
  company: boundedText(500).nullable(),
  location: boundedText(500).nullable(),
  report: GapReportSchema,
  description: boundedText(200_000),
  savedAt: epochMs,
});
export type SavedPostingV1 = z.infer<typeof SavedPostingV1Schema>;

/** Progress is stored per item, each with its own updatedAt, so unrelated changes never overwrite each other. */
/**
 * `skill`: a to-learn skill learned. `learning`: a to-learn skill the user is learning now (not yet learned).
 * `transferable`: a transferable skill, done = the user has it (absent: has it, as the pathway assumes); a record
 * with done false is "not yet", optionally with the user's own estimate in weeks. `task`/`action`: checklist items.
 * `other`: a skill outside the pathway the user knows.
 */
export const PROGRESS_KINDS = ['skill', 'task', 'other', 'action', 'transferable', 'learning'] as const;
export const ProgressKindSchema = z.enum(PROGRESS_KINDS);
export type ProgressKind = z.infer<typeof ProgressKindSchema>;

/** Checklist and lexicon ids are kebab-case (lib/pathway/schema.ts, lexicon). */
export const KebabIdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .refine(notReserved);

/** Weeks of study the user estimates for a skill the pathway gives no weeks for (a transferable marked not yet). */
export const OWN_WEEKS_MAX = 260;
export const OwnWeeksSchema = z.number().int().min(1).max(OWN_WEEKS_MAX);

/** Hours a week: what the user can give, and what the pathway's weeks assume (default 10). */
export const HOURS_PER_WEEK_MAX = 80;
export const HoursPerWeekSchema = z.number().min(1).max(HOURS_PER_WEEK_MAX);

export const ProgressRecordSchema = z
  .object({
    kind: ProgressKindSchema,
    id: KebabIdSchema,
    /** learned (skill) / done (task, action) / known (other skill). False is stored too, so "unmarked later" wins a merge. */
    done: z.boolean(),
    doneAt: epochMs.nullable(),
    updatedAt: epochMs,
    /** Only on `transferable`: the user's own estimate of the weeks it takes them to get this skill. */
    weeks: OwnWeeksSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.kind === 'skill' || r.kind === 'learning') && !ToLearnSkillIdSchema.safeParse(r.id).success) {
      ctx.addIssue({ code: 'custom', message: `${r.id} is not a to-learn pathway skill` });
    }
    if (r.kind === 'transferable' && !TransferableSkillIdSchema.safeParse(r.id).success) {
      ctx.addIssue({ code: 'custom', message: `${r.id} is not a transferable pathway skill` });
    }
    if (r.weeks !== undefined && r.kind !== 'transferable') ctx.addIssue({ code: 'custom', message: 'only transferable skills carry an own estimate' });
  });
export type ProgressRecord = z.infer<typeof ProgressRecordSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const ThemeSchema = z.enum(THEMES);
export const SidebarPositionSchema = z.enum(['left', 'right']);

export const SidebarPrefsSchema = z.object({ position: SidebarPositionSchema, collapsed: z.boolean() });
export type SidebarPrefs = z.infer<typeof SidebarPrefsSchema>;

// Records keyed by board: keys are validated (no __proto__) and read with Object.hasOwn (see settings.ts).
const boardRecord = <T extends z.ZodType>(value: T) =>
  z.record(BoardIdSchema, value).refine((r) => Object.keys(r).length <= 64, 'too many boards');

/**
 * A calendar day as `YYYY-MM-DD` (the roadmap's optional start date). Bounded to sensible years so a
 * bad import cannot place the user in week 500,000.
 */
export const IsoDaySchema = z.iso
  .date()
  .refine((s) => s >= '2000-01-01' && s <= '2100-12-31', 'must be between 2000 and 2100');

export const SettingsSchema = z.object({
  theme: ThemeSchema,
  /**
   * When the user started the roadmap ("you are in week N, Phase K"). Optional, so settings stored before
   * it existed stay valid without a migration; absent means "not set".
   */
  startDate: IsoDaySchema.optional(),
  /** Used for boards without their own choice. */
  defaultAutoOpen: z.boolean(),
  autoOpen: boardRecord(z.boolean()),
  defaultSidebar: SidebarPrefsSchema,
  sidebar: boardRecord(SidebarPrefsSchema),
  /**
   * In-page highlights per board (absent: on). Optional, so settings stored before it existed stay valid.
   * Highlights show a page which words of the posting matched (lib/highlights/page-highlights.ts).
   */
  highlights: boardRecord(z.boolean()).optional(),
  /**
   * Badges on the job cards of search/result lists per board (absent: on; lib/list-badges/). Optional, so settings
   * stored (or synced from another device) before it existed stay valid without a migration.
   */
  listBadges: boardRecord(z.boolean()).optional(),
  /** Hours a week the user can study (absent: the pathway's assumption, so its weeks are read as they are). */
  hoursPerWeek: HoursPerWeekSchema.optional(),
  /** The weekly effort the pathway's weeks assume (absent: `PATHWAY_HOURS_DEFAULT`). A visible, editable assumption. */
  pathwayHoursPerWeek: HoursPerWeekSchema.optional(),
  updatedAt: epochMs,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** v1 (pre-release) settings: one global auto-open switch. */
export const SettingsV1Schema = z.object({ theme: ThemeSchema, autoOpen: z.boolean() });
export type SettingsV1 = z.infer<typeof SettingsV1Schema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  defaultAutoOpen: true,
  autoOpen: {},
  defaultSidebar: { position: 'right', collapsed: false },
  sidebar: {},
  updatedAt: 0,
};

/**
 * The résumé text the user chose to keep (opt-in, for the résumé checklist), on this device only: not synced,
 * not exported. Deleted with one click.
 */
export const RESUME_TEXT_MAX = 100_000;
export const KeptResumeSchema = z.object({ text: z.string().min(1).max(RESUME_TEXT_MAX), source: boundedText(200), keptAt: epochMs });
export type KeptResume = z.infer<typeof KeptResumeSchema>;

/** A deleted posting kept briefly so the user can undo (v2: it holds a v4 posting; v1 held a v2 or v3 one). */
export const TrashEntrySchema = z.object({ posting: SavedPostingSchema, deletedAt: epochMs });
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

/** A record that failed validation or migration, moved aside instead of crashing or being dropped. */
export const QuarantineRecordSchema = z.object({
  key: z.string().max(400),
  reason: z.enum(['invalid', 'migration-failed']),
  issues: z.array(boundedText(300)).max(20),
  version: z.number().int().nullable(),
  value: z.unknown(),
  at: epochMs,
});
export type QuarantineRecord = z.infer<typeof QuarantineRecordSchema>;


/** Postings a v1–v3 file may hold. */
export const MAX_EXPORT_POSTINGS = 5_000;
export const MAX_EXPORT_PROGRESS = 2_000;
/**
 * Postings (and full descriptions) a v4 file may hold: more than a heavy user keeps (5,000 board-length postings are
 * a ~60 MiB file). v1–v3 files keep their own bound of 5,000.
 */
export const EXPORT_POSTINGS_MAX = 10_000;

/**
 * v4 export (frozen): v3 postings with their full descriptions (`texts`, one per posting whose text is kept; PostingTextSchema).
 * A posting claims `textChars` only with its text in `texts` (the import recomputes it from the text it gets).
 * `texts` is optional: a v4 file without descriptions imports as one with none kept.
 */
export const ExportFileV4Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(4),
  exportedAt: epochMs,
  postings: z.array(SavedPostingV3Schema).max(EXPORT_POSTINGS_MAX),
  texts: z.array(PostingTextSchema).max(EXPORT_POSTINGS_MAX).optional(),
  progress: z.array(ProgressRecordSchema).max(MAX_EXPORT_PROGRESS),
  settings: SettingsSchema,
});

/**
 * v5 export (issue 15): v4 postings, with their stage history and follow-up, and their full descriptions (`texts`,
 * as in v4). A history's dates are checked against the time of the import (none before 2000, none in the future).
 */
export const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: epochMs,
  postings: z.array(SavedPostingSchema).max(EXPORT_POSTINGS_MAX),
  texts: z.array(PostingTextSchema).max(EXPORT_POSTINGS_MAX).optional(),
  progress: z.array(ProgressRecordSchema).max(MAX_EXPORT_PROGRESS),
  settings: SettingsSchema,
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** v3 export: v3 postings, no full descriptions. Frozen. */
export const ExportFileV3Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(3),
  exportedAt: epochMs,
  postings: z.array(SavedPostingV3Schema).max(MAX_EXPORT_POSTINGS),
  progress: z.array(ProgressRecordSchema).max(MAX_EXPORT_PROGRESS),
  settings: SettingsSchema,
});

/** v2 export: v2 postings (with a cached score). */
export const ExportFileV2Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(2),
  exportedAt: epochMs,
  postings: z.array(SavedPostingV2Schema).max(MAX_EXPORT_POSTINGS),
  progress: z.array(ProgressRecordSchema).max(MAX_EXPORT_PROGRESS),
  settings: SettingsSchema,
});

/** v1 (pre-release) export: v1 postings and progress as four id lists. */
export const ExportFileV1Schema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: epochMs,
  postings: z.array(SavedPostingV1Schema).max(MAX_EXPORT_POSTINGS),
  progress: z.object({
    learnedSkills: z.array(ToLearnSkillIdSchema).max(100),
    doneTasks: z.array(KebabIdSchema).max(MAX_EXPORT_PROGRESS),
    knownSkills: z.array(KebabIdSchema).max(MAX_EXPORT_PROGRESS),
    doneActions: z.array(KebabIdSchema).max(MAX_EXPORT_PROGRESS),
  }),
  settings: SettingsV1Schema,
});
export type ExportFileV1 = z.infer<typeof ExportFileV1Schema>;

/** A change to settings, as pages and the sidebar send it: one board at a time. */
export const SettingsPatchSchema = z
  .object({
    theme: ThemeSchema.optional(),
    /** A day sets the roadmap start date; null clears it. */
    startDate: IsoDaySchema.nullable().optional(),
    defaultAutoOpen: z.boolean().optional(),
    autoOpen: z.object({ board: BoardIdSchema, enabled: z.boolean() }).optional(),
    highlights: z.object({ board: BoardIdSchema, enabled: z.boolean() }).optional(),
    /** Badges on this board's job lists on or off. */
    listBadges: z.object({ board: BoardIdSchema, enabled: z.boolean() }).optional(),
    /** Hours a week the user can study; null goes back to the pathway's pace. */
    hoursPerWeek: HoursPerWeekSchema.nullable().optional(),
    /** What the pathway's weeks assume; null goes back to the default. */
    pathwayHoursPerWeek: HoursPerWeekSchema.nullable().optional(),
    sidebar: z
      .object({ board: BoardIdSchema, position: SidebarPositionSchema.optional(), collapsed: z.boolean().optional() })
      .optional(),
  })
  .strict();

/** What a page sends to save a posting: the capture plus its analysis. The writer sets ids, times and status. */
export const SavePostingInputSchema = z.object({
  jobKey: PostingIdSchema,
  url: HttpUrlSchema,
  board: BoardIdSchema,
  title: boundedText(500),
  company: boundedText(500).nullable(),
  location: boundedText(500).nullable(),
  report: GapReportSchema,
  /** The full text may be long; only an excerpt is stored. */
  description: boundedText(200_000),
  /**
   * The description's blocks as analysed (lib/posting/save-input.ts sends them when `description` is whole): the
   * writer keeps their layout beside the text, so re-analysis reads the same structure. Optional (older senders).
   */
  descriptionBlocks: z
    .array(z.object({ type: z.enum(DESCRIPTION_BLOCK_TYPES), text: z.string().min(1).max(DESCRIPTION_BLOCK_MAX) }))
    .min(1)
    .max(DESCRIPTION_BLOCKS_MAX)
    .refine((blocks) => blocks.reduce((n, b) => n + b.text.length, 0) <= DESCRIPTION_MAX, 'description blocks too long')
    .optional(),
});
export type SavePostingInput = z.infer<typeof SavePostingInputSchema>;
