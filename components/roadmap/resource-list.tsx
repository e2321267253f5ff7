import type { Resource } from '../../lib/pathway/schema';
import { ExternalLink } from '../ui/external-link';

interface ResourceListProps {
  readonly resources: readonly Resource[];
  /** Names the list for assistive technology, e.g. "Resources for phase 1". */
  readonly label: string;
}

/** Where to learn: provider, title (a link only when the data has a known-stable address), author, note. */
export function ResourceList({ resources, label }: ResourceListProps) {
  return (
    <ul className="resource-list" aria-label={label}>
      {resources.map((r) => (
        <li key={`${r.provider}|${r.title}`} className="resource-list__item">
          <span className="resource-list__provider">{r.provider}</span>
          <span className="resource-list__title">
            {r.url ? <ExternalLink href={r.url}>{r.title}</ExternalLink> : r.title}
            {r.author ? <span className="resource-list__author"> by {r.author}</span> : null}
            {r.note ? <span className="resource-list__note"> ({r.note})</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
