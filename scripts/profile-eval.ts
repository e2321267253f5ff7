import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { detectResumeSkills } from '../lib/profile/resume-skills';
import { kindOf } from '../lib/analysis/skill-hits';
import { PATHWAY_SKILL_IDS } from '../lib/pathway/ids';
import { ResumeFileError, readResumeFile } from './read-resume-file';
import { type Counts, loadLabels, PRF_HEADER, prfMicro, prfRow } from './prf';

/** Re-exported for the profile-eval test. */
export { prf } from './prf';

/**
 * npm run --silent profile-eval [-- DIR]   (DIR defaults to tests/fixtures/resumes)
 * Scores detectResumeSkills against DIR/labels.json — { FILE: { has: [ids], notHeld: [ids], heldOut?, language? } } —
 * per skill (pathway and other skills apart), micro totals, for all files and for the held-out ones (written
 * after the rules were done), and counts the skills granted from goals, plans, studies or interests
 * (a detected id listed in notHeld): that count must be 0.
 */
const LabelSchema = z.strictObject({
  has: z.array(z.string().min(1)),
  notHeld: z.array(z.string().min(1)),
  /** Written after the rules were final, never looked at while tuning them. */
  heldOut: z.boolean().optional(),
  /** Expected language when not English: no skills may be detected. */
  language: z.string().optional(),
});
const LabelsSchema = z.record(z.string(), LabelSchema);

class ProfileEvalError extends Error {}

export interface Scores {
  pathway: Map<string, Counts>;
  other: Map<string, Counts>;
  pathwayMicro: Counts;
  otherMicro: Counts;
  files: number;
}

export interface ProfileEval {
  all: Scores;
  heldOut: Scores;
  /** "file: id" for each skill detected although labelled as only a goal/plan/interest. */
  grantedFromGoals: string[];
  disagreements: string[];
}

function emptyScores(): Scores {
  return {
    pathway: new Map(PATHWAY_SKILL_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])),
    other: new Map(),
    pathwayMicro: { tp: 0, fp: 0, fn: 0 },
    otherMicro: { tp: 0, fp: 0, fn: 0 },
    files: 0,
  };
}

function count(s: Scores, id: string, what: keyof Counts): void {
  const pathway = kindOf(id) !== 'other';
  const table = pathway ? s.pathway : s.other;
  let c = table.get(id);
  if (!c) table.set(id, (c = { tp: 0, fp: 0, fn: 0 }));
  c[what]++;
  (pathway ? s.pathwayMicro : s.otherMicro)[what]++;
}

export async function evaluateProfiles(dir: string): Promise<ProfileEval> {
  const labels = await loadLabels(join(dir, 'labels.json'), LabelsSchema, 'labels', (message) => new ProfileEvalError(message));
  const result: ProfileEval = { all: emptyScores(), heldOut: emptyScores(), grantedFromGoals: [], disagreements: [] };
  for (const [file, label] of Object.entries(labels)) {
    const { skills, language } = detectResumeSkills(await readResumeFile(join(dir, file)));
    if (label.language && language !== label.language) result.disagreements.push(`${file}: language ${language ?? 'undetermined'}, labelled ${label.language}`);
    const got = new Map(skills.map((s) => [s.id, s]));
    const want = new Set(label.has);
    const targets = label.heldOut ? [result.all, result.heldOut] : [result.all];
    for (const t of targets) t.files++;
    for (const id of want) {
      const hit = got.has(id);
      for (const t of targets) count(t, id, hit ? 'tp' : 'fn');
      if (!hit) result.disagreements.push(`${file}: ${id} missed`);
    }
    for (const s of skills) {
      if (want.has(s.id)) continue;
      for (const t of targets) count(t, s.id, 'fp');
      const goal = label.notHeld.includes(s.id);
      if (goal) result.grantedFromGoals.push(`${file}: ${s.id}`);
      result.disagreements.push(`${file}: ${s.id} found but not labelled${goal ? ' (labelled a goal/interest!)' : ''} — “${s.evidence.slice(0, 140)}”`);
    }
  }
  return result;
}

function formatScores(title: string, s: Scores, perSkill: boolean): string[] {
  const lines = [`${title} (${s.files} files)`];
  if (perSkill) {
    lines.push('Pathway skills (per skill):', PRF_HEADER, ...[...s.pathway].map(([id, c]) => prfRow(id, c)));
    const others = [...s.other].sort((a, b) => a[0].localeCompare(b[0]));
    lines.push('Other skills (per skill):', PRF_HEADER, ...others.map(([id, c]) => prfRow(id, c)));
  }
  lines.push(prfMicro('Pathway micro', s.pathwayMicro), prfMicro('Other micro', s.otherMicro));
  return lines;
}

function formatProfileEval(r: ProfileEval): string {
  return [
    ...formatScores('All labelled résumés', r.all, true),
    '',
    ...formatScores('Held-out résumés', r.heldOut, false),
    '',
    `Granted from goals/interests: ${r.grantedFromGoals.length}${r.grantedFromGoals.length ? ` (${r.grantedFromGoals.join('; ')})` : ''}`,
    '',
    `Disagreements (${r.disagreements.length}):`,
    ...r.disagreements.map((d) => `  ${d}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join('tests', 'fixtures', 'resumes');
  process.stdout.write(`${formatProfileEval(await evaluateProfiles(dir))}\n`);
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main().catch((e: unknown) => {
    const msg = e instanceof ProfileEvalError || e instanceof ResumeFileError ? e.message : `profile-eval failed: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${msg.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(1);
  });
}
