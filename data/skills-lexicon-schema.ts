import { z } from 'zod';
import { PathwaySkillIdSchema } from '../lib/pathway/schema';
import { SKILL_CATEGORIES } from './skills-lexicon';

/** Schemas for the skills lexicon (./skills-lexicon.ts), kept apart so bundling the lexicon does not bundle zod. */
export const SkillCategorySchema = z.enum(SKILL_CATEGORIES);
export type SkillCategory = z.infer<typeof SkillCategorySchema>;

const alias = z.string().trim().min(1).max(80);
/** One lower-case word, as tokenize() yields it. */
const word = z.string().regex(/^[a-z0-9]+$/).max(40);

/**
 * What a mention of the entry says about the job itself, for the role check (lib/analysis/role-signals.ts).
 * Mentions are counted in every section but the company blurb and the benefits, negated or not: they
 * tell what the work is about, not what the candidate must bring.
 */
export const RoleCueSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The work is AI/ML: models, ML frameworks, accelerators, annotation vendors. */
    kind: z.literal('ai'),
    /**
     * The mention counts only when its words include one of these: for an entry whose aliases are
     * partly generic ("risk", "governance") and partly about AI ("AI safety", "model risk", "fairness").
     */
    onlyWith: z.array(word).min(1).optional(),
    /**
     * Also counted in the company blurb, where it marks an AI company. Only AI itself does: the tools
     * and hardware an AI role uses (GPUs, PyTorch) are named by graphics and hardware companies too.
     */
    marksAiCompany: z.literal(true).optional(),
  }),
  z.strictObject({
    /** The work is another domain (people operations, buildings, power, farming), not AI/ML. */
    kind: z.literal('otherDomain'),
    /**
     * What the bare letters "AI" mean in this domain when they do not mean artificial intelligence
     * (livestock: artificial insemination); worded to follow `its "AI" is` in the role check's reason.
     */
    bareAiMeans: z.string().min(1).max(80).optional(),
  }),
]);
export type RoleCue = z.infer<typeof RoleCueSchema>;

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
  /**
   * The skill of dealing with a party: vendors, partners, customers, reports, hires, a community.
   * A mention followed by a counterpart noun still asks for it ("manage vendor teams", "build partner
   * teams"), where any other skill word before one names the teams the candidate works with ("partner
   * with the Security and Legal teams"; see lib/analysis/counterparts.ts).
   */
  managesParty: z.boolean().optional(),
  roleCue: RoleCueSchema.optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;
export const SkillsLexiconSchema = z.array(LexiconEntrySchema).min(1);
