import type { GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { readiness } from '../scoring/readiness';
import { score as defaultScore, type Score, type ScoreFn } from '../scoring/score';

/** A posting's readiness now, and its whole score when read. */
export interface LazyScore {
  /** The score's readiness: what orders and filters need of every posting. */
  readonly readiness: number;
  /** The whole score (time to qualify included). */
  readonly score: Score;
}

/**
 * The score of a report for lists of thousands: the readiness at once (`readiness`, the function the score takes it
 * from, a fraction of the score's cost), the whole score (lib/scoring/score.ts, memoised) only when first read — a
 * windowed list or matrix reads it for the few rows it draws. An injected score is called at once (tests count calls).
 */
export function lazyScore(report: GapReport, progress: ProgressSnapshot, score?: ScoreFn): LazyScore {
  if (score) {
    const s = score(report, progress);
    return { readiness: s.readiness, score: s };
  }
  let whole: Score | undefined;
  return {
    readiness: readiness(report, progress).readiness,
    get score() {
      whole ??= defaultScore(report, progress);
      return whole;
    },
  };
}
