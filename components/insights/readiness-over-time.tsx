import type { ReadinessPoint } from '../../lib/scoring/readiness-history';
import { LineChart } from '../charts/line-chart';

interface ReadinessOverTimeProps {
  readonly history: readonly ReadinessPoint[];
}

/** The average readiness of saved postings each time progress changed. */
export function ReadinessOverTime({ history }: ReadinessOverTimeProps) {
  const first = history[0];
  const last = history[history.length - 1];
  const change = first && last && history.length > 1 ? Math.round((last.averageReadiness - first.averageReadiness) * 10) / 10 : null;
  return (
    <div className="readiness-over-time" data-testid="readiness-over-time">
      {change !== null ? (
        <p className="readiness-over-time__summary">
          Average readiness {change >= 0 ? 'rose' : 'fell'} from {first?.averageReadiness}% to {last?.averageReadiness}% ({change >= 0 ? '+' : ''}
          {change} points).
        </p>
      ) : null}
      <LineChart
        title="Average readiness over time"
        description="The average readiness of your saved postings after each change of your progress (replayed over the postings saved now)."
        points={history.map((p) => ({ at: p.at, value: p.averageReadiness }))}
        yMax={100}
        unit="%"
        valueLabel="Average readiness"
        emptyText="No readiness recorded yet. Mark a skill learned and your average readiness is recorded here."
      />
    </div>
  );
}
