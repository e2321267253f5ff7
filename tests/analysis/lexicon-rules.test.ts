import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import { skillsLexicon } from '../../data/skills-lexicon';

/**
 * One test per domain rule of the lexicon (data/skills-lexicon-schema.ts), each on short postings
 * written for it (not from any corpus): the rule's effect is shown against a posting that differs
 * only where the rule applies.
 */
const analyze = (title: string, text: string) => analyzePosting({ title, company: 'Acme', text });
const entry = (id: string) => skillsLexicon.find((e) => e.id === id);
const otherIds = (r: ReturnType<typeof analyzePosting>) => r.skills.filter((s) => s.kind === 'other').map((s) => s.id);

describe("roleCue kind 'ai': AI/ML tools, hardware and vendors in the duties make a program role an AI role", () => {
  it('counts PyTorch, GPUs and annotation vendors as AI work', () => {
    expect(entry('pytorch')?.roleCue).toEqual({ kind: 'ai' });
    const ai = analyze('Technical Program Manager', 'Responsibilities:\n- Plan GPU capacity for PyTorch workloads.\n- Manage annotation vendors.');
    expect(ai.targetRole).toBe(true);
    expect(ai.targetRoleReason).toContain('3 AI/ML cues');
    const plain = analyze('Technical Program Manager', 'Responsibilities:\n- Plan server capacity for batch workloads.\n- Manage office suppliers.');
    expect(plain.targetRole).toBe(false);
    expect(plain.targetRoleReason).toContain('not about AI/ML');
  });
});

describe('roleCue.onlyWith: an entry with generic aliases counts as AI work only through its AI words', () => {
  it('reads "AI safety" and "model risk" as AI work, "risk" and "risk mitigation" not', () => {
    expect(entry('ai-risk-management')?.roleCue).toMatchObject({ kind: 'ai', onlyWith: expect.arrayContaining(['ai', 'model']) });
    const ai = analyze('Technical Program Manager', 'Responsibilities:\n- Own AI safety reviews and model risk assessments.');
    expect(ai.targetRole).toBe(true);
    expect(ai.targetRoleReason).toContain('2 AI/ML cues');
    const generic = analyze('Technical Program Manager', 'Responsibilities:\n- Own risk reviews and risk mitigation plans.');
    expect(generic.targetRole).toBe(false);
    // Either way the candidate is asked for the skill: the rule is about the role, not the skill.
    for (const r of [ai, generic]) expect(r.skills.map((s) => s.id)).toContain('ai-risk-management');
  });
});

describe('roleCue.marksAiCompany: a company blurb that names AI itself makes an AI company', () => {
  const duties = '\n\nResponsibilities:\n- Run launch reviews with product teams.';
  it('counts machine learning and AI products in the blurb, not GPUs and PyTorch', () => {
    const ai = analyze('Technical Program Manager, Launches', `About us\nWe build machine learning models and AI products.${duties}`);
    expect(ai.targetRole).toBe(true);
    expect(ai.targetRoleReason).toContain('at an AI company');
    const hardware = analyze('Technical Program Manager, Launches', `About us\nWe build GPU servers and PyTorch tooling.${duties}`);
    expect(hardware.targetRole).toBe(false);
  });
});

describe("roleCue kind 'otherDomain': a program role about another domain is not an AI role, even at an AI company", () => {
  const blurb = 'About us\nWe build AI models and machine learning products.\n\nResponsibilities:\n';
  it('reads construction, commissioning, power and cooling as the work', () => {
    const sites = analyze('Technical Program Manager', `${blurb}- Lead construction and commissioning of new sites.\n- Plan power and cooling with utilities.`);
    expect(sites.targetRole).toBe(false);
    expect(sites.targetRoleReason).toMatch(/about construction management, power and energy \(4 cues\)/);
    const launches = analyze('Technical Program Manager', `${blurb}- Lead launch reviews of new features.\n- Plan rollouts with product teams.`);
    expect(launches.targetRole).toBe(true);
  });
});

describe('roleCue.bareAiMeans: where the bare letters "AI" mean something else, an AI title is not enough', () => {
  it('rejects "AI technicians" visiting dairy farms, keeps them at customer sites or with machine learning', () => {
    expect(entry('agriculture')?.roleCue).toMatchObject({ kind: 'otherDomain', bareAiMeans: expect.stringContaining('insemination') });
    const farms = analyze('Program Manager, AI Services', 'Responsibilities:\n- Coordinate AI technicians visiting dairy farms.');
    expect(farms.targetRole).toBe(false);
    expect(farms.targetRoleReason).toContain('"AI" is livestock breeding (artificial insemination)');
    expect(analyze('Program Manager, AI Services', 'Responsibilities:\n- Coordinate AI technicians visiting customer sites.').targetRole).toBe(true);
    expect(analyze('Program Manager, AI Services', 'Responsibilities:\n- Coordinate machine learning models for dairy farms.').targetRole).toBe(true);
  });
});

describe('managesParty: the skill of dealing with a party is asked for even before a counterpart noun', () => {
  it('keeps "manage vendor teams" and "hiring teams", drops "the Security and Legal teams"', () => {
    expect(entry('vendor-management')?.managesParty).toBe(true);
    expect(entry('security')?.managesParty).toBeUndefined();
    const r = analyze('Technical Program Manager', 'Responsibilities:\n- Manage vendor teams and grow our hiring teams.\n- Partner with the Security and Legal teams.');
    expect(otherIds(r)).toEqual(expect.arrayContaining(['vendor-management', 'hiring']));
    expect(otherIds(r)).not.toContain('security');
    // Without the counterpart noun every one of them is a skill.
    expect(otherIds(analyze('Technical Program Manager', 'Requirements:\n- Vendor management, hiring and security.'))).toEqual(
      expect.arrayContaining(['vendor-management', 'hiring', 'security']),
    );
  });
});
