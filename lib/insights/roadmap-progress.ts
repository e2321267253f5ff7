import type { ChecklistItem, Pathway } from '../pathway/schema';
import { atPace, DEFAULT_PACE, type Pace } from '../scoring/progress-snapshot';

/** Progress through the roadmap: tasks done per phase and overall, and where a start date places the user. Pure. */

export interface Completion {
  readonly done: number;
  readonly total: number;
  /** 0..100, whole percent. */
  readonly percent: number;
}

const completion = (done: number, total: number): Completion => ({ done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) });

export function phaseCompletion(pathway: Pathway, doneTasks: ReadonlySet<string>): Map<number, Completion> {
  return new Map(pathway.phases.map((ph) => [ph.number, completion(ph.tasks.filter((t) => doneTasks.has(t.id)).length, ph.tasks.length)]));
}

/** Overall: every phase task plus the six skills to learn (learning a skill is part of the plan too). */
export function overallCompletion(pathway: Pathway, doneTasks: ReadonlySet<string>, learnedSkills: ReadonlySet<string>): Completion {
  const tasks = pathway.phases.flatMap((ph) => ph.tasks);
  const done = tasks.filter((t) => doneTasks.has(t.id)).length + pathway.skillsToLearn.filter((s) => learnedSkills.has(s.id)).length;
  return completion(done, tasks.length + pathway.skillsToLearn.length);
}

export type RoadmapPosition =
  | { readonly kind: 'not-started'; readonly daysUntilStart: number }
  | { readonly kind: 'in-progress'; readonly week: number; readonly phase: number; readonly totalWeeks: number }
  | { readonly kind: 'finished'; readonly week: number; readonly totalWeeks: number };

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → epoch ms at UTC midnight; null when not a real day. */
export function parseDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
}

/** Today in the user's time zone, as UTC midnight of that calendar day (so days are whole). */
export function todayUtc(now: Date = new Date()): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** Each phase's week range at the user's pace (phases at their longest, scaled and rounded up). */
export function pacedPhaseRanges(pathway: Pathway, pace: Pace = DEFAULT_PACE): { readonly phase: number; readonly start: number; readonly end: number }[] {
  let cumulative = 0;
  let previousEnd = 0;
  return pathway.phases.map((ph) => {
    cumulative += ph.duration.maxWeeks;
    const end = Math.max(previousEnd + 1, atPace(cumulative, pace));
    const range = { phase: ph.number, start: previousEnd + 1, end };
    previousEnd = end;
    return range;
  });
}

/**
 * Week N (1-based; the start day begins week 1) and the phase whose week range holds it, counting each
 * phase at its longest (the timeline's convention: phases end at weeks 8, 16, 24, 32, 40 at the pathway's
 * pace; at another pace the weeks scale, e.g. 14, 27, 40, 54, 67 at 6 h/week).
 */
export function roadmapPosition(pathway: Pathway, startDay: string, today: number, pace: Pace = DEFAULT_PACE): RoadmapPosition | null {
  const start = parseDay(startDay);
  if (start === null) return null;
  const days = Math.round((today - start) / DAY_MS);
  if (days < 0) return { kind: 'not-started', daysUntilStart: -days };
  const week = Math.floor(days / 7) + 1;
  const ranges = pacedPhaseRanges(pathway, pace);
  const total = ranges[ranges.length - 1]?.end ?? 0;
  if (week > total) return { kind: 'finished', week, totalWeeks: total };
  const phase = ranges.find((r) => week >= r.start && week <= r.end);
  return { kind: 'in-progress', week, phase: phase?.phase ?? pathway.phases.length, totalWeeks: total };
}

/** Where the user stands this week: the tasks due now, those left from earlier phases, and ahead or behind. */
export interface ThisWeek {
  readonly position: RoadmapPosition;
  /** The current phase's week range at the user's pace (null unless in progress). */
  readonly phaseRange: { readonly start: number; readonly end: number } | null;
  /** Tasks of the current phase not done yet. */
  readonly due: readonly ChecklistItem[];
  /** Tasks of earlier phases not done yet. */
  readonly overdue: readonly ChecklistItem[];
  /** Phase tasks done, and how many the schedule expects done by today (each phase's tasks spread over its weeks). */
  readonly done: number;
  readonly expected: number;
  readonly standing: 'ahead' | 'on-track' | 'behind';
  readonly text: string;
}

/** This week of the roadmap at the user's pace; null without a (valid) start date. Pure: today is an argument. */
export function thisWeek(pathway: Pathway, startDay: string | null | undefined, today: number, doneTasks: ReadonlySet<string>, pace: Pace = DEFAULT_PACE): ThisWeek | null {
  if (!startDay) return null;
  const position = roadmapPosition(pathway, startDay, today, pace);
  const start = parseDay(startDay);
  if (!position || start === null) return null;
  const elapsedWeeks = Math.max(0, (today - start) / DAY_MS / 7);
  const ranges = pacedPhaseRanges(pathway, pace);
  let expected = 0;
  let done = 0;
  const due: ChecklistItem[] = [];
  const overdue: ChecklistItem[] = [];
  pathway.phases.forEach((ph, i) => {
    const r = ranges[i];
    if (!r) return;
    const share = Math.min(1, Math.max(0, (elapsedWeeks - (r.start - 1)) / (r.end - r.start + 1)));
    expected += ph.tasks.length * share;
    for (const t of ph.tasks) {
      if (doneTasks.has(t.id)) done++;
      else if (position.kind === 'in-progress' && ph.number === position.phase) due.push(t);
      else if ((position.kind === 'in-progress' && ph.number < position.phase) || position.kind === 'finished') overdue.push(t);
    }
  });
  const expectedWhole = Math.floor(expected + 1e-9);
  const diff = done - expectedWhole;
  const standing = position.kind === 'not-started' ? (done > 0 ? 'ahead' : 'on-track') : diff > 0 ? 'ahead' : diff < 0 ? 'behind' : 'on-track';
  const tasks = (n: number) => `${n} ${n === 1 ? 'task' : 'tasks'}`;
  const text =
    standing === 'ahead'
      ? `You are ahead: ${tasks(done)} done, ${expectedWhole} expected by now.`
      : standing === 'behind'
        ? `You are behind: ${tasks(done)} done, ${expectedWhole} expected by now.`
        : `You are on track: ${tasks(done)} done, ${expectedWhole} expected by now.`;
  const current = position.kind === 'in-progress' ? ranges.find((r) => r.phase === position.phase) : undefined;
  return { position, phaseRange: current ? { start: current.start, end: current.end } : null, due, overdue, done, expected: expectedWhole, standing, text };
}

export function positionText(position: RoadmapPosition, phaseTitle: (n: number) => string): string {
  switch (position.kind) {
    case 'not-started':
      return `Your roadmap starts in ${position.daysUntilStart} ${position.daysUntilStart === 1 ? 'day' : 'days'}.`;
    case 'in-progress':
      return `You are in week ${position.week} of ${position.totalWeeks}, Phase ${position.phase}: ${phaseTitle(position.phase)}.`;
    case 'finished':
      return `Week ${position.week}: you are past the ${position.totalWeeks}-week roadmap.`;
  }
}
