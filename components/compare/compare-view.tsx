import { useMemo, useState } from 'react';
import { compareRows, type CompareSort } from '../../lib/insights/compare';
import { lazyScore } from '../../lib/insights/lazy-score';
import type { ScoreFn } from '../../lib/scoring/score';
import { formatTimeShort, formatTimeToQualify, titleOf } from '../../lib/insights/format';
import type { Pathway } from '../../lib/pathway/schema';
import { todayUtc } from '../../lib/insights/roadmap-progress';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { readyBy } from '../../lib/scoring/ready-by';
import type { PostingListItem } from '../../lib/storage/summary';
import { CorruptNotice } from '../saved/corrupt-notice';
import { Tag } from '../ui/tag';
import { CompareResume } from './compare-resume';
import { CoverageTag, LEVEL_LABEL } from './coverage-tag';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;
/** Postings listed in the picker at once; the search narrows the rest. */
const PICKER_LIMIT = 30;

export interface CompareViewProps {
  readonly postings: readonly PostingListItem[];
  readonly progress: ProgressSnapshot;
  /** Scores each posting under `progress`; defaults to lib/scoring's memoised score (readiness first, the rest when read). */
  readonly score?: ScoreFn;
  readonly pathway?: Pathway;
  /** Posting ids selected when the view opens (e.g. chosen in the popup); at most six are kept. */
  readonly initialSelection?: readonly string[];
  readonly corruptCount?: number;
  /** UTC midnight of the user's today, for each posting's "ready by" date (tests pin it); default: the real today. */
  readonly today?: number;
  /** The kept résumé's text, for each compared posting's résumé checklist; null or absent when none is kept. */
  readonly resumeText?: string | null;
}

const SORT_LABEL: Readonly<Record<CompareSort, string>> = { demand: 'Most asked first', name: 'Skill name', coverage: 'Gaps first' };

/**
 * Pick 2–6 saved postings and see them side by side: one column each (title, company, readiness, time
 * to qualify at the user's pace and the date it lands on), one row per skill any of them asks. Cells say required / preferred / not asked; the row
 * says whether you have the skill, it is on your roadmap, or the pathway does not cover it.
 */
