import type { DetectedSkill, GapReport } from '../../lib/analysis/gap-report';
import { isToLearn, isTransferable } from '../../lib/pathway/lookups';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { PostingStatus, SavedPosting } from '../../lib/storage/schemas';
import { EMPTY_PROGRESS } from '../../lib/scoring/progress-snapshot';

/** Builders for saved postings, shared by the insight and component tests. */

export type SkillSpec = readonly [id: string, level: DetectedSkill['level'], label?: string];

export function detected([id, level, label]: SkillSpec): DetectedSkill {
  const kind = isTransferable(id) ? 'transferable' : isToLearn(id) ? 'toLearn' : 'other';
  const text = label ?? id;
  return { id, label: text, kind, level, evidence: `Asks for ${text}.`, mentions: [text], match: 'exact', score: 1 };
}

export function report(skills: readonly SkillSpec[], overrides: Partial<GapReport> = {}): GapReport {
  return {
    posting: { title: 'Posting', company: 'Acme', location: 'Remote', board: 'greenhouse', url: 'https://example.com/job' },
    targetRole: true,
    targetRoleReason: 'AI program manager.',
    skills: skills.map(detected),
    analysisVersion: 'test-1',
    ...overrides,
  };
}

export interface PostingSpec {
  readonly id: string;
  readonly skills: readonly SkillSpec[];
  readonly title?: string;
  readonly company?: string | null;
  readonly board?: string;
  readonly status?: PostingStatus;
  readonly savedAt?: number;
  readonly notes?: string;
  readonly targetRole?: boolean;
  readonly url?: string;
}

export function posting(spec: PostingSpec): SavedPosting {
  const savedAt = spec.savedAt ?? Date.UTC(2025, 0, 1);
  const r = report(spec.skills, { targetRole: spec.targetRole ?? true });
  return {
    id: spec.id,
    url: spec.url ?? `https://boards.greenhouse.io/acme/jobs/${encodeURIComponent(spec.id)}`,
    board: spec.board ?? 'greenhouse',
    title: spec.title ?? `Posting ${spec.id}`,
    company: spec.company === undefined ? 'Acme' : spec.company,
    location: 'Remote',
    report: r,
    descriptionExcerpt: '',
    savedAt,
    updatedAt: savedAt,
    status: spec.status ?? 'saved',
    notes: spec.notes ?? '',
    analysisVersion: 'test-1',
    history: [{ status: spec.status ?? 'saved', at: savedAt }],
    followUpAt: null,
    followUpDoneAt: null,
  };
}

export function progress(learned: readonly string[] = [], known: readonly string[] = []): ProgressSnapshot {
  return { ...EMPTY_PROGRESS, learnedSkills: new Set(learned), knownSkills: new Set(known) };
}

/** n postings with a deterministic mix of skills (for "many" and performance tests). */
export function manyPostings(n: number): SavedPosting[] {
  const toLearn = ['program-management-frameworks', 'stakeholder-management', 'ai-ml-fundamentals', 'ai-risk-management', 'agile-certification', 'financial-budget-management'];
  const transferable = ['api-development', 'cloud-platforms', 'agile-scrum', 'sql-data-management'];
  const other = Array.from({ length: 40 }, (_, i) => `other-skill-${i}`);
  const out: SavedPosting[] = [];
  for (let i = 0; i < n; i++) {
    const skills: SkillSpec[] = [];
    toLearn.forEach((id, k) => {
      if ((i + k) % 3 !== 0) skills.push([id, (i + k) % 2 === 0 ? 'required' : 'preferred']);
    });
    transferable.forEach((id, k) => {
      if ((i * 7 + k) % 4 !== 0) skills.push([id, 'required']);
    });
    for (let k = 0; k < 5; k++) skills.push([other[(i * 3 + k * 7) % other.length] ?? 'other-skill-0', k % 2 === 0 ? 'required' : 'preferred', `Other skill ${(i * 3 + k * 7) % other.length}`]);
    out.push(posting({ id: `job-${i}`, title: `Role ${i}`, company: `Company ${i % 17}`, skills, savedAt: Date.UTC(2025, 0, 1) + i * 3_600_000, status: (['saved', 'applying', 'applied', 'interviewing'] as const)[i % 4] }));
  }
  return out;
}
