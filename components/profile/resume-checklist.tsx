import type { ReactNode } from 'react';
import { languageName, unreadLanguage } from '../../lib/analysis/language-names';
import { countMarks, type ResumeChecklistRow, type ResumeMark } from '../../lib/profile/resume-checklist';

/**
 * The résumé checklist of one posting (lib/profile/resume-checklist.ts), in the sidebar (preact/compat, in its shadow
 * root) and in the dashboard's compare view: per skill the posting asks, shown on your résumé (with the line),
 * you have it but the résumé does not show it, or a gap. It advises; it has no control that changes anything.
 * Every text is rendered as text (the résumé line too): never as HTML.
 *
 * Its classes (`rcl-*`) are styled by each host's own sheet: components/sidebar/sidebar.css and
 * components/compare/compare.css.
 */
export interface ResumeChecklistProps {
  readonly rows: readonly ResumeChecklistRow[];
  /** The kept résumé's language (ISO 639-1; null when it does not tell): one the detection does not read gets a notice. */
  readonly language?: string | null;
}

const TAG: Readonly<Record<ResumeMark, string>> = { shown: 'On your résumé', missing: 'Add evidence', gap: 'Gap' };
const MARK: Readonly<Record<ResumeMark, string>> = { shown: '✓', missing: '+', gap: '–' };

function detail(row: ResumeChecklistRow): ReactNode {
  if (row.resume === 'shown') return <q className="rcl-line">{row.line}</q>;
  if (row.resume === 'missing') return <span className="rcl-advice">You have it, but your résumé does not show it. Add a line that shows {row.label} to your résumé.</span>;
  return <span className="rcl-advice">{row.kind === 'other' ? 'Not in your skills yet, and your pathway does not teach it.' : 'Not in your skills yet: it is on your roadmap.'}</span>;
}

export function ResumeChecklist({ rows, language = null }: ResumeChecklistProps) {
  const counts = countMarks(rows);
  const unread = unreadLanguage(language);
  return (
    <div className="rcl" data-testid="resume-checklist">
      <p className="rcl-summary">
        {counts.shown} of {rows.length} {rows.length === 1 ? 'skill' : 'skills'} shown on your résumé · {counts.missing} to add evidence for · {counts.gap}{' '}
        {counts.gap === 1 ? 'gap' : 'gaps'}
      </p>
      {unread ? (
        <p className="rcl-notice" role="note">
          Your kept résumé reads as {languageName(unread)}; the checklist reads English résumés only, so none of its lines are shown here.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="rcl-rows">
          {rows.map((row) => (
            <li key={row.id} className={`rcl-row rcl-row--${row.resume}`} data-testid="resume-checklist-row" data-skill-id={row.id} data-resume={row.resume}>
              <span className="rcl-mark" aria-hidden="true">
                {MARK[row.resume]}
              </span>
              <span className="rcl-body">
                <span className="rcl-head">
                  <span className="rcl-skill">{row.label}</span>
                  <span className="rcl-tag">{TAG[row.resume]}</span>
                  {row.level === 'preferred' ? <span className="rcl-level">preferred</span> : null}
                </span>
                {detail(row)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="rcl-foot">Advice only: nothing is changed on your résumé or in your profile.</p>
    </div>
  );
}

export interface ResumeChecklistHintProps {
  /** Where the profile is, for a plain link (the dashboard: its own `#profile` view). */
  readonly profileHref?: string;
  /**
   * Opens the profile with a button instead of a link: the sidebar asks the background (a web page cannot open an
   * extension page, and a link in it must never point at the page's own address).
   */
  readonly onOpenProfile?: () => void;
}

/** Without a kept résumé: one line saying what keeping one (opt-in, in the profile) gives. */
export function ResumeChecklistHint({ profileHref = '#profile', onOpenProfile }: ResumeChecklistHintProps) {
  return (
    <p className="rcl-hint" data-testid="resume-checklist-hint">
      Keep your résumé text in your profile (on this device only) to see which of these skills it shows.{' '}
      {onOpenProfile ? (
        <button type="button" className="rcl-link" data-testid="resume-checklist-profile-link" onClick={onOpenProfile}>
          Open your profile
        </button>
      ) : (
        <a href={profileHref} data-testid="resume-checklist-profile-link">
          Open your profile
        </a>
      )}
    </p>
  );
}
