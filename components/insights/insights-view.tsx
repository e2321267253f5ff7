import { useMemo } from 'react';
import { computeInsights, type ReadinessFn } from '../../lib/insights/demand';
import type { Pathway } from '../../lib/pathway/schema';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { SavedPosting } from '../../lib/storage/schemas';
import { CorruptNotice } from '../saved/corrupt-notice';
import { BlockingGapsList } from './blocking-gaps-list';
import { NextSkillCard } from './next-skill-card';
import { SkillDemandChart } from './skill-demand-chart';

export interface InsightsViewProps {
  readonly postings: readonly Pick<SavedPosting, 'id' | 'report'>[];
  readonly progress: ProgressSnapshot;
  readonly pathway?: Pathway;
  /** Defaults to lib/scoring's memoised score. */
  readonly score?: ReadinessFn;
  readonly corruptCount?: number;
  readonly onMarkLearned?: (skillId: string) => void;
}

/** Across saved postings: what to learn next, how often each skill is asked, which gaps block the most. */
export function InsightsView({ postings, progress, pathway, score, corruptCount = 0, onMarkLearned }: InsightsViewProps) {
  const insights = useMemo(() => computeInsights(postings, progress, { ...(pathway ? { pathway } : {}), ...(score ? { score } : {}) }), [postings, progress, pathway, score]);
  const notice = <CorruptNotice corruptCount={corruptCount} />;
  if (insights.postingCount === 0) {
    return (
      <div className="insights" data-testid="insights">
        {notice}
        <div className="empty-state" data-testid="insights-empty">
          <p className="empty-state__title">No insights yet.</p>
          <p>Save postings you are interested in: Pathway Lens then shows which skills they ask most and what to learn next.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="insights" data-testid="insights">
      {notice}
      <p className="insights__basis">
        Based on {insights.postingCount} saved {insights.postingCount === 1 ? 'posting' : 'postings'}; average readiness {insights.averageReadiness}%.
      </p>
      <NextSkillCard nextSkill={insights.nextSkill} {...(onMarkLearned ? { onMarkLearned } : {})} />
      <h3 className="insights__heading">Skills your saved postings ask</h3>
      <SkillDemandChart demand={insights.demand} postingCount={insights.postingCount} />
      <h3 className="insights__heading">Gaps blocking the most postings</h3>
      <BlockingGapsList gaps={insights.blockingGaps} postingCount={insights.postingCount} />
    </div>
  );
}
