import { appliedAt, daysSince, followUpDue, type FollowUp, type FollowUpFields } from '../storage/pipeline';
import { summaryHistory, type PostingSummary } from '../storage/summary';

/**
 * Due follow-ups (issue 15, point 3): which saved postings to follow up on now, why, and the toolbar badge's text.
 * Pure: the popup's list (components/popup/follow-ups.tsx) and the badge (./badge.ts) both read through these.
 */

/** A posting whose follow-up is due, with that follow-up. */
export interface DueFollowUp<T> {
  readonly posting: T;
  readonly followUp: FollowUp;
}

/** The postings with a follow-up due at `now`, the longest overdue first (then by id, so the order is stable). */
export function dueFollowUps<T extends FollowUpFields & { readonly id: string }>(postings: Iterable<T>, now: number): DueFollowUp<T>[] {
  const due: DueFollowUp<T>[] = [];
  for (const posting of postings) {
    const followUp = followUpDue(posting, now);
    if (followUp) due.push({ posting, followUp });
  }
  return due.sort((a, b) => a.followUp.due - b.followUp.due || (a.posting.id < b.posting.id ? -1 : a.posting.id > b.posting.id ? 1 : 0));
}

/** What a follow-up stands on, from a summary of the index. */
export function summaryFollowUpFields(s: PostingSummary): FollowUpFields {
  return {
    status: s.status,
    history: summaryHistory(s),
    followUpAt: s.followUpAt ?? null,
    followUpDoneAt: s.followUpDoneAt ?? null,
  };
}

/** How many summaries of the index have a follow-up due at `now`. */
export function countDueInIndex(summaries: Iterable<PostingSummary>, now: number): number {
  let n = 0;
  for (const s of summaries) {
    // Most postings have neither a follow-up set nor an applied status: skipped without building their fields.
    if (s.followUpAt === undefined && s.status !== 'applied') continue;
    if (followUpDue(summaryFollowUpFields(s), now)) n++;
  }
  return n;
}

/** The badge's text: the count, '' for none (no badge), "99+" beyond what fits on the icon. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

/** "3 Mar" in the user's locale (UTC, as every date of the saved list: a day, not a time). */
export function formatDayMonth(epochMs: number, locale?: string): string {
  if (!Number.isFinite(epochMs)) return 'an unknown date';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(epochMs));
}

/** Why a follow-up is due, in words: "Applied 16 days ago, no reply" (suggested) or "Follow-up set for 3 Mar" (by hand or snoozed). */
export function followUpReason(p: FollowUpFields, f: FollowUp, now: number, locale?: string): string {
  if (f.source === 'hand') return `Follow-up set for ${formatDayMonth(f.due, locale)}`;
  const applied = appliedAt(p.history);
  const days = applied === null ? 0 : daysSince(applied, now);
  return `Applied ${days} ${days === 1 ? 'day' : 'days'} ago, no reply`;
}
