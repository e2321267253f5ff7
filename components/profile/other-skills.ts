import { skillsLexicon } from '../../data/skills-lexicon';
import { kindOf, resolveEntry } from '../../lib/analysis/skill-hits';

/** A skill outside the pathway the user can say they know (the sidebar's "I know this"). */
export interface OtherSkill {
  readonly id: string;
  readonly label: string;
  /** Lower-case words it is found by: its label and its aliases. */
  readonly terms: readonly string[];
}

let cached: readonly OtherSkill[] | null = null;

/** The lexicon's skills that stay outside the pathway (those folded onto a pathway skill are that skill), by label. */
export function otherSkills(): readonly OtherSkill[] {
  cached ??= skillsLexicon
    .filter((e) => !e.pathwaySkillId && kindOf(resolveEntry(e).id) === 'other')
    .map((e) => ({ id: resolveEntry(e).id, label: e.label, terms: [e.label.toLowerCase(), ...e.aliases.map((a) => a.toLowerCase())] }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return cached;
}

/** The label of an other-skill id; the id itself for one this lexicon does not know (kept from an older version). */
export function otherSkillLabel(id: string): string {
  return otherSkills().find((s) => s.id === id)?.label ?? id;
}

/** Longest query looked up; longer input is cut (the list is short, but input is bounded everywhere). */
export const SKILL_QUERY_MAX = 60;

/**
 * Skills matching a typed query, best first: a label or alias that starts with it, then one that contains it.
 * At most `limit`, never one in `exclude`.
 */
export function searchOtherSkills(query: string, exclude: ReadonlySet<string>, limit = 8): OtherSkill[] {
  const q = query.trim().toLowerCase().slice(0, SKILL_QUERY_MAX);
  if (q === '') return [];
  const starts: OtherSkill[] = [];
  const contains: OtherSkill[] = [];
  for (const s of otherSkills()) {
    if (exclude.has(s.id)) continue;
    if (s.terms.some((t) => t.startsWith(q))) starts.push(s);
    else if (s.terms.some((t) => t.includes(q))) contains.push(s);
  }
  return [...starts, ...contains].slice(0, limit);
}
