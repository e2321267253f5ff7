import type { PostingStatus } from './statuses';

/**
 * From saved to hired (issue 15): a saved posting's stage history and its follow-up, as pure functions. Zod-free (the
 * schemas in ./schemas.ts are built on these types and limits); the one writer (lib/storage/writer/postings.ts) applies
 * them, every view reads through them.
 *
 * The history is the sequence of status changes in the order they happened, each with the date its stage began. The
 * last entry's status is the posting's status. Dates are those of the changes, except the applied date, which the
 * user may set by hand (people apply before they save): it then keeps its place in the sequence with its own date.
 */
export interface StatusChange {
  readonly status: PostingStatus;
  /** Epoch ms: when this stage began. */
  readonly at: number;
  /** The date was set by hand (the applied date). */
  readonly hand?: true;
}

/** The most entries a history keeps (a history longer than this is compacted, keeping its milestones). */
export const HISTORY_MAX = 200;
/** No date before this is a date of a job search: refused when set by hand or imported. */
export const PIPELINE_DATE_MIN = Date.UTC(2000, 0, 1);
/** Clock skew allowed for dates that must not be in the future (a change, an applied date). */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
/** How far ahead a follow-up may be set. */
export const FOLLOW_UP_AHEAD_MAX_MS = 366 * 24 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** "applied 14 days ago, no reply": when a follow-up is suggested. */
export const FOLLOW_UP_SUGGEST_DAYS = 14;
export const SNOOZE_DAYS = 7;

/** Statuses that are an answer from the employer after applying (the funnel's "reply"). */
export const REPLY_STATUSES: ReadonlySet<PostingStatus> = new Set(['interviewing', 'offer', 'rejected']);

/** Why a date is refused, in words the user reads; null when it is fine. */
export function pastDateProblem(at: number, now: number): string | null {
  if (!Number.isFinite(at)) return 'That is not a date.';
  if (at < PIPELINE_DATE_MIN) return 'That date is before 2000. Choose the date you applied.';
  if (at > now + FUTURE_SLACK_MS) return 'That date is in the future. Choose the date you applied.';
  return null;
}

export function followUpDateProblem(at: number, now: number): string | null {
  if (!Number.isFinite(at)) return 'That is not a date.';
  if (at < PIPELINE_DATE_MIN) return 'That date is before 2000.';
  if (at > now + FOLLOW_UP_AHEAD_MAX_MS) return 'Choose a follow-up date within the next year.';
  return null;
}

/** The history of a posting that has none yet (saved before histories were kept): one entry at its save date. */
export const initialHistory = (status: PostingStatus, savedAt: number): StatusChange[] => [{ status, at: savedAt }];

/** Index of the first applied entry, or -1. */
const firstAppliedIndex = (h: readonly StatusChange[]): number => h.findIndex((e) => e.status === 'applied');

/** When the user applied (the first applied entry), or null. */
export function appliedAt(h: readonly StatusChange[]): number | null {
  const i = firstAppliedIndex(h);
  return i < 0 ? null : (h[i] as StatusChange).at;
}

/** The first answer after applying (interviewing, offer or rejected after the first applied entry), or null. */
export function firstReplyAt(h: readonly StatusChange[]): number | null {
  const i = firstAppliedIndex(h);
  if (i < 0) return null;
  for (let j = i + 1; j < h.length; j++) if (REPLY_STATUSES.has((h[j] as StatusChange).status)) return (h[j] as StatusChange).at;
  return null;
}

/** When the current stage began: the date of the last entry. */
export const stageSince = (h: readonly StatusChange[], fallback: number): number => h.at(-1)?.at ?? fallback;

/** Whole days from `since` to `now` (0 for the same day or a date ahead). */
export const daysSince = (since: number, now: number): number => Math.max(0, Math.floor((now - since) / DAY_MS));

/**
 * At most `max` entries: the first entry, the first applied entry and the first reply after it (the funnel's
 * milestones) are always kept, then the newest entries; order is preserved. The input itself when short enough.
 */
