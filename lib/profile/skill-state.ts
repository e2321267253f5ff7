import { isToLearn, isTransferable } from '../pathway/lookups';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';

/**
 * A pathway skill's state in the user's profile. Transferable skills: `have` (the default: the pathway assumes a
 * backend developer brings them) or `notYet`. Skills to learn: `notYet` (default), `learning` or `learned`.
 * Zod-free: the sidebar reads it too.
 */
export const SKILL_STATES = ['have', 'notYet', 'learning', 'learned'] as const;
export type SkillState = (typeof SKILL_STATES)[number];

export const TRANSFERABLE_STATES: readonly SkillState[] = ['have', 'notYet'];
export const TO_LEARN_STATES: readonly SkillState[] = ['notYet', 'learning', 'learned'];

export const SKILL_STATE_LABEL: Readonly<Record<SkillState, string>> = {
  have: 'I have it',
  notYet: 'Not yet',
  learning: 'Learning',
  learned: 'Learned',
};

/** The states a pathway skill can take; none for an id outside the pathway. */
export function statesFor(id: string): readonly SkillState[] {
  if (isTransferable(id)) return TRANSFERABLE_STATES;
  if (isToLearn(id)) return TO_LEARN_STATES;
  return [];
}

export function skillState(id: string, you: ProgressSnapshot): SkillState | null {
  if (isTransferable(id)) return you.lackingSkills.has(id) ? 'notYet' : 'have';
  if (isToLearn(id)) return you.learnedSkills.has(id) ? 'learned' : you.learningSkills.has(id) ? 'learning' : 'notYet';
  return null;
}

/** The snapshot with one pathway skill moved to a state (optimistic updates and "what if" scoring). */
export function withSkillState(you: ProgressSnapshot, id: string, state: SkillState): ProgressSnapshot {
  const set = (s: ReadonlySet<string>, on: boolean): ReadonlySet<string> => {
    if (s.has(id) === on) return s;
    const next = new Set(s);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  if (isTransferable(id)) return { ...you, lackingSkills: set(you.lackingSkills, state === 'notYet') };
  if (isToLearn(id)) return { ...you, learnedSkills: set(you.learnedSkills, state === 'learned'), learningSkills: set(you.learningSkills, state === 'learning') };
  return you;
}
