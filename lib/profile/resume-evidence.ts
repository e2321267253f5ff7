import type { ResumeLines } from './resume-checklist';
import { detectResumeSkills } from './resume-skills';

/**
 * The lines of the kept résumé that show skills, for the résumé checklist (./resume-checklist.ts): the one résumé
 * detection (./resume-skills.ts), so a skill is "shown" exactly when the profile's résumé import would find it.
 * Runs in the background (the `getResumeChecklist` message: the page gets only the lines of the skills it asks
 * about) and in the dashboard (which holds the kept résumé already). Pure apart from a one-entry memo.
 */

/** The longest line handed out: enough to recognise the sentence, never the résumé. */
export const RESUME_LINE_MAX = 300;

/** The line, whitespace folded, cut at RESUME_LINE_MAX characters (with an ellipsis when cut). */
export function boundLine(line: string): string {
  const folded = line.replace(/\s+/g, ' ').trim();
  return folded.length <= RESUME_LINE_MAX ? folded : `${folded.slice(0, RESUME_LINE_MAX - 1).trimEnd()}…`;
}

let memo: { text: string; value: ResumeLines } | null = null;

/** Every skill the résumé shows, with its line (bounded). The last résumé read is remembered: it rarely changes. */
export function resumeLines(text: string): ResumeLines {
  if (memo?.text === text) return memo.value;
  const found = detectResumeSkills(text);
  const value: ResumeLines = { language: found.language, lines: found.skills.map((s) => ({ id: s.id, line: boundLine(s.evidence) })) };
  memo = { text, value };
  return value;
}

/** Only the lines of the skills asked about (each at most once), in the order asked. */
export function resumeLinesFor(text: string, ids: readonly string[]): ResumeLines {
  const all = resumeLines(text);
  const byId = new Map(all.lines.map((l) => [l.id, l.line]));
  const lines: { id: string; line: string }[] = [];
  for (const id of new Set(ids)) {
    const line = byId.get(id);
    if (line !== undefined) lines.push({ id, line });
  }
  return { language: all.language, lines };
}
