import { detectResumeSkills, type ResumeSkill } from '../lib/profile/resume-skills';
import { resumeLanguageProblem } from '../lib/profile/resume-input';
import { ResumeFileError, readResumeFile } from './read-resume-file';

/**
 * npm run --silent profile -- FILE [--json]
 * Prints the skills a résumé or profile (.txt, .md, .pdf) shows the person HAS, each with the sentence
 * that shows it. With --json, exactly {"skills":[{"id","label","kind","evidence"}]} — a contract other
 * checks use. Bad file: one line on stderr, exit 1; bad usage: exit 2.
 */
class UsageError extends Error {}

const USAGE = 'usage: npm run --silent profile -- FILE [--json]   (FILE: .txt, .md or .pdf)';

function parseProfileArgs(argv: readonly string[]): { file: string; json: boolean } {
  let file: string | null = null;
  let json = false;
  for (const a of argv) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}; ${USAGE}`);
    else if (file === null) file = a;
    else throw new UsageError(`unexpected argument ${a}; ${USAGE}`);
  }
  if (!file) throw new UsageError(USAGE);
  return { file, json };
}

/** Exactly the contract's keys, in its order, whatever else the engine's objects carry. */
function profileJson(skills: readonly ResumeSkill[]): string {
  return JSON.stringify({ skills: skills.map((s) => ({ id: s.id, label: s.label, kind: s.kind, evidence: s.evidence })) }, null, 2);
}

function formatSkills(skills: readonly ResumeSkill[]): string {
  const groups: [string, ResumeSkill[]][] = [
    ['Transferable (pathway)', skills.filter((s) => s.kind === 'transferable')],
    ['To learn (pathway)', skills.filter((s) => s.kind === 'toLearn')],
    ['Other skills', skills.filter((s) => s.kind === 'other')],
  ];
  const out: string[] = [`Skills this text shows you have: ${skills.length}`];
  for (const [name, list] of groups) {
    out.push('', `${name}: ${list.length}`);
    for (const s of list) out.push(`  - ${s.label} “${s.evidence.slice(0, 160)}${s.evidence.length > 160 ? '…' : ''}”`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = parseProfileArgs(process.argv.slice(2));
  const text = await readResumeFile(args.file);
  // The same check and words as the profile page's import (lib/profile/resume-input.ts).
  const language = resumeLanguageProblem(text);
  if (language) throw new ResumeFileError(`${args.file}: ${language.message}`);
  const result = detectResumeSkills(text);
  process.stdout.write(`${args.json ? profileJson(result.skills) : formatSkills(result.skills)}\n`);
}

main().catch((e: unknown) => {
  const msg = e instanceof ResumeFileError || e instanceof UsageError ? e.message : `profile failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
