import type { DetectedSkill, SkillKind } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { hasSkill } from '../scoring/readiness';

/**
 * The résumé checklist of one posting: for each skill the posting asks, whether the kept résumé shows it (with the
 * line that does), the user has it but the résumé does not show it (a hint to add evidence), or it is a gap. It
 * advises; nothing here writes. Pure and light: the sidebar (content script) bundles it, so it never imports the
 * résumé detection (./resume-evidence.ts runs that in the background and in extension pages).
 *
 * "Has it" is the sidebar's own rule (lib/scoring/readiness.ts `hasSkill`: a transferable skill not marked "not yet",
 * a skill to learn marked learned, another skill marked known). A skill the résumé shows is "shown" even when the
 * user has not marked it held: the résumé is the evidence.
 */
export const RESUME_MARKS = ['shown', 'missing', 'gap'] as const;
export type ResumeMark = (typeof RESUME_MARKS)[number];

/** What the checklist knows of the kept résumé: its language and, per skill id it shows, the line that shows it. */
export interface ResumeLines {
  /** The résumé's language (ISO 639-1), or null when it does not tell. The detection reads English résumés only. */
  readonly language: string | null;
  readonly lines: readonly { readonly id: string; readonly line: string }[];
}

export interface ResumeChecklistRow {
  readonly id: string;
  readonly label: string;
  readonly kind: SkillKind;
  readonly level: DetectedSkill['level'];
  readonly resume: ResumeMark;
  /** The résumé line that shows the skill (plain text; only when `resume` is 'shown'). */
  readonly line: string | null;
}

/** Postings ask at most a few dozen skills; the report allows 500. */
export const CHECKLIST_MAX_ROWS = 500;

const MARK_ORDER: Readonly<Record<ResumeMark, number>> = { shown: 0, missing: 1, gap: 2 };
const levelRank = (level: DetectedSkill['level']): number => (level === 'required' ? 0 : 1);

/**
 * One row per skill id the posting asks (a skill asked twice counts once, required if either mention is), ordered:
 * shown, then missing, then gaps; required before preferred within each; otherwise the posting's order.
 */
export function resumeChecklist(
  skills: readonly Pick<DetectedSkill, 'id' | 'label' | 'kind' | 'level'>[],
  resume: ResumeLines,
  progress: ProgressSnapshot,
): ResumeChecklistRow[] {
  const lines = new Map<string, string>();
  for (const { id, line } of resume.lines) if (!lines.has(id)) lines.set(id, line);
  const byId = new Map<string, ResumeChecklistRow>();
  for (const skill of skills.slice(0, CHECKLIST_MAX_ROWS)) {
    const seen = byId.get(skill.id);
    if (seen) {
      if (skill.level === 'required' && seen.level !== 'required') byId.set(skill.id, { ...seen, level: 'required' });
      continue;
    }
    const line = lines.get(skill.id) ?? null;
    const resumeMark: ResumeMark = line !== null ? 'shown' : hasSkill(skill, progress) ? 'missing' : 'gap';
    byId.set(skill.id, { id: skill.id, label: skill.label, kind: skill.kind, level: skill.level, resume: resumeMark, line });
  }
  // Array.prototype.sort is stable: the posting's order breaks ties.
  return [...byId.values()].sort((a, b) => MARK_ORDER[a.resume] - MARK_ORDER[b.resume] || levelRank(a.level) - levelRank(b.level));
}

/** How many rows of each mark (the checklist's summary line). */
export function countMarks(rows: readonly ResumeChecklistRow[]): Record<ResumeMark, number> {
  const counts: Record<ResumeMark, number> = { shown: 0, missing: 0, gap: 0 };
  for (const r of rows) counts[r.resume]++;
  return counts;
}
