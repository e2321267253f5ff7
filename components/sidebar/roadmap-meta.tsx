import type { ReactNode } from 'react';
import { formatPhaseSpan, formatWeeks } from '../../lib/pathway/format';
import type { Resource, SkillToLearn } from '../../lib/pathway/schema';
import { safeHref } from './safe-href';

/** A roadmap skill's importance, weeks and phases, and the first resource to start with. */
export function RoadmapMeta({ skill }: { skill: SkillToLearn }): ReactNode {
  const first: Resource | undefined = skill.resources[0];
  const when = skill.phases.length > 0 ? formatPhaseSpan(skill.phases) : 'Self-study';
  const importanceClass = skill.importance === 'Critical' ? 'critical' : skill.importance === 'Important' ? 'important' : 'nice';
  const href = safeHref(first?.url);
  return (
    <div className="pl-meta">
      <p className="pl-meta-line">
        <span className={`pl-imp pl-imp--${importanceClass}`}>{skill.importance}</span>
        <span>{formatWeeks(skill.weeks)}</span>
        <span>{when}</span>
      </p>
      {first && (
        <p className="pl-resource">
          <span className="pl-resource-label">Start with </span>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {first.title}
            </a>
          ) : (
            <span className="pl-resource-title">{first.title}</span>
          )}
          <span className="pl-resource-provider"> · {first.provider}</span>
        </p>
      )}
    </div>
  );
}
