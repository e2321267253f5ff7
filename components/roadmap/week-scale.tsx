import { totalWeeks } from '../../lib/pathway/lookups';
import type { Pathway } from '../../lib/pathway/schema';

/**
 * The roadmap at a glance: one bar per phase, as wide as its longest duration, with the optional
 * part of a variable phase (phase 5: 4–8 weeks) drawn lighter. `total`: the roadmap's weeks at the user's pace
 * (the bars keep their proportions; the marker and the last tick follow it). Decorative: the phase list below
 * states every week range in text, so this is hidden from assistive technology.
 */
export function WeekScale({ pathway, currentWeek = null, total = totalWeeks(pathway) }: { readonly pathway: Pathway; readonly currentWeek?: number | null; readonly total?: number }) {
  const marker = currentWeek !== null && currentWeek >= 1 && currentWeek <= total ? ((currentWeek - 0.5) / total) * 100 : null;
  return (
    <div className="week-scale" aria-hidden="true">
      <div className="week-scale__bar">
        {marker !== null ? <span className="week-scale__now" style={{ left: `${marker}%` }} data-testid="week-marker" /> : null}
        {pathway.phases.map((ph) => (
          <div key={ph.number} className="week-scale__segment" style={{ flexGrow: ph.duration.maxWeeks }}>
            <span className="week-scale__fill" style={{ flexGrow: ph.duration.minWeeks }} />
            {ph.duration.maxWeeks > ph.duration.minWeeks ? (
              <span className="week-scale__optional" style={{ flexGrow: ph.duration.maxWeeks - ph.duration.minWeeks }} />
            ) : null}
            <span className="week-scale__label">{ph.number}</span>
          </div>
        ))}
      </div>
      <div className="week-scale__ticks">
        <span>Week 1</span>
        <span>Week {total}</span>
      </div>
    </div>
  );
}
