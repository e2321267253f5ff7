import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResumeFile, ResumeFileError } from '../../scripts/read-resume-file';
import { buildPdf } from '../fixtures/resumes/make-pdf';

const FIXTURES = join('tests', 'fixtures', 'resumes');
let dir = '';

function profile(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'profile.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pl-profile-'));
  writeFileSync(join(dir, 'resume.txt'), '\uFEFFExperience\r\n- Built REST APIs on AWS.\r\n\r\nGoals\r\nLearn machine learning.\r\n');
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'big.txt'), '');
  truncateSync(join(dir, 'big.txt'), 20 * 1024 * 1024);
  writeFileSync(join(dir, 'binary.pdf'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]));
  writeFileSync(join(dir, 'corrupt.pdf'), Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog broken'));
  writeFileSync(join(dir, 'scanned.pdf'), buildPdf(null));
  writeFileSync(join(dir, 'resume.docx'), 'text');
  copyFileSync(join(FIXTURES, 'cv-francais.txt'), join(dir, 'cv.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run profile: the JSON contract', { timeout: 60_000 }, () => {
  it('prints exactly {"skills":[{id,label,kind,evidence}]} with --json, only skills held', () => {
    const r = profile([join(dir, 'resume.txt'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { skills: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['skills']);
    for (const s of out.skills) {
      expect(Object.keys(s)).toEqual(['id', 'label', 'kind', 'evidence']);
      expect(['transferable', 'toLearn', 'other']).toContain(s.kind);
    }
    expect(out.skills.map((s) => s.id)).toEqual(['api-development', 'cloud-platforms']);
    expect(out.skills[0]?.evidence).toBe('Built REST APIs on AWS.');
  });

  it('reads the one-page PDF fixture through pdfjs (text layer)', async () => {
    const text = await readResumeFile(join(FIXTURES, 'resume-onepage.pdf'));
    expect(text).toContain('Designed REST and gRPC APIs for the lending platform in Java.');
    const r = profile([join(FIXTURES, 'resume-onepage.pdf'), '--json']);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { skills: { id: string }[] }).skills.map((s) => s.id);
    expect(ids).toContain('financial-budget-management');
    expect(ids).not.toContain('ai-ml-fundamentals');
  });

  it('prints a readable list grouped by kind without --json', () => {
    const r = profile([join(dir, 'resume.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Transferable (pathway): 2');
    expect(r.stdout).toContain('API Development “Built REST APIs on AWS.”');
  });
});

describe('npm run profile: bad input and usage', { timeout: 60_000 }, () => {
  const bad: [name: string, file: string, message: RegExp][] = [
    ['an empty file', 'empty.md', /empty file$/],
    ['a 20 MB file (refused from its size)', 'big.txt', /file too large \(20\.0 MB/],
    ['a binary renamed .pdf', 'binary.pdf', /not a readable PDF/],
    ['a corrupt PDF', 'corrupt.pdf', /not a readable PDF/],
    ['a PDF without a text layer', 'scanned.pdf', /no text layer \(a scanned PDF\?\)/],
    ['an unsupported type', 'resume.docx', /unsupported file type "\.docx"/],
    ['a missing file', 'missing.txt', /cannot read file \(ENOENT\)/],
    ['a résumé in another language', 'cv.txt', /in French \(fr\).*nothing was detected/],
  ];
  it.each(bad)('%s: one line on stderr, exit 1, nothing on stdout', (_name, file, message) => {
    const r = profile([join(dir, file), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('exits 2 on usage errors', () => {
    expect(profile([]).code).toBe(2);
    expect(profile(['a.txt', '--yaml']).code).toBe(2);
    expect(profile(['a.txt', 'b.txt']).code).toBe(2);
  });

  it('throws ResumeFileError from the reader', async () => {
    await expect(readResumeFile(join(dir, 'big.txt'))).rejects.toBeInstanceOf(ResumeFileError);
  });
});
