import { describe, expect, it } from 'vitest';
import { pathway } from '../../data/pathway';
import { averageReadiness, blockingGaps, computeInsights, skillDemand, type InsightOptions, type InsightPosting, type ReadinessFn } from '../../lib/insights/demand';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { computeScore } from '../../lib/scoring/score';
import { posting, progress, type SkillSpec } from './fixtures';

const PMF = 'program-management-frameworks'; // 12 weeks, Critical
const AGILE = 'agile-certification'; // 2 weeks
const STAKE = 'stakeholder-management'; // 6 weeks

/** 12 postings; PMF required by 9 of them. */
function twelve() {
  return Array.from({ length: 12 }, (_, i) => {
    const skills: SkillSpec[] = [['api-development', 'required']];
    if (i < 9) skills.push([PMF, 'required']);
    else skills.push([PMF, 'preferred']);
    if (i < 2) skills.push([STAKE, 'required']);
    return posting({ id: `p${i}`, skills });
  });
}

describe('skillDemand', () => {
  it('counts each posting once per skill, required vs preferred, most asked first', () => {
    const postings = [
      posting({ id: 'a', skills: [[PMF, 'required'], [PMF, 'preferred'], ['jira', 'preferred', 'Jira']] }),
      posting({ id: 'b', skills: [[PMF, 'preferred'], ['api-development', 'required']] }),
    ];
    const demand = skillDemand(postings, progress());
    expect(demand[0]).toMatchObject({ id: PMF, label: 'Program Management Frameworks', required: 1, preferred: 1, total: 2, coverage: 'roadmap' });
    expect(demand.find((d) => d.id === 'jira')).toMatchObject({ label: 'Jira', kind: 'other', coverage: 'not-covered', preferred: 1, required: 0 });
    expect(demand.find((d) => d.id === 'api-development')?.coverage).toBe('have');
  });

  it('is empty for no postings', () => {
    expect(skillDemand([], progress())).toEqual([]);
  });
});

describe('blockingGaps', () => {
  it('lists required skills the user lacks, most blocking first, with weeks for roadmap skills', () => {
    const postings = [
      posting({ id: 'a', skills: [[PMF, 'required'], ['vendor-management', 'required', 'Vendor management'], [AGILE, 'preferred']] }),
      posting({ id: 'b', skills: [[PMF, 'required'], ['api-development', 'required']] }),
    ];
    const gaps = blockingGaps(postings, progress());
    expect(gaps.map((g) => [g.id, g.blocking, g.weeks])).toEqual([
      [PMF, 2, 12],
      ['vendor-management', 1, null],
    ]);
    // Marked learned / known: no longer a gap.
    expect(blockingGaps(postings, progress([PMF], ['vendor-management']))).toEqual([]);
  });

  it('a transferable skill marked "not yet" blocks the postings that require it, with the user’s own weeks if given', () => {
    const postings = twelve();
    const lacking = { ...progress([PMF]), lackingSkills: new Set(['api-development']) };
    // Every one of the twelve requires API Development; Stakeholder Management blocks two.
    expect(blockingGaps(postings, lacking).map((g) => [g.id, g.kind, g.coverage, g.blocking, g.weeks])).toEqual([
      ['api-development', 'transferable', 'roadmap', 12, null],
      [STAKE, 'toLearn', 'roadmap', 2, 6],
    ]);
    expect(blockingGaps(postings, { ...lacking, ownWeeks: new Map([['api-development', 3]]) })[0]?.weeks).toBe(3);
    expect(skillDemand(postings, lacking).find((d) => d.id === 'api-development')?.coverage).toBe('roadmap');
  });
});

describe('learn next with a transferable skill marked "not yet"', () => {
  it('still recommends a skill to learn (the roadmap teaches those), and scores readiness with the lacking skill as a gap', () => {
    const postings = twelve();
    const lacking = { ...progress(), lackingSkills: new Set(['api-development']) };
    const next = computeInsights(postings, lacking).nextSkill;
    expect(next.kind).toBe('recommendation');
    if (next.kind !== 'recommendation') return;
    expect(next.best.id).toBe(PMF);
    expect([next.best, ...next.others].map((c) => c.id)).not.toContain('api-development');
    // Before, nothing is had: nine postings ask PMF + API required (0 of 4 weighted), two of them STAKE too (0 of 6);
    // three ask API required and PMF preferred (0 of 3). Learning PMF: 2/4 = 50% for seven, 2/6 = 33% for two,
    // 1/3 = 33% for three: (7 × 50 + 5 × 33) / 12 = 42.9.
    const before = 0;
    const after = 42.9;
    expect(next.best.averageBefore).toBe(before);
    expect(next.best.averageAfter).toBe(after);
  });
});

