import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { levelsOf } from '../../lib/insights/coverage';
import { lazyScore } from '../../lib/insights/lazy-score';
import type { ScoreFn } from '../../lib/scoring/score';
import { skillDemand } from '../../lib/insights/demand';
import { formatTimeShort, titleOf } from '../../lib/insights/format';
import { byTimeToQualify } from '../../lib/insights/saved-list';
import type { Pathway } from '../../lib/pathway/schema';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { PostingListItem } from '../../lib/storage/summary';
import { CoverageTag, LEVEL_LABEL } from './coverage-tag';

export type MatrixSort = 'readiness-desc' | 'readiness-asc' | 'date' | 'time';

export interface CompareMatrixProps {
  readonly postings: readonly PostingListItem[];
  readonly progress: ProgressSnapshot;
  readonly score?: ScoreFn;
  readonly pathway?: Pathway;
  /** Height of the scrolling area, px. */
  readonly height?: number;
  /** Used until the scrolling area can be measured (and in tests without layout). */
  readonly fallbackWidth?: number;
  readonly rowHeight?: number;
  readonly columnWidth?: number;
  /** Extra rows/columns rendered beyond the visible ones. */
  readonly overscan?: number;
}

const HEAD_H = 104;
const POSTING_W = 240;
const READINESS_W = 84;
const FIXED_W = POSTING_W + READINESS_W;

const SORT_LABEL: Readonly<Record<MatrixSort, string>> = {
  'readiness-desc': 'Readiness, highest first',
  'readiness-asc': 'Readiness, lowest first',
  date: 'Date saved, newest first',
  time: 'Time to qualify, shortest first',
};

/**
 * Every saved posting (rows) against every skill any of them asks (columns, most asked first), with
 * sticky headers. Only the rows and columns in view are in the DOM (plus a few either side), so a
 * thousand postings cost the same as thirty; aria-rowcount/colcount/…index keep the full table's shape.
 */
