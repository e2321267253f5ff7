import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  blankTextProblem,
  checkPdfHeader,
  checkPdfText,
  checkResumeFileSize,
  checkResumeText,
  decodeResumeText,
  extractPdfText,
  fileExtension,
  joinPdfPages,
  MAX_PDF_PAGES,
  pdfPageText,
  RESUME_FILE_MAX_BYTES,
  RESUME_INPUT_MAX_CHARS,
  resumeFileKind,
  resumeLanguageProblem,
  type PdfjsLike,
} from '../../lib/profile/resume-input';
import { buildPdf } from '../fixtures/resumes/make-pdf';

const FIXTURES = join('tests', 'fixtures', 'resumes');
const bytes = (s: string) => new TextEncoder().encode(s);
const pdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

describe('file type and size, before anything is read', () => {
  it('takes .txt, .md and .pdf (any case), refuses the rest by name', () => {
    expect(resumeFileKind('cv.TXT')).toEqual({ ok: true, value: 'text' });
    expect(resumeFileKind('notes.md')).toEqual({ ok: true, value: 'text' });
    expect(resumeFileKind('Résumé.Final.PDF')).toEqual({ ok: true, value: 'pdf' });
    expect(resumeFileKind('cv.docx')).toEqual({ ok: false, problem: { code: 'unsupported-type', message: 'unsupported file type ".docx", expected .txt, .md or .pdf' } });
    expect(resumeFileKind('README')).toMatchObject({ ok: false, problem: { message: 'unsupported file type "(none)", expected .txt, .md or .pdf' } });
    expect(resumeFileKind('dir.pdf/cv')).toMatchObject({ ok: false });
    expect(fileExtension(`${'a'.repeat(1_000_000)}.pdf`)).toBe('.pdf');
  });

  it('refuses an empty file and one over 5 MB from its size alone', () => {
    expect(checkResumeFileSize(0)).toEqual({ code: 'empty', message: 'empty file' });
    expect(checkResumeFileSize(1)).toBeNull();
    expect(checkResumeFileSize(RESUME_FILE_MAX_BYTES)).toBeNull();
    expect(checkResumeFileSize(RESUME_FILE_MAX_BYTES + 1)?.code).toBe('too-large');
    expect(checkResumeFileSize(20 * 1024 * 1024)).toEqual({ code: 'too-large', message: 'file too large (20.0 MB; a résumé file is at most 5.0 MB)' });
  });
});

describe('text files', () => {
  it('decodes strict UTF-8 and drops a BOM', () => {
    expect(decodeResumeText(bytes('\uFEFFBuilt APIs.'))).toEqual({ ok: true, value: 'Built APIs.' });
    expect(decodeResumeText(bytes('Développeuse'))).toEqual({ ok: true, value: 'Développeuse' });
  });

  it('refuses binary (a NUL byte near the start) and text that is not UTF-8', () => {
    expect(decodeResumeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ ok: false, problem: { code: 'binary' } });
    expect(decodeResumeText(new Uint8Array([0x43, 0x56, 0xe9, 0x20]))).toEqual({ ok: false, problem: { code: 'not-utf8', message: 'not valid UTF-8 text, expected a .txt or .md résumé' } });
  });
});

describe('pasted or read text', () => {
  it('refuses blank text, text too long to keep, NUL characters and other languages', () => {
    expect(blankTextProblem(' \n\t')).toEqual({ code: 'empty', message: 'empty file (only whitespace)' });
    expect(checkResumeText('')).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(checkResumeText('x'.repeat(RESUME_INPUT_MAX_CHARS + 1))).toMatchObject({ ok: false, problem: { code: 'too-long' } });
    expect(checkResumeText('Built APIs.\u0000')).toMatchObject({ ok: false, problem: { code: 'binary' } });
    const french = readFileSync(join(FIXTURES, 'cv-francais.txt'), 'utf8');
    expect(checkResumeText(french)).toEqual({
      ok: false,
      problem: { code: 'language', message: 'written in French (fr); Pathway Lens reads English résumés only for now, nothing was detected' },
    });
    expect(resumeLanguageProblem('Ich habe die Schnittstellen für unsere Kunden entworfen und die Systeme in der Cloud mit dem Team betrieben, und das war gut.')?.message).toMatch(/^written in German \(de\)/);
  });

  it('passes English and undetermined text, line ends normalised', () => {
    expect(checkResumeText('Experience\r\n- Built REST APIs.\r- Ran Scrum.')).toEqual({ ok: true, value: 'Experience\n- Built REST APIs.\n- Ran Scrum.' });
    expect(checkResumeText('SQL, Go, AWS')).toEqual({ ok: true, value: 'SQL, Go, AWS' });
    expect(checkResumeText(readFileSync(join(FIXTURES, 'linkedin-backend-to-aipm.md'), 'utf8')).ok).toBe(true);
  });
});

