import type { KeptResume } from '../../lib/storage/schemas';

interface KeptResumeNoticeProps {
  readonly resume: KeptResume;
  readonly busy: boolean;
  readonly onDelete: () => void;
}

const day = (at: number) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** The résumé text the user chose to keep: where it came from, when, and a one-click delete. */
export function KeptResumeNotice({ resume, busy, onDelete }: KeptResumeNoticeProps) {
  return (
    <div className="notice notice--info kept-resume" data-testid="resume-kept">
      <p>
        Kept on this device only: your résumé text from “{resume.source || 'pasted text'}”, {resume.text.length.toLocaleString('en-US')} characters, kept{' '}
        {day(resume.keptAt)}.
      </p>
      <details className="kept-resume__text">
        <summary>Show the kept text</summary>
        <pre>{resume.text}</pre>
      </details>
      <button type="button" className="button button--danger" disabled={busy} data-testid="resume-delete" onClick={onDelete}>
        Delete the kept résumé
      </button>
    </div>
  );
}
