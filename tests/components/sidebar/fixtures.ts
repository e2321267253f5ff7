import type { DetectedSkill, GapReport } from '../../../lib/analysis/gap-report';
import type { ReadyState } from '../../../lib/job-page/sidebar-state';
import type { ProgressSnapshot } from '../../../lib/scoring/progress-snapshot';
import { computeScore } from '../../../lib/scoring/score';
import { EMPTY_PROGRESS } from '../../../lib/scoring/progress-snapshot';

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
  return { ...EMPTY_PROGRESS, learnedSkills: new Set(learned), knownSkills: new Set(known) };
}

/**
 * A ready state whose score is what the real scorer gives for its report and progress, so every fixture is a
 * state the product can reach: set the report or the progress, never the score.
 */
export function ready(overrides: Partial<Omit<ReadyState, 'kind' | 'score'>> = {}): ReadyState {
  const r = overrides.report ?? report();
  const p = overrides.progress ?? progress();
  return { kind: 'ready', savedStatus: null, ...overrides, report: r, progress: p, score: computeScore(r, p) };
}
