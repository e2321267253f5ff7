import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GapReport } from '../../lib/analysis/gap-report';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { compactHistory, readinessHistory, type ProgressEvent, type ProgressLog, type ReadinessPoint } from '../../lib/scoring/readiness-history';
import { computeScore } from '../../lib/scoring/score';
import { report } from '../insights/fixtures';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 1);
const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1_000;
const learned = (t: number, id: string, done = true): ProgressEvent => ({ at: t, kind: 'skill', id, done });
const known = (t: number, id: string, done = true): ProgressEvent => ({ at: t, kind: 'other', id, done });
const log = (events: ProgressEvent[], learnedSkills: string[] = [], knownSkills: string[] = []): ProgressLog => ({ baseline: { learnedSkills, knownSkills }, events });

// readiness = round(100 × (2·required had + preferred had) / (2·required + preferred)); transferable skills are had.
// A: stakeholder management (to learn, required), API development (transferable, preferred), Kubernetes (other, required): 1/5 = 20.
const A = report([['stakeholder-management', 'required'], ['api-development', 'preferred'], ['kubernetes', 'required']]);
// B: AI risk management (to learn, required), cloud platforms (transferable, required): 2/4 = 50.
const B = report([['ai-risk-management', 'required'], ['cloud-platforms', 'required']]);
// C: stakeholder management (to learn, preferred), Python (other, preferred), SQL (transferable, required): 2/4 = 50.
const C = report([['stakeholder-management', 'preferred'], ['python', 'preferred'], ['sql-data-management', 'required']]);

/** Counts the score calls per report (A, B, C). */
function counting() {
  const calls = new Map<GapReport, number>();
  const score = (r: GapReport, p: ProgressSnapshot) => {
    calls.set(r, (calls.get(r) ?? 0) + 1);
    return computeScore(r, p);
  };
  return { score, calls: () => [A, B, C].map((r) => calls.get(r) ?? 0) };
}

// Out of order on purpose: the log is replayed in time order.
const EVENTS = [
  known(at(30), 'kubernetes'), // A: 5/5 = 100 → (100 + 100 + 75) / 3 = 91.7
  learned(at(10), 'stakeholder-management'), // A: 3/5 = 60, C: 3/4 = 75
  learned(at(10, 30), 'ai-risk-management'), // 30 s later, the same burst: B: 4/4 = 100 → (60 + 100 + 75) / 3 = 78.3
  known(at(40), 'python'), // C: 4/4 = 100 …
  known(at(40, 10), 'python', false), // … and back to 75 in the same burst: the average is unchanged, no point
  known(at(50), 'jira'), // no posting asks it: no point
];

