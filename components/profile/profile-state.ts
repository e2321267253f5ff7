import type { PathwaySkillId } from '../../lib/pathway/ids';
import { isToLearn, isTransferable } from '../../lib/pathway/lookups';
import type { ResumeSkill } from '../../lib/profile/resume-skills';
import type { SkillState } from '../../lib/profile/skill-state';
import type { PacePatch, ProfileActions, ProfileSettings } from './profile-types';

/** The settings with a change laid over them (null clears a value). */
export function withPace(settings: ProfileSettings, patch: PacePatch): ProfileSettings {
  const next: { -readonly [K in keyof ProfileSettings]: ProfileSettings[K] } = { ...settings };
  for (const key of ['hoursPerWeek', 'pathwayHoursPerWeek', 'startDate'] as const) {
    const value = patch[key];
    if (value === null) delete next[key];
    else if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

const isPathwaySkill = (id: string): id is PathwaySkillId => isTransferable(id) || isToLearn(id);

/** The state a confirmed résumé skill gives a pathway skill: transferable → have, to learn → learned. */
export function resumeState(skill: Pick<ResumeSkill, 'id'>): SkillState | null {
  if (isTransferable(skill.id)) return 'have';
  if (isToLearn(skill.id)) return 'learned';
  return null;
}

/**
 * Writes confirmed résumé skills one by one (transferable → have, to learn → learned, other → known), then keeps the
 * text if asked. Stops at the first failure and returns its message; null when everything was written.
 */
export async function applyResumeSkills(actions: ProfileActions, skills: readonly ResumeSkill[], keep: { text: string; source: string } | null): Promise<string | null> {
  for (const s of skills) {
    const state = resumeState(s);
    const r = state && isPathwaySkill(s.id) ? await actions.setSkillState(s.id, state) : await actions.setOtherSkillKnown(s.id, true);
    if (!r.ok) return r.error.message;
  }
  if (keep) {
    const r = await actions.keepResume(keep);
    if (!r.ok) return r.error.message;
  }
  await actions.refresh?.();
  return null;
}
