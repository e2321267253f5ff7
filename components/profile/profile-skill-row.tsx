import { useId } from 'react';
import { formatWeeks } from '../../lib/pathway/format';
import { isTransferable, type PathwaySkill } from '../../lib/pathway/lookups';
import { SKILL_STATE_LABEL, statesFor, type SkillState } from '../../lib/profile/skill-state';
import { ImportanceBadge } from '../roadmap/importance-badge';
import { SkillName } from '../roadmap/skill-name';
import { Tag } from '../ui/tag';
import { OwnWeeksField } from './own-weeks-field';

interface ProfileSkillRowProps {
  readonly skill: PathwaySkill;
  readonly state: SkillState;
  /** The user's own weeks (transferable skills marked not yet). */
  readonly ownWeeks: number | null;
  readonly onState: (state: SkillState) => void;
  readonly onOwnWeeks: (weeks: number | null) => void;
}

/**
 * One pathway skill in the profile: its name (and, to learn, importance and weeks) and one pressed/unpressed button
 * per state it can take. A transferable skill marked "not yet" takes the user's own estimate in weeks.
 */
export function ProfileSkillRow({ skill, state, ownWeeks, onState, onOwnWeeks }: ProfileSkillRowProps) {
  const nameId = useId();
  const transferable = isTransferable(skill.id);
  return (
    <li className="profile-skill" data-testid="profile-skill" data-skill-id={skill.id} data-state={state} data-skill-kind={transferable ? 'transferable' : 'toLearn'}>
      <div className="profile-skill__head">
        <span className="profile-skill__name" id={nameId}>
          <SkillName name={skill.name} qualifier={skill.qualifier} />
        </span>
        {'importance' in skill ? (
          <span className="profile-skill__meta">
            <ImportanceBadge importance={skill.importance} />
            <Tag>{formatWeeks(skill.weeks)}</Tag>
          </span>
        ) : null}
      </div>
      <div className="profile-skill__states" role="group" aria-labelledby={nameId}>
        {statesFor(skill.id).map((s) => (
          <button
            key={s}
            type="button"
            className="state-button"
            aria-pressed={s === state}
            data-testid="set-state"
            data-state={s}
            onClick={() => {
              if (s !== state) onState(s);
            }}
          >
            {SKILL_STATE_LABEL[s]}
          </button>
        ))}
      </div>
      {transferable && state === 'notYet' ? <OwnWeeksField skillName={skill.name} weeks={ownWeeks} onChange={onOwnWeeks} /> : null}
    </li>
  );
}
