import { formatPhaseSpan, formatWeeks } from '../../lib/pathway/format';
import { sortByImportance } from '../../lib/pathway/lookups';
import type { SkillToLearn, ToLearnSkillId } from '../../lib/pathway/schema';
import type { SkillState } from '../../lib/profile/skill-state';
import { Tag } from '../ui/tag';
import { ImportanceBadge } from './importance-badge';
import { ResourceList } from './resource-list';
import { SkillName } from './skill-name';

/** Where on the roadmap a skill is learned: a jump to its first phase, or the self-study note. */
function SkillPlacement({ skill }: { readonly skill: SkillToLearn }) {
  const first = skill.phases[0];
  if (first === undefined) return <Tag>Self-study</Tag>;
  return (
    <a className="skill-card__phases" href={`#phase-${first}`}>
      {formatPhaseSpan(skill.phases)}
    </a>
  );
}

interface SkillToLearnListProps {
  readonly skills: readonly SkillToLearn[];
  /** With progress: each skill has a "Learned" toggle (stored; every view scores from the new progress). */
  readonly learned?: ReadonlySet<string>;
  readonly onLearnedChange?: (skillId: ToLearnSkillId, learned: boolean) => void;
  /** With these: a "Learning now" toggle beside "Learned" on skills not learned yet (the profile's "learning" state). */
  readonly learning?: ReadonlySet<string>;
  readonly onStateChange?: (skillId: ToLearnSkillId, state: SkillState) => void;
}

/** The six skills to learn, most important first, with effort, roadmap placement and how to learn them. */
export function SkillToLearnList({ skills, learned, onLearnedChange, learning, onStateChange }: SkillToLearnListProps) {
  return (
    <ul className="skill-list">
      {sortByImportance(skills).map((skill) => (
        <li
          key={skill.id}
          className={learned?.has(skill.id) ? 'skill-card skill-card--learned' : 'skill-card'}
          data-testid="pathway-skill"
          data-skill-id={skill.id}
          data-skill-kind="toLearn"
        >
          <h3 className="skill-card__name">
            <SkillName name={skill.name} qualifier={skill.qualifier} />
          </h3>
          <p className="skill-card__meta">
            <ImportanceBadge importance={skill.importance} />
            <Tag>{formatWeeks(skill.weeks)}</Tag>
            <SkillPlacement skill={skill} />
          </p>
          {learned && onLearnedChange ? (
            <label className="skill-card__toggle">
              <input
                type="checkbox"
                checked={learned.has(skill.id)}
                data-testid="skill-learned-toggle"
                data-skill-id={skill.id}
                onChange={(e) => onLearnedChange(skill.id, e.target.checked)}
              />
              Learned<span className="visually-hidden">: {skill.name}</span>
            </label>
          ) : null}
          {learning && onStateChange && !learned?.has(skill.id) ? (
            <label className="skill-card__toggle">
              <input
                type="checkbox"
                checked={learning.has(skill.id)}
                data-testid="skill-learning-toggle"
                data-skill-id={skill.id}
                onChange={(e) => onStateChange(skill.id, e.target.checked ? 'learning' : 'notYet')}
              />
              Learning now<span className="visually-hidden">: {skill.name}</span>
            </label>
          ) : null}
          {skill.selfStudyNote ? <p className="skill-card__note">{skill.selfStudyNote}</p> : null}
          <p className="skill-card__text">{skill.howToLearn}</p>
          <ResourceList resources={skill.resources} label={`Resources for ${skill.name}`} />
        </li>
      ))}
    </ul>
  );
}