/** The "learn next" pick, as the insights compute it. */
const recommendNextSkill = (postings: readonly InsightPosting[], p: ProgressSnapshot, options?: InsightOptions) => computeInsights(postings, p, options).nextSkill;

describe('recommendNextSkill', () => {
  it('recommends the most required-demand per week and words it like the issue', () => {
    const result = recommendNextSkill(twelve(), progress());
    expect(result.kind).toBe('recommendation');
    if (result.kind !== 'recommendation') return;
    // PMF: 9/12 per week = 0.75; stakeholder: 2/6 = 0.33.
    expect(result.best.id).toBe(PMF);
    expect(result.text).toBe('Program Management Frameworks: required by 9 of 12 saved postings, 12 weeks');
    expect(result.others.map((o) => o.id)).toEqual([STAKE]);
  });

  it('measures the readiness gain by re-scoring with the skill learned', () => {
    const postings = twelve();
    const result = recommendNextSkill(postings, progress());
    if (result.kind !== 'recommendation') throw new Error('expected a recommendation');
    const before = averageReadiness(postings, progress());
    const after = averageReadiness(postings, progress([PMF]));
    expect(result.best.averageBefore).toBe(before);
    expect(result.best.averageAfter).toBe(after);
    expect(result.best.readinessGain).toBeCloseTo((after ?? 0) - (before ?? 0), 5);
    expect(result.best.readinessGain).toBeGreaterThan(0);
    // All 12 ask PMF (9 required, 3 preferred): every posting gains.
    expect(result.best.postingsGaining).toBe(12);
    expect(result.gainText).toContain(`from ${before}% to ${after}%`);
  });

  it('prefers a short skill when demand per week is higher', () => {
    const postings = [
      posting({ id: 'a', skills: [[PMF, 'required'], [AGILE, 'required']] }),
      posting({ id: 'b', skills: [[PMF, 'required']] }),
    ];
    const result = recommendNextSkill(postings, progress());
    // Agile cert: 1 / 2 weeks = 0.5 beats PMF: 2 / 12.
    expect(result.kind === 'recommendation' && result.best.id).toBe(AGILE);
  });

  it('skips learned skills and uses the injected score function', () => {
    const calls: string[] = [];
    const score: ReadinessFn = (report, p) => {
      calls.push([...p.learnedSkills].join(','));
      return computeScore(report, p);
    };
    const result = recommendNextSkill(twelve(), progress([PMF]), { score, pathway });
    expect(result.kind === 'recommendation' && result.best.id).toBe(STAKE);
    expect(calls.some((c) => c.includes(STAKE))).toBe(true);
  });

  it('says why there is no recommendation', () => {
    expect(recommendNextSkill([], progress())).toMatchObject({ kind: 'none', reason: 'no-postings' });
    const all = pathway.skillsToLearn.map((s) => s.id);
    expect(recommendNextSkill(twelve(), progress(all))).toMatchObject({ kind: 'none', reason: 'all-learned' });
    const onlyPreferred = [posting({ id: 'a', skills: [[PMF, 'preferred'], ['api-development', 'required']] })];
    expect(recommendNextSkill(onlyPreferred, progress())).toMatchObject({ kind: 'none', reason: 'no-required-demand' });
  });

  it('uses the singular for one posting', () => {
    const result = recommendNextSkill([posting({ id: 'a', skills: [[AGILE, 'required']] })], progress());
    expect(result.kind === 'recommendation' && result.text).toBe('Agile Certification: required by 1 of 1 saved posting, 2 weeks');
  });
});

describe('computeInsights', () => {
  it('bundles every insight and handles no postings', () => {
    const empty = computeInsights([], progress());
    expect(empty).toMatchObject({ postingCount: 0, averageReadiness: null, demand: [], blockingGaps: [] });
    const full = computeInsights(twelve(), progress());
    expect(full.postingCount).toBe(12);
    expect(full.nextSkill.kind).toBe('recommendation');
    expect(full.blockingGaps[0]?.id).toBe(PMF);
  });

  it('stays fast for 1,000 postings', async () => {
    const { manyPostings } = await import('./fixtures');
    const postings = manyPostings(1000);
    const start = performance.now();
    const insights = computeInsights(postings, progress());
    const ms = performance.now() - start;
    expect(insights.postingCount).toBe(1000);
    expect(ms).toBeLessThan(2000);
  });
});
