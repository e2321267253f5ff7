import { describe, expect, it } from 'vitest';
import { groupSkills, skillGroup, stretchRoleKind, uncoveredRequiredOther } from '../../../components/sidebar/groups';
import { safeHref } from '../../../components/sidebar/safe-href';
import { pathway } from '../../../data/pathway';
import { SKILLS, progress } from './fixtures';

describe('skillGroup', () => {
  it('transferable → have; to-learn → roadmap until learned; other → other until known', () => {
    const p = progress(['ai-ml-fundamentals'], ['jira']);
    expect(skillGroup({ id: 'cloud-platforms', kind: 'transferable' }, p)).toBe('have');
    expect(skillGroup({ id: 'ai-ml-fundamentals', kind: 'toLearn' }, p)).toBe('have');
    expect(skillGroup({ id: 'ai-risk-management', kind: 'toLearn' }, p)).toBe('roadmap');
    expect(skillGroup({ id: 'jira', kind: 'other' }, p)).toBe('have');
    expect(skillGroup({ id: 'python', kind: 'other' }, p)).toBe('other');
  });

  it('a transferable skill marked "not yet" is a gap in the roadmap group, as coverageOf says for every other view', async () => {
    const { coverageOf } = await import('../../../lib/insights/coverage');
    const p = { ...progress(), lackingSkills: new Set(['cloud-platforms']) };
    expect(skillGroup({ id: 'cloud-platforms', kind: 'transferable' }, p)).toBe('roadmap');
    expect(skillGroup({ id: 'api-development', kind: 'transferable' }, p)).toBe('have');
    expect(coverageOf({ id: 'cloud-platforms', kind: 'transferable' }, p)).toBe('roadmap');
    expect(coverageOf({ id: 'api-development', kind: 'transferable' }, p)).toBe('have');
  });
});

describe('groupSkills', () => {
  it('orders required first and the roadmap by importance, without mutating the report', () => {
    const before = SKILLS.map((s) => s.id);
    const g = groupSkills(SKILLS, progress(), pathway);
    expect(g.roadmap.map((s) => s.id)).toEqual(['program-management-frameworks', 'ai-ml-fundamentals', 'financial-budget-management', 'agile-certification']);
    expect(g.have.map((s) => s.id)).toEqual(['cloud-platforms', 'agile-scrum']);
    expect(g.other.map((s) => s.id)).toEqual(['vendor-management', 'jira']);
    expect(SKILLS.map((s) => s.id)).toEqual(before);
  });

  it('uncoveredRequiredOther counts required outside-pathway skills not marked known', () => {
    expect(uncoveredRequiredOther(SKILLS, progress()).map((s) => s.id)).toEqual(['vendor-management']);
    expect(uncoveredRequiredOther(SKILLS, progress([], ['vendor-management']))).toEqual([]);
  });
});

describe('stretchRoleKind', () => {
  it.each([
    ['Senior Product Manager, AI', 'product'],
    ['Engineering Manager, ML Platform', 'engineering management'],
    ['Data Scientist', 'data science'],
    ['Machine Learning Engineer', 'ML engineering'],
    ['Senior Backend Engineer', 'engineering'],
    ['Internal Mobility Program Manager', 'non-AI program'],
    ['Chief Vibes Officer', 'different'],
  ])('%s → %s', (title, kind) => {
    expect(stretchRoleKind(title)).toBe(kind);
  });

  it('handles a missing or huge title', () => {
    expect(stretchRoleKind(null)).toBe('different');
    expect(stretchRoleKind('x'.repeat(100_000))).toBe('different');
  });
});

describe('safeHref', () => {
  it('allows web and extension addresses only', () => {
    expect(safeHref('chrome-extension://abc/compare.html')).toBe('chrome-extension://abc/compare.html');
    expect(safeHref('moz-extension://abc/compare.html')).toBe('moz-extension://abc/compare.html');
    expect(safeHref('https://www.pmi.org/')).toBe('https://www.pmi.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>1</script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
