import type { NextSkill } from '../../lib/insights/demand';
import { formatWeeks } from '../../lib/pathway/format';

interface NextSkillCardProps {
  readonly nextSkill: NextSkill;
  /** Marks the recommended skill learned (optional; the roadmap has the same toggle). */
  readonly onMarkLearned?: (skillId: string) => void;
}

/** What to learn next: the to-learn skill with the most required-demand per week of study, and what it would bring. */
export function NextSkillCard({ nextSkill, onMarkLearned }: NextSkillCardProps) {
  if (nextSkill.kind === 'none') {
    return (
      <div className="next-skill next-skill--none" data-testid="insight-next-skill" data-reason={nextSkill.reason}>
        <h3 className="next-skill__eyebrow">Learn next</h3>
        <p className="next-skill__text">{nextSkill.text}</p>
      </div>
    );
  }
  const { best, others } = nextSkill;
  return (
    <div className="next-skill" data-testid="insight-next-skill" data-skill-id={best.id}>
      <h3 className="next-skill__eyebrow">Learn next</h3>
      <p className="next-skill__text" data-testid="insight-next-skill-text">
        {nextSkill.text}
      </p>
      <p className="next-skill__gain">{nextSkill.gainText}</p>
      <p className="next-skill__why">
        Chosen for the most saved postings that require it per week of study ({best.demandPerWeek.toFixed(2)} per week).
      </p>
      {onMarkLearned ? (
        <button type="button" className="button" onClick={() => onMarkLearned(best.id)}>
          I have learned {best.label}
        </button>
      ) : null}
      {others.length > 0 ? (
        <details className="next-skill__others">
          <summary>Other roadmap skills your postings require</summary>
          <ol>
            {others.map((o) => (
              <li key={o.id}>
                {o.label}: required by {o.requiredBy}, {formatWeeks(o.weeks)}, +{o.readinessGain} points
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
