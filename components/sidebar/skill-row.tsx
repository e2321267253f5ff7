import { useId, useState, type ReactNode } from 'react';
import type { DetectedSkill } from '../../lib/analysis/gap-report';
import { formatWeeks } from '../../lib/pathway/format';
import type { SkillToLearn } from '../../lib/pathway/schema';
import { SKILL_STATE_LABEL } from '../../lib/profile/skill-state';
import { Chevron } from './chevron';
import type { SkillGroup } from './groups';
import { pathwaySkill } from './pathway-view';
import { RoadmapMeta } from './roadmap-meta';
import type { ReadyProps } from './sidebar-props';
import { ToggleButton } from './toggle-button';

/** One skill of the posting: name (scrolls the page to it), level, why it sits in its group, the posting's words, its toggle. */
export function SkillRow(props: ReadyProps & { skill: DetectedSkill; group: SkillGroup }): ReactNode {
  const { skill, group, pathway, state } = props;
  const [showEvidence, setShowEvidence] = useState(false);
  const evidenceId = useId();
  const view = pathwaySkill(pathway, skill.id);
  const toLearn: SkillToLearn | undefined = view?.kind === 'toLearn' ? view.skill : undefined;

  const you = state.progress;
  const lacking = skill.kind === 'transferable' && group !== 'have';
  const learning = skill.kind === 'toLearn' && group !== 'have' && you.learningSkills.has(skill.id);

  let detail: ReactNode = null;
  if (lacking) {
    const own = you.ownWeeks.get(skill.id);
    detail = (
      <p className="pl-reason" data-testid="not-yet">
        You marked this “not yet” in your profile · {own === undefined ? 'no estimate — add one in your profile' : `your estimate: ${formatWeeks(own)}`}
      </p>
    );
  } else if (skill.kind === 'transferable') {
    detail = view?.kind === 'transferable' ? <p className="pl-reason">{view.skill.explanation}</p> : null;
  } else if (skill.kind === 'toLearn' && group === 'have') {
    detail = <p className="pl-reason">You marked this learned.</p>;
  } else if (skill.kind === 'toLearn' && toLearn) {
    detail = <RoadmapMeta skill={toLearn} />;
  } else if (skill.kind === 'other' && group === 'have') {
    detail = <p className="pl-reason">You said you know this.</p>;
  }

  let toggle: ReactNode = null;
  if (lacking && props.onSetSkillState) {
    const set = props.onSetSkillState;
    toggle = <ToggleButton text={SKILL_STATE_LABEL.have} label={skill.label} pressed={false} onChange={() => set(skill.id, 'have')} />;
  } else if (skill.kind === 'toLearn') {
    const learned = state.progress.learnedSkills.has(skill.id);
    toggle = (
      <ToggleButton text="Mark learned" label={skill.label} pressed={learned} onChange={(next) => props.onMarkLearned(skill.id, next)} />
    );
  } else if (skill.kind === 'other') {
    const known = state.progress.knownSkills.has(skill.id);
    toggle = <ToggleButton text="I know this" label={skill.label} pressed={known} onChange={(next) => props.onMarkKnown(skill.id, next)} />;
  }

  return (
    <li className="pl-skill" data-testid="skill" data-skill-id={skill.id} data-kind={skill.kind} data-level={skill.level} data-group={group}>
      <div className="pl-skill-top">
        <button type="button" className="pl-skill-name" title="Show where the posting asks for it" onClick={() => props.onSkillClick(skill)}>
          {skill.label}
        </button>
        {learning && (
          <span className="pl-state" data-testid="learning-badge">
            {SKILL_STATE_LABEL.learning}
          </span>
        )}
        <span className={`pl-level pl-level--${skill.level}`}>{skill.level === 'required' ? 'Required' : 'Preferred'}</span>
      </div>
      {detail}
      <div className="pl-skill-actions">
        {skill.evidence.trim().length > 0 && (
          <button
            type="button"
            className="pl-link-btn pl-evidence-btn"
            aria-expanded={showEvidence}
            aria-controls={evidenceId}
            aria-label={`What the posting says about ${skill.label}`}
            onClick={() => setShowEvidence((v) => !v)}
          >
            What the posting says
            <Chevron direction={showEvidence ? 'up' : 'down'} />
          </button>
        )}
        {toggle}
      </div>
      <blockquote id={evidenceId} className="pl-evidence" hidden={!showEvidence}>
        {skill.evidence}
      </blockquote>
    </li>
  );
}