export function CompareMatrix({ postings, progress, score, pathway, height = 480, fallbackWidth = 960, rowHeight = 36, columnWidth = 116, overscan = 4 }: CompareMatrixProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [sort, setSort] = useState<MatrixSort>('readiness-desc');
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [width, setWidth] = useState(fallbackWidth);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const skills = useMemo(() => skillDemand(postings, progress, pathway ? { pathway } : {}), [postings, progress, pathway]);
  const rows = useMemo(() => {
    // Readiness for every posting (the order); the whole score (time to qualify) for the rows drawn, and all for that order.
    const scored = postings.map((p) => ({ posting: p, scored: lazyScore(p.report, progress, score) }));
    const tie = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.posting.savedAt - a.posting.savedAt || (a.posting.id < b.posting.id ? -1 : 1);
    switch (sort) {
      case 'readiness-desc':
        return scored.sort((a, b) => b.scored.readiness - a.scored.readiness || tie(a, b));
      case 'readiness-asc':
        return scored.sort((a, b) => a.scored.readiness - b.scored.readiness || tie(a, b));
      case 'time':
        return scored.sort((a, b) => byTimeToQualify(a.scored.score.timeToQualify, b.scored.score.timeToQualify) || tie(a, b));
      case 'date':
        return scored.sort(tie);
    }
  }, [postings, progress, score, sort]);

  useLayoutEffect(() => {
    // A User Timing mark each time the rows are committed (browser tests time the matrix with it).
    if (rows.length > 0 && typeof performance.mark === 'function') performance.mark('pathway-lens:matrix', { detail: rows.length });
  }, [rows]);

  if (postings.length === 0) {
    return (
      <div className="empty-state" data-testid="compare-matrix" data-empty="true">
        <p className="empty-state__title">No saved postings yet.</p>
        <p>Saved postings appear here as rows, with every skill they ask as columns.</p>
      </div>
    );
  }

  const bodyH = height - HEAD_H;
  const firstRow = Math.max(0, Math.floor(scroll.top / rowHeight) - overscan);
  const lastRow = Math.min(rows.length, Math.ceil((scroll.top + bodyH) / rowHeight) + overscan);
  const firstCol = Math.max(0, Math.floor(scroll.left / columnWidth) - overscan);
  const lastCol = Math.min(skills.length, Math.ceil((scroll.left + Math.max(0, width - FIXED_W)) / columnWidth) + overscan);
  const totalW = FIXED_W + skills.length * columnWidth;
  const totalH = HEAD_H + rows.length * rowHeight;
  const visibleSkills = skills.slice(firstCol, lastCol);
  const readinessSort = sort === 'readiness-desc' ? 'descending' : sort === 'readiness-asc' ? 'ascending' : 'none';

  return (
    <div className="matrix" data-testid="compare-matrix" data-rows={rows.length} data-columns={skills.length}>
      <div className="matrix__controls">
        <div className="field field--inline">
          <label htmlFor="matrix-sort">Order postings</label>
          <select id="matrix-sort" value={sort} onChange={(e) => setSort(e.target.value as MatrixSort)}>
            {(Object.keys(SORT_LABEL) as MatrixSort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <p className="matrix__summary" id="matrix-summary">
          {rows.length} {rows.length === 1 ? 'posting' : 'postings'} × {skills.length} {skills.length === 1 ? 'skill' : 'skills'}. Scroll to see more; headers stay in place.
        </p>
      </div>
      <div
        ref={scrollerRef}
        className="matrix__scroller"
        style={{ height }}
        tabIndex={0}
        role="region"
        aria-label="Matrix of saved postings and skills (scrollable)"
        aria-describedby="matrix-summary"
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
      >
        <div role="table" aria-label="Skills asked by each saved posting" aria-rowcount={rows.length + 1} aria-colcount={skills.length + 2} className="matrix__table" style={{ width: totalW, height: totalH }}>
          <div role="rowgroup" className="matrix__head" style={{ height: HEAD_H, width: totalW }}>
            <div role="row" aria-rowindex={1} className="matrix__row matrix__row--head" style={{ height: HEAD_H, width: totalW }}>
              <div role="columnheader" aria-colindex={1} className="matrix__cell matrix__cell--sticky matrix__cell--posting" style={{ width: POSTING_W, left: 0 }}>
                Posting
              </div>
              <div role="columnheader" aria-colindex={2} aria-sort={readinessSort} className="matrix__cell matrix__cell--sticky matrix__cell--readiness" style={{ width: READINESS_W, left: POSTING_W }}>
                <button type="button" className="button button--link matrix__sort" onClick={() => setSort(sort === 'readiness-desc' ? 'readiness-asc' : 'readiness-desc')}>
                  Readiness
                  <span aria-hidden="true">{readinessSort === 'descending' ? ' ↓' : readinessSort === 'ascending' ? ' ↑' : ''}</span>
                  <span className="visually-hidden">, sort {readinessSort === 'descending' ? 'lowest first' : 'highest first'}</span>
                </button>
              </div>
              {visibleSkills.map((s, i) => (
                <div key={s.id} role="columnheader" aria-colindex={firstCol + i + 3} className="matrix__cell matrix__cell--skill" style={{ left: FIXED_W + (firstCol + i) * columnWidth, width: columnWidth, height: HEAD_H }} data-skill-id={s.id}>
                  <span className="matrix__skill-label" title={s.label}>
                    {s.label}
                  </span>
                  <CoverageTag coverage={s.coverage} short />
                  <span className="matrix__demand">asked by {s.total}</span>
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {rows.slice(firstRow, lastRow).map((r, i) => {
              const index = firstRow + i;
              const levels = levelsOf(r.posting.report);
              return (
                <div key={r.posting.id} role="row" aria-rowindex={index + 2} className="matrix__row" style={{ top: HEAD_H + index * rowHeight, height: rowHeight, width: totalW }} data-testid="matrix-row" data-posting-id={r.posting.id}>
                  <div role="rowheader" aria-colindex={1} className="matrix__cell matrix__cell--sticky matrix__cell--posting" style={{ width: POSTING_W, left: 0 }} title={`${titleOf(r.posting)}${r.posting.company ? ` · ${r.posting.company}` : ''}`}>
                    <span className="matrix__title">{titleOf(r.posting)}</span>
                    {r.posting.company ? <span className="matrix__company"> · {r.posting.company}</span> : null}
                  </div>
                  <div role="cell" aria-colindex={2} className="matrix__cell matrix__cell--sticky matrix__cell--readiness" style={{ width: READINESS_W, left: POSTING_W }} title={`${formatTimeShort(r.scored.score.timeToQualify)} to qualify`}>
                    {r.scored.readiness}%
                  </div>
                  {visibleSkills.map((s, j) => {
                    const level = levels.get(s.id);
                    return (
                      <div key={s.id} role="cell" aria-colindex={firstCol + j + 3} className={`matrix__cell matrix__cell--level compare-cell--${level ? s.coverage : 'none'}`} style={{ left: FIXED_W + (firstCol + j) * columnWidth, width: columnWidth }}>
                        {level ? (
                          LEVEL_LABEL[level]
                        ) : (
                          <>
                            <span aria-hidden="true">·</span>
                            <span className="visually-hidden">Not asked</span>
                          </>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
