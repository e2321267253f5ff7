import { memo } from 'react';
import { formatDate, isoDate, safeHttpUrl, boardLabel, titleOf } from '../../lib/insights/format';
import type { ScoredPosting } from '../../lib/insights/saved-list';
import { POSTING_STATUSES, type PostingStatus } from '../../lib/storage/schemas';
import { Tag } from '../ui/tag';
import { sameItemProps, type WindowedItemProps } from '../ui/windowed-list';
import { NotesEditor } from './notes-editor';
import type { PipelineActions } from './pipeline-actions';
import { PipelineDates } from './pipeline-dates';
import { ScoreStats } from './score-stats';
import { StatusHistory } from './status-history';
import { StatusOptions } from '../ui/status-options';

export interface SavedPostingRowProps {
  readonly row: ScoredPosting;
  /** From the windowed list: spread on the row's `<li>`. */
  readonly itemProps?: WindowedItemProps;
  /** UTC midnight of the user's today, for the "ready by" date. */
  readonly today: number;
  readonly onStatusChange: (id: string, status: PostingStatus) => void;
  readonly onNotesChange: (id: string, notes: string) => void;
  readonly onDelete: (id: string, title: string) => void;
  readonly onOpen?: ((id: string, url: string) => void) | undefined;
  /** The applied date and follow-up (the popup gives them); without them, the row shows its timeline only. */
  readonly pipelineActions?: PipelineActions | undefined;
}

const isStatus = (s: string): s is PostingStatus => (POSTING_STATUSES as readonly string[]).includes(s);

/**
 * One saved posting: what it is, how close the user is, and what they can do with it. All page text is rendered as text.
 * Memoised: a row re-renders only when its posting, its score, the day or a callback changes (not when the list scrolls).
 */
export const SavedPostingRow = memo(function SavedPostingRow({ row, itemProps, today, onStatusChange, onNotesChange, onDelete, onOpen, pipelineActions }: SavedPostingRowProps) {
  const { posting, score } = row;
  const title = titleOf(posting);
  const url = safeHttpUrl(posting.url);
  const statusId = `status-${posting.id}`;
  const meta = [posting.company, posting.location, boardLabel(posting.board)].filter((s): s is string => !!s && s.trim() !== '');
  return (
    <li {...itemProps} className="saved-row" data-testid="saved-posting" data-posting-id={posting.id} data-status={posting.status}>
      <div className="saved-row__head">
        <h3 className="saved-row__title">
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer" onClick={() => onOpen?.(posting.id, url)}>
              {title}
              <span className="visually-hidden"> (opens the posting in a new tab)</span>
            </a>
          ) : (
            title
          )}
        </h3>
        <p className="saved-row__meta">{meta.join(' · ')}</p>
      </div>
      <dl className="saved-row__stats">
        <ScoreStats score={score} today={today} readinessTestId="saved-readiness" timeTestId="saved-time" />
        <div>
          <dt>Saved</dt>
          <dd>
            <time dateTime={isoDate(posting.savedAt)}>{formatDate(posting.savedAt)}</time>
          </dd>
        </div>
      </dl>
      <StatusHistory history={posting.history} postingTitle={title} postingId={posting.id} />
      {posting.report.targetRole ? null : (
        <p className="saved-row__role-check">
          <Tag tone="important">Role check</Tag> {posting.report.targetRoleReason || 'This may not be an AI program manager role.'}
        </p>
      )}
      <div className="saved-row__actions">
        <label className="field field--inline" htmlFor={statusId}>
          <span>
            Status<span className="visually-hidden"> of {title}</span>
          </span>
          <select
            id={statusId}
            value={posting.status}
            onChange={(e) => {
              if (isStatus(e.target.value)) onStatusChange(posting.id, e.target.value);
            }}
          >
            <StatusOptions />
          </select>
        </label>
        <button type="button" className="button button--danger" onClick={() => onDelete(posting.id, title)}>
          Delete<span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <PipelineDates posting={posting} postingTitle={title} actions={pipelineActions} />
      <NotesEditor postingId={posting.id} postingTitle={title} notes={posting.notes} onSave={onNotesChange} />
    </li>
  );
}, sameRow);

function sameRow(a: SavedPostingRowProps, b: SavedPostingRowProps): boolean {
  return (
    a.row.posting === b.row.posting &&
    a.row.score === b.row.score &&
    a.today === b.today &&
    a.onStatusChange === b.onStatusChange &&
    a.onNotesChange === b.onNotesChange &&
    a.onDelete === b.onDelete &&
    a.onOpen === b.onOpen &&
    (a.itemProps === b.itemProps || (a.itemProps !== undefined && b.itemProps !== undefined && sameItemProps(a.itemProps, b.itemProps)))
  );
}
