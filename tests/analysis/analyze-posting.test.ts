import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, analyzePosting } from '../../lib/analysis/analyze-posting';
import { GapReportSchema } from '../../lib/analysis/gap-report';

const skill = (r: ReturnType<typeof analyzePosting>, id: string) => r.skills.find((s) => s.id === id);
const ids = (r: ReturnType<typeof analyzePosting>) => r.skills.map((s) => s.id);
const analyze = (text: string, title = 'Program Manager, Machine Learning') => analyzePosting({ title, company: 'Acme', text });

const POSTING = `About Acme
Acme builds machine learning tools for farmers. We use Kubernetes and our SQL warehouse every day.

Responsibilities:
- Keep executives informed about program health and influence without authority across teams.
- Own a seven-figure budget for vendor spend.

Minimum qualifications:
- 5+ years of program management experience; PMP certification.
- Working knowledge of AWS and CI/CD pipelines.

Preferred qualifications:
- Certified ScrumMaster (CSM).
- Familiarity with Jira and Python.
- Project management experience.

Benefits
Health insurance, a learning budget and an AI literacy course for every employee.`;

describe('analyzePosting', () => {
  const r = analyze(POSTING);

  it('produces a report that satisfies the GapReport contract', () => {
    expect(GapReportSchema.safeParse(r).success).toBe(true);
    expect(r.analysisVersion).toBe(ANALYSIS_VERSION);
    expect(r.posting).toMatchObject({ title: 'Program Manager, Machine Learning', company: 'Acme', url: null });
  });

  it('finds pathway skills by rich and indirect phrasings, with kinds', () => {
    expect(skill(r, 'stakeholder-management')).toMatchObject({ kind: 'toLearn', level: 'required', match: 'exact' });
    expect(skill(r, 'financial-budget-management')?.level).toBe('required');
    expect(skill(r, 'program-management-frameworks')?.level).toBe('required');
    expect(skill(r, 'cloud-platforms')).toMatchObject({ kind: 'transferable', level: 'required' });
    expect(skill(r, 'devops-cicd')?.level).toBe('required');
    expect(skill(r, 'agile-certification')?.level).toBe('preferred');
    expect(skill(r, 'python')).toMatchObject({ kind: 'other', level: 'preferred' });
  });

  it('ignores skills named only in the company blurb or the benefits', () => {
    // Kubernetes/SQL only in "About Acme"; "AI literacy" only in Benefits.
    expect(skill(r, 'sql-data-management')).toBeUndefined();
    expect(skill(r, 'ai-ml-fundamentals')).toBeUndefined();
  });

  it('lets required win when a skill is asked at both levels, with the required evidence', () => {
    const pm = skill(r, 'program-management-frameworks');
    expect(pm?.level).toBe('required');
    expect(pm?.evidence).toContain('program management experience');
    expect(pm?.mentions.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the asking sentence as evidence, without bullet marks', () => {
    expect(skill(r, 'stakeholder-management')?.evidence).toBe(
      'Keep executives informed about program health and influence without authority across teams.',
    );
  });

  it('respects word boundaries and case: ML/HTML, AI/maintain/email, AWS/laws, SQL/NoSQL, SAFe/safe, CSMs/CSM, agile/fragile', () => {
    const tricky = analyze(
      `Requirements:
- Maintain HTML email templates and follow employment laws.
- Keep NoSQL stores safe; fragile processes must be fixed.
- Work with our CSMs on renewals.`,
    );
    expect(ids(tricky)).not.toContain('ai-ml-fundamentals');
    expect(ids(tricky)).not.toContain('cloud-platforms');
    expect(ids(tricky)).not.toContain('agile-scrum');
    expect(ids(tricky)).not.toContain('agile-certification');
    const data = skill(tricky, 'sql-data-management');
    expect(data?.mentions ?? []).not.toContain('SQL');
    const positive = analyze(
      `Requirements:
- Experience with ML, AI, AWS and SQL.
- SAFe or other agile frameworks; CSM certification.`,
    );
    for (const id of ['ai-ml-fundamentals', 'cloud-platforms', 'sql-data-management', 'agile-scrum', 'agile-certification']) {
      expect(ids(positive), id).toContain(id);
    }
  });

  it('drops negated asks', () => {
    const neg = analyze(
      `Requirements:
- PMP not required.
- There is no budget ownership in this role.
- Coding is not required.
- We won't ask about certifications like CSM.
- Strong stakeholder management.`,
    );
    expect(ids(neg)).not.toContain('program-management-frameworks');
    expect(ids(neg)).not.toContain('financial-budget-management');
    expect(ids(neg)).not.toContain('software-engineering');
    expect(ids(neg)).not.toContain('agile-certification');
    expect(ids(neg)).toContain('stakeholder-management');
  });

  it('reads inline preference inside a required section', () => {
    const p = analyze('Requirements:\n- A PMP is a plus.\n- Stakeholder management skills.');
    expect(skill(p, 'program-management-frameworks')?.level).toBe('preferred');
    expect(skill(p, 'stakeholder-management')?.level).toBe('required');
  });

  it('lands typos on the pathway with fuse.js and says so', () => {
    const t = analyze('Requirements:\n- Excellent stakholder managment.\n- Solid progam managment background.');
    const s = skill(t, 'stakeholder-management');
    expect(s?.match).toBe('fuzzy');
    expect(s?.score).toBeGreaterThan(0.5);
    expect(s?.score).toBeLessThan(1);
    expect(skill(t, 'program-management-frameworks')?.match).toBe('fuzzy');
  });

  it('does not fuzzy-match ordinary words to the pathway', () => {
    const t = analyze('Requirements:\n- Partner with engineering, contractors and research teams on end-to-end planning.');
    expect(t.skills.filter((s) => s.match === 'fuzzy')).toEqual([]);
  });

  it('uses page blocks for headings when given', () => {
    const b = analyzePosting({
      title: 'AI Program Manager',
      text: '',
      blocks: [
        { type: 'heading', text: 'Who we are' },
        { type: 'paragraph', text: 'We run Kubernetes clusters.' },
        { type: 'heading', text: 'Nice to have' },
        { type: 'listItem', text: 'Kubernetes experience' },
      ],
    });
    expect(skill(b, 'devops-cicd')?.level).toBe('preferred');
    expect(skill(b, 'devops-cicd')?.mentions).toEqual(['Kubernetes']);
  });

  it('decides the role and explains it', () => {
    expect(r.targetRole).toBe(true);
    expect(r.targetRoleReason.length).toBeGreaterThan(10);
    expect(analyze('Requirements:\n- Roadmaps for ML products.', 'Product Manager, ML').targetRole).toBe(false);
  });
});
