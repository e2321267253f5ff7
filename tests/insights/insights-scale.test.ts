import { describe, expect, it } from 'vitest';
import { pathway } from '../../data/pathway';
import { computeInsights } from '../../lib/insights/demand';
import { computeScore } from '../../lib/scoring/score';
import { manyPostings, progress } from './fixtures';

const round1 = (n: number) => Math.round(n * 10) / 10;

describe('insights over many postings', () => {
  const postings = manyPostings(300);

  it('the recommendation equals re-scoring every posting with each open skill learned (naive reference)', () => {
    const p = progress(['stakeholder-management']);
    const insights = computeInsights(postings, p);
    if (insights.nextSkill.kind !== 'recommendation') throw new Error('expected a recommendation');
    for (const c of [insights.nextSkill.best, ...insights.nextSkill.others]) {
      const learned = progress(['stakeholder-management', c.id]);
      const before = postings.map((x) => computeScore(x.report, p).readiness);
      const after = postings.map((x) => computeScore(x.report, learned).readiness);
      expect(c.averageBefore).toBe(round1(before.reduce((a, b) => a + b, 0) / postings.length));
      expect(c.averageAfter).toBe(round1(after.reduce((a, b) => a + b, 0) / postings.length));
      expect(c.postingsGaining).toBe(after.filter((r, i) => r > (before[i] ?? 0)).length);
    }
  });

  it('scores each posting at most once per open skill, plus once for the current progress', () => {
    let calls = 0;
    const score = (r: Parameters<typeof computeScore>[0], s: Parameters<typeof computeScore>[1]) => {
      calls++;
      return computeScore(r, s);
    };
    computeInsights(postings, progress(), { score });
    // averageReadiness and the current scores: 2 × n; then, per open skill, only the postings that ask it
    // (learning a skill cannot change the readiness of a posting that does not ask it).
    const asking = pathway.skillsToLearn.reduce((sum, s) => sum + postings.filter((x) => x.report.skills.some((k) => k.id === s.id)).length, 0);
    expect(calls).toBeLessThanOrEqual(2 * postings.length + asking);
    expect(calls).toBeLessThan(postings.length * (2 + pathway.skillsToLearn.length));
  });
});
