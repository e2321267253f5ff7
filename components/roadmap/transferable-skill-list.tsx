import type { TransferableSkill } from '../../lib/pathway/schema';
import { SkillName } from './skill-name';

/** The six backend skills that carry over, each with the seed's reason why. */
export function TransferableSkillList({ skills }: { readonly skills: readonly TransferableSkill[] }) {
  return (
    <ul className="skill-list">
      {skills.map((skill) => (
        <li
          key={skill.id}
          className="skill-card skill-card--transferable"
          data-testid="pathway-skill"
          data-skill-id={skill.id}
          data-skill-kind="transferable"
        >
          <h3 className="skill-card__name">
            <span className="skill-card__check" aria-hidden="true">
              ✓
            </span>
            <SkillName name={skill.name} qualifier={skill.qualifier} />
          </h3>
          <p className="skill-card__text">{skill.explanation}</p>
        </li>
      ))}
    </ul>
  );
}
