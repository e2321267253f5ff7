import { STATUS_LABEL } from '../../lib/insights/format';
import { POSTING_STATUSES } from '../../lib/storage/statuses';

/** The `<option>`s of every status, in pipeline order, with their labels: for each status `<select>` (saved rows, filters, board cards). */
export function StatusOptions() {
  return (
    <>
      {POSTING_STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </>
  );
}
