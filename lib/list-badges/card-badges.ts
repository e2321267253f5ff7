import { unreadLanguage } from '../analysis/language-names';
import { lazyScore } from '../insights/lazy-score';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { analysedReport, type AnalysedEntry } from '../storage/analysed';
import { expandSummary, type PostingSummary } from '../storage/summary';
import type { CardBadge } from './badge-text';

/**
 * The badges of a list page's cards, in the background (the writer's `getCardBadges`, lib/storage/writer/analysed.ts):
 * for exactly the job keys the page asked about, those the user saved (the summary index) or had the sidebar analyse
 * (the analysed record). Nothing about any other posting leaves the background.
 *
 * Readiness comes from the one score (lib/scoring/score.ts) as the lists take it (lib/insights/lazy-score.ts), under
 * the user's progress now; a posting in a language the analysis does not read has none (the sidebar shows a notice
 * there too). A saved posting's report is the one the badge scores (it is the one re-analysis keeps current).
 */
export function cardBadges(
  jobKeys: readonly string[],
  saved: ReadonlyMap<string, PostingSummary>,
  analysed: ReadonlyMap<string, AnalysedEntry>,
  progress: ProgressSnapshot,
): CardBadge[] {
  const out: CardBadge[] = [];
  const seen = new Set<string>();
  for (const jobKey of jobKeys) {
    if (seen.has(jobKey)) continue;
    seen.add(jobKey);
    const summary = saved.get(jobKey);
    const entry = analysed.get(jobKey);
    if (!summary && !entry) continue;
    const report = summary ? expandSummary(jobKey, summary).report : analysedReport(entry as AnalysedEntry);
    const unread = unreadLanguage(report.language);
    out.push({
      jobKey,
      readiness: unread === null ? lazyScore(report, progress).readiness : null,
      language: unread,
      status: summary ? summary.status : null,
    });
  }
  return out;
}
