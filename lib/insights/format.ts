import { formatWeeks } from '../pathway/format';
import { formatHours } from '../scoring/ready-by';
import type { Score } from '../scoring/score';

/** Wording shared by the saved list, compare and matrix views. */

export { STATUS_LABEL } from '../storage/statuses';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Ready now" · "12 weeks" · "12 weeks + 1 unestimated" · "No estimate" (short form for tables; weeks at the user's pace). */
export function formatTimeShort(t: Score['timeToQualify']): string {
  if (t.weeks === 0 && t.gaps.length === 0) return 'Ready now';
  const missing = t.unestimated.length;
  if (missing > 0 && missing === t.gaps.length) return 'No estimate';
  return missing > 0 ? `${formatWeeks(t.weeks)} + ${missing} unestimated` : formatWeeks(t.weeks);
}

/**
 * "12 weeks at 10 h/week, by the end of Phase 3, 1 self-study skill, 1 skill without an estimate": the weeks are
 * at the user's pace (named), gaps nobody has an estimate for are said rather than counted as 0 weeks. The date
 * these weeks land on is lib/scoring/ready-by.ts `readyBy`.
 */
export function formatTimeToQualify(t: Score['timeToQualify']): string {
  if (t.weeks === 0 && t.gaps.length === 0) return 'Ready now: no required roadmap skill left to learn';
  const missing = t.unestimated.length;
  if (missing === t.gaps.length) return `No estimate yet for ${count(missing, 'skill', 'skills')}: add one in your profile`;
  const parts = [`${formatWeeks(t.weeks)} at ${formatHours(t.hoursPerWeek)}`];
  if (t.phase !== null) parts.push(`by the end of Phase ${t.phase}`);
  const selfStudy = t.unscheduled.filter((id) => !t.unestimated.includes(id)).length;
  if (selfStudy > 0) parts.push(count(selfStudy, 'self-study skill', 'self-study skills'));
  if (missing > 0) parts.push(`${count(missing, 'skill', 'skills')} without an estimate`);
  return parts.join(', ');
}

/** "12 Mar 2025" in the user's locale; UTC so tests and time zones agree on the day. */
export function formatDate(epochMs: number, locale?: string): string {
  if (!Number.isFinite(epochMs)) return 'unknown date';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(epochMs));
}

export function isoDate(epochMs: number): string {
  return Number.isFinite(epochMs) ? new Date(epochMs).toISOString() : '';
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    // Pasted postings carry a reserved `.invalid` address (RFC 2606): nothing to open.
    if (u.hostname.endsWith('.invalid')) return null;
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

const BOARD_LABEL: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  workday: 'Workday',
  ashby: 'Ashby',
  smartrecruiters: 'SmartRecruiters',
  glassdoor: 'Glassdoor',
  wellfound: 'Wellfound',
  pasted: 'Pasted',
  other: 'Other career site',
};

/** "Greenhouse"; unknown board ids are shown as they are. */
export function boardLabel(board: string): string {
  return Object.hasOwn(BOARD_LABEL, board) ? (BOARD_LABEL[board] ?? board) : board;
}

/** A title to show even when a capture found none. */
export function titleOf(p: { readonly title: string }): string {
  return p.title.trim() === '' ? 'Untitled posting' : p.title;
}
