import type { Pathway } from '../../lib/pathway/schema';

interface GroupProps {
  readonly title: string;
  readonly items: readonly string[];
  readonly tone: 'love' | 'miss' | 'challenges';
}

function RealityGroup({ title, items, tone }: GroupProps) {
  return (
    <details className={`disclosure disclosure--${tone}`}>
      <summary className="disclosure__summary">
        {title} <span className="disclosure__count">({items.length})</span>
      </summary>
      <ul className="disclosure__list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

/** The seed's honest look at the role, collapsed so it does not push the roadmap out of view. */
export function RealityCheck({ realityCheck }: { readonly realityCheck: Pathway['realityCheck'] }) {
  return (
    <div className="reality-check">
      <RealityGroup title="What you'll love" items={realityCheck.love} tone="love" />
      <RealityGroup title="What you might miss" items={realityCheck.miss} tone="miss" />
      <RealityGroup title="Biggest challenges" items={realityCheck.challenges} tone="challenges" />
    </div>
  );
}
