import { boardLabel } from '../../lib/insights/format';
import { KNOWN_BOARDS, type KnownBoard } from '../../lib/job-boards';

export interface BoardChecklistProps {
  readonly legend: string;
  /** On each checkbox, so tests and styles can tell the lists apart. */
  readonly testId?: string;
  /** The boards listed (default: every supported board). */
  readonly boards?: readonly KnownBoard[];
  readonly checked: (board: KnownBoard) => boolean;
  readonly onChange: (board: KnownBoard, checked: boolean) => void;
}

/** One checkbox per supported board (a per-board setting). */
export function BoardChecklist({ legend, testId, boards = KNOWN_BOARDS, checked, onChange }: BoardChecklistProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {boards.map((board) => (
        <label key={board} className="popup__check">
          <input type="checkbox" data-testid={testId} data-board={board} checked={checked(board)} onChange={(e) => onChange(board, e.currentTarget.checked)} />
          {boardLabel(board)}
        </label>
      ))}
    </fieldset>
  );
}
