import type { BlockingGap } from '../../lib/insights/demand';
import { COVERAGE_LABEL } from '../../lib/insights/coverage';
import { formatWeeks } from '../../lib/pathway/format';
import { Tag } from '../ui/tag';

interface BlockingGapsListProps {
  readonly gaps: readonly BlockingGap[];
  readonly postingCount: number;
  readonly limit?: number;
}

/** Required skills the user lacks (transferable skills marked "not yet" included), by how many saved postings each blocks. */
export function BlockingGapsList({ gaps, postingCount, limit = 8 }: BlockingGapsListProps) {
  if (gaps.length === 0) {
    return <p className="insights__empty">No required skill is missing: you cover every required skill your saved postings ask.</p>;
  }
  return (
    <ol className="blocking-gaps" data-testid="insight-blocking-gaps">
      {gaps.slice(0, limit).map((g) => (
        <li key={g.id} className="blocking-gaps__item" data-skill-id={g.id}>
          <span className="blocking-gaps__name">{g.label}</span>
          <span className="blocking-gaps__count">
            blocks {g.blocking} of {postingCount}
          </span>
          <Tag tone={g.coverage === 'roadmap' ? 'important' : 'nice'}>
            {g.kind === 'transferable' ? 'Not yet in your profile' : COVERAGE_LABEL[g.coverage]}
            {g.weeks !== null ? `, ${formatWeeks(g.weeks)}` : ''}
          </Tag>
        </li>
      ))}
    </ol>
  );
}
