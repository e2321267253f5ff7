import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import { classifyHeading } from '../../lib/analysis/sections';
import { skillsLexicon } from '../../data/skills-lexicon';

/** Postings written for these tests (not from any corpus). */
const analyze = (text: string, title = 'AI Program Manager') => analyzePosting({ title, company: 'Meridian Health AI', text });
const otherIds = (r: ReturnType<typeof analyzePosting>) => r.skills.filter((s) => s.kind === 'other').map((s) => s.id);
const pathwayIds = (r: ReturnType<typeof analyzePosting>) => r.skills.filter((s) => s.kind !== 'other').map((s) => s.id);

const PRODUCT_DOMAIN = `Meridian Health AI builds clinical decision support for hospitals.

About the role
As our AI Program Manager you'll be the bridge between clinical partners and our imaging, ambient documentation and bed-capacity forecasting teams. You'll work on modernization of our legal and privacy tooling and report metrics to leadership.

What you'll do:
- Drive delivery of machine learning models for clinical imaging products from pilot to production.
- Coordinate launches of our ambient documentation assistant with the Legal, Security and Sales teams.
- Track model metrics and monitoring dashboards for our forecasting product, and keep executives informed.
- Partner with clinical teams at customer hospitals on rollout schedules and milestones.

Requirements:
- 5+ years of program management experience delivering ML or AI products.
- Strong written and verbal communication; comfortable with risk management.
- Experience with SQL and Jira.

Benefits
Health insurance and a learning budget.`;

describe('other skills: product and domain words are not skills', () => {
  const r = analyze(PRODUCT_DOMAIN);
  const other = otherIds(r);

  it('does not turn the product domain into required skills', () => {
    for (const id of ['healthcare', 'image-processing', 'technical-documentation', 'legal', 'digital-transformation', 'forecasting', 'privacy', 'observability', 'public-policy']) {
      expect(other, id).not.toContain(id);
    }
  });

  it('does not read the teams one works with as skills', () => {
    expect(other).not.toContain('security');
    expect(other).not.toContain('sales');
  });

  it('still finds the skills actually asked for', () => {
    expect(other).toContain('jira');
    expect(pathwayIds(r)).toEqual(
      expect.arrayContaining(['program-management-frameworks', 'stakeholder-management', 'ai-ml-fundamentals', 'sql-data-management', 'ai-risk-management']),
    );
  });

  it('keeps a pathway skill from a role summary phrased as the candidate’s work', () => {
    const s = analyze(`About the role\nAs a TPM you'll keep executives informed about model training runs.\n\nRequirements:\n- Jira`);
    expect(pathwayIds(s)).toEqual(expect.arrayContaining(['stakeholder-management', 'ai-ml-fundamentals']));
  });
});

describe('other skills: a domain asked as experience counts', () => {
  it('finds healthcare when the posting asks for healthcare domain experience', () => {
    const r = analyze(`Requirements:
- Healthcare domain experience required.
- Familiarity with clinical workflows and HIPAA.
- Background in medical imaging is a plus.`);
    const hc = r.skills.find((s) => s.id === 'healthcare');
    expect(hc).toMatchObject({ kind: 'other', level: 'required' });
    expect(r.skills.find((s) => s.id === 'hipaa')?.level).toBe('required');
    expect(r.skills.find((s) => s.id === 'image-processing')?.level).toBe('preferred');
  });

  it('finds multi-word skill phrasings that replace bare nouns', () => {
    const r = analyze(`Qualifications:
- Experience writing technical documentation and runbooks.
- Demand forecasting and success metrics for ML programs.
- Experience supporting legal review of AI launches.
- Led platform modernization programs.`);
    expect(otherIds(r)).toEqual(expect.arrayContaining(['technical-documentation', 'forecasting', 'kpis-and-metrics', 'legal', 'digital-transformation']));
  });

  it('keeps skills of managing the parties a list names', () => {
    const r = analyze(`Responsibilities:\n- Manage annotation vendor teams and vendor contracts.`);
    expect(otherIds(r)).toContain('vendor-management');
  });

  it('does not end a list at a spaced dash: "X - Partner with Y teams" keeps X', () => {
    const r = analyze(`Responsibilities:\n- Drive capacity planning - Partner with research teams on compute needs.`);
    expect(otherIds(r)).toContain('capacity-planning');
  });
});

describe('role-summary sections', () => {
  it.each(['About the role', 'The role', 'Role overview', 'About the job', 'Position summary', 'Job summary', 'Overview'])('%s → summary', (h) => {
    expect(classifyHeading(h)).toBe('summary');
  });

  it('keeps responsibilities headings as they were', () => {
    expect(classifyHeading('Your role')).toBe('responsibilities');
    expect(classifyHeading('About the team')).toBe('company');
  });

  it('does not take other skills from a role summary or the lead prose when asks are listed elsewhere', () => {
    const r = analyze(`Our team ships robotics and strategic planning tools. You will use Tableau daily.

Role overview
You'll join a fast-paced team working with Salesforce and Tableau.

Requirements:
- Python.`);
    expect(otherIds(r)).toEqual(['python']);
  });

  it('falls back to the old rule when the posting has no requirement sections', () => {
    const r = analyze(`We need an AI program manager. You must know Python and Tableau.`);
    expect(otherIds(r)).toEqual(expect.arrayContaining(['python', 'tableau']));
  });
});

describe('lexicon curation', () => {
  it('has no bare product/domain nouns as aliases', () => {
    const bare = new Set(['images', 'imaging', 'clinical', 'documentation', 'legal', 'modernization', 'metrics', 'forecasting', 'monitoring', 'policy', 'power', 'compute', 'storage', 'hardware', 'operations', 'reporting', 'researchers', 'research teams', 'search']);
    for (const e of skillsLexicon) for (const a of e.aliases) expect(bare.has(a.toLowerCase()), `${e.id}: ${a}`).toBe(false);
  });

  it('flags only non-pathway entries as needing a skill cue', () => {
    const cued = skillsLexicon.filter((e) => e.needsSkillCue);
    expect(cued.length).toBeGreaterThan(10);
    for (const e of cued) expect(e.pathwaySkillId).toBeUndefined();
    expect(cued.map((e) => e.id)).toEqual(expect.arrayContaining(['healthcare', 'image-processing']));
  });
});
