import { describe, expect, it } from 'vitest';
import type { DetectedSkill } from '../../lib/analysis/gap-report';
import { countMarks, resumeChecklist, type ResumeLines } from '../../lib/profile/resume-checklist';
import { boundLine, RESUME_LINE_MAX, resumeLines, resumeLinesFor } from '../../lib/profile/resume-evidence';
import { EMPTY_PROGRESS, type ProgressSnapshot } from '../../lib/scoring/progress-snapshot';

/** A posting's skill as the analysis reports it (only id, label, kind and level matter to the checklist). */
const skill = (id: string, kind: DetectedSkill['kind'], level: DetectedSkill['level'] = 'required'): Pick<DetectedSkill, 'id' | 'label' | 'kind' | 'level'> => ({
  id,
  label: `Label of ${id}`,
  kind,
  level,
});

const RESUME = [
  'Dana Reyes — Backend Engineer',
  '',
  'EXPERIENCE',
  'Senior Backend Engineer — Quill Logistics (2016–2024)',
  '- Designed and built REST APIs used by 40 internal teams.',
  '- Ran the on-call rotation and led incident reviews with product and support stakeholders.',
  '- Wrote Python tooling for the billing platform.',
  '',
  'GOALS',
  'Learn AI governance and AI risk management; get a PMP certification.',
].join('\n');

const POSTING = [
  skill('api-development', 'transferable'),
  skill('system-architecture', 'transferable'),
  skill('cloud-platforms', 'transferable', 'preferred'),
  skill('stakeholder-management', 'toLearn'),
  skill('ai-risk-management', 'toLearn'),
  skill('program-management-frameworks', 'toLearn', 'preferred'),
  skill('python', 'other'),
  skill('jira', 'other'),
  skill('tableau', 'other', 'preferred'),
];

/** The user: lacks cloud platforms (marked "not yet"), learned PM frameworks, knows Jira. */
const YOU: ProgressSnapshot = {
  ...EMPTY_PROGRESS,
  lackingSkills: new Set(['cloud-platforms']),
  learnedSkills: new Set(['program-management-frameworks']),
  knownSkills: new Set(['jira']),
};

const marks = (rows: ReturnType<typeof resumeChecklist>) => Object.fromEntries(rows.map((r) => [r.id, r.resume]));

describe('resumeChecklist: shown, missing, gap', () => {
  const rows = resumeChecklist(POSTING, resumeLines(RESUME), YOU);

  it('classifies every skill the posting asks', () => {
    expect(marks(rows)).toEqual({
      // On the résumé (the same detection as the profile's résumé import).
      'api-development': 'shown',
      python: 'shown',
      // Not marked learned, but the résumé shows it: the résumé is the evidence.
      'stakeholder-management': 'shown',
      // Held (transferable by default, learned, known) but not on the résumé: add evidence.
      'system-architecture': 'missing',
      'program-management-frameworks': 'missing',
      jira: 'missing',
      // Not held: a transferable skill marked "not yet", a skill to learn named only as a goal, another skill not known.
      'cloud-platforms': 'gap',
      'ai-risk-management': 'gap',
      tableau: 'gap',
    });
  });

  it('gives the résumé line that shows each shown skill, and no line otherwise', () => {
    const line = (id: string) => rows.find((r) => r.id === id)?.line;
    expect(line('api-development')).toBe('Designed and built REST APIs used by 40 internal teams.');
    expect(line('stakeholder-management')).toBe('Ran the on-call rotation and led incident reviews with product and support stakeholders.');
    expect(line('python')).toBe('Wrote Python tooling for the billing platform.');
    for (const r of rows.filter((x) => x.resume !== 'shown')) expect(r.line).toBeNull();
  });

  it('orders shown, then missing, then gaps; required first within each; the posting’s order otherwise', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'api-development',
      'stakeholder-management',
      'python',
      'system-architecture',
      'jira',
      'program-management-frameworks',
      'ai-risk-management',
      'cloud-platforms',
      'tableau',
    ]);
    expect(countMarks(rows)).toEqual({ shown: 3, missing: 3, gap: 3 });
  });

  it('follows the profile: a skill marked held moves from gap to missing, never to shown', () => {
    const learned = { ...YOU, learnedSkills: new Set([...YOU.learnedSkills, 'ai-risk-management']), lackingSkills: new Set<string>() };
    const again = marks(resumeChecklist(POSTING, resumeLines(RESUME), learned));
    expect(again['ai-risk-management']).toBe('missing');
    expect(again['cloud-platforms']).toBe('missing');
    // Learning is not having.
    const learning = marks(resumeChecklist(POSTING, resumeLines(RESUME), { ...YOU, learningSkills: new Set(['ai-risk-management']) }));
    expect(learning['ai-risk-management']).toBe('gap');
  });

  it('one row per skill, required when either mention is', () => {
    const twice = resumeChecklist([skill('tableau', 'other', 'preferred'), skill('tableau', 'other', 'required')], { language: 'en', lines: [] }, EMPTY_PROGRESS);
    expect(twice).toEqual([{ id: 'tableau', label: 'Label of tableau', kind: 'other', level: 'required', resume: 'gap', line: null }]);
  });

  it('a posting without skills has no rows', () => {
    expect(resumeChecklist([], resumeLines(RESUME), YOU)).toEqual([]);
  });
});

