import type { FollowUpAction } from '../../lib/storage/pipeline';
import type { Result } from '../../lib/storage/result';

/**
 * What a saved posting's row can change of its pipeline (issue 15): the applied date and the follow-up, through the
 * background writer. Given by the page that shows the saved list (the popup) as a prop of the list; without it, a row
 * shows its timeline only. Each call answers the writer's result, so the row shows a refusal next to the field it came from.
 */
export interface PipelineActions {
  readonly setAppliedDate: (id: string, at: number) => Promise<Result<unknown>>;
  readonly setFollowUp: (id: string, action: FollowUpAction) => Promise<Result<unknown>>;
  /** The user's now (epoch ms): dates are checked against it before anything is sent. */
  readonly now: () => number;
}
