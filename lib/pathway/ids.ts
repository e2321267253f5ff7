/**
 * The pathway's fixed ids and levels, zod-free so the content script can use them without bundling zod.
 * The zod schemas built on them live in ./schema.ts, which re-exports everything here.
 */

/** The twelve pathway skill ids. They are contracts: analysis output, storage and tests use them verbatim. */
export const TRANSFERABLE_SKILL_IDS = [
  'api-development',
  'system-architecture',
  'cloud-platforms',
  'sql-data-management',
  'devops-cicd',
  'agile-scrum',
] as const;

export const TO_LEARN_SKILL_IDS = [
  'stakeholder-management',
  'ai-risk-management',
  'program-management-frameworks',
  'ai-ml-fundamentals',
  'agile-certification',
  'financial-budget-management',
] as const;

export const PATHWAY_SKILL_IDS = [...TRANSFERABLE_SKILL_IDS, ...TO_LEARN_SKILL_IDS] as const;

export type TransferableSkillId = (typeof TRANSFERABLE_SKILL_IDS)[number];
export type ToLearnSkillId = (typeof TO_LEARN_SKILL_IDS)[number];
export type PathwaySkillId = (typeof PATHWAY_SKILL_IDS)[number];

export const IMPORTANCE_LEVELS = ['Critical', 'Important', 'Nice to have'] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];
