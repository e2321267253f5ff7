import { useState } from 'react';
import { isoDate, STATUS_LABEL } from '../../lib/insights/format';
import type { StatusChange } from '../../lib/storage/pipeline';

/** A history longer than HEAD + TAIL + 1 shows its first HEAD and last TAIL entries until expanded. */
export const HISTORY_HEAD = 2;
export const HISTORY_TAIL = 3;

interface StatusHistoryProps {
  readonly history: readonly StatusChange[];
  /** The posting's title, for the list's accessible name. */
  readonly postingTitle: string;
  readonly postingId: string;
}

/**
 * The day of a change as lib/insights/format.ts `formatDate` writes it ("12 Mar 2026" in the user's locale, UTC), with
 * one formatter for every entry: a long history would otherwise build one per entry.
 */
const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const formatDay = (at: number): string => (Number.isFinite(at) ? DAY_FORMAT.format(at) : 'unknown date');

/** "Applied · 12 Mar 2026 (set by hand)": one stage change, its day in the user's locale. */
function Entry({ change, index, afterGap }: { change: StatusChange; index: number; afterGap: boolean }) {
  return (
    <li className="status-history__entry" value={index + 1} data-status={change.status}>
      {afterGap ? (
        <span className="status-history__gap" aria-hidden="true">
          …{' '}
        </span>
      ) : null}
      {STATUS_LABEL[change.status]} · <time dateTime={isoDate(change.at)}>{formatDay(change.at)}</time>
      {change.hand ? ' (set by hand)' : ''}
    </li>
  );
}

/**
 * A saved posting's stages with their dates (issue 15), oldest first, one list item per change. A long history (the
 * writer keeps up to 200 changes; an imported one may be longer) shows its first and latest entries and a "Show all N
 * changes" button: every entry stays reachable, and a row stays a row.
 */
export function StatusHistory({ history, postingTitle, postingId }: StatusHistoryProps) {
  const [expanded, setExpanded] = useState(false);
  const long = history.length > HISTORY_HEAD + HISTORY_TAIL + 1;
  const listId = `status-history-${postingId}`;
  const shown: { change: StatusChange; index: number }[] = [];
  if (!long || expanded) history.forEach((change, index) => shown.push({ change, index }));
  else {
    for (let i = 0; i < HISTORY_HEAD; i++) shown.push({ change: history[i] as StatusChange, index: i });
    for (let i = history.length - HISTORY_TAIL; i < history.length; i++) shown.push({ change: history[i] as StatusChange, index: i });
  }
  return (
    <div className="status-history">
      <ol id={listId} className="status-history__list" data-testid="status-history" aria-label={`Status history of ${postingTitle}`}>
        {shown.map(({ change, index }, j) => (
          <Entry key={index} change={change} index={index} afterGap={j > 0 && index !== (shown[j - 1] as { index: number }).index + 1} />
        ))}
      </ol>
      {long ? (
        <button type="button" className="button button--link status-history__toggle" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show fewer changes' : `Show all ${history.length.toLocaleString()} changes`}
          <span className="visually-hidden"> of {postingTitle}</span>
        </button>
      ) : null}
    </div>
  );
}
