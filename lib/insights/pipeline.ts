import { appliedAt, DAY_MS, daysSince, firstReplyAt, stageSince, type StatusChange } from '../storage/pipeline';
import { POSTING_STATUSES, type PostingStatus } from '../storage/statuses';

/**
 * The pipeline board (issue 15) as pure functions: saved postings grouped into one column per status, how long each
 * has been in its stage, and the funnel above the board (applied, response rate, median days to a first reply).
 * Every loop is over the postings and their (bounded) histories once: thousands of postings, each with a long
 * history, cost a few milliseconds.
 */

/** What the board reads of a posting (a PostingListItem has all of it). */
export interface BoardPosting {
  readonly id: string;
  readonly status: PostingStatus;
  readonly savedAt: number;
  readonly history: readonly StatusChange[];
}

export interface BoardCard<P extends BoardPosting> {
  readonly posting: P;
  /** When its current stage began (epoch ms). */
  readonly since: number;
  /** Whole days in the current stage at `now`. */
  readonly days: number;
}

export interface BoardColumn<P extends BoardPosting> {
  readonly status: PostingStatus;
  /** Newest in the stage first (a card just moved is at the top), then by id: the same order every time. */
  readonly cards: readonly BoardCard<P>[];
}

/** When the posting's current stage began: its last history entry, or its save date when it has none. */
export const stageStart = (p: BoardPosting): number => stageSince(p.history, p.savedAt);

/** Whole days the posting has been in its current stage at `now` (0 on the day it moved, and for a date ahead). */
export const daysInStage = (p: BoardPosting, now: number): number => daysSince(stageStart(p), now);

/**
 * One column per status, in POSTING_STATUSES order (every status, even empty), each posting in the column of its
 * status. `moved` overrides statuses (an optimistic move not yet read back from storage).
 */
export function boardColumns<P extends BoardPosting>(postings: readonly P[], now: number, moved?: ReadonlyMap<string, PostingStatus>): BoardColumn<P>[] {
  const groups = new Map<PostingStatus, BoardCard<P>[]>(POSTING_STATUSES.map((s) => [s, []]));
  for (const posting of postings) {
    const pending = moved?.get(posting.id);
    const status = pending ?? posting.status;
    // A card moved here a moment ago: its stage began now (the writer records the move at about this time).
    const since = pending !== undefined && pending !== posting.status ? now : stageStart(posting);
    groups.get(status)?.push({ posting, since, days: daysSince(since, now) });
  }
  return POSTING_STATUSES.map((status) => {
    const cards = groups.get(status) as BoardCard<P>[];
    cards.sort((a, b) => b.since - a.since || (a.posting.id < b.posting.id ? -1 : a.posting.id > b.posting.id ? 1 : 0));
    return { status, cards };
  });
}

export interface Funnel {
  /** Postings with an applied entry in their history. */
  readonly applied: number;
  /** Of those, the ones with a reply (interviewing, offer or rejected) after applying. */
  readonly replied: number;
  /** replied / applied (0–1); null when nothing was applied to. */
  readonly responseRate: number | null;
  /** Median days from applying to the first reply, over those with a reply; null when none replied. */
  readonly medianDaysToReply: number | null;
}

/** The median of numbers (the mean of the middle two for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The funnel over every saved posting: how many were applied to, the share that got a reply, and the median time to
 * that reply in days (a reply dated before a hand-set applied date counts as 0 days).
 */
export function funnelOf(postings: readonly BoardPosting[]): Funnel {
  let applied = 0;
  const waits: number[] = [];
  for (const p of postings) {
    const a = appliedAt(p.history);
    if (a === null) continue;
    applied++;
    const r = firstReplyAt(p.history);
    if (r !== null) waits.push(Math.max(0, r - a) / DAY_MS);
  }
  return { applied, replied: waits.length, responseRate: applied === 0 ? null : waits.length / applied, medianDaysToReply: median(waits) };
}

/** "—": the funnel's mark for a number there is nothing to compute from. */
export const NONE = '—';

/** "50%"; "—" when null. */
export const formatRate = (rate: number | null): string => (rate === null ? NONE : `${Math.round(rate * 100)}%`);

/** "6 days", "1 day", "2.5 days" (one decimal at most); "—" when null. */
export function formatDays(days: number | null): string {
  if (days === null) return NONE;
  const d = Math.round(days * 10) / 10;
  return `${d} ${d === 1 ? 'day' : 'days'}`;
}

/** "Today", "1 day", "12 days": how long a card has been in its stage. */
export const formatDaysInStage = (days: number): string => (days === 0 ? 'Today' : `${days} ${days === 1 ? 'day' : 'days'}`);

/** What the board's screen-reader announcements say (dnd-kit's live region, and the board's own status line). */
export const pipelineWords = {
  instructions:
    'To move a posting with the keyboard, focus its title and press Space or Enter to pick it up. Press the Right or Left arrow key to move it to the next or previous column, then Space or Enter to drop it there. Press Escape to cancel. Each card also has a "Move to" menu.',
  pickedUp: (title: string, column: string) => `Picked up ${title}. It is in ${column}. Press the Right or Left arrow key to choose a column, Space or Enter to drop it, Escape to cancel.`,
  over: (title: string, column: string) => `${title} is over ${column}.`,
  notOver: (title: string) => `${title} is not over a column.`,
  moved: (title: string, column: string) => `Moved ${title} to ${column}.`,
  stayed: (title: string, column: string) => `${title} stays in ${column}.`,
  cancelled: (title: string, column: string) => `Cancelled. ${title} stays in ${column}.`,
} as const;

/** The clock the board counts days in stage to (a view passes its own `now` in tests). */
export const boardNow = (): number => Date.now();
