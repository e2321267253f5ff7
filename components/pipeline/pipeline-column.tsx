import { useDroppable } from '@dnd-kit/core';
import { useState } from 'react';
import { STATUS_LABEL } from '../../lib/insights/format';
import type { BoardColumn } from '../../lib/insights/pipeline';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { PostingStatus } from '../../lib/storage/statuses';
import type { PostingListItem } from '../../lib/storage/summary';
import { PipelineCard } from './pipeline-card';

/** Cards a column draws at first, and how many more each "Show more" adds: a column of hundreds stays light. */
export const COLUMN_PAGE = 50;

export interface PipelineColumnProps {
  readonly column: BoardColumn<PostingListItem>;
  readonly progress: ProgressSnapshot;
  readonly onMove: (id: string, status: PostingStatus) => void;
}

/**
 * One status's column: a drop target (dnd-kit) with its count and its cards, newest in the stage first; past
 * COLUMN_PAGE cards, "Show more" draws the next ones (the count always says how many there are).
 */
export function PipelineColumn({ column, progress, onMove }: PipelineColumnProps) {
  const { status, cards } = column;
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const [shown, setShown] = useState(COLUMN_PAGE);
  const headingId = `pipeline-column-${status}`;
  const label = STATUS_LABEL[status];
  const visible = cards.length > shown ? cards.slice(0, shown) : cards;
  const rest = cards.length - visible.length;
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'pipeline-column pipeline-column--over' : 'pipeline-column'}
      aria-labelledby={headingId}
      data-testid="pipeline-column"
      data-status={status}
      data-count={cards.length}
    >
      <h2 id={headingId} className="pipeline-column__title">
        {label} <span className="pipeline-column__count">{cards.length}</span>
        <span className="visually-hidden">{cards.length === 1 ? ' posting' : ' postings'}</span>
      </h2>
      {cards.length === 0 ? (
        <p className="pipeline-column__empty">No postings</p>
      ) : (
        <ul className="pipeline-column__cards" aria-labelledby={headingId}>
          {visible.map((c) => (
            <PipelineCard key={c.posting.id} posting={c.posting} status={status} days={c.days} progress={progress} onMove={onMove} />
          ))}
        </ul>
      )}
      {rest > 0 ? (
        <button type="button" className="button pipeline-column__more" data-testid="pipeline-show-more" onClick={() => setShown((n) => n + COLUMN_PAGE)}>
          {/* One flex item: the button lays out its text as one line that wraps. */}
          <span>
            Show {Math.min(rest, COLUMN_PAGE)} more<span className="visually-hidden"> in {label}</span> ({rest} not shown)
          </span>
        </button>
      ) : null}
    </section>
  );
}
