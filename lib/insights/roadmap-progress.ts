import { phaseWeekRange, totalWeeks } from '../pathway/lookups';
import type { Pathway } from '../pathway/schema';

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

/**
 * Week N (1-based; the start day begins week 1) and the phase whose week range holds it, counting each
 * phase at its longest (the timeline's convention: phases end at weeks 8, 16, 24, 32, 40).
 */
export function roadmapPosition(pathway: Pathway, startDay: string, today: number): RoadmapPosition | null {
  const start = parseDay(startDay);
  if (start === null) return null;
  const days = Math.round((today - start) / DAY_MS);
  if (days < 0) return { kind: 'not-started', daysUntilStart: -days };
  const week = Math.floor(days / 7) + 1;
  const total = totalWeeks(pathway);
  if (week > total) return { kind: 'finished', week, totalWeeks: total };
  const phase = pathway.phases.find((ph) => {
    const r = phaseWeekRange(pathway, ph.number);
    return week >= r.start && week <= r.end;
  });
  return { kind: 'in-progress', week, phase: phase?.number ?? pathway.phases.length, totalWeeks: total };
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
