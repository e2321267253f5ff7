import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import type { PostingStatus, SavedPosting } from '../storage/schemas';
import { score as defaultScore, type Score, type ScoreFn } from '../scoring/score';

/** The saved list's sort, filters and search, as pure functions over postings and their scores. */

export type SavedSort = 'readiness' | 'date' | 'time';
export type RoleFilter = 'all' | 'target' | 'other';

export interface SavedFilters {
  readonly query: string;
  readonly status: PostingStatus | 'all';
  readonly board: string | 'all';
  readonly role: RoleFilter;
}

export const NO_FILTERS: SavedFilters = { query: '', status: 'all', board: 'all', role: 'all' };

export interface ScoredPosting {
  readonly posting: SavedPosting;
  readonly score: Score;
}

/** Scores every posting under the current progress (fresh, so it agrees with the insights). */
export function scorePostings(postings: readonly SavedPosting[], progress: ProgressSnapshot, score: ScoreFn = defaultScore): ScoredPosting[] {
  return postings.map((posting) => ({ posting, score: score(posting.report, progress) }));
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function matchesFilters({ posting }: ScoredPosting, f: SavedFilters): boolean {
  if (f.status !== 'all' && posting.status !== f.status) return false;
  if (f.board !== 'all' && posting.board !== f.board) return false;
  if (f.role === 'target' && !posting.report.targetRole) return false;
  if (f.role === 'other' && posting.report.targetRole) return false;
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold([posting.title, posting.company ?? '', posting.location ?? '', posting.notes, posting.board].join(' \u0000 '));
  return words.every((w) => hay.includes(w));
}

const byDate = (a: ScoredPosting, b: ScoredPosting): number => b.posting.savedAt - a.posting.savedAt || (a.posting.id < b.posting.id ? -1 : 1);

/**
 * Shortest time to qualify first: weeks at the user's pace, fewer gaps without an estimate first among equal weeks,
 * and a posting whose every gap lacks an estimate (no date at all) after every dated one.
 */
export function byTimeToQualify(a: Score['timeToQualify'], b: Score['timeToQualify']): number {
  const undated = (t: Score['timeToQualify']) => (t.gaps.length > 0 && t.unestimated.length === t.gaps.length ? 1 : 0);
  return undated(a) - undated(b) || a.weeks - b.weeks || a.unestimated.length - b.unestimated.length;
}

/** readiness: highest first; date: newest first; time: shortest time to qualify first. Ties: newest. */
export function sortPostings(rows: readonly ScoredPosting[], sort: SavedSort): ScoredPosting[] {
  const out = [...rows];
  if (sort === 'readiness') return out.sort((a, b) => b.score.readiness - a.score.readiness || byDate(a, b));
  if (sort === 'time') return out.sort((a, b) => byTimeToQualify(a.score.timeToQualify, b.score.timeToQualify) || b.score.readiness - a.score.readiness || byDate(a, b));
  return out.sort(byDate);
}

export function visiblePostings(rows: readonly ScoredPosting[], filters: SavedFilters, sort: SavedSort): ScoredPosting[] {
  return sortPostings(
    rows.filter((r) => matchesFilters(r, filters)),
    sort,
  );
}
