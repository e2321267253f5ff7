import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzePosting } from '../lib/analysis/analyze-posting';
import type { DetectedSkill } from '../lib/analysis/gap-report';
import { skillsLexicon } from '../data/skills-lexicon';
import { PATHWAY_SKILL_IDS, PathwaySkillIdSchema } from '../lib/pathway/schema';
import { PostingFileError, readPostingFile } from './read-posting-file';
import { type Counts, f3 as pct, loadLabels, PRF_HEADER, prf, prfMicro, prfRow } from './prf';

/**
 * npm run --silent eval -- DIR
 * Compares the analysis of DIR/postings/* with DIR/labels.json: per-skill and micro P/R/F1 for the
 * pathway skills, level accuracy (on skills found and labelled), targetRole accuracy, disagreements;
 * and, loosely (see otherMatches), precision and recall of the non-pathway ("other") skills with the
 * detected other skills that match no label, most frequent first — the noise readiness would count.
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

/** Loose name form: lower case, `&` → and, punctuation and hyphens → spaces, plurals → singular. */
function looseWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9+#]+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
      if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
      return w;
    });
}
const loose = (s: string): string => looseWords(s).join(' ');
const LINK_WORDS = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'with']);
const contentWords = (s: string): Set<string> => new Set(looseWords(s).filter((w) => !LINK_WORDS.has(w)));
function subset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/** Loose names of each lexicon entry: its label, id and aliases. */
const ENTRY_NAMES = new Map(skillsLexicon.map((e) => [e.id, new Set([e.label, e.id, ...e.aliases].map(loose))]));

/**
 * A detected other skill matches a labelled other name when, loosely normalised, the name equals its
 * label, id or one of its lexicon aliases, or the content words of one contain the other's
 * ("a/b testing" ~ "experimentation and a/b testing", "compliance" ~ "security compliance").
 */
function otherMatches(skill: Pick<DetectedSkill, 'id' | 'label'>, labelled: string): boolean {
  const l = loose(labelled);
  if (l === loose(skill.label) || l === loose(skill.id) || ENTRY_NAMES.get(skill.id)?.has(l)) return true;
  const a = contentWords(skill.label);
  const b = contentWords(labelled);
  return subset(a, b) || subset(b, a);
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new EvalError('usage: npm run --silent eval -- DIR (with DIR/postings and DIR/labels.json)');
  const labels = await loadLabels(join(dir, 'labels.json'), LabelsSchema, 'LABELS.md', (message) => new EvalError(message));
  const files = new Set(await readdir(join(dir, 'postings')).catch(() => {
    throw new EvalError(`${join(dir, 'postings')}: cannot list postings`);
  }));

  const perSkill = new Map<string, Counts>(PATHWAY_SKILL_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const other: Counts = { tp: 0, fp: 0, fn: 0 };
  /** Detected other skills matching no label: id → postings, and one example mention and file. */
  const unmatched = new Map<string, { n: number; example: string }>();
  let levelOk = 0;
  let levelTotal = 0;
  let roleOk = 0;
  let roleTotal = 0;
  const disagreements: string[] = [];

  for (const label of labels) {
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
    const gotOther = report.skills.filter((s) => s.kind === 'other');
    for (const o of label.other) {
      if (!gotOther.some((s) => otherMatches(s, o))) other.fn++;
    }
    for (const s of gotOther) {
      if (label.other.some((o) => otherMatches(s, o))) {
        other.tp++;
        continue;
      }
      other.fp++;
      const u = unmatched.get(s.id);
      if (u) u.n++;
      else unmatched.set(s.id, { n: 1, example: `${s.level}, [${s.mentions.slice(0, 3).join(' | ')}] in ${label.file.slice(0, 40)}` });
    }
  }

  const lines: string[] = ['Pathway skills (per skill):', PRF_HEADER];
  for (const [id, c] of perSkill) lines.push(prfRow(id, c));
  lines.push(prfMicro('Micro', micro));
  lines.push(`Level accuracy: ${pct(levelTotal ? levelOk / levelTotal : 1)} (${levelOk}/${levelTotal})`);
  lines.push(`targetRole accuracy: ${pct(roleTotal ? roleOk / roleTotal : 1)} (${roleOk}/${roleTotal})`);
  const o = prf(other);
  const labelledOther = labels.reduce((n, l) => n + l.other.length, 0);
  lines.push(
    `Other skills (loose, informational): P ${pct(o.p)} (${other.tp}/${other.tp + other.fp} detected match a label)  ` +
      `R ${pct(o.r)} (${labelledOther - other.fn}/${labelledOther} labels found)  F1 ${pct(o.f1)}`,
  );
  const top = [...unmatched].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])).slice(0, 25);
  lines.push(`Most frequent unmatched detected other skills (${unmatched.size} distinct; postings, example):`);
  for (const [id, u] of top) lines.push(`  ${String(u.n).padStart(3)}  ${id.padEnd(30)} ${u.example}`);
  lines.push('', `Disagreements (${disagreements.length}):`, ...disagreements.map((d) => `  ${d}`));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  const msg = e instanceof EvalError || e instanceof PostingFileError ? e.message : `eval failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
});
