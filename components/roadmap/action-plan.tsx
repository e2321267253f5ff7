import type { ChecklistItem, Pathway } from '../../lib/pathway/schema';
import { ChecklistCheckbox } from './checklist-item';

interface ActionPlanProgress {
  readonly doneActions: ReadonlySet<string>;
  readonly onActionDone: (itemId: string, done: boolean) => void;
}

function PlanGroup({ title, items, progress }: { readonly title: string; readonly items: readonly ChecklistItem[]; readonly progress?: ActionPlanProgress | undefined }) {
  const done = progress ? items.filter((i) => progress.doneActions.has(i.id)).length : 0;
  return (
    <div className="plan-group">
      <h3 className="plan-group__title">
        {title}
        {progress ? (
          <span className="plan-group__count">
            {' '}
            ({done} of {items.length} done)
          </span>
        ) : null}
      </h3>
      {progress ? (
        <ul className="checklist">
          {items.map((item) => (
            <ChecklistCheckbox key={item.id} id={item.id} text={item.text} done={progress.doneActions.has(item.id)} testId="action-item" onChange={progress.onActionDone} />
          ))}
        </ul>
      ) : (
        <ul className="plan-group__list">
          {items.map((item) => (
            <li key={item.id} data-task-id={item.id}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What to do now: this week, this month, the next 90 days; checklists when progress is given. */
export function ActionPlan({ actionPlan, progress }: { readonly actionPlan: Pathway['actionPlan']; readonly progress?: ActionPlanProgress }) {
  return (
    <div className="action-plan">
      <PlanGroup title="This week" items={actionPlan.thisWeek} progress={progress} />
      <PlanGroup title="This month" items={actionPlan.thisMonth} progress={progress} />
      <PlanGroup title="Next 90 days" items={actionPlan.next90Days} progress={progress} />
    </div>
  );
}
