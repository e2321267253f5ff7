import { describe, expect, it } from 'vitest';
import type { DetectedSkill, GapReport } from '../../lib/analysis/gap-report';
import { readiness } from '../../lib/scoring/readiness';
import { phaseEndWeeks, timeToQualify } from '../../lib/scoring/time-to-qualify';
import { scoreReport } from '../../lib/scoring/score-report';
import { EMPTY_PROGRESS, type ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { pathway } from '../../data/pathway';

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
const progress = (learned: string[] = [], known: string[] = []): ProgressSnapshot => ({ learnedSkills: new Set(learned), knownSkills: new Set(known) });

const weeksOf = (id: string): number => pathway.skillsToLearn.find((k) => k.id === id)?.weeks ?? Number.NaN;
const lastPhase = (id: string): number => Math.max(...(pathway.skillsToLearn.find((k) => k.id === id)?.phases ?? []));

describe('readiness', () => {
  const r = report([
    s('cloud-platforms', 'transferable', 'required'),
    s('stakeholder-management', 'toLearn', 'required'),
    s('python', 'other', 'preferred'),
    s('agile-certification', 'toLearn', 'preferred'),
  ]);

  it('weights required 2 and preferred 1 and explains it', () => {
    const x = readiness(r, EMPTY_PROGRESS);
    // have: cloud (required) → 2 of 2+2+1+1 = 6
    expect(x.readiness).toBe(Math.round((100 * 2) / 6));
    expect(x.explanation).toMatchObject({ requiredCovered: 1, requiredTotal: 2, preferredCovered: 0, preferredTotal: 2 });
    expect(x.explanation.text).toContain('1 of 2 required');
  });

  it('counts learned and known skills as had', () => {
    expect(readiness(r, progress(['stakeholder-management', 'agile-certification'], ['python'])).readiness).toBe(100);
    expect(readiness(r, progress([], ['python'])).readiness).toBe(Math.round((100 * 3) / 6));
  });

  it('is 0 with an explanation when nothing was detected', () => {
    const x = readiness(report([]), EMPTY_PROGRESS);
    expect(x.readiness).toBe(0);
    expect(x.explanation.text).toMatch(/No skills/);
  });

  it('always yields an integer 0..100', () => {
    const x = readiness(report([s('a', 'other', 'required'), s('b', 'other', 'preferred'), s('c', 'transferable', 'preferred')]), EMPTY_PROGRESS);
    expect(Number.isInteger(x.readiness)).toBe(true);
    expect(x.readiness).toBe(Math.round(100 / 4));
  });
});

describe('timeToQualify', () => {
  it('has phases ending at weeks 8/16/24/32/40', () => {
    expect([...phaseEndWeeks(pathway).values()]).toEqual([8, 16, 24, 32, 40]);
  });

  it('sums required, unlearned to-learn gaps and finds the covering phase', () => {
    const r = report([
      s('program-management-frameworks', 'toLearn', 'required'),
      s('stakeholder-management', 'toLearn', 'required'),
      s('agile-certification', 'toLearn', 'preferred'),
      s('cloud-platforms', 'transferable', 'required'),
    ]);
    const t = timeToQualify(r, EMPTY_PROGRESS, pathway);
    expect(t.weeks).toBe(weeksOf('program-management-frameworks') + weeksOf('stakeholder-management'));
    const phase = Math.max(lastPhase('program-management-frameworks'), lastPhase('stakeholder-management'));
    expect(t.phase).toBe(phase);
    expect(t.phaseEndWeek).toBe(phase * 8);
    expect(t.gaps).toEqual(['program-management-frameworks', 'stakeholder-management']);
    expect(t.unscheduled).toEqual([]);
  });

  it('reports a gap in no phase as unscheduled, with its weeks counted', () => {
    const t = timeToQualify(report([s('financial-budget-management', 'toLearn', 'required')]), EMPTY_PROGRESS, pathway);
    expect(t.unscheduled).toEqual(['financial-budget-management']);
    expect(t.weeks).toBe(weeksOf('financial-budget-management'));
    expect(t.phase).toBeNull();
    expect(t.phaseEndWeek).toBeNull();
  });

  it('drops learned skills', () => {
    const r = report([s('ai-ml-fundamentals', 'toLearn', 'required')]);
    expect(timeToQualify(r, progress(['ai-ml-fundamentals']), pathway)).toMatchObject({ weeks: 0, phase: null, gaps: [] });
  });
});

describe('scoreReport', () => {
  it('combines readiness and time to qualify deterministically', () => {
    const r = report([s('ai-risk-management', 'toLearn', 'required'), s('devops-cicd', 'transferable', 'preferred')]);
    const a = scoreReport(r, EMPTY_PROGRESS);
    expect(a).toEqual(scoreReport(r, EMPTY_PROGRESS));
    expect(a.readiness).toBe(Math.round(100 / 3));
    expect(a.timeToQualify.weeks).toBe(weeksOf('ai-risk-management'));
    expect(a.explanation.requiredTotal).toBe(1);
  });
});
