import { describe, expect, it } from 'vitest';
import { detectResumeSkills, MAX_RESUME_CHARS } from '../../lib/profile/resume-skills';
import { resumeHeading } from '../../lib/profile/held-judge';

const ids = (text: string): string[] => detectResumeSkills(text).skills.map((s) => s.id);

describe('detectResumeSkills: held', () => {
  it('shows a sentence, not a title line, as evidence when the text has both', () => {
    const r = detectResumeSkills('Staff Engineer, Distributed Systems — Austin, TX\n\nEXPERIENCE\n- Designed the event-driven architecture of our order pipeline.\n');
    expect(r.skills.find((s) => s.id === 'system-architecture')?.evidence).toBe('Designed the event-driven architecture of our order pipeline.');
    // A title line alone still shows the skill, with itself as evidence.
    expect(detectResumeSkills('Staff Engineer, Distributed Systems — Austin, TX\n').skills.find((s) => s.id === 'system-architecture')?.evidence).toBe(
      'Staff Engineer, Distributed Systems — Austin, TX',
    );
  });

  it('finds past experience, with the sentence that shows it as evidence', () => {
    const r = detectResumeSkills('Experience\n- Designed the public REST APIs of the billing platform in Go.\n- Ran sprint planning for two Scrum teams.');
    expect(r.language === null || r.language === 'en').toBe(true);
    const api = r.skills.find((s) => s.id === 'api-development');
    expect(api).toEqual({
      id: 'api-development',
      label: 'API Development',
      kind: 'transferable',
      evidence: 'Designed the public REST APIs of the billing platform in Go.',
    });
    expect(r.skills.find((s) => s.id === 'agile-scrum')?.evidence).toBe('Ran sprint planning for two Scrum teams.');
  });

  it('reads skills lists and certifications held', () => {
    expect(ids('Skills: SQL, Docker, Python\n\nCertifications\nCertified ScrumMaster (CSM), 2019')).toEqual(
      expect.arrayContaining(['sql-data-management', 'devops-cicd', 'python', 'agile-certification']),
    );
  });

  it('orders skills transferable, then to learn, then other', () => {
    const kinds = detectResumeSkills('Managed a $1M budget. Wrote Python. Built REST APIs.').skills.map((s) => s.kind);
    expect(kinds).toEqual(['transferable', 'toLearn', 'other']);
  });
});

describe('detectResumeSkills: statements of intent are not skills held', () => {
  const intent: [family: string, text: string, id: string][] = [
    ['goal', 'My goal is to earn the PMP certification.', 'program-management-frameworks'],
    ['seeking', 'Seeking a role in AI program management.', 'ai-ml-fundamentals'],
    ['aspiring', 'Aspiring program manager for machine learning platforms.', 'ai-ml-fundamentals'],
    ['plan to', 'I plan to learn Kubernetes next year.', 'devops-cicd'],
    ['currently learning', 'Currently learning Terraform and Docker.', 'devops-cicd'],
    ['studying', 'I am studying machine learning in the evenings.', 'ai-ml-fundamentals'],
    ['enrolled in a course', 'Enrolled in an online course on cloud computing with AWS.', 'cloud-platforms'],
    ['interested in', 'Interested in AI governance and responsible AI.', 'ai-risk-management'],
    ['curious about', 'Curious about large language models.', 'ai-ml-fundamentals'],
    ['not yet', 'Not yet PMP certified.', 'program-management-frameworks'],
    ['no experience with', 'No experience with budgets so far.', 'financial-budget-management'],
    ['want to', 'I want to get better at stakeholder management.', 'stakeholder-management'],
    ['hope to', 'I hope to work with SQL databases soon.', 'sql-data-management'],
    ['would like to', 'I would like to run Scrum ceremonies.', 'agile-scrum'],
    ['in progress (after)', 'AWS Certified Solutions Architect (in progress)', 'cloud-platforms'],
    ['another team, named', 'Worked alongside the machine learning team on launches.', 'ai-ml-fundamentals'],
    ['another team, subject', 'The data science team built the forecasting models with Kubernetes.', 'devops-cicd'],
    ['another team, relative clause', 'Worked closely with the platform engineers, who built our CI/CD pipelines.', 'devops-cicd'],
  ];
  it.each(intent)('%s: %s', (_family, text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('ends a cue at the clause it governs: what was done is still held', () => {
    const got = ids('Aspiring AI program manager with 8 years building REST APIs; currently learning Kubernetes, and led SQL migrations.');
    expect(got).toContain('api-development');
    expect(got).toContain('sql-data-management');
    expect(got).not.toContain('ai-ml-fundamentals');
    expect(got).not.toContain('devops-cicd');
  });

  it('keeps a team the person led or belonged to', () => {
    expect(ids('Led the machine learning platform team of six.')).toContain('ai-ml-fundamentals');
  });

  it('grants nothing from a goals section, an interests label or a learning heading', () => {
    const text = 'Career goals\nLead AI programs and own a budget.\n\nCurrently learning\n- Kubernetes\n- PyTorch\n\nInterests: risk management, agile.';
    expect(ids(text)).toEqual([]);
    expect(resumeHeading('Career goals')).toBe('intent');
    expect(resumeHeading('EXPERIENCE')).toBe('held');
    expect(resumeHeading('- Built APIs.')).toBeNull();
  });

  it('does not read a company name in a role header as a skill', () => {
    expect(ids('Backend Engineer — Quill Logistics (2016–2020)\n- Built Java services.')).toEqual(['java']);
  });
});

describe('detectResumeSkills: other languages and bounds', () => {
  it('returns no skills and the language for a résumé in another language', () => {
    const fr =
      "Développeuse backend avec huit ans d'expérience dans la conception d'API REST et de systèmes distribués. " +
      "Je travaille avec Java, Kubernetes et AWS, et j'anime les cérémonies agiles de mon équipe depuis trois ans.";
    expect(detectResumeSkills(fr)).toEqual({ skills: [], language: 'fr' });
  });

  it('stays bounded on a 1 MB input and reads only the first MAX_RESUME_CHARS', () => {
    const line = 'Built REST APIs and ran sprint planning for the team.\n';
    const big = line.repeat(Math.ceil(1_000_000 / line.length)) + 'Managed a $3M budget.\n';
    const t0 = performance.now();
    const got = ids(big);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(big.length).toBeGreaterThan(MAX_RESUME_CHARS);
    expect(got).toEqual(['api-development', 'agile-scrum']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(detectResumeSkills('')).toEqual({ skills: [], language: null });
    expect(detectResumeSkills(' \n\t ').skills).toEqual([]);
  });
});
