import { useId } from 'react';
import type { ResumeSkill } from '../../lib/profile/resume-skills';
import { Tag } from '../ui/tag';

export type ResumeDecision = 'confirm' | 'reject';

interface ResumeDetectedRowProps {
  readonly skill: ResumeSkill;
  readonly decision: ResumeDecision | undefined;
  /** Whether the profile already says so (applying changes nothing). */
  readonly already: boolean;
  readonly onDecide: (decision: ResumeDecision | undefined) => void;
}

const KIND: Record<ResumeSkill['kind'], { tag: string; effect: string }> = {
  transferable: { tag: 'Transferable', effect: 'Applying marks it “I have it”.' },
  toLearn: { tag: 'To learn', effect: 'Applying marks it learned.' },
  other: { tag: 'Other skill', effect: 'Applying adds it to the skills you know.' },
};

/** One skill the résumé shows, with the sentence that shows it, and the user's confirm / reject. */
export function ResumeDetectedRow({ skill, decision, already, onDecide }: ResumeDetectedRowProps) {
  const nameId = useId();
  const kind = KIND[skill.kind];
  return (
    <li className={`resume-skill resume-skill--${decision ?? 'open'}`} data-testid="resume-detected" data-skill-id={skill.id} data-decision={decision ?? ''}>
      <div className="resume-skill__head">
        <span className="resume-skill__name" id={nameId}>
          {skill.label}
        </span>
        <Tag tone={skill.kind === 'other' ? 'neutral' : 'accent'}>{kind.tag}</Tag>
        {already ? <Tag tone="success">Already in your profile</Tag> : null}
      </div>
      <blockquote className="resume-skill__evidence" data-testid="resume-evidence">
        {skill.evidence}
      </blockquote>
      <p className="resume-skill__effect">{kind.effect}</p>
      <div className="resume-skill__decide" role="group" aria-labelledby={nameId}>
        <button type="button" className="state-button" aria-pressed={decision === 'confirm'} data-testid="resume-confirm" onClick={() => onDecide(decision === 'confirm' ? undefined : 'confirm')}>
          Confirm
        </button>
        <button type="button" className="state-button" aria-pressed={decision === 'reject'} data-testid="resume-reject" onClick={() => onDecide(decision === 'reject' ? undefined : 'reject')}>
          Reject
        </button>
      </div>
    </li>
  );
}
