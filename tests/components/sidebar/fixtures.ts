import type { DetectedSkill, GapReport } from '../../../lib/analysis/gap-report';
import type { ProgressSnapshot } from '../../../lib/scoring/progress-snapshot';
import type { SidebarScore } from '../../../components/sidebar';

export function skill(partial: Partial<DetectedSkill> & Pick<DetectedSkill, 'id' | 'label' | 'kind' | 'level'>): DetectedSkill {
  return {
    evidence: `The posting asks for ${partial.label}.`,
    mentions: [partial.label],
    match: 'exact',
    score: 1,
    ...partial,
  };
}

export const SKILLS: DetectedSkill[] = [
  skill({ id: 'agile-scrum', label: 'Agile/Scrum', kind: 'transferable', level: 'preferred', evidence: 'Familiarity with Agile/Scrum ceremonies.' }),
  skill({ id: 'cloud-platforms', label: 'Cloud Platforms', kind: 'transferable', level: 'required', evidence: 'Experience with AWS or GCP.' }),
  skill({ id: 'financial-budget-management', label: 'Financial and Budget Management', kind: 'toLearn', level: 'required', evidence: 'Own a seven-figure program budget.' }),
  skill({ id: 'program-management-frameworks', label: 'Program Management Frameworks', kind: 'toLearn', level: 'required', evidence: 'PMP certification required.' }),
  skill({ id: 'agile-certification', label: 'Agile Certification', kind: 'toLearn', level: 'preferred', evidence: 'CSM a plus.' }),
  skill({ id: 'ai-ml-fundamentals', label: 'AI/ML Fundamentals', kind: 'toLearn', level: 'required', evidence: 'Understanding of ML model lifecycles.' }),
  skill({ id: 'jira', label: 'Jira', kind: 'other', level: 'preferred', evidence: 'Jira and Confluence.' }),
  skill({ id: 'vendor-management', label: 'Vendor management', kind: 'other', level: 'required', evidence: 'Manage vendors and contracts.' }),
];

export function report(overrides: Partial<GapReport> = {}): GapReport {
  return {
    posting: {
      title: 'Technical Program Manager, AI Platform',
      company: 'Acme AI',
      location: 'Remote',
      board: 'greenhouse',
      url: 'https://boards.greenhouse.io/acme/jobs/1',
    },
    targetRole: true,
    targetRoleReason: 'Technical program manager for an AI platform team.',
    skills: SKILLS,
    analysisVersion: 'test-1',
    ...overrides,
  };
}

export function progress(learned: string[] = [], known: string[] = []): ProgressSnapshot {
  return { learnedSkills: new Set(learned), knownSkills: new Set(known) };
}

export function score(overrides: Partial<SidebarScore> = {}): SidebarScore {
  return {
    readiness: 42.6,
    explanation: {
      requiredCovered: 1,
      requiredTotal: 5,
      preferredCovered: 1,
      preferredTotal: 3,
      text: '1 of 5 required skills covered; preferred skills count half.',
    },
    timeToQualify: {
      weeks: 24,
      phase: 4,
      phaseEndWeek: 32,
      unscheduled: ['financial-budget-management'],
      gaps: ['financial-budget-management', 'program-management-frameworks', 'ai-ml-fundamentals'],
    },
    ...overrides,
  };
}
