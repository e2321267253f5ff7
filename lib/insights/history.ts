import type { GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { readiness } from '../scoring/readiness';
import { readinessHistory, type ProgressLog, type ReadinessPoint } from '../scoring/readiness-history';
import { computeScore, type Score, type ScoreFn } from '../scoring/score';
import type { TimeToQualify } from '../scoring/time-to-qualify';

/**
 * The score a replay of readiness over time uses: `computeScore`, with time to qualify worked out only when read
 * (a replay reads readiness alone, and time to qualify is most of a score's cost), and not memoised: a replay scores
 * every posting under each past progress, which would otherwise push the current scores out of the shared memo.
 */
export const replayScore: ScoreFn = (report, you) => {
  const r = readiness(report, you);
  let time: TimeToQualify | undefined;
  const s: Score = {
    readiness: r.readiness,
    explanation: r.explanation,
    get timeToQualify() {
      time ??= computeScore(report, you).timeToQualify;
      return time;
    },
  };
  return s;
};

/** Readiness over time of the saved postings (lib/scoring/readiness-history.ts), replayed over the current profile. */
export function replayReadiness(postings: readonly { readonly report: GapReport }[], log: ProgressLog, profile: ProgressSnapshot): readonly ReadinessPoint[] {
  return readinessHistory(
    postings.map((p) => p.report),
    log,
    { profile, score: replayScore },
  );
}
