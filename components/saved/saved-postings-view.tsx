import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ScoreFn } from '../../lib/scoring/score';
import { boardLabel } from '../../lib/insights/format';
import { NO_FILTERS, scorePostings, visiblePostings, type RoleFilter, type SavedFilters, type SavedSort, type ScoredPosting } from '../../lib/insights/saved-list';
import { todayUtc } from '../../lib/insights/roadmap-progress';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { PostingStatus } from '../../lib/storage/schemas';
import type { PostingListItem } from '../../lib/storage/summary';
import { WindowedList, type WindowedItemProps } from '../ui/windowed-list';
import { CorruptNotice } from './corrupt-notice';
import { DuplicateNotices } from './duplicate-notices';
import type { PipelineActions } from './pipeline-actions';
import { SavedPostingRow } from './saved-posting-row';
import { StatusOptions } from '../ui/status-options';

export interface SavedPostingsViewProps {
  readonly postings: readonly PostingListItem[];
  readonly progress: ProgressSnapshot;
  /** Scores each posting under `progress`; defaults to lib/scoring's memoised score. */
  readonly score?: ScoreFn;
  /** Saved records set aside as unreadable (listPostings' corruptCount). */
  readonly corruptCount?: number;
  readonly readOnlyCount?: number;
  readonly onStatusChange: (id: string, status: PostingStatus) => void;
  readonly onNotesChange: (id: string, notes: string) => void;
  /** The parent removes the posting; the view then offers Undo. */
  readonly onDelete: (id: string) => void;
  /** Undo of a delete (restorePosting). */
  readonly onRestore: (id: string) => void;
  /** Told when the user opens a posting (the link itself opens it in a new tab). */
  readonly onOpen?: (id: string, url: string) => void;
  readonly onShowCorrupt?: () => void;
  /** The same job saved from two boards made one (the likely-duplicate notice's offer); with `onMarkDistinct`, shows the notice. */
  readonly onMerge?: (keepId: string, dropId: string) => void;
  readonly onMarkDistinct?: (id: string, otherId: string) => void;
  /** Each row's applied date and follow-up (its "Dates"); without them, rows show their timeline only. */
  readonly pipelineActions?: PipelineActions;
  /** Prefix for control ids, when the view appears twice on a page. */
  readonly idPrefix?: string;
  /** Height of the view the list scrolls in, px, assumed until it can be measured (and in tests without layout). */
  readonly viewportHeight?: number;
  /** UTC midnight of the user's today, for each row's "ready by" date (tests pin it); default: the real today. */
  readonly today?: number;
}

/** A row's height before it is measured (a row with no role check and notes closed, in the popup’s width: ~320 px). */
const ROW_ESTIMATE = 320;
const rowKey = (row: ScoredPosting): string => row.posting.id;

const SORT_LABEL: Readonly<Record<SavedSort, string>> = { readiness: 'Readiness (highest first)', date: 'Date saved (newest first)', time: 'Time to qualify (shortest first)' };
const ROLE_LABEL: Readonly<Record<RoleFilter, string>> = { all: 'All roles', target: 'Target role only', other: 'Flagged by role check' };

/**
 * Saved postings with readiness, time to qualify, status and date; sort, filter, search; open, change
 * status, notes, delete with undo. Pure UI: every change goes out through the callbacks.
 *
 * The list is windowed (components/ui/windowed-list.tsx): whatever is saved, only the rows in view (and a few either
 * side) are in the page, so opening it with thousands saved costs a screenful of rows; it scrolls with the page around
 * it. Typing in the search updates the field at once and the list in a deferred render.
 */
