import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTextPosting, readPostingFile, PostingFileError } from '../../scripts/read-posting-file';

let dir = '';
const POSTING = `title: Technical Program Manager, ML Platform
company: Example Labs
location: Remote

About the role
You will run the ML platform program.

Requirements:
- Program management experience and strong stakeholder management.
- SQL and AWS.
`;

function run(script: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', script), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
  writeFileSync(join(dir, 'posting.txt'), POSTING);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'big.txt'), '');
  truncateSync(join(dir, 'big.txt'), 50 * 1024 * 1024);
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><title>Job</title><script>var secret = "Kubernetes";</script></head><body><h1>AI Program Manager</h1><h2>Requirements</h2><ul><li>Stakeholder management</li></ul><div hidden>PMP</div></body></html>',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPostingFile', () => {
  it('reads header fields and the body from .txt', () => {
    expect(parseTextPosting(POSTING)).toEqual({
      title: 'Technical Program Manager, ML Platform',
      company: 'Example Labs',
      location: 'Remote',
      board: null,
      url: null,
      text:
        'About the role\nYou will run the ML platform program.\n\nRequirements:\n' +
        '- Program management experience and strong stakeholder management.\n- SQL and AWS.\n',
    });
  });

  it('keeps text without a header block as the body', () => {
    // "Requirements: SQL" looks like a header line, but no blank line ends a header block.
    expect(parseTextPosting('Requirements: SQL\nmore')).toMatchObject({ title: null, company: null, text: 'Requirements: SQL\nmore' });
  });

  it('extracts visible text and headings from .html, without scripts or hidden nodes', async () => {
    const p = await readPostingFile(join(dir, 'page.html'), 'https://example.com/job/1');
    expect(p.title).toBe('AI Program Manager');
    expect(p.url).toBe('https://example.com/job/1');
    expect(p.text).toContain('Stakeholder management');
    expect(p.text).not.toContain('Kubernetes');
    expect(p.text).not.toContain('PMP');
    expect(p.blocks?.find((b) => b.text === 'Requirements')?.type).toBe('heading');
  });

  it.each([
    ['missing.txt', /cannot read/],
    ['empty.txt', /empty/],
    ['binary.txt', /binary/],
    ['big.txt', /too large/],
  ])('rejects %s with a one-line error', async (name, re) => {
    await expect(readPostingFile(join(dir, name))).rejects.toThrow(PostingFileError);
    await expect(readPostingFile(join(dir, name))).rejects.toThrow(re);
  });
});

describe('analyze CLI', () => {
  it('prints exactly one JSON object with --json', () => {
    const r = run('analyze.ts', [join(dir, 'posting.txt'), '--json', '--url', 'https://example.com/j']);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(obj.posting).toMatchObject({ title: 'Technical Program Manager, ML Platform', url: 'https://example.com/j' });
    expect(obj.targetRole).toBe(true);
    expect(obj).not.toHaveProperty('timing');
    // Every skill sits under "Requirements:", so all five are required: three the pathway counts as transferable
    // ("ML platform" → System Architecture, SQL, AWS) and two to learn.
    expect((obj.skills as { id: string; level: string }[]).map((s) => `${s.id} ${s.level}`)).toEqual([
      'system-architecture required',
      'program-management-frameworks required',
      'stakeholder-management required',
      'sql-data-management required',
      'cloud-platforms required',
    ]);
    // 3 of 5 required covered, no preferred: (2×3) / (2×5) = 60%.
    expect(obj.readiness).toBe(60);
    expect(obj.readinessExplanation).toMatchObject({ requiredCovered: 3, requiredTotal: 5, preferredCovered: 0, preferredTotal: 0 });
    // The two gaps take 12 + 6 = 18 weeks; Program Management Frameworks runs to phase 4, which ends in week 32.
    expect(obj.timeToQualify).toEqual({
      weeks: 18,
      phase: 4,
      phaseEndWeek: 32,
      unscheduled: [],
      gaps: ['program-management-frameworks', 'stakeholder-management'],
    });
  }, 60_000);

  it('adds timing with --repeat, and the report is the same as without it', () => {
    const r = run('analyze.ts', [join(dir, 'posting.txt'), '--json', '--repeat', '3']);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout) as { readiness: number; timing: Record<string, number> };
    expect(obj.readiness).toBe(60);
    expect(Object.keys(obj.timing).sort()).toEqual(['medianMs', 'ratio', 'runs', 'tokenizeMedianMs']);
    expect(obj.timing.runs).toBe(3);
    // Analysing a posting (tokenize, sections, lexicon, fuzzy match) takes well over a microsecond — a zero means
    // the timer measured nothing — and more than tokenizing the same text bare.
    expect(obj.timing.medianMs).toBeGreaterThan(0);
    expect(obj.timing.medianMs).toBeGreaterThan(obj.timing.tokenizeMedianMs!);
    expect(obj.timing.ratio).toBeGreaterThan(1);
  }, 60_000);

  it('rejects a bad --repeat with a usage error (exit 2)', () => {
    const r = run('analyze.ts', [join(dir, 'posting.txt'), '--repeat', '0']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('--repeat needs an integer between 1 and 100000\n');
  }, 60_000);

  it.each(['missing.txt', 'empty.txt', 'binary.txt', 'big.txt'])('fails cleanly on %s', (name) => {
    const r = run('analyze.ts', [join(dir, name)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 60_000);
});

describe('analyze CLI: the posting language', () => {
  const FRENCH = `title: Chef de projet technique IA
company: Exemple SA

Au sein de notre équipe plateforme, vous piloterez la livraison des projets d'apprentissage automatique.
Profil recherché :
- Au moins 5 ans d'expérience dans la gestion de projets informatiques.
- Une bonne connaissance des méthodes agiles, de Jira et du cloud AWS.
`;

  it('puts "language" (ISO 639-1) at the top level of the JSON', () => {
    const en = run('analyze.ts', [join(dir, 'posting.txt'), '--json']);
    expect(en.code).toBe(0);
    expect((JSON.parse(en.stdout) as Record<string, unknown>).language).toBe('en');
    writeFileSync(join(dir, 'french.txt'), FRENCH);
    const fr = run('analyze.ts', [join(dir, 'french.txt'), '--json']);
    expect(fr.code).toBe(0);
    expect((JSON.parse(fr.stdout) as Record<string, unknown>).language).toBe('fr');
  }, 60_000);

  it('says the language in the readable report, and that the reading of another one is partial', () => {
    const en = run('analyze.ts', [join(dir, 'posting.txt')]);
    expect(en.stdout.split('\n')[1]).toBe('Language: English (en)');
    writeFileSync(join(dir, 'french.txt'), FRENCH);
    const fr = run('analyze.ts', [join(dir, 'french.txt')]);
    expect(fr.code).toBe(0);
    expect(fr.stdout.split('\n')[1]).toMatch(/^Language: French \(fr\) — Pathway Lens reads English postings for now/);
  }, 60_000);

  it('"language" is null when the text is too short to tell', () => {
    writeFileSync(join(dir, 'short.txt'), 'SQL, AWS, Kubernetes.\n');
    const r = run('analyze.ts', [join(dir, 'short.txt'), '--json']);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(obj).toHaveProperty('language', null);
  }, 60_000);
});
