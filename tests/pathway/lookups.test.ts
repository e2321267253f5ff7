import { describe, expect, it } from 'vitest';
import { pathway } from '../../data/pathway';
import {
  allSkills,
  findPhase,
  findSkill,
  importanceRank,
  isToLearn,
  isTransferable,
  phaseEndWeek,
  phaseStartWeek,
  phaseWeekRange,
  skillsTaughtIn,
  sortByImportance,
  totalWeeks,
  totalWeeksRange,
} from '../../lib/pathway/lookups';
import { PATHWAY_SKILL_IDS } from '../../lib/pathway/schema';

describe('skill look-ups', () => {
  it('classifies ids', () => {
    expect(isTransferable('cloud-platforms')).toBe(true);
    expect(isTransferable('ai-ml-fundamentals')).toBe(false);
    expect(isToLearn('ai-ml-fundamentals')).toBe(true);
    expect(isToLearn('cloud-platforms')).toBe(false);
    expect(isTransferable('kubernetes') || isToLearn('kubernetes')).toBe(false);
    expect(PATHWAY_SKILL_IDS.every((id) => isTransferable(id) !== isToLearn(id))).toBe(true);
  });

  it('finds every fixed skill by id', () => {
    expect(allSkills(pathway).map((s) => s.id)).toEqual([...PATHWAY_SKILL_IDS]);
    expect(findSkill(pathway, 'program-management-frameworks')).toMatchObject({ name: 'Program Management Frameworks', importance: 'Critical' });
    expect(findSkill(pathway, 'devops-cicd')?.name).toBe('DevOps and CI/CD');
    expect(findSkill(pathway, 'not-a-skill')).toBeUndefined();
  });
});

describe('phase look-ups', () => {
  it('lists the skills each phase teaches', () => {
    const ids = (n: number) => skillsTaughtIn(pathway, n).map((s) => s.id);
    expect(ids(1)).toEqual(['program-management-frameworks', 'ai-ml-fundamentals']);
    expect(ids(2)).toEqual(['stakeholder-management', 'program-management-frameworks', 'ai-ml-fundamentals', 'agile-certification']);
    expect(ids(3)).toEqual(['stakeholder-management', 'ai-risk-management', 'program-management-frameworks']);
    expect(ids(4)).toEqual(['program-management-frameworks']);
    expect(ids(5)).toEqual([]);
  });

  it('places phases on a 40-week timeline', () => {
    expect([1, 2, 3, 4, 5].map((n) => phaseEndWeek(pathway, n))).toEqual([8, 16, 24, 32, 40]);
    expect([1, 2, 3, 4, 5].map((n) => phaseStartWeek(pathway, n))).toEqual([1, 9, 17, 25, 33]);
    expect(phaseWeekRange(pathway, 5)).toEqual({ start: 33, end: 40 });
    expect(totalWeeks(pathway)).toBe(40);
    expect(totalWeeksRange(pathway)).toEqual({ min: 36, max: 40 });
    expect(findPhase(pathway, 3)?.title).toMatch(/^Advanced/);
    expect(findPhase(pathway, 6)).toBeUndefined();
    expect(() => phaseEndWeek(pathway, 6)).toThrow(RangeError);
  });
});

describe('importance order', () => {
  it('ranks Critical before Important before Nice to have, keeping seed order among equals', () => {
    expect(importanceRank('Critical')).toBeLessThan(importanceRank('Important'));
    expect(importanceRank('Important')).toBeLessThan(importanceRank('Nice to have'));
    expect(sortByImportance(pathway.skillsToLearn).map((s) => s.id)).toEqual([
      'program-management-frameworks',
      'ai-ml-fundamentals',
      'stakeholder-management',
      'ai-risk-management',
      'agile-certification',
      'financial-budget-management',
    ]);
    // Does not reorder its input.
    expect(pathway.skillsToLearn[0]?.id).toBe('stakeholder-management');
  });
});
