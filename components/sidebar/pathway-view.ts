import type { Importance, Pathway, SkillToLearn, TransferableSkill } from '../../lib/pathway/schema';

/*
 * Look-ups the sidebar needs over the pathway. Deliberately free of runtime imports from
 * `lib/pathway/schema.ts` / `lookups.ts`: those build zod schemas at module load, which would add
 * ~270 KB (minified) of zod to the content script. Types only here.
 */

export type PathwaySkillView = { readonly kind: 'transferable'; readonly skill: TransferableSkill } | { readonly kind: 'toLearn'; readonly skill: SkillToLearn };

export function pathwaySkill(pathway: Pathway, id: string): PathwaySkillView | undefined {
  const transferable = pathway.transferableSkills.find((s) => s.id === id);
  if (transferable) return { kind: 'transferable', skill: transferable };
  const toLearn = pathway.skillsToLearn.find((s) => s.id === id);
  return toLearn ? { kind: 'toLearn', skill: toLearn } : undefined;
}

const IMPORTANCE_ORDER: readonly Importance[] = ['Critical', 'Important', 'Nice to have'];

/** 0 for Critical, 1 for Important, 2 for Nice to have. */
export function importanceOrder(importance: Importance): number {
  return IMPORTANCE_ORDER.indexOf(importance);
}
