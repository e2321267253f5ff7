import type { Pathway } from '../../lib/pathway/schema';

/** The transition at a glance: roles, the seed's headline, the key numbers, demand and the overview. */
export function PathwayHeadline({ pathway }: { readonly pathway: Pathway }) {
  const { meta, overview } = pathway;
  return (
    <header className="headline" data-testid="pathway-headline">
      <p className="headline__eyebrow">Your career pathway</p>
      <h1 className="headline__roles">
        <span className="headline__role">{meta.fromRole}</span>{' '}
        <span className="headline__arrow" aria-hidden="true">
          →
        </span>
        <span className="visually-hidden">to</span> <span className="headline__role">{meta.toRole}</span>
      </h1>
      <p className="headline__title">{meta.headline}</p>
      <dl className="headline__stats">
        <div className="stat">
          <dt className="stat__label">Timeline</dt>
          <dd className="stat__value" data-testid="pathway-timeline">
            {meta.timeline.label}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat__label">Salary change</dt>
          <dd className="stat__value" data-testid="pathway-salary-change">
            {meta.salaryChange.label}
          </dd>
        </div>
        <div className="stat">
          <dt className="stat__label">Difficulty</dt>
          <dd className="stat__value" data-testid="pathway-difficulty">
            {meta.difficulty}
          </dd>
        </div>
        <div className="stat stat--wide">
          <dt className="stat__label">Demand</dt>
          <dd className="stat__text" data-testid="pathway-demand">
            {meta.demand}
          </dd>
        </div>
      </dl>
      <details className="disclosure headline__overview">
        <summary className="disclosure__summary">Why your background fits</summary>
        {overview.map((paragraph) => (
          <p key={paragraph} className="disclosure__body">
            {paragraph}
          </p>
        ))}
      </details>
    </header>
  );
}