export function compactHistory(h: readonly StatusChange[], max = HISTORY_MAX): readonly StatusChange[] {
  if (h.length <= max) return h;
  const keep = new Set<number>([0]);
  const applied = firstAppliedIndex(h);
  if (applied >= 0) {
    keep.add(applied);
    for (let j = applied + 1; j < h.length; j++) {
      if (REPLY_STATUSES.has((h[j] as StatusChange).status)) {
        keep.add(j);
        break;
      }
    }
  }
  for (let j = h.length - 1; j >= 0 && keep.size < max; j--) keep.add(j);
  return [...keep].sort((a, b) => a - b).map((j) => h[j] as StatusChange);
}

/** The history after a move to `status` at `at`: unchanged when the posting is already there. */
export function withStatus(h: readonly StatusChange[], status: PostingStatus, at: number): readonly StatusChange[] {
  if (h.at(-1)?.status === status) return h;
  return compactHistory([...h, { status, at }]);
}

/**
 * The history with the applied date set by hand to `at`: the first applied entry takes that date; a posting never
 * marked applied gets an applied entry (and, when it is still at saved or applying, becomes applied).
 */
export function withAppliedDate(h: readonly StatusChange[], at: number): { history: readonly StatusChange[]; status: PostingStatus } {
  const i = firstAppliedIndex(h);
  const current = h.at(-1)?.status ?? 'saved';
  if (i >= 0) {
    const next = h.map((e, j) => (j === i ? { status: e.status, at, hand: true as const } : e));
    return { history: next, status: current };
  }
  if (current === 'saved' || current === 'applying') {
    return { history: compactHistory([...h, { status: 'applied', at, hand: true }]), status: 'applied' };
  }
  // Already further on (interviewing, …) without an applied entry: the applied step goes before the first reply.
  const reply = h.findIndex((e) => REPLY_STATUSES.has(e.status) || e.status === 'archived');
  const pos = reply < 0 ? h.length : reply;
  return { history: compactHistory([...h.slice(0, pos), { status: 'applied', at, hand: true }, ...h.slice(pos)]), status: current };
}

/** What a posting's follow-up stands on (the record's fields). */
export interface FollowUpFields {
  readonly status: PostingStatus;
  readonly history: readonly StatusChange[];
  /** A follow-up date set by hand or by a snooze; null when none. */
  readonly followUpAt: number | null;
  /** When a follow-up was last marked done; null when never. */
  readonly followUpDoneAt: number | null;
}

export interface FollowUp {
  /** Epoch ms when it is (or was) due. */
  readonly due: number;
  /** Set by the user (or a snooze), or suggested ("applied 14 days ago, no reply"). */
  readonly source: 'hand' | 'suggested';
}

/**
 * The posting's follow-up, or null: the date the user set (or snoozed to); else, for a posting applied to with no
 * reply yet, a suggestion 14 days after applying, unless a follow-up was marked done since applying.
 */
export function followUpOf(p: FollowUpFields): FollowUp | null {
  if (p.followUpAt !== null) return { due: p.followUpAt, source: 'hand' };
  if (p.status !== 'applied') return null;
  const applied = appliedAt(p.history);
  if (applied === null || firstReplyAt(p.history) !== null) return null;
  if (p.followUpDoneAt !== null && p.followUpDoneAt >= applied) return null;
  return { due: applied + FOLLOW_UP_SUGGEST_DAYS * DAY_MS, source: 'suggested' };
}

/** Whether a follow-up is due at `now` (archived and rejected postings are not followed up). */
export function followUpDue(p: FollowUpFields, now: number): FollowUp | null {
  if (p.status === 'archived' || p.status === 'rejected') return null;
  const f = followUpOf(p);
  return f && f.due <= now ? f : null;
}

/** The fields after a follow-up action: done (cleared, suggestions after it stop), snoozed a week, set, or cleared. */
export type FollowUpAction = { kind: 'done' } | { kind: 'snooze' } | { kind: 'set'; at: number } | { kind: 'clear' };

export function withFollowUp(action: FollowUpAction, now: number): { followUpAt: number | null; followUpDoneAt?: number } {
  switch (action.kind) {
    case 'done':
      return { followUpAt: null, followUpDoneAt: now };
    case 'snooze':
      return { followUpAt: now + SNOOZE_DAYS * DAY_MS };
    case 'set':
      return { followUpAt: action.at };
    case 'clear':
      return { followUpAt: null, followUpDoneAt: now };
  }
}
