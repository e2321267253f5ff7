import { pathway as bundledPathway } from '../../data/pathway';
import type { GapReport } from '../analysis/gap-report';
import type { Pathway } from '../pathway/schema';
import type { ProgressSnapshot } from './progress-snapshot';
import { readiness, type ReadinessExplanation } from './readiness';
import { timeToQualify, type TimeToQualify } from './time-to-qualify';

/**
 * The one score: readiness and time to qualify of one posting's report for this user. Computed where it is
 * shown (sidebar, popup, dashboard, CLI, readiness history), never stored, so it cannot go stale.
 *
 * Inputs: the report (a pure function of the posting and the analysis version) and `ProgressSnapshot`, which
 * is everything about the user that scoring reads (profile, tasks done, pace). A new input about the user is a
 * field there, read by `readiness`/`timeToQualify`.
 */
export interface Score {
  /** Integer 0..100. */
  readonly readiness: number;
  readonly explanation: ReadinessExplanation;
  readonly timeToQualify: TimeToQualify;
}

export type ScoreFn = (report: GapReport, you: ProgressSnapshot) => Score;

/** Not memoised: the definition. Views call `score` below. */
export function computeScore(report: GapReport, you: ProgressSnapshot, pathway: Pathway = bundledPathway): Score {
  const r = readiness(report, you);
  return { readiness: r.readiness, explanation: r.explanation, timeToQualify: timeToQualify(report, you, pathway) };
}

/**
 * The snapshot's revision: its whole content (every field, sets and maps in sorted order), so two snapshots with the same
 * progress share memo entries, a changed progress never reads an old entry, and a new field of ProgressSnapshot
 * is part of the key without another edit here.
 */
const revisions = new WeakMap<ProgressSnapshot, string>();
export function progressRevision(you: ProgressSnapshot): string {
  let revision = revisions.get(you);
  if (revision === undefined) {
    const fields = Object.keys(you).sort();
    revision = JSON.stringify(fields.map((k) => {
      const v: unknown = (you as unknown as Record<string, unknown>)[k];
      return [k, v instanceof Set ? [...v].sort() : v instanceof Map ? [...v].sort((a, b) => (a[0] < b[0] ? -1 : 1)) : v];
    }));
    revisions.set(you, revision);
  }
  return revision;
}

/** Entries per report: a report outlives few progress revisions in practice; the oldest go first. */
const PER_REPORT = 8;
const memo = new WeakMap<GapReport, Map<string, Score>>();

/**
 * `computeScore` memoised by (report, progress revision). A report object is one posting at one analysis
 * version (reports are immutable values, never edited in place), so the key is (posting, analysis version,
 * progress revision); the weak map lets entries go with the report.
 */
export const score: ScoreFn = (report, you) => {
  const revision = progressRevision(you);
  let byRevision = memo.get(report);
  if (!byRevision) {
    byRevision = new Map();
    memo.set(report, byRevision);
  }
  let s = byRevision.get(revision);
  if (!s) {
    s = computeScore(report, you);
    if (byRevision.size >= PER_REPORT) byRevision.delete(byRevision.keys().next().value as string);
    byRevision.set(revision, s);
  }
  return s;
};
