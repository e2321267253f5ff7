import { z } from 'zod';

/**
 * The gap report: what a posting asks of the candidate, placed against the pathway.
 * It is a contract shared by analysis (producer), storage, sidebar, popup and the CLI (`npm run analyze -- --json`).
 * It holds no user progress: readiness and time to qualify are computed from it by lib/scoring.
 */
export const SKILL_KINDS = ['transferable', 'toLearn', 'other'] as const;
export const SkillKindSchema = z.enum(SKILL_KINDS);
export type SkillKind = z.infer<typeof SkillKindSchema>;

export const SKILL_LEVELS = ['required', 'preferred'] as const;
export const SkillLevelSchema = z.enum(SKILL_LEVELS);
export type SkillLevel = z.infer<typeof SkillLevelSchema>;

export const DetectedSkillSchema = z.object({
  /** One of the twelve pathway ids for kind transferable/toLearn; a lexicon id (kebab-case) for kind other. */
  id: z.string().min(1).max(80),
  label: z.string().min(1).max(120),
  kind: SkillKindSchema,
  level: SkillLevelSchema,
  /** The sentence or bullet of the posting that asks for it (bounded). */
  evidence: z.string().max(600),
  /** The words of the posting that matched (bounded, unique), used to highlight mentions on the page. */
  mentions: z.array(z.string().min(1).max(120)).max(20),
  match: z.enum(['exact', 'fuzzy']),
  /** 1 for an exact match; for fuzzy, 1 − fuse.js score (higher is closer). */
  score: z.number().min(0).max(1),
});
export type DetectedSkill = z.infer<typeof DetectedSkillSchema>;

const nullableText = z.string().max(500).nullable();

export const GapReportSchema = z.object({
  posting: z.object({
    title: nullableText,
    company: nullableText,
    location: nullableText,
    board: nullableText,
    url: z.string().max(2048).nullable(),
  }),
  targetRole: z.boolean(),
  targetRoleReason: z.string().max(500),
  skills: z.array(DetectedSkillSchema).max(500),
  /**
   * The posting's language (ISO 639-1, lib/analysis/language.ts); null when the text does not tell. The analysis
   * reads English: in another language its skills are partial at best (tool names), so the views show a notice
   * instead of a readiness (lib/analysis/language.ts `unreadLanguage`). Absent in reports made before analysis 1.2.0.
   */
  language: z.string().regex(/^[a-z]{2}$/).nullable().optional(),
  /** Bumped whenever the lexicon or the rules change, so saved postings know to re-analyse. */
  analysisVersion: z.string().min(1).max(40),
});
export type GapReport = z.infer<typeof GapReportSchema>;
