import { describe, expect, it } from 'vitest';
import { pathway } from '../../data/pathway';
import type { DetectedSkill, GapReport } from '../../lib/analysis/gap-report';
import type { Pathway } from '../../lib/pathway/schema';
import { EMPTY_PROGRESS, type ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { readiness } from '../../lib/scoring/readiness';
import { computeScore, progressRevision, score } from '../../lib/scoring/score';
import { timeToQualify } from '../../lib/scoring/time-to-qualify';

function s(id: string, kind: DetectedSkill['kind'], level: DetectedSkill['level']): DetectedSkill {
  return { id, label: id, kind, level, evidence: '', mentions: [id], match: 'exact', score: 1 };
}
function report(skills: DetectedSkill[]): GapReport {
  return {
    posting: { title: null, company: null, location: null, board: null, url: null },
    targetRole: true,
    targetRoleReason: 'test',
    skills,
    analysisVersion: 'test',
  };
}
const progress = (learned: string[] = [], known: string[] = []): ProgressSnapshot => ({ ...EMPTY_PROGRESS, learnedSkills: new Set(learned), knownSkills: new Set(known) });

// The bundled pathway's to-learn skills: program management frameworks 12 weeks (phases 1–4), stakeholder
// management 6 (phases 2–3), AI risk management 4 (phase 3), AI/ML fundamentals 8 (phases 1–2), agile
// certification 2 (phase 2), financial & budget management 4 (no phase). Phases last at most 8 weeks each.

describe('readiness', () => {
  const r = report([
    s('cloud-platforms', 'transferable', 'required'),
    s('stakeholder-management', 'toLearn', 'required'),
    s('python', 'other', 'preferred'),
    s('agile-certification', 'toLearn', 'preferred'),
  ]);

  it('weights required 2 and preferred 1 and explains it', () => {
    const x = readiness(r, EMPTY_PROGRESS);
    // have: cloud platforms (transferable, required): 2 of 2·2 + 2 = 6 → 33.3 → 33
    expect(x.readiness).toBe(33);
    expect(x.explanation).toEqual({
      requiredCovered: 1,
      requiredTotal: 2,
      preferredCovered: 0,
      preferredTotal: 2,
      text: 'You have 1 of 2 required and 0 of 2 preferred skills; required count double: (2×1 + 0) / (2×2 + 2) = 33%.',
    });
  });

  it('counts learned and known skills as had', () => {
    expect(readiness(r, progress(['stakeholder-management', 'agile-certification'], ['python'])).readiness).toBe(100);
    expect(readiness(r, progress([], ['python'])).readiness).toBe(50); // 3 / 6
    expect(readiness(r, progress(['stakeholder-management'])).readiness).toBe(67); // 4 / 6 = 66.7
    // A learned id counts only for a to-learn skill, a known id only for an other skill.
    expect(readiness(r, progress(['python'], ['stakeholder-management'])).readiness).toBe(33);
  });

  it('is 0 with an explanation when nothing was detected', () => {
    const x = readiness(report([]), EMPTY_PROGRESS);
    expect(x.readiness).toBe(0);
    expect(x.explanation.text).toBe('No skills were detected in this posting, so readiness cannot be measured (0).');
  });

  it('always yields an integer 0..100', () => {
    const x = readiness(report([s('a', 'other', 'required'), s('b', 'other', 'preferred'), s('c', 'transferable', 'preferred')]), EMPTY_PROGRESS);
    expect(x.readiness).toBe(25); // 1 / (2 + 1 + 1)
    expect(readiness(report([s('a', 'other', 'required'), s('b', 'other', 'required'), s('c', 'transferable', 'preferred'), s('d', 'other', 'preferred')]), EMPTY_PROGRESS).readiness).toBe(17); // 1 / 6 = 16.7
  });
});

describe('timeToQualify (phases of the bundled pathway end at weeks 8/16/24/32/40)', () => {
  it('sums required, unlearned to-learn gaps and finds the covering phase', () => {
    const toLearn = [s('program-management-frameworks', 'toLearn', 'required'), s('stakeholder-management', 'toLearn', 'required'), s('agile-certification', 'toLearn', 'preferred')];
    const r = report([...toLearn, s('cloud-platforms', 'transferable', 'required'), s('kubernetes', 'other', 'required')]);
    // 12 + 6 weeks; frameworks are last taught in phase 4, which ends at week 32.
    expect(timeToQualify(r, EMPTY_PROGRESS, pathway)).toEqual({
      weeks: 18,
      pathwayWeeks: 18,
      hoursPerWeek: 10,
      phase: 4,
      phaseEndWeek: 32,
      unscheduled: [],
      unestimated: [],
      gaps: ['program-management-frameworks', 'stakeholder-management'],
    });
    // With frameworks learned: 6 weeks, phase 3, week 24.
    expect(timeToQualify(r, progress(['program-management-frameworks']), pathway)).toEqual({
      weeks: 6,
      pathwayWeeks: 6,
      hoursPerWeek: 10,
      phase: 3,
      phaseEndWeek: 24,
      unscheduled: [],
      unestimated: [],
      gaps: ['stakeholder-management'],
    });
  });

  it('ends phases at their cumulative maximum durations', () => {
    const maxWeeks = [4, 10, 6, 2, 8];
    const uneven: Pathway = { ...pathway, phases: pathway.phases.map((p, i) => ({ ...p, duration: { ...p.duration, maxWeeks: maxWeeks[i] ?? 8 } })) };
    // Phases now end at weeks 4, 14, 20, 22, 30.
    const weeksOf = (id: string) => timeToQualify(report([s(id, 'toLearn', 'required')]), EMPTY_PROGRESS, uneven);
    expect(weeksOf('program-management-frameworks')).toMatchObject({ weeks: 12, phase: 4, phaseEndWeek: 22 });
    expect(weeksOf('stakeholder-management')).toMatchObject({ weeks: 6, phase: 3, phaseEndWeek: 20 });
    expect(weeksOf('agile-certification')).toMatchObject({ weeks: 2, phase: 2, phaseEndWeek: 14 });
  });

  it('reports a gap in no phase as unscheduled, with its weeks counted', () => {
    const t = timeToQualify(report([s('financial-budget-management', 'toLearn', 'required'), s('ai-risk-management', 'toLearn', 'required')]), EMPTY_PROGRESS, pathway);
    expect(t).toEqual({ weeks: 8, pathwayWeeks: 8, hoursPerWeek: 10, phase: 3, phaseEndWeek: 24, unscheduled: ['financial-budget-management'], unestimated: [], gaps: ['financial-budget-management', 'ai-risk-management'] });
    expect(timeToQualify(report([s('financial-budget-management', 'toLearn', 'required')]), EMPTY_PROGRESS, pathway)).toEqual({
      weeks: 4,
      pathwayWeeks: 4,
      hoursPerWeek: 10,
      phase: null,
      phaseEndWeek: null,
      unscheduled: ['financial-budget-management'],
      unestimated: [],
      gaps: ['financial-budget-management'],
    });
  });

  it('drops learned skills and counts a skill asked twice once', () => {
    const r = report([s('ai-ml-fundamentals', 'toLearn', 'required'), s('ai-ml-fundamentals', 'toLearn', 'required')]);
    expect(timeToQualify(r, EMPTY_PROGRESS, pathway)).toMatchObject({ weeks: 8, phase: 2, phaseEndWeek: 16, gaps: ['ai-ml-fundamentals'] });
    expect(timeToQualify(r, progress(['ai-ml-fundamentals']), pathway)).toEqual({ weeks: 0, pathwayWeeks: 0, hoursPerWeek: 10, phase: null, phaseEndWeek: null, unscheduled: [], unestimated: [], gaps: [] });
  });
});

describe('computeScore', () => {
  const r = report([s('ai-risk-management', 'toLearn', 'required'), s('devops-cicd', 'transferable', 'preferred')]);

  it('combines readiness and time to qualify', () => {
    // have: devops (preferred) → 1 / (2 + 1) = 33; AI risk management: 4 weeks, phase 3, week 24.
    expect(computeScore(r, EMPTY_PROGRESS)).toEqual({
      readiness: 33,
      explanation: {
        requiredCovered: 0,
        requiredTotal: 1,
        preferredCovered: 1,
        preferredTotal: 1,
        text: 'You have 0 of 1 required and 1 of 1 preferred skills; required count double: (2×0 + 1) / (2×1 + 1) = 33%.',
      },
      timeToQualify: { weeks: 4, pathwayWeeks: 4, hoursPerWeek: 10, phase: 3, phaseEndWeek: 24, unscheduled: [], unestimated: [], gaps: ['ai-risk-management'] },
    });
    expect(computeScore(r, progress(['ai-risk-management']))).toMatchObject({ readiness: 100, timeToQualify: { weeks: 0, phase: null, gaps: [] } });
  });
});

describe('score (memoised)', () => {
  const r = report([s('ai-risk-management', 'toLearn', 'required'), s('kubernetes', 'other', 'required'), s('devops-cicd', 'transferable', 'preferred')]);

  it('equals computeScore', () => {
    for (const p of [EMPTY_PROGRESS, progress(['ai-risk-management']), progress([], ['kubernetes']), progress(['ai-risk-management'], ['kubernetes'])]) {
      expect(score(r, p)).toEqual(computeScore(r, p));
    }
  });

  it('answers the same object for the same report and snapshots with the same content', () => {
    const first = score(r, progress(['ai-risk-management', 'stakeholder-management'], ['kubernetes']));
    expect(score(r, progress(['stakeholder-management', 'ai-risk-management'], ['kubernetes']))).toBe(first);
    expect(score(r, progress(['ai-risk-management', 'stakeholder-management'], ['kubernetes']))).toBe(first);
  });

  it('recomputes for a changed snapshot', () => {
    const before = score(r, progress());
    const after = score(r, progress(['ai-risk-management']));
    expect(after).not.toBe(before);
    expect(before.readiness).toBe(20); // devops: 1 / (2 + 2 + 1)
    expect(after.readiness).toBe(60); // + AI risk: 3 / 5
    expect(after).toEqual(computeScore(r, progress(['ai-risk-management'])));
    // A learned id and a known id are different progress, even with the same name.
    expect(score(r, progress([], ['ai-risk-management']))).not.toBe(after);
    expect(score(r, progress([], ['ai-risk-management'])).readiness).toBe(20);
  });

  it('keys by report object: another report with the same content gets its own entry', () => {
    const p = progress(['ai-risk-management']);
    const copy = structuredClone(r);
    expect(score(copy, p)).not.toBe(score(r, p));
    expect(score(copy, p)).toEqual(score(r, p));
  });

  it('keeps a bounded number of progress revisions per report, recomputing dropped ones equal', () => {
    const own = structuredClone(r);
    const first = score(own, progress());
    for (let i = 0; i < 50; i++) score(own, progress([], [`other-${i}`]));
    const again = score(own, progress());
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('revision: the content of the snapshot, whatever the order', () => {
    expect(progressRevision(progress(['b-skill', 'a-skill'], ['c']))).toBe(progressRevision(progress(['a-skill', 'b-skill'], ['c'])));
    expect(progressRevision(progress(['a-skill'], []))).not.toBe(progressRevision(progress([], ['a-skill'])));
    expect(progressRevision(progress(['a-skill'], []))).not.toBe(progressRevision(progress(['a-skill', 'b-skill'], [])));
  });
});
