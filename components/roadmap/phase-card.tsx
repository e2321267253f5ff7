import { formatWeekRange } from '../../lib/pathway/format';
import type { Phase, SkillToLearn } from '../../lib/pathway/schema';
import type { WeekRange } from '../../lib/pathway/lookups';
import { Tag } from '../ui/tag';
import { ResourceList } from './resource-list';

interface PhaseCardProps {
  readonly phase: Phase;
  readonly weeks: WeekRange;
  /** To-learn skills this phase builds, shown so the skills and the roadmap read as one plan. */
  readonly skills: readonly SkillToLearn[];
}

/**
 * One roadmap phase. `data-testid="roadmap-phase"` is a contract browser tests rely on (five of them);
 * the `phase-N` id is the target of the skill cards' "Phases …" links.
 */
export function PhaseCard({ phase, weeks, skills }: PhaseCardProps) {
  const headingId = `phase-${phase.number}-title`;
  return (
    <li
      id={`phase-${phase.number}`}
      className="phase"
      data-testid="roadmap-phase"
      data-phase={phase.number}
      aria-labelledby={headingId}
    >
      <span className="phase__marker" aria-hidden="true">
        {phase.number}
      </span>
      <div className="phase__body">
        <h3 id={headingId} className="phase__title">
          <span className="phase__eyebrow">Phase {phase.number}</span>
          <span className="visually-hidden">: </span>
          {phase.title}
        </h3>
        <p className="phase__when">
          {formatWeekRange(weeks)} · {phase.duration.label}
        </p>
        {skills.length > 0 ? (
          <p className="phase__skills">
            <span className="visually-hidden">Builds skills: </span>
            {skills.map((s) => (
              <Tag key={s.id} tone="accent">
                {s.name}
              </Tag>
            ))}
          </p>
        ) : null}
        <h4 className="phase__subtitle">Tasks</h4>
        <ul className="phase__tasks">
          {phase.tasks.map((task) => (
            <li key={task.id} data-task-id={task.id}>
              {task.text}
            </li>
          ))}
        </ul>
        <h4 className="phase__subtitle">Resources</h4>
        <ResourceList resources={phase.resources} label={`Resources for phase ${phase.number}`} />
      </div>
    </li>
  );
}
