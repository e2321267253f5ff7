import { appendReadinessPoint, sanitizeHistory, type ReadinessPoint } from '../insights/readiness-history';
import type { SavedPosting } from './schemas';

/**
 * Readiness over time, stored under one key: the average readiness of saved postings, appended by the
 * writer when progress changes (a skill learned, an other skill known, an import). Derived data: it is not
 * exported, and an unreadable value is simply read as empty (sanitizeHistory keeps only valid points).
 */
export const READINESS_HISTORY_KEY = 'readiness-history';

export function readHistory(all: Record<string, unknown>): ReadinessPoint[] {
  return Object.hasOwn(all, READINESS_HISTORY_KEY) ? sanitizeHistory(all[READINESS_HISTORY_KEY]) : [];
}

/** Average of the cached scores (one decimal); null when there is no scored posting. */
export function averageCachedReadiness(postings: Iterable<Pick<SavedPosting, 'score'>>): number | null {
  let sum = 0;
  let n = 0;
  for (const p of postings) {
    if (!p.score) continue;
    sum += p.score.readiness;
    n++;
  }
  return n === 0 ? null : Math.round((sum / n) * 10) / 10;
}

/**
 * The history after a progress change: `before` postings (as stored) and `after` (re-scored).
 * A first recording also keeps where the user started (the average as last scored), so the chart has a line.
 * Returns null when nothing is to be written.
 */
export function nextHistory(
  history: readonly ReadinessPoint[],
  before: readonly Pick<SavedPosting, 'score'>[],
  after: readonly Pick<SavedPosting, 'score'>[],
  now: number,
): readonly ReadinessPoint[] | null {
  const average = averageCachedReadiness(after);
  if (average === null) return null;
  let next = history;
  if (next.length === 0) {
    const baseline = averageCachedReadiness(before);
    const scoredAt = Math.max(0, ...before.map((p) => p.score?.scoredAt ?? 0));
    if (baseline !== null && baseline !== average) next = [{ at: Math.max(0, Math.min(now - 1, scoredAt)), averageReadiness: baseline }];
  }
  next = appendReadinessPoint(next, { at: now, averageReadiness: average }, next.length === 1 && history.length === 0 ? { mergeWithinMs: 0 } : {});
  return next === history ? null : next;
}
