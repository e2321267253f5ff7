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
    const p = parseTextPosting(POSTING);
    expect(p).toMatchObject({ title: 'Technical Program Manager, ML Platform', company: 'Example Labs', location: 'Remote' });
    expect(p.text.startsWith('About the role')).toBe(true);
  });

  it('keeps text without a header block as the body', () => {
    expect(parseTextPosting('Requirements: SQL\nmore').title).toBeNull();
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
    expect(typeof obj.readiness).toBe('number');
    expect(obj.timeToQualify).toHaveProperty('unscheduled');
    expect(obj).not.toHaveProperty('timing');
    expect((obj.skills as { id: string }[]).map((s) => s.id)).toContain('program-management-frameworks');
  }, 60_000);

  it('adds timing with --repeat', () => {
    const r = run('analyze.ts', [join(dir, 'posting.txt'), '--json', '--repeat', '3']);
    const obj = JSON.parse(r.stdout) as { timing: { runs: number; medianMs: number; tokenizeMedianMs: number } };
    expect(obj.timing.runs).toBe(3);
    expect(obj.timing.medianMs).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it.each(['missing.txt', 'empty.txt', 'binary.txt', 'big.txt'])('fails cleanly on %s', (name) => {
    const r = run('analyze.ts', [join(dir, name)]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 60_000);
});
