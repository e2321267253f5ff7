import { pathway as bundledPathway } from '../../data/pathway';
import type { GapReport } from '../analysis/gap-report';
import type { Pathway } from '../pathway/schema';
import type { ProgressSnapshot } from './progress-snapshot';
import { readiness, type ReadinessExplanation } from './readiness';
import { timeToQualify, type TimeToQualify } from './time-to-qualify';

/** Readiness and time to qualify of one report under the user's progress: pure, re-run on every change. */
export interface ReportScore {
  readonly readiness: number;
  readonly explanation: ReadinessExplanation;
  readonly timeToQualify: TimeToQualify;
}

export function scoreReport(report: GapReport, progress: ProgressSnapshot, pathway: Pathway = bundledPathway): ReportScore {
  const r = readiness(report, progress);
  return { readiness: r.readiness, explanation: r.explanation, timeToQualify: timeToQualify(report, progress, pathway) };
}
