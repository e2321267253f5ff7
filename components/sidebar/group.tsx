import { useId, useState, type ReactNode } from 'react';
import type { DetectedSkill } from '../../lib/analysis/gap-report';
import { Chevron } from './chevron';
import type { SkillGroup } from './groups';
import type { ReadyProps } from './sidebar-props';
import { SkillRow } from './skill-row';

const GROUP_IDS: Readonly<Record<SkillGroup, string>> = { have: 'have', roadmap: 'roadmap', other: 'other' };

/** A collapsible section of skills (You have / On your roadmap / Not in your pathway). */
export function Group(
  props: ReadyProps & { group: SkillGroup; title: string; hint: string; empty: string; skills: readonly DetectedSkill[] },
): ReactNode {
  const { group, title, hint, empty, skills } = props;
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const required = skills.filter((s) => s.level === 'required').length;
  return (
    <section className={`pl-group pl-group--${group}`} data-group={GROUP_IDS[group]} aria-label={title}>
      <h3 className="pl-group-h">
        <button type="button" className="pl-group-btn" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((v) => !v)}>
          <span className={`pl-dot pl-dot--${group}`} aria-hidden="true" />
          <span className="pl-group-title">{title}</span>
          <span className="pl-count" aria-hidden="true">
            {skills.length}
          </span>
          <span className="pl-visually-hidden">
            {`, ${skills.length} ${skills.length === 1 ? 'skill' : 'skills'}, ${required} required`}
          </span>
          <Chevron direction={open ? 'up' : 'down'} />
        </button>
      </h3>
      <div id={bodyId} className="pl-group-body" hidden={!open}>
        <p className="pl-hint">{hint}</p>
        {skills.length === 0 ? (
          <p className="pl-empty">{empty}</p>
        ) : (
          <ul className="pl-skills">
            {skills.map((skill, i) => (
              <SkillRow key={`${skill.id}:${i}`} {...props} skill={skill} group={group} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
