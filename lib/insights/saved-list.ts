import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import type { PostingStatus } from '../storage/schemas';
import type { PostingListItem } from '../storage/summary';
import type { Score, ScoreFn } from '../scoring/score';
import { lazyScore, type LazyScore } from './lazy-score';

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

export interface ScoredPosting extends LazyScore {
  readonly posting: PostingListItem;
}

/**
 * Scores every posting under the current progress (fresh, so it agrees with the insights). Each posting's readiness is
 * worked out at once and its whole score when first read (lib/insights/lazy-score.ts): opening the list with thousands
 * saved costs a readiness per posting, and a score per row drawn; the "time to qualify" order reads them all.
 */
export function scorePostings(postings: readonly PostingListItem[], progress: ProgressSnapshot, score?: ScoreFn): ScoredPosting[] {
  return postings.map((posting) => {
    const s = lazyScore(posting.report, progress, score);
    return {
      posting,
      readiness: s.readiness,
      get score() {
        return s.score;
      },
    };
  });
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** What the search reads of a posting, folded; once per posting object (items are values: a change is a new object). */
const haystacks = new WeakMap<PostingListItem, string>();
function haystackOf(posting: PostingListItem): string {
  let hay = haystacks.get(posting);
  if (hay === undefined) {
    hay = fold([posting.title, posting.company ?? '', posting.location ?? '', posting.notes, posting.board].join(' \u0000 '));
    haystacks.set(posting, hay);
  }
  return hay;
}

const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

function matches(posting: PostingListItem, f: SavedFilters, words: readonly string[]): boolean {
  if (f.status !== 'all' && posting.status !== f.status) return false;
  if (f.board !== 'all' && posting.board !== f.board) return false;
  if (f.role === 'target' && !posting.report.targetRole) return false;
  if (f.role === 'other' && posting.report.targetRole) return false;
  if (words.length === 0) return true;
  const hay = haystackOf(posting);
  return words.every((w) => hay.includes(w));
}

export function matchesFilters({ posting }: ScoredPosting, f: SavedFilters): boolean {
  return matches(posting, f, queryWords(f.query));
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
  if (sort === 'readiness') return out.sort((a, b) => b.readiness - a.readiness || byDate(a, b));
  if (sort === 'time') return out.sort((a, b) => byTimeToQualify(a.score.timeToQualify, b.score.timeToQualify) || b.readiness - a.readiness || byDate(a, b));
  return out.sort(byDate);
}

export function visiblePostings(rows: readonly ScoredPosting[], filters: SavedFilters, sort: SavedSort): ScoredPosting[] {
  // The query is folded once, not once per posting.
  const words = queryWords(filters.query);
  return sortPostings(
    rows.filter((r) => matches(r.posting, filters, words)),
    sort,
  );
}
