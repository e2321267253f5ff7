import type { Importance } from '../../lib/pathway/schema';
import { Tag, type TagTone } from '../ui/tag';

const TONE: Record<Importance, TagTone> = {
  Critical: 'critical',
  Important: 'important',
  'Nice to have': 'nice',
};

/** The seed's priority for a skill to learn, worded as the seed words it. */
export function ImportanceBadge({ importance }: { readonly importance: Importance }) {
  return (
    <Tag tone={TONE[importance]}>
      <span className="visually-hidden">Importance: </span>
      {importance}
    </Tag>
  );
}
