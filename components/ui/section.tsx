import type { ReactNode } from 'react';

interface SectionProps {
  /** Also the anchor the popup's navigation jumps to. */
  readonly id: string;
  readonly title: string;
  /** One line under the heading that says why the section matters. */
  readonly intro?: string;
  readonly children: ReactNode;
}

/** A titled region: the heading names the landmark, so screen-reader users can jump between sections. */
export function Section({ id, title, intro, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {title}
      </h2>
      {intro ? <p className="section__intro">{intro}</p> : null}
      {children}
    </section>
  );
}