export function SavedPostingsView({ postings, progress, score, corruptCount = 0, readOnlyCount = 0, onStatusChange, onNotesChange, onDelete, onRestore, onOpen, onShowCorrupt, onMerge, onMarkDistinct, pipelineActions, idPrefix = 'saved', viewportHeight = 600, today = todayUtc() }: SavedPostingsViewProps) {
  const [filters, setFilters] = useState<SavedFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SavedSort>('readiness');
  const [deleted, setDeleted] = useState<{ id: string; title: string } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The fields show what was typed at once; the list (a filter over every posting) follows in a deferred render.
  const listFilters = useDeferredValue(filters);

  const scored = useMemo(() => scorePostings(postings, progress, score), [postings, progress, score]);
  const visible = useMemo(() => visiblePostings(scored, listFilters, sort), [scored, listFilters, sort]);
  const boards = useMemo(() => [...new Set(postings.map((p) => p.board))].sort(), [postings]);
  const filtered = filters !== NO_FILTERS && (filters.query.trim() !== '' || filters.status !== 'all' || filters.board !== 'all' || filters.role !== 'all');

  const deleteRow = useCallback(
    (postingId: string, title: string) => {
      onDelete(postingId);
      setDeleted({ id: postingId, title });
    },
    [onDelete],
  );
  const renderRow = useCallback(
    (row: ScoredPosting, itemProps: WindowedItemProps) => (
      <SavedPostingRow row={row} itemProps={itemProps} today={today} onStatusChange={onStatusChange} onNotesChange={onNotesChange} onOpen={onOpen} onDelete={deleteRow} pipelineActions={pipelineActions} />
    ),
    [today, onStatusChange, onNotesChange, onOpen, deleteRow, pipelineActions],
  );

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);

  const set = <K extends keyof SavedFilters>(key: K, value: SavedFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const id = (name: string) => `${idPrefix}-${name}`;

  const undo = deleted ? (
    <div className="notice notice--info saved__undo" role="status">
      <p>Deleted “{deleted.title}”.</p>
      <button
        ref={undoRef}
        type="button"
        className="button"
        onClick={() => {
          onRestore(deleted.id);
          setDeleted(null);
        }}
      >
        Undo
      </button>
      <button type="button" className="button button--link" onClick={() => setDeleted(null)}>
        Dismiss
      </button>
    </div>
  ) : null;

  const notice = <CorruptNotice corruptCount={corruptCount} readOnlyCount={readOnlyCount} {...(onShowCorrupt ? { onShowDetails: onShowCorrupt } : {})} />;

  if (postings.length === 0) {
    return (
      <div className="saved" data-testid="saved-postings">
        {notice}
        {undo}
        <div className="empty-state" data-testid="saved-empty">
          <p className="empty-state__title">No saved postings yet.</p>
          <p>Open a job posting, then choose “Save” in the Pathway Lens sidebar (or paste a posting). Saved postings appear here with your readiness for each.</p>
        </div>
      </div>
    );
  }

  return (
    <div className="saved" data-testid="saved-postings">
      {notice}
      {onMerge && onMarkDistinct ? <DuplicateNotices postings={postings} onMerge={onMerge} onMarkDistinct={onMarkDistinct} /> : null}
      <form className="saved__toolbar" role="search" aria-label="Saved postings" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={id('search')}>Search</label>
          <input id={id('search')} type="search" value={filters.query} placeholder="Title, company, notes…" onChange={(e) => set('query', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id('sort')}>Sort by</label>
          <select id={id('sort')} value={sort} onChange={(e) => setSort(e.target.value as SavedSort)}>
            {(Object.keys(SORT_LABEL) as SavedSort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('status')}>Status</label>
          <select id={id('status')} value={filters.status} onChange={(e) => set('status', e.target.value as PostingStatus | 'all')}>
            <option value="all">All statuses</option>
            <StatusOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('board')}>Board</label>
          <select id={id('board')} value={filters.board} onChange={(e) => set('board', e.target.value)}>
            <option value="all">All boards</option>
            {boards.map((b) => (
              <option key={b} value={b}>
                {boardLabel(b)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('role')}>Role check</label>
          <select id={id('role')} value={filters.role} onChange={(e) => set('role', e.target.value as RoleFilter)}>
            {(Object.keys(ROLE_LABEL) as RoleFilter[]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="saved__count" role="status" data-testid="saved-count">
        {visible.length === postings.length
          ? `${postings.length} saved ${postings.length === 1 ? 'posting' : 'postings'}`
          : `Showing ${visible.length} of ${postings.length} saved postings`}
      </p>
      {undo}
      {visible.length === 0 ? (
        <div className="empty-state" data-testid="saved-no-match">
          <p className="empty-state__title">No saved posting matches.</p>
          {filtered ? (
            <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
              Clear search and filters
            </button>
          ) : null}
        </div>
      ) : (
        <>
          <p id={id('keys')} className="visually-hidden">
            Page Down and Page Up move to the next and previous posting; Control+Home and Control+End to the first and last.
          </p>
          <WindowedList
            items={visible}
            getKey={rowKey}
            renderItem={renderRow}
            estimateHeight={ROW_ESTIMATE}
            fallbackViewport={viewportHeight}
            className="saved__list"
            label="Saved postings"
            describedBy={id('keys')}
            testId="saved-list"
          />
        </>
      )}
    </div>
  );
}
