import { IMPORTANCE_LEVELS, TO_LEARN_SKILL_IDS, TRANSFERABLE_SKILL_IDS } from './ids';
import type {
  Importance,
  Pathway,
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

/** True for the six skills a backend developer already brings. */
export function isTransferable(id: string): id is TransferableSkillId {
  return transferableIds.has(id);
}

/** True for the six skills the roadmap teaches. */
export function isToLearn(id: string): id is ToLearnSkillId {
  return toLearnIds.has(id);
}

/** All twelve skills, transferable first, each list in seed order. */
export function allSkills(p: Pathway): PathwaySkill[] {
  return [...p.transferableSkills, ...p.skillsToLearn];
}

export function findSkill(p: Pathway, id: string): PathwaySkill | undefined {
  return allSkills(p).find((s) => s.id === id);
}

export function findPhase(p: Pathway, phaseNumber: number): Phase | undefined {
  return p.phases.find((ph) => ph.number === phaseNumber);
}

/** To-learn skills scheduled in a phase, in seed order. */
export function skillsTaughtIn(p: Pathway, phaseNumber: number): SkillToLearn[] {
  return p.skillsToLearn.filter((s) => s.phases.includes(phaseNumber));
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
