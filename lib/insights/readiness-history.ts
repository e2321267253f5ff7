import { z } from 'zod';

/**
 * Readiness over time: the average readiness of saved postings, recorded when progress changes.
 * Pure and bounded: appending never grows the list past `max`; older points are thinned, the first
 * and the latest always kept, so the chart still shows where the user started.
 */
export interface ReadinessPoint {
  /** Epoch milliseconds. */
  readonly at: number;
  /** 0..100, one decimal. */
  readonly averageReadiness: number;
}

export const HISTORY_MAX = 120;
/** Points closer than this to the previous one replace it (a burst of toggles is one change). */
export const HISTORY_MERGE_MS = 60_000;

export const ReadinessPointSchema = z.object({
  at: z.number().int().nonnegative().max(8.64e15),
  averageReadiness: z.number().min(0).max(100),
});

export interface AppendOptions {
  readonly max?: number;
  readonly mergeWithinMs?: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Keeps only valid points, in time order (later duplicates of a time win). Accepts anything (stored data). */
export function sanitizeHistory(input: unknown): ReadinessPoint[] {
  if (!Array.isArray(input)) return [];
  const byTime = new Map<number, ReadinessPoint>();
  for (const item of input) {
    const parsed = ReadinessPointSchema.safeParse(item);
    if (parsed.success) byTime.set(parsed.data.at, { at: parsed.data.at, averageReadiness: round1(parsed.data.averageReadiness) });
  }
  return [...byTime.values()].sort((a, b) => a.at - b.at);
}

/**
 * At most `max` points, evenly spaced by index over the original list, first and last kept.
 * Returns the input unchanged (same array) when it is already short enough.
 */
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

/**
 * Records a new average. Unchanged values are not recorded; a point within `mergeWithinMs` of the last
 * replaces it; a point older than the last (clock change) is ignored. Never mutates its input.
 */
export function appendReadinessPoint(history: readonly ReadinessPoint[], point: ReadinessPoint, options: AppendOptions = {}): readonly ReadinessPoint[] {
  const parsed = ReadinessPointSchema.safeParse(point);
  if (!parsed.success) return history;
  const next: ReadinessPoint = { at: parsed.data.at, averageReadiness: round1(parsed.data.averageReadiness) };
  const last = history[history.length - 1];
  if (last) {
    if (next.at < last.at) return history;
    if (next.averageReadiness === last.averageReadiness) return history;
    if (next.at - last.at < (options.mergeWithinMs ?? HISTORY_MERGE_MS)) {
      const previous = history[history.length - 2];
      // Merged back to the value before the burst: the burst changed nothing.
      if (previous && previous.averageReadiness === next.averageReadiness) return history.slice(0, -1);
      return compactHistory([...history.slice(0, -1), next], options.max);
    }
  }
  return compactHistory([...history, next], options.max);
}
