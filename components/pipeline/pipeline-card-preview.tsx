import { titleOf } from '../../lib/insights/format';
import type { PostingListItem } from '../../lib/storage/summary';

/** What follows the pointer while a card is dragged (dnd-kit's DragOverlay): the card's title and company. */
export function PipelineCardPreview({ posting }: { readonly posting: PostingListItem }) {
  return (
    <div className="pipeline-card pipeline-card--overlay" aria-hidden="true">
      <p className="pipeline-card__handle">{titleOf(posting)}</p>
      {posting.company ? <p className="pipeline-card__company">{posting.company}</p> : null}
    </div>
  );
}