describe('readinessHistory', () => {
  it('replays the log over the postings: a baseline point, then one point per burst that moved the average', () => {
    expect(readinessHistory([A, B, C], log(EVENTS))).toEqual([
      { at: at(10) - 1, averageReadiness: 40 }, // (20 + 50 + 50) / 3
      { at: at(10, 30), averageReadiness: 78.3 },
      { at: at(30), averageReadiness: 91.7 },
    ]);
  });

  it('re-scores only the postings that ask a changed skill', () => {
    const { score, calls } = counting();
    const history = readinessHistory([A, B, C], log(EVENTS), { score });
    expect(history).toEqual(readinessHistory([A, B, C], log(EVENTS)));
    // Baseline: each once. Burst 1 (stakeholder, AI risk): A, C, B. Kubernetes: A. Python: C. Jira: none.
    expect(calls()).toEqual([3, 2, 3]);
  });

  it('starts from the baseline of the log', () => {
    // Stakeholder management already learned: A 60, B 50, C 75 → 61.7; Kubernetes then makes A 100 → 75.
    expect(readinessHistory([A, B, C], log([known(at(5), 'kubernetes')], ['stakeholder-management']))).toEqual([
      { at: at(5) - 1, averageReadiness: 61.7 },
      { at: at(5), averageReadiness: 75 },
    ]);
    // Known in the baseline and unmarked: A back to 20.
    expect(readinessHistory([A], log([known(at(5), 'kubernetes', false)], [], ['kubernetes']))).toEqual([
      { at: at(5) - 1, averageReadiness: 60 },
      { at: at(5), averageReadiness: 20 },
    ]);
  });

  it('merges changes less than a minute after the previous one into one point, chained', () => {
    const three = [learned(at(0), 'stakeholder-management'), known(at(0, 50), 'kubernetes'), learned(at(1, 40), 'stakeholder-management', false)];
    // 50 s apart each (100 s in all): one burst ending with Kubernetes known only: A = 3/5 = 60.
    expect(readinessHistory([A], log(three))).toEqual([
      { at: at(0) - 1, averageReadiness: 20 },
      { at: at(1, 40), averageReadiness: 60 },
    ]);
    // Without merging, every change is a point: 60, 100, 60.
    expect(readinessHistory([A], log(three), { mergeWithinMs: 0 }).map((p) => p.averageReadiness)).toEqual([20, 60, 100, 60]);
    // The bound: 59,999 ms apart is one burst, 60,000 ms two.
    expect(readinessHistory([A], log([learned(T0, 'stakeholder-management'), known(T0 + 59_999, 'kubernetes')]))).toEqual([
      { at: T0 - 1, averageReadiness: 20 },
      { at: T0 + 59_999, averageReadiness: 100 },
    ]);
    expect(readinessHistory([A], log([learned(T0, 'stakeholder-management'), known(T0 + 60_000, 'kubernetes')]))).toEqual([
      { at: T0 - 1, averageReadiness: 20 },
      { at: T0, averageReadiness: 60 },
      { at: T0 + 60_000, averageReadiness: 100 },
    ]);
  });

  it('does not repeat an unchanged average', () => {
    const events = [learned(at(0), 'stakeholder-management'), learned(at(10), 'stakeholder-management', false), learned(at(20), 'stakeholder-management')];
    // 20 → 60 → 20 → 60: every change moves the average; then the same toggles on a posting that does not ask the skill.
    expect(readinessHistory([A], log(events)).map((p) => p.averageReadiness)).toEqual([20, 60, 20, 60]);
    expect(readinessHistory([B], log(events))).toEqual([]);
    // Two changes that cancel out within a burst leave no point; the next real change does.
    const cancel = [known(at(0), 'kubernetes'), known(at(0, 20), 'kubernetes', false), learned(at(5), 'stakeholder-management')];
    expect(readinessHistory([A], log(cancel))).toEqual([
      { at: at(0) - 1, averageReadiness: 20 },
      { at: at(5), averageReadiness: 60 },
    ]);
  });

  it('is empty without postings or changes', () => {
    expect(readinessHistory([], log(EVENTS))).toEqual([]);
    expect(readinessHistory([A, B, C], log([]))).toEqual([]);
    expect(readinessHistory([A, B, C], log([known(at(0), 'jira')]))).toEqual([]);
  });

  it('keeps at most `max` points, the first and the latest among them', () => {
    const R = report([['python', 'required'], ['jira', 'required']]);
    // Python known, unknown, known … every 2 minutes: 50, 0, 50 … after a baseline of 0.
    const toggles = Array.from({ length: 10 }, (_, i) => known(at(2 * (i + 1)), 'python', i % 2 === 0));
    const all = readinessHistory([R], log(toggles));
    expect(all).toHaveLength(11);
    expect(readinessHistory([R], log(toggles), { max: 4 })).toEqual([
      { at: at(2) - 1, averageReadiness: 0 },
      { at: at(6), averageReadiness: 50 },
      { at: at(14), averageReadiness: 50 },
      { at: at(20), averageReadiness: 0 },
    ]);
  });
});

describe('compactHistory', () => {
  const points = (n: number): ReadinessPoint[] => Array.from({ length: n }, (_, i) => ({ at: at(i), averageReadiness: i }));

  it('thins evenly, keeping both ends; short input is returned as it is', () => {
    expect(compactHistory(points(10), 4).map((p) => p.averageReadiness)).toEqual([0, 3, 6, 9]);
    expect(compactHistory(points(10), 1).map((p) => p.averageReadiness)).toEqual([0, 9]);
    const short = points(5);
    expect(compactHistory(short, 5)).toBe(short);
    expect(compactHistory(short)).toBe(short);
  });

  it('stays within the bound and keeps order, the first and the last point (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 400 }), fc.integer({ min: 2, max: 150 }), (n, max) => {
        const input = points(n);
        const out = compactHistory(input, max);
        expect(out.length).toBe(Math.min(n, max));
        for (let i = 1; i < out.length; i++) expect((out[i] as ReadinessPoint).at).toBeGreaterThan((out[i - 1] as ReadinessPoint).at);
        if (n > 0) {
          expect(out[0]).toBe(input[0]);
          expect(out[out.length - 1]).toBe(input[n - 1]);
        }
      }),
    );
  });
});
