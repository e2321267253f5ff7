import { useMemo } from 'react';
import { titleOf } from '../../lib/insights/format';
import { countMarks, resumeChecklist } from '../../lib/profile/resume-checklist';
import { resumeLines } from '../../lib/profile/resume-evidence';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { PostingListItem } from '../../lib/storage/summary';
import { ResumeChecklist, ResumeChecklistHint } from '../profile/resume-checklist';

export interface CompareResumeProps {
  /** The compared postings, in column order. */
  readonly postings: readonly PostingListItem[];
  readonly progress: ProgressSnapshot;
  /** The kept résumé's text (opt-in, in the profile); null when none is kept. */
  readonly resumeText: string | null;
}

/**
 * Under the comparison: the résumé checklist of each compared posting (components/profile/resume-checklist.tsx), one
 * expander each (the first open), with its counts in the summary — or, without a kept résumé, the hint that keeping
 * one in the profile enables it. The résumé is read once (lib/profile/resume-evidence.ts), in this page.
 */
export function CompareResume({ postings, progress, resumeText }: CompareResumeProps) {
  const lines = useMemo(() => (resumeText !== null ? resumeLines(resumeText) : null), [resumeText]);
  const checklists = useMemo(
    () => (lines ? postings.map((p) => ({ posting: p, rows: resumeChecklist(p.report.skills, lines, progress) })) : []),
    [postings, lines, progress],
  );
  return (
    <div className="compare-resume" data-testid="compare-resume">
      <h3 className="compare-resume__title">Your résumé against these postings</h3>
      {lines === null ? (
        <ResumeChecklistHint />
      ) : (
        checklists.map(({ posting, rows }, i) => {
          const counts = countMarks(rows);
          return (
            <details key={posting.id} className="compare-resume__posting" open={i === 0} data-testid="compare-resume-posting" data-posting-id={posting.id}>
              <summary>
                <span className="compare-resume__name">
                  {titleOf(posting)}
                  {posting.company ? <span className="compare__company"> · {posting.company}</span> : null}
                </span>
                <span className="compare-resume__counts">
                  {counts.shown} shown · {counts.missing} to add · {counts.gap} {counts.gap === 1 ? 'gap' : 'gaps'}
                </span>
              </summary>
              <ResumeChecklist rows={rows} language={lines.language} />
            </details>
          );
        })
      )}
    </div>
  );
}
