import type { GapReport } from '../analysis/gap-report';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import type { ProgressLog } from '../scoring/readiness-history';
import { progressRevision } from '../scoring/score';
import type { PostingListItem } from '../storage/summary';

/**
 * Keeps list items the same objects across reloads when they say the same thing. Every storage change makes the popup
 * and the dashboard read the list again, and every read expands fresh objects; the score is memoised per report object
 * (lib/scoring/score.ts) and rows are memoised per item, so without this one status change would re-score and
 * re-render every saved posting. With it, only what changed is new.
 */

function sameReport(a: GapReport, b: GapReport): boolean {
  if (a === b) return true;
  if (
    a.analysisVersion !== b.analysisVersion ||
    a.targetRole !== b.targetRole ||
    a.targetRoleReason !== b.targetRoleReason ||
    a.language !== b.language ||
    a.skills.length !== b.skills.length ||
    a.posting.title !== b.posting.title ||
    a.posting.company !== b.posting.company ||
    a.posting.location !== b.posting.location ||
    a.posting.board !== b.posting.board ||
    a.posting.url !== b.posting.url
  ) {
    return false;
  }
  for (let i = 0; i < a.skills.length; i++) {
    const x = a.skills[i];
    const y = b.skills[i];
    if (!x || !y || x.id !== y.id || x.kind !== y.kind || x.level !== y.level || x.label !== y.label || x.evidence !== y.evidence || x.match !== y.match || x.score !== y.score) return false;
    if (x.mentions.length !== y.mentions.length || x.mentions.some((m, j) => m !== y.mentions[j])) return false;
  }
  return true;
}

function sameFields(a: PostingListItem, b: PostingListItem): boolean {
  return (
    a.id === b.id &&
    a.url === b.url &&
    a.board === b.board &&
    a.title === b.title &&
    a.company === b.company &&
    a.location === b.location &&
    a.savedAt === b.savedAt &&
    a.updatedAt === b.updatedAt &&
    a.status === b.status &&
    a.notes === b.notes &&
    a.analysisVersion === b.analysisVersion
  );
}

/**
 * `next`, with each item that equals the item of the same id in `prev` replaced by that older object, and each report
 * that equals the older item's report replaced by the older report (a status or notes change keeps the score memoised).
 * `prev` itself when nothing changed at all (same items, same order), so memoised views do no work.
 */
export function reuseUnchanged<T extends PostingListItem>(prev: readonly T[], next: readonly T[]): readonly T[] {
  if (prev === next || prev.length === 0) return next;
  const byId = new Map<string, T>();
  for (const p of prev) byId.set(p.id, p);
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const old = byId.get(item.id);
    let kept: T = item;
    if (old) {
      const report = sameReport(old.report, item.report) ? old.report : item.report;
      if (report === old.report && sameFields(old, item)) kept = old;
      else if (report !== item.report) kept = { ...item, report };
    }
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? prev : out;
}

/** `previous` when `next` is the same progress (every field equal: lib/scoring/score.ts `progressRevision`), else `next`. */
export function keepProgress<P extends ProgressSnapshot | null>(previous: P, next: P): P {
  return previous && next && progressRevision(previous) === progressRevision(next) ? previous : next;
}

/** `previous` when `next` logs the same baseline and events, else `next`. */
export function keepLog<L extends ProgressLog | undefined>(previous: L, next: L): L {
  if (previous === next || !previous || !next) return next;
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const same =
    sameList(previous.baseline.learnedSkills, next.baseline.learnedSkills) &&
    sameList(previous.baseline.knownSkills, next.baseline.knownSkills) &&
    previous.events.length === next.events.length &&
    previous.events.every((e, i) => {
      const f = next.events[i];
      return f !== undefined && e.at === f.at && e.kind === f.kind && e.id === f.id && e.done === f.done;
    });
  return same ? previous : next;
}
