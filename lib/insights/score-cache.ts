import type { GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { scoreReport, type ReportScore } from '../scoring/score-report';

/**
 * scoreReport, memoised per (progress snapshot, report) object pair: the views of one page (saved list,
 * matrix, compare, insights, readiness average) then score each posting once per progress snapshot instead
 * of once per view. Snapshots and reports are immutable values here (a change of progress makes a new
 * snapshot); weak maps let both be collected with the data they belong to.
 */
const cache = new WeakMap<ProgressSnapshot, WeakMap<GapReport, ReportScore>>();

export function cachedScoreReport(report: GapReport, progress: ProgressSnapshot): ReportScore {
  let byReport = cache.get(progress);
  if (!byReport) {
    byReport = new WeakMap();
    cache.set(progress, byReport);
  }
  let score = byReport.get(report);
  if (!score) {
    score = scoreReport(report, progress);
    byReport.set(report, score);
  }
  return score;
}
