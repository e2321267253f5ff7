import type { ChecklistItem, Pathway } from '../../lib/pathway/schema';

function PlanGroup({ title, items }: { readonly title: string; readonly items: readonly ChecklistItem[] }) {
  return (
    <div className="plan-group">
      <h3 className="plan-group__title">{title}</h3>
      <ul className="plan-group__list">
        {items.map((item) => (
          <li key={item.id} data-task-id={item.id}>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What to do now: this week, this month, the next 90 days. */
export function ActionPlan({ actionPlan }: { readonly actionPlan: Pathway['actionPlan'] }) {
  return (
    <div className="action-plan">
      <PlanGroup title="This week" items={actionPlan.thisWeek} />
      <PlanGroup title="This month" items={actionPlan.thisMonth} />
      <PlanGroup title="Next 90 days" items={actionPlan.next90Days} />
    </div>
  );
}