export function CompareView({ postings, progress, score, pathway, initialSelection = [], corruptCount = 0, today = todayUtc(), resumeText = null }: CompareViewProps) {
  const [picked, setPicked] = useState<readonly string[]>(() => [...new Set(initialSelection)].slice(0, COMPARE_MAX));
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<CompareSort>('demand');
  const [onlyDiffering, setOnlyDiffering] = useState(false);

  // Every posting's readiness orders the picker; whole scores are read for the compared postings only.
  const scores = useMemo(() => new Map(postings.map((p) => [p.id, lazyScore(p.report, progress, score)])), [postings, progress, score]);
  const byId = useMemo(() => new Map(postings.map((p) => [p.id, p])), [postings]);
  const selected = useMemo(() => picked.map((id) => byId.get(id)).filter((p): p is PostingListItem => p !== undefined), [picked, byId]);
  const rows = useMemo(() => (selected.length >= COMPARE_MIN ? compareRows(selected, progress, sort, pathway) : []), [selected, progress, sort, pathway]);
  const shownRows = onlyDiffering ? rows.filter((r) => r.differs) : rows;

  // Closest first, sorted once (not on every keystroke); the search filters that order.
  const byReadiness = useMemo(() => [...postings].sort((a, b) => (scores.get(b.id)?.readiness ?? 0) - (scores.get(a.id)?.readiness ?? 0)), [postings, scores]);
  const candidates = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? byReadiness.filter((p) => `${p.title} ${p.company ?? ''}`.toLowerCase().includes(q)) : byReadiness;
  }, [byReadiness, query]);
  const listed = candidates.slice(0, PICKER_LIMIT);
  // Selected postings stay in the list even when the search hides them, so they can be unticked.
  for (const p of selected) if (!listed.includes(p)) listed.push(p);

  const toggle = (id: string, on: boolean) => setPicked((cur) => (on ? (cur.includes(id) || cur.length >= COMPARE_MAX ? cur : [...cur, id]) : cur.filter((x) => x !== id)));
  const full = selected.length >= COMPARE_MAX;

  if (postings.length === 0) {
    return (
      <div className="compare" data-testid="compare">
        <CorruptNotice corruptCount={corruptCount} />
        <div className="empty-state" data-testid="compare-empty">
          <p className="empty-state__title">Nothing to compare yet.</p>
          <p>Save at least two postings to see them side by side.</p>
        </div>
      </div>
    );
  }

  return (
    <div className="compare" data-testid="compare">
      <CorruptNotice corruptCount={corruptCount} />
      <fieldset className="compare__picker">
        <legend>
          Pick {COMPARE_MIN}–{COMPARE_MAX} postings to compare ({selected.length} selected)
        </legend>
        <div className="field">
          <label htmlFor="compare-search">Find a posting</label>
          <input id="compare-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <ul className="compare__choices">
          {listed.map((p) => {
            const checked = picked.includes(p.id);
            return (
              <li key={p.id}>
                <label className="compare__choice">
                  <input type="checkbox" checked={checked} disabled={!checked && full} onChange={(e) => toggle(p.id, e.target.checked)} data-testid="compare-pick" data-posting-id={p.id} />
                  <span>
                    {titleOf(p)}
                    {p.company ? <span className="compare__company"> · {p.company}</span> : null}
                    <span className="compare__readiness"> · {scores.get(p.id)?.readiness ?? 0}%</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        {candidates.length > PICKER_LIMIT ? (
          <p className="compare__hint">
            Showing the {PICKER_LIMIT} closest matches of {candidates.length}; search to find others.
          </p>
        ) : null}
        {full ? <p className="compare__hint">Six postings is the most that fit side by side; untick one to pick another.</p> : null}
      </fieldset>

      {selected.length < COMPARE_MIN ? (
        <p className="compare__hint" role="status" data-testid="compare-need-more">
          Pick {selected.length === 0 ? 'two postings' : 'one more posting'} to compare.
        </p>
      ) : (
        <>
          <div className="compare__controls">
            <div className="field field--inline">
              <label htmlFor="compare-sort">Order rows</label>
              <select id="compare-sort" value={sort} onChange={(e) => setSort(e.target.value as CompareSort)}>
                {(Object.keys(SORT_LABEL) as CompareSort[]).map((s) => (
                  <option key={s} value={s}>
                    {SORT_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
            <label className="field field--inline">
              <input type="checkbox" checked={onlyDiffering} onChange={(e) => setOnlyDiffering(e.target.checked)} />
              Only rows where the postings differ
            </label>
          </div>
          <div className="compare__scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
            <table className="compare-table" data-testid="compare-table">
              <caption id="compare-caption" className="compare-table__caption">
                {selected.length} postings side by side: {rows.length} skills, {rows.filter((r) => r.differs).length} asked differently
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="compare-table__corner">
                    Skill
                  </th>
                  {selected.map((p) => {
                    const s = scores.get(p.id);
                    return (
                      <th key={p.id} scope="col" className="compare-table__posting" data-testid="compare-column" data-posting-id={p.id}>
                        <span className="compare-table__title">{titleOf(p)}</span>
                        {p.company ? <span className="compare-table__company">{p.company}</span> : null}
                        <span className="compare-table__score">Readiness {s?.readiness ?? 0}%</span>
                        <span className="compare-table__time" title={s ? formatTimeToQualify(s.score.timeToQualify) : undefined}>
                          {s ? formatTimeShort(s.score.timeToQualify) : ''} to qualify
                        </span>
                        {s ? (
                          <span className="compare-table__date" data-testid="ready-by">
                            {readyBy(s.score.timeToQualify, today).text}
                          </span>
                        ) : null}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {shownRows.map((r) => (
                  <tr key={r.id} className={r.differs ? 'compare-row compare-row--differs' : 'compare-row'} data-testid="compare-row" data-skill-id={r.id} data-differs={r.differs}>
                    <th scope="row" className="compare-row__skill">
                      <span className="compare-row__label">{r.label}</span>
                      <span className="compare-row__tags">
                        <CoverageTag coverage={r.coverage} />
                        {r.differs ? <Tag tone="accent">Differs</Tag> : null}
                      </span>
                    </th>
                    {r.levels.map((level, i) => (
                      <td key={selected[i]?.id ?? i} className={`compare-cell compare-cell--${level ? r.coverage : 'none'}`} data-level={level ?? 'none'}>
                        {level ? LEVEL_LABEL[level] : 'Not asked'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shownRows.length === 0 ? <p className="compare__hint">These postings ask every skill the same way.</p> : null}
        </>
      )}
      {selected.length > 0 ? <CompareResume postings={selected} progress={progress} resumeText={resumeText} /> : null}
    </div>
  );
}
