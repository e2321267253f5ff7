import { IMPORTANCE_LEVELS, PATHWAY_SKILL_IDS, TO_LEARN_SKILL_IDS, TRANSFERABLE_SKILL_IDS } from './ids';
import type {
  Importance,
  Pathway,
  PathwaySkillId,
  Phase,
  SkillToLearn,
  ToLearnSkillId,
  TransferableSkill,
  TransferableSkillId,
} from './schema';

/**
 * Pure look-ups over a pathway. They take the pathway as an argument (rather than importing `data/`)
 * so tests can pass variants and callers decide which pathway they read.
 */

export type PathwaySkill = TransferableSkill | SkillToLearn;

/** A week span on the roadmap, 1-based and inclusive. */
export interface WeekRange {
  readonly start: number;
  readonly end: number;
}

const transferableIds: ReadonlySet<string> = new Set(TRANSFERABLE_SKILL_IDS);
const toLearnIds: ReadonlySet<string> = new Set(TO_LEARN_SKILL_IDS);
const pathwayIds: ReadonlySet<string> = new Set(PATHWAY_SKILL_IDS);

export function isPathwaySkillId(id: string): id is PathwaySkillId {
  return pathwayIds.has(id);
}

/** True for the six skills a backend developer already brings. */
export function isTransferable(id: string): id is TransferableSkillId {
  return transferableIds.has(id);
}

/** True for the six skills the roadmap teaches. */
export function isToLearn(id: string): id is ToLearnSkillId {
  return toLearnIds.has(id);
}

/** Narrows a skill object; to-learn skills are the ones that carry an importance. */
export function isSkillToLearn(skill: PathwaySkill): skill is SkillToLearn {
  return isToLearn(skill.id);
}

/** Narrows a skill object to one of the six the user already has (they carry an explanation). */
export function isTransferableSkill(skill: PathwaySkill): skill is TransferableSkill {
  return isTransferable(skill.id);
}

/** All twelve skills, transferable first, each list in seed order. */
export function allSkills(p: Pathway): PathwaySkill[] {
  return [...p.transferableSkills, ...p.skillsToLearn];
}

export function findSkill(p: Pathway, id: string): PathwaySkill | undefined {
  return allSkills(p).find((s) => s.id === id);
}

/** For a fixed id the schema guarantees the skill exists; a miss is a broken invariant, so it throws. */
export function getSkill(p: Pathway, id: PathwaySkillId): PathwaySkill {
  const skill = findSkill(p, id);
  if (!skill) throw new Error(`pathway has no skill "${id}"`);
  return skill;
}

export function getSkillToLearn(p: Pathway, id: ToLearnSkillId): SkillToLearn {
  const skill = p.skillsToLearn.find((s) => s.id === id);
  if (!skill) throw new Error(`pathway has no skill to learn "${id}"`);
  return skill;
}

export function getTransferableSkill(p: Pathway, id: TransferableSkillId): TransferableSkill {
  const skill = p.transferableSkills.find((s) => s.id === id);
  if (!skill) throw new Error(`pathway has no transferable skill "${id}"`);
  return skill;
}

export function findPhase(p: Pathway, phaseNumber: number): Phase | undefined {
  return p.phases.find((ph) => ph.number === phaseNumber);
}

/** Roadmap phases that teach a skill, in order. Transferable and self-study skills get none. */
export function phasesTeaching(p: Pathway, skillId: string): Phase[] {
  const skill = p.skillsToLearn.find((s) => s.id === skillId);
  if (!skill) return [];
  return p.phases.filter((ph) => skill.phases.includes(ph.number));
}

/** To-learn skills scheduled in a phase, in seed order. */
export function skillsTaughtIn(p: Pathway, phaseNumber: number): SkillToLearn[] {
  return p.skillsToLearn.filter((s) => s.phases.includes(phaseNumber));
}

/** To-learn skills the roadmap leaves to self-study (no phase). */
export function selfStudySkills(p: Pathway): SkillToLearn[] {
  return p.skillsToLearn.filter((s) => s.phases.length === 0);
}

function phaseIndex(p: Pathway, phaseNumber: number): number {
  const index = p.phases.findIndex((ph) => ph.number === phaseNumber);
  if (index < 0) throw new RangeError(`pathway has no phase ${phaseNumber}`);
  return index;
}

/**
 * Last week of a phase, counting each phase at its longest (maxWeeks) so the timeline never promises
 * less time than the seed allows: 8, 16, 24, 32, 40.
 */
export function phaseEndWeek(p: Pathway, phaseNumber: number): number {
  const index = phaseIndex(p, phaseNumber);
  return p.phases.slice(0, index + 1).reduce((weeks, ph) => weeks + ph.duration.maxWeeks, 0);
}

export function phaseStartWeek(p: Pathway, phaseNumber: number): number {
  const index = phaseIndex(p, phaseNumber);
  return p.phases.slice(0, index).reduce((weeks, ph) => weeks + ph.duration.maxWeeks, 0) + 1;
}

export function phaseWeekRange(p: Pathway, phaseNumber: number): WeekRange {
  return { start: phaseStartWeek(p, phaseNumber), end: phaseEndWeek(p, phaseNumber) };
}

/** Length of the whole roadmap at its longest (40 weeks): the end of the last phase. */
export function totalWeeks(p: Pathway): number {
  return p.phases.reduce((weeks, ph) => weeks + ph.duration.maxWeeks, 0);
}

/** Shortest and longest roadmap length (36–40 weeks), for "about 9 months" style copy. */
export function totalWeeksRange(p: Pathway): { readonly min: number; readonly max: number } {
  return {
    min: p.phases.reduce((weeks, ph) => weeks + ph.duration.minWeeks, 0),
    max: totalWeeks(p),
  };
}

/** 0 for Critical, 1 for Important, 2 for Nice to have. */
export function importanceRank(importance: Importance): number {
  return IMPORTANCE_LEVELS.indexOf(importance);
}

/** Most important first; seed order kept among equals (Array.prototype.sort is stable). */
export function sortByImportance<T extends { readonly importance: Importance }>(skills: readonly T[]): T[] {
  return [...skills].sort((a, b) => importanceRank(a.importance) - importanceRank(b.importance));
}
