import { formatTimeToQualify } from '../../lib/insights/format';
import { readyBy } from '../../lib/scoring/ready-by';
import type { Score } from '../../lib/scoring/score';
import { Tag } from '../ui/tag';

export function readinessTone(readiness: number): 'success' | 'important' | 'critical' {
  return readiness >= 70 ? 'success' : readiness >= 40 ? 'important' : 'critical';
}

interface ScoreStatsProps {
  readonly score: Score;
  /** UTC midnight of the user's today, for the "ready by" date. */
  readonly today: number;
  readonly readinessTestId: string;
  readonly timeTestId: string;
}

/**
 * A posting's score as the rows of a description list: readiness, time to qualify and the date it lands on.
 * Shared by the popup's "This page" and the saved postings (each wraps them in its own `<dl>`).
 */
export function ScoreStats({ score, today, readinessTestId, timeTestId }: ScoreStatsProps) {
  return (
    <>
      <div>
        <dt>Readiness</dt>
        <dd>
          <Tag tone={readinessTone(score.readiness)}>
            <span data-testid={readinessTestId}>{score.readiness}%</span>
          </Tag>
        </dd>
      </div>
      <div>
        <dt>Time to qualify</dt>
        <dd data-testid={timeTestId}>{formatTimeToQualify(score.timeToQualify)}</dd>
      </div>
      <div>
        <dt>When</dt>
        <dd data-testid="ready-by">{readyBy(score.timeToQualify, today).text}</dd>
      </div>
    </>
  );
}