describe('résumé lines: the one detection, bounded', () => {
  it('an empty or blank résumé shows nothing: held skills are missing, the others gaps', () => {
    for (const text of ['', '   \n\n  ']) {
      const lines = resumeLines(text);
      expect(lines.lines).toEqual([]);
      const m = marks(resumeChecklist(POSTING, lines, YOU));
      expect(m['api-development']).toBe('missing');
      expect(m['ai-risk-management']).toBe('gap');
      expect(Object.values(m)).not.toContain('shown');
    }
  });

  it('a résumé in another language is read as such: no line, its language reported', () => {
    const french = [
      'EXPÉRIENCE',
      "- Conception et développement d'API REST pour les équipes internes de l'entreprise.",
      "- Gestion des parties prenantes et animation des comités de pilotage avec la direction.",
      "- J'ai travaillé avec Python et SQL sur la plateforme de facturation pendant six ans.",
    ].join('\n');
    const lines = resumeLines(french);
    expect(lines.language).toBe('fr');
    expect(lines.lines).toEqual([]);
    expect(marks(resumeChecklist(POSTING, lines, YOU))['api-development']).toBe('missing');
  });

  it('HTML in the résumé stays text in the line (the views render it as text)', () => {
    const lines = resumeLines('EXPERIENCE\n- Built REST APIs <img src=x onerror="alert(1)"> for the <b>billing</b> platform.\n');
    const api = lines.lines.find((l) => l.id === 'api-development');
    expect(api?.line).toBe('Built REST APIs <img src=x onerror="alert(1)"> for the <b>billing</b> platform.');
  });

  it('a very long résumé gives lines of at most RESUME_LINE_MAX characters', () => {
    const longSentence = `- Built REST APIs ${'for the billing platform and its many partners '.repeat(200)}.`;
    const text = `EXPERIENCE\n${longSentence}\n${'- Wrote internal documentation for the team.\n'.repeat(5_000)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const lines = resumeLines(text);
    const api = lines.lines.find((l) => l.id === 'api-development');
    expect(api).toBeDefined();
    for (const l of lines.lines) expect(l.line.length).toBeLessThanOrEqual(RESUME_LINE_MAX);
    expect(api!.line.endsWith('…')).toBe(true);
  });

  it('boundLine folds whitespace and cuts with an ellipsis', () => {
    expect(boundLine('  a\n\tb  ')).toBe('a b');
    expect(boundLine('x'.repeat(RESUME_LINE_MAX))).toBe('x'.repeat(RESUME_LINE_MAX));
    const cut = boundLine('y'.repeat(RESUME_LINE_MAX + 1));
    expect(cut).toHaveLength(RESUME_LINE_MAX);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('resumeLinesFor gives only the skills asked about, each once', () => {
    const some: ResumeLines = resumeLinesFor(RESUME, ['python', 'ai-risk-management', 'python', 'tableau']);
    expect(some).toEqual({ language: 'en', lines: [{ id: 'python', line: 'Wrote Python tooling for the billing platform.' }] });
    expect(resumeLinesFor(RESUME, []).lines).toEqual([]);
  });
});
