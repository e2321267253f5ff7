interface ChecklistItemProps {
  readonly id: string;
  readonly text: string;
  readonly done: boolean;
  readonly testId: string;
  readonly onChange: (id: string, done: boolean) => void;
}

/** One task as a labelled checkbox: the whole line is the click target. */
export function ChecklistCheckbox({ id, text, done, testId, onChange }: ChecklistItemProps) {
  return (
    <li className={done ? 'checklist__item checklist__item--done' : 'checklist__item'} data-task-id={id}>
      <label className="checklist__label">
        <input type="checkbox" checked={done} data-testid={testId} data-task-id={id} onChange={(e) => onChange(id, e.target.checked)} />
        <span>{text}</span>
      </label>
    </li>
  );
}
