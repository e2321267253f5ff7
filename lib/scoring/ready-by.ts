import type { TimeToQualify } from './time-to-qualify';

/**
 * The calendar date time to qualify lands on: today plus the weeks left at the user's pace. Pure: "today" is an
 * argument (UTC midnight of the user's calendar day, lib/insights/roadmap-progress.ts `todayUtc`).
 */
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "14 Aug 2027" for a UTC-midnight day. */
export function formatDay(day: number): string {
  const d = new Date(day);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function readyByDay(weeks: number, today: number): number {
  return today + Math.max(0, weeks) * 7 * DAY_MS;
}

/** "6 h/week"; hours are whole or one decimal. */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h/week`;
}

export type ReadyBy =
  /** Nothing left to learn for this posting's required pathway skills. */
  | { readonly kind: 'ready'; readonly text: string }
  | { readonly kind: 'date'; readonly day: number; readonly text: string; readonly unestimated: number }
  /** Every gap lacks an estimate: no date can be given. */
  | { readonly kind: 'unknown'; readonly text: string };

/** "ready by 14 Aug 2027 at 6 h/week", and what it leaves out. */
export function readyBy(t: Pick<TimeToQualify, 'weeks' | 'hoursPerWeek' | 'gaps' | 'unestimated'>, today: number): ReadyBy {
  if (t.gaps.length === 0) return { kind: 'ready', text: 'Ready now: no required pathway gap' };
  const missing = t.unestimated.length;
  if (missing === t.gaps.length) {
    return { kind: 'unknown', text: `No date yet: give ${missing === 1 ? 'your gap' : 'your gaps'} an estimate in your profile` };
  }
  const day = readyByDay(t.weeks, today);
  const rest = missing > 0 ? ` (plus ${missing} ${missing === 1 ? 'skill' : 'skills'} without an estimate)` : '';
  return { kind: 'date', day, unestimated: missing, text: `Ready by ${formatDay(day)} at ${formatHours(t.hoursPerWeek)}${rest}` };
}
