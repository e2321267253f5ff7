import { describe, expect, it } from 'vitest';
import { checkRole, titleHasAi, type RoleSignals } from '../../lib/analysis/role-check';
import { analyzePosting } from '../../lib/analysis/analyze-posting';

const base: RoleSignals = { title: null, roleAiCues: 0, roleMlCues: 0, companyAiCues: 0, otherDomainCues: 0, otherDomains: [], aiHomonymCues: 0, aiHomonym: null };

describe('checkRole', () => {
  it.each(['Technical Program Manager, Inference', 'Program Manager (AI)', 'Senior Project Manager, Machine Learning', 'AI Delivery Lead'])(
    'accepts %s',
    (title) => expect(checkRole({ ...base, title }).targetRole).toBe(true),
  );

  it.each([
    ['Product Manager, AI Platform', 'product manager'],
    ['Staff Software Engineer, ML', 'engineering'],
    ['Data Scientist, LLMs', 'scientist'],
    ['Engineering Manager, ML Infra', 'engineering manager'],
  ])('rejects %s with a reason', (title, why) => {
    const r = checkRole({ ...base, title, roleAiCues: 5, roleMlCues: 5 });
    expect(r.targetRole).toBe(false);
    expect(r.reason).toContain(why);
  });

  it('rejects a program manager whose work is another domain', () => {
    const r = checkRole({ ...base, title: 'Internal Mobility Program Manager', otherDomainCues: 6, otherDomains: ['hr operations'], roleAiCues: 1, companyAiCues: 4 });
    expect(r.targetRole).toBe(false);
    expect(r.reason).toContain('hr operations');
  });

  it('rejects "AI" that means artificial insemination', () => {
    const r = checkRole({
      ...base,
      title: 'Program Manager, AI Services',
      aiHomonymCues: 5,
      aiHomonym: 'livestock breeding (artificial insemination)',
      otherDomainCues: 5,
      roleAiCues: 3,
    });
    expect(r.targetRole).toBe(false);
    expect(r.reason).toMatch(/insemination/);
  });

  it('accepts a TPM at an AI company, or with AI/ML duties', () => {
    expect(checkRole({ ...base, title: 'Technical Program Manager, Launches', companyAiCues: 3 }).targetRole).toBe(true);
    expect(checkRole({ ...base, title: 'Technical Program Manager', roleAiCues: 3, roleMlCues: 2 }).targetRole).toBe(true);
    expect(checkRole({ ...base, title: 'Technical Program Manager' }).targetRole).toBe(false);
  });

  it('spots AI in titles by whole words', () => {
    expect(titleHasAi('Program Manager, ML Platform')).toBe(true);
    expect(titleHasAi('Program Manager, Maintenance and Email')).toBe(false);
  });

  it('works end to end on a livestock posting', () => {
    const r = analyzePosting({
      title: 'Program Manager, AI Services',
      text: 'Responsibilities:\n- Coordinate AI technicians visiting dairy and beef herds.\n- Schedule breeding programs with cattle ranchers and track semen inventory.',
    });
    expect(r.targetRole).toBe(false);
  });
});
