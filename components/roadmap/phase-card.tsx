import { useId } from 'react';
import { formatWeekRange } from '../../lib/pathway/format';
import type { Phase, SkillToLearn } from '../../lib/pathway/schema';
import type { WeekRange } from '../../lib/pathway/lookups';
import type { Completion } from '../../lib/insights/roadmap-progress';
import { Tag } from '../ui/tag';
import { ChecklistCheckbox } from './checklist-item';
import { ProgressBar } from './progress-bar';
import { ResourceList } from './resource-list';

interface PhaseCardProps {
  readonly phase: Phase;
  readonly weeks: WeekRange;
  /** To-learn skills this phase builds, shown so the skills and the roadmap read as one plan. */
  readonly skills: readonly SkillToLearn[];
  /** With progress: tasks are checkboxes and the phase shows how much is done. */
  readonly progress?: {
    readonly doneTasks: ReadonlySet<string>;
    readonly completion: Completion;
    /** The start date places the user in this phase. */
    readonly current: boolean;
    readonly onTaskDone: (taskId: string, done: boolean) => void;
    /** Tasks and resources shown (default true); the timeline opens the current phase first. */
    readonly open?: boolean;
    readonly onOpenChange?: (open: boolean) => void;
  };
}

/**
 * One roadmap phase; with progress, its tasks and resources fold behind a button (the timeline opens the current
 * phase first). `data-testid="roadmap-phase"` is a contract browser tests rely on (five of them);
 * the `phase-N` id is the target of the skill cards' "Phases …" links.
 */
export function PhaseCard({ phase, weeks, skills, progress }: PhaseCardProps) {
  const headingId = `phase-${phase.number}-title`;
  const detailsId = useId();
  const open = progress?.open ?? true;
  const onOpenChange = progress?.onOpenChange;
  return (
    <li
      id={`phase-${phase.number}`}
      className={progress?.current ? 'phase phase--current' : 'phase'}
      data-testid="roadmap-phase"
      data-phase={phase.number}
      aria-labelledby={headingId}
      aria-current={progress?.current ? 'step' : undefined}
      data-done={progress?.completion.done}
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
          {progress?.current ? (
            <>
              {' '}
              <Tag tone="success">You are here</Tag>
            </>
          ) : null}
        </p>
        {progress ? <ProgressBar completion={progress.completion} label={`Phase ${phase.number} tasks`} testId="phase-progress" /> : null}
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
        {onOpenChange ? (
          <button type="button" className="button button--link phase__toggle" aria-expanded={open} aria-controls={detailsId} onClick={() => onOpenChange(!open)}>
            {open ? 'Hide' : 'Show'} tasks and resources<span className="visually-hidden"> of Phase {phase.number}</span>
          </button>
        ) : null}
        <div id={detailsId} className="phase__details" hidden={!open}>
          <h4 className="phase__subtitle">Tasks</h4>
          {progress ? (
            <ul className="checklist">
              {phase.tasks.map((task) => (
                <ChecklistCheckbox key={task.id} id={task.id} text={task.text} done={progress.doneTasks.has(task.id)} testId="phase-task" onChange={progress.onTaskDone} />
              ))}
            </ul>
          ) : (
            <ul className="phase__tasks">
              {phase.tasks.map((task) => (
                <li key={task.id} data-task-id={task.id}>
                  {task.text}
                </li>
              ))}
            </ul>
          )}
          <h4 className="phase__subtitle">Resources</h4>
          <ResourceList resources={phase.resources} label={`Resources for phase ${phase.number}`} />
        </div>
      </div>
    </li>
  );
}
