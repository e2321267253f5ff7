import { z } from 'zod';
import { PathwaySkillIdSchema } from '../lib/pathway/schema';
import { SKILL_CATEGORIES } from './skills-lexicon';

/** Schemas for the skills lexicon (./skills-lexicon.ts), kept apart so bundling the lexicon does not bundle zod. */
export const SkillCategorySchema = z.enum(SKILL_CATEGORIES);
export type SkillCategory = z.infer<typeof SkillCategorySchema>;

const alias = z.string().trim().min(1).max(80);
export const LexiconEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
  label: z.string().min(1).max(120),
  category: SkillCategorySchema,
  aliases: z.array(alias).min(1),
  caseSensitiveAliases: z.array(alias).optional(),
  pathwaySkillId: PathwaySkillIdSchema.optional(),
  /**
   * An industry or product domain ("healthcare", "imaging", "robotics"): postings name it to describe
   * the company's products as often as to ask for it, so it counts only when its sentence asks for it as
   * the candidate's experience ("experience in", "knowledge of", "background in", "familiarity with").
   */
  needsSkillCue: z.boolean().optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export const SkillsLexiconSchema = z.array(LexiconEntrySchema).min(1);