describe('PDFs', () => {
  it('needs the %PDF- header within the first KB', () => {
    expect(checkPdfHeader(bytes('%PDF-1.7\n'))).toBeNull();
    expect(checkPdfHeader(bytes(`${' '.repeat(500)}%PDF-1.4`))).toBeNull();
    expect(checkPdfHeader(bytes(`${' '.repeat(1_100)}%PDF-1.4`))).toEqual({ code: 'not-pdf', message: 'not a readable PDF (no PDF header)' });
    expect(checkPdfHeader(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).not.toBeNull();
    expect(checkPdfHeader(new Uint8Array())).not.toBeNull();
  });

  it('assembles page text from pdfjs items, lines kept, bounded', () => {
    expect(pdfPageText([{ str: 'Built ' }, { str: 'APIs.', hasEOL: true }, { hasEOL: true }, { str: 'Ran Scrum.' }])).toBe('Built APIs.\nRan Scrum.');
    expect(pdfPageText([{ str: 'x'.repeat(50) }, { str: 'y'.repeat(50) }], 60)).toHaveLength(60);
    expect(joinPdfPages(['Page one \t \nline', 'Page two  '])).toBe('Page one\nline\n\nPage two');
    // Linear: a page of 100,000 spaces and no line end is not a backtracking trap.
    const started = performance.now();
    expect(joinPdfPages([`${' '.repeat(100_000)}x`, ' '.repeat(100_000)])).toBe(`${' '.repeat(100_000)}x\n\n`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('calls a page with (almost) no text a missing text layer', () => {
    expect(checkPdfText(' \n \n ')).toEqual({ code: 'no-text-layer', message: 'no text layer (a scanned PDF?); export it as text or paste the text instead' });
    expect(checkPdfText('x y z')?.code).toBe('no-text-layer');
    expect(checkPdfText('Staff engineer with 12 years')).toBeNull();
  });

  it('reads the text layer of a real PDF through pdfjs', async () => {
    const r = await extractPdfText(await pdfjs(), new Uint8Array(readFileSync(join(FIXTURES, 'resume-onepage.pdf'))));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toContain('Designed REST and gRPC APIs for the lending platform in Java.');
      expect(r.value.split('\n')[0]).toBe('MARCUS OYELARAN');
    }
  });

  it('a scan, a corrupt file and a renamed binary are problems, never exceptions', async () => {
    const lib = await pdfjs();
    expect(await extractPdfText(lib, new Uint8Array(buildPdf(null)))).toMatchObject({ ok: false, problem: { code: 'no-text-layer' } });
    expect(await extractPdfText(lib, bytes('%PDF-1.4\n1 0 obj\n<< /Type /Catalog broken'))).toEqual({ ok: false, problem: { code: 'not-pdf', message: 'not a readable PDF (corrupt or not a PDF)' } });
    expect(await extractPdfText(lib, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, problem: { code: 'not-pdf', message: 'not a readable PDF (no PDF header)' } });
  });

  it('asks pdfjs for no eval, no fonts, and reads at most MAX_PDF_PAGES pages', async () => {
    const params: unknown[] = [];
    let pagesRead = 0;
    let destroyed = 0;
    const fake: PdfjsLike = {
      getDocument(p) {
        params.push(p);
        return {
          promise: Promise.resolve({
            numPages: 10_000,
            getPage: async () => {
              pagesRead++;
              return { getTextContent: async () => ({ items: [{ str: 'Built REST APIs on AWS for the payments team.', hasEOL: true }] }) };
            },
            destroy: async () => void destroyed++,
          }),
          destroy: async () => undefined,
        };
      },
    };
    const r = await extractPdfText(fake, bytes('%PDF-1.7'));
    expect(r.ok).toBe(true);
    expect(params).toEqual([expect.objectContaining({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false })]);
    expect(pagesRead).toBe(MAX_PDF_PAGES);
    expect(destroyed).toBe(1);
  });

  it('a password-protected PDF says so', async () => {
    const locked: PdfjsLike = {
      getDocument: () => ({ promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })), destroy: async () => undefined }),
    };
    expect(await extractPdfText(locked, bytes('%PDF-1.7'))).toEqual({ ok: false, problem: { code: 'pdf-password', message: 'not a readable PDF (password-protected)' } });
  });
});
