import { useId, useMemo, useState, type ReactNode } from 'react';
import { resumeChecklist } from '../../lib/profile/resume-checklist';
import { ResumeChecklist, ResumeChecklistHint } from '../profile/resume-checklist';
import { Chevron } from './chevron';
import type { ReadyProps } from './sidebar-props';

/**
 * The sidebar's "Your résumé" section: the posting's résumé checklist (components/profile/resume-checklist.tsx) when
 * a résumé is kept, else a one-line hint that keeping one in the profile enables it. Nothing before the background
 * answered (or when it could not), and nothing for a posting without skills.
 */
export function ResumeSection(props: ReadyProps): ReactNode {
  const { state, onOpenProfile } = props;
  const { report, progress, resume } = state;
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const rows = useMemo(() => (resume ? resumeChecklist(report.skills, resume, progress) : []), [report, resume, progress]);
  if (resume === undefined || report.skills.length === 0) return null;
  if (resume === null) {
    return (
      <section className="pl-resume" aria-label="Résumé checklist">
        <ResumeChecklistHint {...(onOpenProfile ? { onOpenProfile } : {})} />
      </section>
    );
  }
  const shown = rows.filter((r) => r.resume === 'shown').length;
  return (
    <section className="pl-group pl-resume" aria-label="Résumé checklist">
      <h3 className="pl-group-h">
        <button type="button" className="pl-group-btn" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((v) => !v)}>
          <span className="pl-dot pl-dot--resume" aria-hidden="true" />
          <span className="pl-group-title">Your résumé</span>
          <span className="pl-count" aria-hidden="true">
            {shown}/{rows.length}
          </span>
          <span className="pl-visually-hidden">{`, ${shown} of ${rows.length} skills shown`}</span>
          <Chevron direction={open ? 'up' : 'down'} />
        </button>
      </h3>
      <div id={bodyId} className="pl-group-body" hidden={!open}>
        <ResumeChecklist rows={rows} language={resume.language} />
      </div>
    </section>
  );
}
