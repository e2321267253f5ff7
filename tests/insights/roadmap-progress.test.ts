import { describe, expect, it } from 'vitest';
import { pathway } from '../../data/pathway';
import { overallCompletion, parseDay, phaseCompletion, positionText, roadmapPosition } from '../../lib/insights/roadmap-progress';
import { topGaps } from '../../lib/insights/top-gaps';
import { progress, report } from './fixtures';

const day = (s: string) => parseDay(s) as number;

describe('roadmap progress', () => {
  it('counts tasks per phase and overall (tasks + skills learned)', () => {
    const phase1 = pathway.phases[0]!;
    const done = new Set([phase1.tasks[0]!.id]);
    const c = phaseCompletion(pathway, done);
    expect(c.get(1)).toEqual({ done: 1, total: phase1.tasks.length, percent: Math.round(100 / phase1.tasks.length) });
    expect(c.get(2)?.done).toBe(0);
    const total = pathway.phases.reduce((n, p) => n + p.tasks.length, 0) + 6;
    expect(overallCompletion(pathway, done, new Set(['ai-ml-fundamentals']))).toEqual({ done: 2, total, percent: Math.round((2 / total) * 100) });
  });

  it('places a start date: week N and phase K, before the start and after the end', () => {
    expect(roadmapPosition(pathway, '2025-01-01', day('2025-01-01'))).toEqual({ kind: 'in-progress', week: 1, phase: 1, totalWeeks: 40 });
    expect(roadmapPosition(pathway, '2025-01-01', day('2025-01-07'))).toMatchObject({ week: 1 });
    expect(roadmapPosition(pathway, '2025-01-01', day('2025-01-08'))).toMatchObject({ week: 2, phase: 1 });
    // Week 9 is the first week of phase 2 (phases end at 8, 16, 24, 32, 40).
    expect(roadmapPosition(pathway, '2025-01-01', day('2025-01-01') + 8 * 7 * 86_400_000)).toMatchObject({ week: 9, phase: 2 });
    expect(roadmapPosition(pathway, '2025-01-01', day('2025-01-01') + 39 * 7 * 86_400_000)).toMatchObject({ week: 40, phase: 5 });
    expect(roadmapPosition(pathway, '2025-01-01', day('2025-01-01') + 40 * 7 * 86_400_000)).toEqual({ kind: 'finished', week: 41, totalWeeks: 40 });
    expect(roadmapPosition(pathway, '2025-01-10', day('2025-01-08'))).toEqual({ kind: 'not-started', daysUntilStart: 2 });
    expect(roadmapPosition(pathway, '2025-02-30', day('2025-03-01'))).toBeNull();
    const text = positionText({ kind: 'in-progress', week: 9, phase: 2, totalWeeks: 40 }, (n) => `Title ${n}`);
    expect(text).toBe('You are in week 9 of 40, Phase 2: Title 2.');
  });
});

describe('top gaps', () => {
  it('required before preferred, roadmap before uncovered, shorter first; skills the user has are skipped', () => {
    const r = report([
      ['kubernetes', 'required', 'Kubernetes'],
      ['program-management-frameworks', 'required'],
      ['agile-certification', 'required'],
      ['ai-ml-fundamentals', 'preferred'],
      ['api-development', 'required'],
      ['stakeholder-management', 'required'],
    ]);
    const gaps = topGaps(r, progress(['stakeholder-management']));
    expect(gaps.map((g) => g.id)).toEqual(['agile-certification', 'program-management-frameworks', 'kubernetes']);
    expect(gaps[2]).toMatchObject({ coverage: 'not-covered', weeks: null });
  });

  it('a transferable skill marked "not yet" is a pathway gap, ranked by the user’s own weeks (last of its kind without)', () => {
    const r = report([
      ['kubernetes', 'required', 'Kubernetes'],
      ['program-management-frameworks', 'required'],
      ['api-development', 'required'],
      ['cloud-platforms', 'required'],
    ]);
    const lacking = { ...progress(), lackingSkills: new Set(['api-development', 'cloud-platforms']) };
    expect(topGaps(r, lacking, 4).map((g) => [g.id, g.coverage, g.weeks])).toEqual([
      ['program-management-frameworks', 'roadmap', 12],
      ['api-development', 'roadmap', null],
      ['cloud-platforms', 'roadmap', null],
      ['kubernetes', 'not-covered', null],
    ]);
    const own = { ...lacking, ownWeeks: new Map([['cloud-platforms', 3]]) };
    expect(topGaps(r, own, 2).map((g) => [g.id, g.label, g.weeks])).toEqual([
      ['cloud-platforms', 'Cloud Platforms', 3],
      ['program-management-frameworks', 'Program Management Frameworks', 12],
    ]);
  });
});

describe('pasted postings in lists', () => {
  it('are not links (reserved .invalid address) and are labelled "Pasted"', async () => {
    const { safeHttpUrl, boardLabel } = await import('../../lib/insights/format');
    expect(safeHttpUrl('https://pasted.pathway-lens.invalid/abc')).toBeNull();
    expect(safeHttpUrl('https://boards.greenhouse.io/x/jobs/1')).toBe('https://boards.greenhouse.io/x/jobs/1');
    expect(boardLabel('pasted')).toBe('Pasted');
  });
});
