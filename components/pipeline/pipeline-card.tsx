import { useDraggable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { titleOf } from '../../lib/insights/format';
import { lazyScore } from '../../lib/insights/lazy-score';
import { formatDaysInStage } from '../../lib/insights/pipeline';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { POSTING_STATUSES, type PostingStatus } from '../../lib/storage/statuses';
import type { PostingListItem } from '../../lib/storage/summary';
import { readinessTone } from '../saved/score-stats';
import { Tag } from '../ui/tag';
import { StatusOptions } from '../ui/status-options';

export interface PipelineCardProps {
  readonly posting: PostingListItem;
  /** The column it is shown in (a pending move's column before storage says so). */
  readonly status: PostingStatus;
  readonly days: number;
  readonly progress: ProgressSnapshot;
  readonly onMove: (id: string, status: PostingStatus) => void;
}

const isStatus = (s: string): s is PostingStatus => (POSTING_STATUSES as readonly string[]).includes(s);

/**
 * One posting on the board: its title (the handle that picks it up, by pointer or keyboard), company, readiness (the
 * one scoring function, lib/scoring/score.ts, through lazy-score) and days in its stage, and a "Move to" menu that
 * moves it without dragging. Page text is rendered as text.
 */
export const PipelineCard = memo(function PipelineCard({ posting, status, days, progress, onMove }: PipelineCardProps) {
  const title = titleOf(posting);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: posting.id,
    attributes: { roleDescription: 'movable posting' },
  });
  const readiness = useMemo(() => lazyScore(posting.report, progress).readiness, [posting.report, progress]);
  const moveId = `pipeline-move-${posting.id}`;
  const company = posting.company?.trim();
  return (
    <li
      ref={setNodeRef}
      {...listeners}
      className={isDragging ? 'pipeline-card pipeline-card--dragging' : 'pipeline-card'}
      data-testid="pipeline-card"
      data-posting-id={posting.id}
      data-status={status}
    >
      <button type="button" ref={setActivatorNodeRef} {...attributes} className="pipeline-card__handle" data-testid="pipeline-card-handle">
        {title}
      </button>
      {company ? <p className="pipeline-card__company">{company}</p> : null}
      <dl className="pipeline-card__stats">
        <div>
          <dt>Readiness</dt>
          <dd>
            <Tag tone={readinessTone(readiness)}>
              <span data-testid="pipeline-card-readiness">{readiness}%</span>
            </Tag>
          </dd>
        </div>
        <div>
          <dt>In stage</dt>
          <dd data-testid="pipeline-card-days" data-days={days}>
            {formatDaysInStage(days)}
          </dd>
        </div>
      </dl>
      <div className="pipeline-card__move">
        <label htmlFor={moveId}>
          Move to<span className="visually-hidden"> (moves {title})</span>
        </label>
        <select
          id={moveId}
          value={status}
          data-testid="pipeline-card-move"
          onChange={(e) => {
            if (isStatus(e.target.value) && e.target.value !== status) onMove(posting.id, e.target.value);
          }}
        >
          <StatusOptions />
        </select>
      </div>
    </li>
  );
});
