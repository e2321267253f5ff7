import { useId, useState, type ReactNode } from 'react';
import type { ReadyState } from '../../lib/job-page/sidebar-state';
import { unreadLanguage } from '../../lib/analysis/language-names';
import { stretchRoleKind } from './groups';

/**
 * The posting's company, title and role badge; the badge reveals why the role is (or is not) the target. A posting in
 * a language the analysis does not read gets no badge: the role check reads English too.
 */
export function Header({ report }: { report: ReadyState['report'] }): ReactNode {
  const [showReason, setShowReason] = useState(false);
  const reasonId = useId();
  const { title, company, location } = report.posting;
  const roleChecked = unreadLanguage(report.language) === null;
  const badge = report.targetRole ? 'AI Program Manager role' : `Stretch: ${stretchRoleKind(title)} role`;
  return (
    <header className="pl-head">
      {(company || location) && (
        <p className="pl-company">
          {company}
          {company && location ? ' · ' : ''}
          {location}
        </p>
      )}
      <h2 className="pl-title">{title ?? 'Untitled posting'}</h2>
      {roleChecked ? (
        <>
          <button
            type="button"
            className={`pl-role ${report.targetRole ? 'pl-role--target' : 'pl-role--stretch'}`}
            data-testid="role-badge"
            title={report.targetRoleReason}
            aria-expanded={showReason}
            aria-controls={reasonId}
            onClick={() => setShowReason((v) => !v)}
          >
            {badge}
          </button>
          <p id={reasonId} className="pl-role-reason" hidden={!showReason}>
            {report.targetRoleReason}
          </p>
        </>
      ) : null}
    </header>
  );
}
