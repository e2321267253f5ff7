import type { GapReport } from '../analysis/gap-report';
import { EMPTY_PROGRESS, type ProgressSnapshot } from './progress-snapshot';
import { score as defaultScore, type ScoreFn } from './score';

/**
 * Readiness over time, derived, never stored: the average readiness of the saved postings under the user's
 * progress as it was after each change. Replays the progress log (skills learned / other skills known, with
 * times) over the postings saved now, scoring with the one score function — so it follows the current
 * postings and analysis and cannot go stale. Pure and bounded.
 */
export interface ReadinessPoint {
  /** Epoch milliseconds. */
  readonly at: number;
  /** 0..100, one decimal. */
  readonly averageReadiness: number;
}

/** A change of a scoring input: a to-learn skill learned (`skill`) or an other skill known (`other`). */
export interface ProgressEvent {
  readonly at: number;
  readonly kind: 'skill' | 'other';
  readonly id: string;
  readonly done: boolean;
}

/** The log the writer keeps: the progress before the first event, then the events in time order. */
export interface ProgressLog {
  readonly baseline: { readonly learnedSkills: readonly string[]; readonly knownSkills: readonly string[] };
  readonly events: readonly ProgressEvent[];
}

export const HISTORY_MAX = 120;
/** Changes closer than this to the previous one make one point (a burst of toggles is one change). */
export const HISTORY_MERGE_MS = 60_000;

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** At most `max` points, evenly spaced by index, first and last kept; the input itself when short enough. */
export function compactHistory(points: readonly ReadinessPoint[], max = HISTORY_MAX): readonly ReadinessPoint[] {
  const limit = Math.max(2, Math.floor(max));
  if (points.length <= limit) return points;
  const out: ReadinessPoint[] = [];
  const last = points.length - 1;
  for (let i = 0; i < limit; i++) {
    const p = points[Math.round((i * last) / (limit - 1))];
    if (p) out.push(p);
  }
  return out;
}

export interface HistoryOptions {
  readonly max?: number;
  readonly mergeWithinMs?: number;
  readonly score?: ScoreFn;
  /**
   * The rest of the profile (transferable skills marked "not yet", tasks, pace), taken as it is now: the log
   * replays the skills learned and other skills known; absent, the defaults.
   */
  readonly profile?: ProgressSnapshot;
}

/**
 * The history: a point for the baseline (just before the first change), then one per burst of changes
 * that moved the average. Empty when there are no postings or no changes. Only postings that ask a changed
 * skill are re-scored at each step (a posting's score depends on nothing else that changes here).
 */
export function readinessHistory(reports: readonly GapReport[], log: ProgressLog, options: HistoryOptions = {}): readonly ReadinessPoint[] {
  const scoreFn = options.score ?? defaultScore;
  const base = options.profile ?? EMPTY_PROGRESS;
  const merge = options.mergeWithinMs ?? HISTORY_MERGE_MS;
  const events = [...log.events].sort((a, b) => a.at - b.at);
  const first = events[0];
  if (reports.length === 0 || !first) return [];

  const learned = new Set(log.baseline.learnedSkills);
  const known = new Set(log.baseline.knownSkills);
  const snapshot = (): ProgressSnapshot => ({ ...base, learnedSkills: new Set(learned), knownSkills: new Set(known) });
  const asking = new Map<string, number[]>();
  reports.forEach((report, i) => {
    for (const s of report.skills) {
      const list = asking.get(s.id) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      asking.set(s.id, list);
    }
  });

  const start = snapshot();
  const readiness = reports.map((r) => scoreFn(r, start).readiness);
  let sum = readiness.reduce((a, b) => a + b, 0);
  const points: ReadinessPoint[] = [{ at: Math.max(0, first.at - 1), averageReadiness: round1(sum / reports.length) }];

  for (let i = 0; i < events.length; ) {
    // One burst: every event within `merge` of the previous one.
    const touched = new Set<string>();
    let end = i;
    let at = 0;
    while (end < events.length) {
      const e = events[end] as ProgressEvent;
      if (end > i && e.at - at >= merge) break;
      (e.kind === 'skill' ? learned : known)[e.done ? 'add' : 'delete'](e.id);
      touched.add(e.id);
      at = e.at;
      end++;
    }
    i = end;
    const now = snapshot();
    for (const id of touched) {
      for (const p of asking.get(id) ?? []) {
        const next = scoreFn(reports[p] as GapReport, now).readiness;
        sum += next - (readiness[p] as number);
        readiness[p] = next;
      }
    }
    const average = round1(sum / reports.length);
    const last = points[points.length - 1] as ReadinessPoint;
    if (average !== last.averageReadiness) points.push({ at, averageReadiness: average });
  }
  return points.length > 1 ? compactHistory(points, options.max) : [];
}
