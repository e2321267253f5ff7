import { useMemo, useRef, useState } from 'react';
import { dueFollowUps, followUpReason } from '../../lib/follow-ups/due';
import { titleOf } from '../../lib/insights/format';
import type { PostingListItem } from '../../lib/storage/summary';

/** How many due follow-ups show before "Show all N". */
export const FOLLOW_UPS_SHOWN = 3;

interface FollowUpsProps {
  readonly postings: readonly PostingListItem[];
  /** The user's now (epoch ms). */
  readonly now: number;
  readonly onDone: (id: string) => void;
  readonly onSnooze: (id: string) => void;
}

/**
 * Due follow-ups at the top of the popup (issue 15): each posting with why it is due ("Applied 16 days ago, no reply",
 * "Follow-up set for 3 Mar") and one click to mark it done or snooze it a week. Nothing when none is due; the same
 * count is on the toolbar icon's badge. Page text (titles, companies) is rendered as text.
 */
export function FollowUps({ postings, now, onDone, onSnooze }: FollowUpsProps) {
  const due = useMemo(() => dueFollowUps(postings, now), [postings, now]);
  const [all, setAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  if (due.length === 0) return null;
  // The clicked item goes once the change is stored: focus moves to the list's heading, not to the page's start.
  const act = (run: (id: string) => void, id: string) => {
    run(id);
    heading.current?.focus();
  };
  const shown = all ? due : due.slice(0, FOLLOW_UPS_SHOWN);
  return (
    <section className="follow-ups" data-testid="follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title" className="follow-ups__title" ref={heading} tabIndex={-1}>
        Follow-ups due <span className="follow-ups__count">({due.length.toLocaleString()})</span>
      </h2>
      <ul id="follow-ups-list" className="follow-ups__list">
        {shown.map(({ posting, followUp }) => {
          const title = titleOf(posting);
          return (
            <li key={posting.id} className="follow-ups__item" data-testid="follow-up" data-posting-id={posting.id} data-source={followUp.source}>
              <p className="follow-ups__posting">
                <strong>{title}</strong>
                {posting.company ? <span className="follow-ups__company"> · {posting.company}</span> : null}
              </p>
              <p className="follow-ups__why">{followUpReason(posting, followUp, now)}</p>
              <div className="follow-ups__actions">
                <button type="button" className="button button--primary" onClick={() => act(onDone, posting.id)}>
                  Done<span className="visually-hidden">: followed up on {title}</span>
                </button>
                <button type="button" className="button" onClick={() => act(onSnooze, posting.id)}>
                  Snooze a week<span className="visually-hidden">: {title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {due.length > FOLLOW_UPS_SHOWN ? (
        <button type="button" className="button button--link" aria-expanded={all} aria-controls="follow-ups-list" onClick={() => setAll((a) => !a)}>
          {all ? 'Show fewer' : `Show all ${due.length.toLocaleString()} follow-ups`}
        </button>
      ) : null}
    </section>
  );
}
