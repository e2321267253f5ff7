import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GapReport } from '../../lib/analysis/gap-report';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { SavePostingInput } from '../../lib/storage/schemas';
import type { ScoreOutput } from '../../lib/storage/writer';

export function makeReport(overrides: Partial<GapReport> = {}): GapReport {
  return {
    posting: { title: 'AI Program Manager', company: 'Acme', location: 'Remote', board: 'greenhouse', url: 'https://boards.greenhouse.io/acme/jobs/1' },
    targetRole: true,
    targetRoleReason: 'title mentions program manager and AI',
    skills: [
      { id: 'stakeholder-management', label: 'Stakeholder management', kind: 'toLearn', level: 'required', evidence: 'Manage stakeholders.', mentions: ['stakeholders'], match: 'exact', score: 1 },
      { id: 'api-development', label: 'API development', kind: 'transferable', level: 'preferred', evidence: 'APIs.', mentions: ['APIs'], match: 'exact', score: 1 },
      { id: 'kubernetes', label: 'Kubernetes', kind: 'other', level: 'required', evidence: 'K8s.', mentions: ['Kubernetes'], match: 'exact', score: 1 },
    ],
    analysisVersion: '2025.1',
    ...overrides,
  };
}

export function makeInput(jobKey: string, overrides: Partial<SavePostingInput> = {}): SavePostingInput {
  return {
    jobKey,
    url: `https://boards.greenhouse.io/acme/jobs/${encodeURIComponent(jobKey)}`,
    board: 'greenhouse',
    title: `Job ${jobKey}`,
    company: 'Acme',
    location: 'Remote',
    report: makeReport(),
    description: 'We are hiring an AI program manager. '.repeat(10),
    ...overrides,
  };
}

/** A deterministic stand-in for lib/scoring's scoreReport: readiness follows progress so stale scores show. */
export function fakeScore(report: GapReport, progress: ProgressSnapshot): ScoreOutput {
  const learned = report.skills.filter((s) => progress.learnedSkills.has(s.id) || progress.knownSkills.has(s.id)).length;
  return {
    readiness: Math.min(100, learned * 10 + progress.learnedSkills.size + progress.knownSkills.size / 100),
    timeToQualify: { weeks: 12 - Math.min(12, learned), phase: 1, phaseEndWeek: 8, unscheduled: [], gaps: ['Kubernetes'] },
  };
}

/** The raw contents of storage.local, serialised: "byte-identical" comparisons use this. */
export async function rawStorage(): Promise<string> {
  const all = await fakeBrowser.storage.local.get(null);
  return JSON.stringify(Object.keys(all).sort().map((k) => [k, all[k]]));
}

export async function seed(items: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(items);
}

/** Clock that moves forward 1 ms per call, so updatedAt comparisons are deterministic. */
export function tickingClock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => t++;
}
