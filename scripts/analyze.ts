import { performance } from 'node:perf_hooks';
import { analyzePosting } from '../lib/analysis/analyze-posting';
import { bareTokenize } from '../lib/analysis/tokenize';
import type { GapReport } from '../lib/analysis/gap-report';
import { languageName, unreadLanguage } from '../lib/analysis/language';
import { computeScore, type Score } from '../lib/scoring/score';
import { EMPTY_PROGRESS } from '../lib/scoring/progress-snapshot';
import { PostingFileError, readPostingFile } from './read-posting-file';

/**
 * npm run --silent analyze -- FILE [--url URL] [--json] [--repeat N]
 * Prints a readable gap report, or exactly one JSON object with --json.
 */
class UsageError extends Error {}

interface Args {
  file: string;
  url: string | null;
  json: boolean;
  repeat: number;
}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let url: string | null = null;
  let json = false;
  let repeat = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new UsageError('--url needs a value');
    } else if (a === '--repeat') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new UsageError('--repeat needs an integer between 1 and 100000');
      repeat = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file === null) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!file) throw new UsageError('usage: npm run --silent analyze -- FILE [--url URL] [--json] [--repeat N]');
  return { file, url, json, repeat };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function formatReport(report: GapReport, score: Score): string {
  const p = report.posting;
  const out: string[] = [];
  out.push(`${p.title ?? '(untitled posting)'}${p.company ? ` — ${p.company}` : ''}${p.location ? ` (${p.location})` : ''}`);
  out.push(`Language: ${languageLine(report.language)}`);
  out.push(`AI program manager role: ${report.targetRole ? 'yes' : 'no'} — ${report.targetRoleReason}`);
  out.push(`Readiness: ${score.readiness}% — ${score.explanation.text}`);
  const t = score.timeToQualify;
  const phase = t.phase === null ? 'no roadmap phase needed' : `covered by the end of phase ${t.phase} (week ${t.phaseEndWeek})`;
  out.push(`Time to qualify: ${t.weeks} weeks of study; ${phase}${t.unscheduled.length ? `; not in any phase: ${t.unscheduled.join(', ')}` : ''}`);
  const groups: [string, GapReport['skills']][] = [
    ['Have (transferable)', report.skills.filter((s) => s.kind === 'transferable')],
    ['On your roadmap (to learn)', report.skills.filter((s) => s.kind === 'toLearn')],
    ['Not covered by the pathway', report.skills.filter((s) => s.kind === 'other')],
  ];
  for (const [name, skills] of groups) {
    out.push('', `${name}: ${skills.length}`);
    for (const s of skills) {
      const how = s.match === 'exact' ? 'exact' : `fuzzy ${s.score.toFixed(2)}`;
      out.push(`  - ${s.label} [${s.level}, ${how}] “${s.evidence.slice(0, 160)}${s.evidence.length > 160 ? '…' : ''}”`);
    }
  }
  return out.join('\n');
}

function languageLine(id: string | null | undefined): string {
  if (id == null) return 'undetermined (read as English)';
  const name = `${languageName(id)} (${id})`;
  return unreadLanguage(id) === null ? name : `${name} — Pathway Lens reads English postings for now: the skills below are partial and the readiness means little`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const input = await readPostingFile(args.file, args.url);
  const report = analyzePosting(input);
  // A command line has no saved progress: scored as the pathway assumes (transferable skills held, nothing learned yet).
  const score = computeScore(report, EMPTY_PROGRESS);
  let timing: { runs: number; medianMs: number; tokenizeMedianMs: number; ratio: number } | undefined;
  if (args.repeat > 0) {
    const runs: number[] = [];
    const bare: number[] = [];
    let sink = 0;
    for (let i = 0; i < args.repeat; i++) {
      const t0 = performance.now();
      sink += analyzePosting(input).skills.length;
      const t1 = performance.now();
      sink += bareTokenize(input.text).length;
      const t2 = performance.now();
      runs.push(t1 - t0);
      bare.push(t2 - t1);
    }
    const m = median(runs);
    const b = median(bare);
    timing = { runs: args.repeat, medianMs: round(m), tokenizeMedianMs: round(b), ratio: round(b > 0 ? m / b : 0, 2) };
    if (sink < 0) process.stderr.write('');
  }
  if (args.json) {
    const t = score.timeToQualify;
    const obj = {
      ...report,
      language: report.language ?? null,
      readiness: score.readiness,
      readinessExplanation: score.explanation,
      timeToQualify: { weeks: t.weeks, phase: t.phase, phaseEndWeek: t.phaseEndWeek, unscheduled: t.unscheduled, gaps: t.gaps },
      ...(timing ? { timing } : {}),
    };
    process.stdout.write(`${JSON.stringify(obj, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(report, score)}\n`);
    if (timing) {
      process.stdout.write(`\nTiming: ${timing.runs} runs, median ${timing.medianMs} ms; bare tokenize ${timing.tokenizeMedianMs} ms; ratio ${timing.ratio}×\n`);
    }
  }
}

main().catch((e: unknown) => {
  const msg = e instanceof PostingFileError || e instanceof UsageError ? e.message : `analyze failed: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`${msg.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(e instanceof UsageError ? 2 : 1);
});
