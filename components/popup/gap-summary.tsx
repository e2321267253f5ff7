import { useId, useMemo } from 'react';
import type { GapReport } from '../../lib/analysis/gap-report';
import { unreadLanguage } from '../../lib/analysis/language';
import { topGaps, type TopGap } from '../../lib/insights/top-gaps';
import { formatWeeks } from '../../lib/pathway/format';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { score as scoreOf } from '../../lib/scoring/score';
import { ScoreStats } from '../saved/score-stats';
import { LanguageNotice } from '../sidebar/language-notice';
import { Tag } from '../ui/tag';

export interface GapSummaryProps {
  readonly title: string;
  readonly company: string | null;
  readonly report: GapReport;
  readonly progress: ProgressSnapshot;
  /** UTC midnight of the user's today (lib/insights/roadmap-progress.ts `todayUtc`), for the "ready by" date. */
  readonly today: number;
  /** Where the report came from, said in one line ("From the Pathway Lens sidebar on this page"). */
  readonly sourceText: string;
  /** Null: saving is not offered. */
  readonly save: { readonly saved: boolean; readonly busy: boolean; readonly error: string | null; readonly onSave: () => void } | null;
}

/** Where a gap sits: on the roadmap (with its weeks), marked "not yet" in the profile, or outside the pathway. */
function gapWhere(g: TopGap): string {
  const weeks = g.weeks !== null ? `, ${formatWeeks(g.weeks)}` : '';
  if (g.coverage === 'not-covered') return 'not covered by the pathway';
  if (g.kind === 'transferable') return `marked “not yet” in your profile${g.weeks !== null ? `, your estimate ${formatWeeks(g.weeks)}` : ', no estimate'}`;
  return `on your roadmap${weeks}`;
}

/**
 * One posting's gap summary in the popup: readiness, time to qualify, the top three gaps, and Save; for a posting
 * in a language the analysis does not read, the language notice instead of the readiness, the role check and gaps.
 */
export function GapSummary({ title, company, report, progress, today, sourceText, save }: GapSummaryProps) {
  const score = useMemo(() => scoreOf(report, progress), [report, progress]);
  const gaps = useMemo(() => topGaps(report, progress), [report, progress]);
  const titleId = useId();
  const unread = unreadLanguage(report.language);
  return (
    <article className="gap-summary" data-testid="gap-summary" aria-labelledby={titleId}>
      <p className="gap-summary__source">{sourceText}</p>
      <h3 id={titleId} className="gap-summary__title">
        {title}
        {company ? <span className="gap-summary__company"> · {company}</span> : null}
      </h3>
      {unread ? (
        <LanguageNotice language={unread} place="popup" />
      ) : (
        <>
          {report.targetRole ? null : (
            <p className="gap-summary__role">
              <Tag tone="important">Role check</Tag> {report.targetRoleReason}
            </p>
          )}
          <dl className="gap-summary__stats">
            <ScoreStats score={score} today={today} readinessTestId="popup-readiness" timeTestId="popup-time-to-qualify" />
          </dl>
          <h4 className="gap-summary__subtitle">Top gaps</h4>
          {gaps.length === 0 ? (
            <p data-testid="top-gaps-none">No gaps: you have every skill this posting asks.</p>
          ) : (
            <ol className="gap-summary__gaps" data-testid="top-gaps">
              {gaps.map((g) => (
                <li key={g.id} data-testid="top-gap" data-skill-id={g.id}>
                  <span className="gap-summary__gap">{g.label}</span>{' '}
                  <span className="gap-summary__gap-meta">
                    {g.level === 'required' ? 'required' : 'preferred'} · {gapWhere(g)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {save ? (
        <div className="gap-summary__actions">
          {save.saved ? (
            <p className="gap-summary__saved" role="status" data-testid="popup-saved">
              Saved. It is in your Saved list.
            </p>
          ) : (
            <button type="button" className="button button--primary" disabled={save.busy} onClick={save.onSave} data-testid="popup-save">
              {save.busy ? 'Saving…' : 'Save posting'}
            </button>
          )}
          {save.error ? (
            <p className="notice notice--error" role="alert">
              {save.error}
            </p>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
