import type { SkillDemand } from '../../lib/insights/demand';
import { BarChart, type BarSeries } from '../charts/bar-chart';

interface SkillDemandChartProps {
  readonly demand: readonly SkillDemand[];
  readonly postingCount: number;
  /** Most-asked skills shown; the rest are counted in a note. */
  readonly limit?: number;
}

const SERIES: readonly BarSeries[] = [
  { key: 'required', label: 'Required', tone: 'accent' },
  { key: 'preferred', label: 'Preferred', tone: 'nice', hatched: true },
];

/** How often each skill is asked across saved postings, required vs preferred. */
export function SkillDemandChart({ demand, postingCount, limit = 12 }: SkillDemandChartProps) {
  if (demand.length === 0) return <p className="insights__empty">No skills were detected in your saved postings.</p>;
  const shown = demand.slice(0, limit);
  return (
    <div data-testid="insight-demand">
      <BarChart
        title="How often each skill is asked"
        description={`Across ${postingCount} saved ${postingCount === 1 ? 'posting' : 'postings'}, the ${shown.length} most asked skills, by postings that require or prefer each.`}
        series={SERIES}
        data={shown.map((d) => ({ id: d.id, label: d.label, values: [d.required, d.preferred] }))}
        max={postingCount}
        unit="postings"
        categoryLabel="Skill"
      />
      {demand.length > shown.length ? (
        <p className="insights__more">
          {demand.length - shown.length} more {demand.length - shown.length === 1 ? 'skill is' : 'skills are'} asked less often.
        </p>
      ) : null}
    </div>
  );
}
