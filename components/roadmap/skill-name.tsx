interface SkillNameProps {
  readonly name: string;
  readonly qualifier?: string | undefined;
}

/** A skill's short name, with the seed's parenthetical ("e.g., PMP, PRINCE2") as quieter text. */
export function SkillName({ name, qualifier }: SkillNameProps) {
  return (
    <>
      {name}
      {qualifier ? <span className="skill-name__qualifier"> ({qualifier})</span> : null}
    </>
  );
}
