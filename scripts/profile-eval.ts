import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { detectResumeSkills } from '../lib/profile/resume-skills';
import { kindOf } from '../lib/analysis/skill-hits';
import { PATHWAY_SKILL_IDS } from '../lib/pathway/ids';
import { ResumeFileError, readResumeFile } from './read-resume-file';

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

export class ProfileEvalError extends Error {}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

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

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
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
  const path = join(dir, 'labels.json');
  const raw: unknown = await readFile(path, 'utf8')
    .then((t) => JSON.parse(t) as unknown)
    .catch((e: unknown) => {
      throw new ProfileEvalError(`${path}: cannot read labels (${e instanceof Error ? e.message.split('\n')[0] : 'error'})`);
    });
  const parsed = LabelsSchema.safeParse(raw);
  if (!parsed.success) throw new ProfileEvalError(`${path}: not in the labels format (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  const result: ProfileEval = { all: emptyScores(), heldOut: emptyScores(), grantedFromGoals: [], disagreements: [] };
  for (const [file, label] of Object.entries(parsed.data)) {
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

const f3 = (x: number): string => x.toFixed(3);
const row = (id: string, c: Counts): string => {
  const m = prf(c);
  return `  ${id.padEnd(32)} ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
};
const micro = (name: string, c: Counts): string => {
  const m = prf(c);
  return `${name}: P ${f3(m.p)}  R ${f3(m.r)}  F1 ${f3(m.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function formatScores(title: string, s: Scores, perSkill: boolean): string[] {
  const header = '  skill                              P      R      F1     tp  fp  fn';
  const lines = [`${title} (${s.files} files)`];
  if (perSkill) {
    lines.push('Pathway skills (per skill):', header, ...[...s.pathway].map(([id, c]) => row(id, c)));
    const others = [...s.other].sort((a, b) => a[0].localeCompare(b[0]));
    lines.push('Other skills (per skill):', header, ...others.map(([id, c]) => row(id, c)));
  }
  lines.push(micro('Pathway micro', s.pathwayMicro), micro('Other micro', s.otherMicro));
  return lines;
}

export function formatProfileEval(r: ProfileEval): string {
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
