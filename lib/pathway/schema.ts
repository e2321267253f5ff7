import { z } from 'zod';
import { IMPORTANCE_LEVELS, PATHWAY_SKILL_IDS, TO_LEARN_SKILL_IDS, TRANSFERABLE_SKILL_IDS } from './ids';

// The ids and levels live in ./ids.ts (zod-free, for the content script); re-exported so imports from here keep working.
export { IMPORTANCE_LEVELS, PATHWAY_SKILL_IDS, TO_LEARN_SKILL_IDS, TRANSFERABLE_SKILL_IDS } from './ids';
export type { Importance, PathwaySkillId, ToLearnSkillId, TransferableSkillId } from './ids';

export const TransferableSkillIdSchema = z.enum(TRANSFERABLE_SKILL_IDS);
export const ToLearnSkillIdSchema = z.enum(TO_LEARN_SKILL_IDS);
export const PathwaySkillIdSchema = z.enum(PATHWAY_SKILL_IDS);
export const ImportanceSchema = z.enum(IMPORTANCE_LEVELS);

const text = z.string().trim().min(1);
/** Stable kebab-case ids for checklist items: progress is stored against them, so they never change. */
const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const ResourceSchema = z.object({
  /** Where it is found, e.g. "Coursera", "Book", "PMI". */
  provider: text,
  title: text,
  author: text.optional(),
  /** Only well-known, stable public addresses; optional because the seed names most resources without one. */
  url: z.url({ protocol: /^https$/ }).optional(),
  /** A remark the seed attaches to the resource, e.g. "free PDF". */
  note: text.optional(),
});
export type Resource = z.infer<typeof ResourceSchema>;

export const TransferableSkillSchema = z.object({
  id: TransferableSkillIdSchema,
  name: text,
  /** The seed's parenthetical after the name ("AWS/GCP"), kept apart so `name` stays a short label. */
  qualifier: text.optional(),
  /** The seed's reason why this backend skill transfers to AI program management. */
  explanation: text,
  aliases: z.array(text).min(1),
});
export type TransferableSkill = z.infer<typeof TransferableSkillSchema>;

export const SkillToLearnSchema = z.object({
  id: ToLearnSkillIdSchema,
  name: text,
  /** The seed's parenthetical after the name ("e.g., PMP, PRINCE2"), kept apart so `name` stays a short label. */
  qualifier: text.optional(),
  importance: ImportanceSchema,
  weeks: z.number().int().positive(),
  howToLearn: text,
  resources: z.array(ResourceSchema).min(1),
  aliases: z.array(text).min(1),
  /**
   * Roadmap phases (1–5) that teach this skill. Empty means the roadmap does not schedule it:
   * it is self-study, and `selfStudyNote` says so instead of inventing a phase.
   */
  phases: z.array(z.number().int().min(1).max(5)),
  selfStudyNote: text.optional(),
});
export type SkillToLearn = z.infer<typeof SkillToLearnSchema>;

export const ChecklistItemSchema = z.object({ id: itemId, text });
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const PhaseSchema = z.object({
  number: z.number().int().min(1).max(5),
  title: text,
  /** As the seed words it ("8 weeks", "4–8 weeks"), plus the numbers the timeline needs. */
  duration: z
    .object({ label: text, minWeeks: z.number().int().positive(), maxWeeks: z.number().int().positive() })
    .refine((d) => d.minWeeks <= d.maxWeeks, 'minWeeks must not exceed maxWeeks'),
  tasks: z.array(ChecklistItemSchema).min(1),
  resources: z.array(ResourceSchema).min(1),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const PathwaySchema = z
  .object({
    meta: z.object({
      fromRole: text,
      toRole: text,
      headline: text,
      difficulty: text,
      timeline: z
        .object({ label: text, minMonths: z.number().int().positive(), maxMonths: z.number().int().positive() })
        .refine((t) => t.minMonths <= t.maxMonths, 'minMonths must not exceed maxMonths'),
      salaryChange: z.object({ label: text, percent: z.number() }),
      demand: text,
    }),
    overview: z.array(text).min(1),
    transferableSkills: z.array(TransferableSkillSchema).length(6),
    skillsToLearn: z.array(SkillToLearnSchema).length(6),
    phases: z.array(PhaseSchema).length(5),
    realityCheck: z.object({
      love: z.array(text).min(1),
      miss: z.array(text).min(1),
      challenges: z.array(text).min(1),
    }),
    actionPlan: z.object({
      thisWeek: z.array(ChecklistItemSchema).min(1),
      thisMonth: z.array(ChecklistItemSchema).min(1),
      next90Days: z.array(ChecklistItemSchema).min(1),
    }),
    faq: z.array(z.object({ question: text, answer: text })).min(1),
  })
  .superRefine((p, ctx) => {
    const ids = [...p.transferableSkills, ...p.skillsToLearn].map((s) => s.id);
    if (new Set(ids).size !== PATHWAY_SKILL_IDS.length) ctx.addIssue({ code: 'custom', message: 'pathway skill ids must be the twelve fixed ids, each once' });
    p.phases.forEach((ph, i) => {
      if (ph.number !== i + 1) ctx.addIssue({ code: 'custom', message: `phase ${i + 1} is numbered ${ph.number}` });
    });
    for (const s of p.skillsToLearn) {
      if (s.phases.length === 0 && !s.selfStudyNote) ctx.addIssue({ code: 'custom', message: `${s.id} is in no phase and has no self-study note` });
      // Ascending and unique, so "phases 1–4" can be read straight off the array.
      if (s.phases.some((n, i) => i > 0 && n <= (s.phases[i - 1] ?? 0))) ctx.addIssue({ code: 'custom', message: `${s.id} phases must be ascending and unique` });
    }
    const checklistIds = [...p.phases.flatMap((ph) => ph.tasks), ...p.actionPlan.thisWeek, ...p.actionPlan.thisMonth, ...p.actionPlan.next90Days].map((t) => t.id);
    if (new Set(checklistIds).size !== checklistIds.length) ctx.addIssue({ code: 'custom', message: 'checklist item ids must be unique' });
  });
export type Pathway = z.infer<typeof PathwaySchema>;
