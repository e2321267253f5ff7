import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzePosting } from '../lib/analysis/analyze-posting';
import { PATHWAY_SKILL_IDS, PathwaySkillIdSchema } from '../lib/pathway/schema';
import { PostingFileError, readPostingFile } from './read-posting-file';

/**
 * npm run --silent eval -- DIR
 * Compares the analysis of DIR/postings/* with DIR/labels.json: per-skill and micro P/R/F1 for the
 * pathway skills, level accuracy (on skills found and labelled), targetRole accuracy, disagreements.
 */
const LabelSchema = z.object({
  file: z.string(),
  targetRole: z.boolean(),
  pathway: z.partialRecord(PathwaySkillIdSchema, z.enum(['required', 'preferred'])),
  other: z.array(z.string()).default([]),
  notes: z.string().optional(),
});
const LabelsSchema = z.array(LabelSchema);

class EvalError extends Error {}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pct = (x: number): string => x.toFixed(3);
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim();

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new EvalError('usage: npm run --silent eval -- DIR (with DIR/postings and DIR/labels.json)');
  let labelsRaw: unknown;
  try {
    labelsRaw = JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8'));
  } catch (e) {
    throw new EvalError(`${join(dir, 'labels.json')}: cannot read labels (${e instanceof Error ? e.message.split('\n')[0] : 'error'})`);
  }
  const parsed = LabelsSchema.safeParse(labelsRaw);
  if (!parsed.success) throw new EvalError(`${join(dir, 'labels.json')}: not in the LABELS.md format (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  const files = new Set(await readdir(join(dir, 'postings')).catch(() => {
    throw new EvalError(`${join(dir, 'postings')}: cannot list postings`);
  }));

  const perSkill = new Map<string, Counts>(PATHWAY_SKILL_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const other: Counts = { tp: 0, fp: 0, fn: 0 };
  let levelOk = 0;
  let levelTotal = 0;
  let roleOk = 0;
  let roleTotal = 0;
  const disagreements: string[] = [];

  for (const label of parsed.data) {
    if (!files.has(label.file)) {
      disagreements.push(`${label.file}: missing posting file`);
      continue;
    }
    const input = await readPostingFile(join(dir, 'postings', label.file));
    const report = analyzePosting(input);
    roleTotal++;
    if (report.targetRole === label.targetRole) roleOk++;
    else disagreements.push(`${label.file}: targetRole ${report.targetRole}, labelled ${label.targetRole} — ${report.targetRoleReason}`);

    const found = new Map(report.skills.filter((s) => s.kind !== 'other').map((s) => [s.id, s]));
    for (const id of PATHWAY_SKILL_IDS) {
      const want = label.pathway[id];
      const got = found.get(id);
      const c = perSkill.get(id);
      if (!c) continue;
      if (want && got) {
        c.tp++;
        micro.tp++;
        levelTotal++;
        if (got.level === want) levelOk++;
        else disagreements.push(`${label.file}: ${id} level ${got.level}, labelled ${want} — “${got.evidence.slice(0, 140)}”`);
      } else if (got) {
        c.fp++;
        micro.fp++;
        disagreements.push(`${label.file}: ${id} found (${got.level}, ${got.match} [${got.mentions.slice(0, 4).join(' | ')}]) but not labelled — “${got.evidence.slice(0, 140)}”`);
      } else if (want) {
        c.fn++;
        micro.fn++;
        disagreements.push(`${label.file}: ${id} (${want}) missed`);
      }
    }
    const gotOther = new Set(report.skills.filter((s) => s.kind === 'other').flatMap((s) => [norm(s.label), norm(s.id)]));
    for (const o of label.other) {
      if (gotOther.has(norm(o))) other.tp++;
      else other.fn++;
    }
  }

  const lines: string[] = ['Pathway skills (per skill):', '  skill                              P      R      F1     tp  fp  fn'];
  for (const [id, c] of perSkill) {
    const m = prf(c);
    lines.push(`  ${id.padEnd(32)} ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  }
  const m = prf(micro);
  lines.push(`Micro: P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f1)}  (tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn})`);
  lines.push(`Level accuracy: ${pct(levelTotal ? levelOk / levelTotal : 1)} (${levelOk}/${levelTotal})`);
  lines.push(`targetRole accuracy: ${pct(roleTotal ? roleOk / roleTotal : 1)} (${roleOk}/${roleTotal})`);
  lines.push(`Other skills recall (loose, informational): ${pct(prf(other).r)} (${other.tp}/${other.tp + other.fn})`);
  lines.push('', `Disagreements (${disagreements.length}):`, ...disagreements.map((d) => `  ${d}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  const msg = e instanceof EvalError || e instanceof PostingFileError ? e.message : `eval failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
