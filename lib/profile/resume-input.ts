import { detectLanguage, languageName } from '../analysis/language';

/**
 * The checks a résumé or profile file (or pasted text) goes through before the skills in it are looked for,
 * shared by the dashboard's import (components/profile) and the command line (scripts/read-resume-file.ts), so
 * both refuse the same input with the same words. Pure: no DOM, no file system, no storage. pdfjs-dist is never
 * imported here (the content script must not bundle it): `extractPdfText` takes the loaded module as an argument.
 *
 * Every problem is `{ code, message }`; the message is one line without the file's name (the CLI puts the path
 * in front, the UI the file's name).
 */

/** A résumé is a few KB of text, a PDF of one a few hundred KB. Anything above is refused before it is read. */
export const RESUME_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** The end of the "too large" message: the limit in words. */
export const RESUME_SIZE_LIMIT = `a résumé file is at most ${(RESUME_FILE_MAX_BYTES / 1024 / 1024).toFixed(1)} MB`;
/** The longest text read (and kept, lib/storage/schemas.ts RESUME_TEXT_MAX): a résumé is a few pages. */
export const RESUME_INPUT_MAX_CHARS = 100_000;
/** A PDF with fewer non-space characters than this on all its pages has no usable text layer. */
export const MIN_PDF_TEXT_CHARS = 20;
/** Pages of a PDF read at most. */
export const MAX_PDF_PAGES = 50;
/** Where the PDF header may start (the spec allows leading junk; readers accept it within the first 1 KB). */
const PDF_HEADER_WINDOW = 1024;
/** A NUL byte in this many leading bytes marks a binary file. */
const BINARY_WINDOW = 8192;

export const RESUME_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;
/** The `accept` of a file input that takes résumés. */
export const RESUME_ACCEPT = '.txt,.md,.pdf,text/plain,text/markdown,application/pdf';

export type ResumeFileKind = 'text' | 'pdf';

export type ResumeProblemCode =
  | 'unsupported-type'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'not-pdf'
  | 'pdf-password'
  | 'no-text-layer'
  | 'too-long'
  | 'language';

export interface ResumeProblem {
  readonly code: ResumeProblemCode;
  /** One line, without the file's name. */
  readonly message: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ResumeProblem };

const problem = (code: ResumeProblemCode, message: string): { ok: false; problem: ResumeProblem } => ({ ok: false, problem: { code, message } });

/** `.pdf` from "CV.Final.PDF"; '' without one. Bounded: only the name's last 16 characters are looked at. */
export function fileExtension(name: string): string {
  const tail = name.slice(-16);
  const dot = tail.lastIndexOf('.');
  if (dot < 0 || /[/\\]/.test(tail.slice(dot))) return '';
  return tail.slice(dot).toLowerCase();
}

/** Whether a file of this name is read as text or as a PDF; anything else is refused. */
export function resumeFileKind(name: string): Checked<ResumeFileKind> {
  const ext = fileExtension(name);
  if (ext === '.pdf') return { ok: true, value: 'pdf' };
  if (ext === '.txt' || ext === '.md') return { ok: true, value: 'text' };
  return problem('unsupported-type', `unsupported file type "${ext || '(none)'}", expected .txt, .md or .pdf`);
}

/** The size check, before anything is read: empty, or above RESUME_FILE_MAX_BYTES. */
export function checkResumeFileSize(bytes: number): ResumeProblem | null {
  if (bytes <= 0) return { code: 'empty', message: 'empty file' };
  if (bytes > RESUME_FILE_MAX_BYTES) return { code: 'too-large', message: `file too large (${(bytes / 1024 / 1024).toFixed(1)} MB; ${RESUME_SIZE_LIMIT})` };
  return null;
}

const TEXT_EXPECTED = 'a .txt or .md résumé';

/** Strict UTF-8 text of a .txt/.md file, a leading BOM dropped; a NUL byte near the start marks a binary file. */
export function decodeResumeText(bytes: Uint8Array): Checked<string> {
  if (bytes.subarray(0, BINARY_WINDOW).includes(0)) return problem('binary', `binary file (contains NUL bytes), expected ${TEXT_EXPECTED}`);
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return problem('not-utf8', `not valid UTF-8 text, expected ${TEXT_EXPECTED}`);
  }
}

/** `%PDF-` within the first KB: a file renamed .pdf (a zip, an image) is refused before pdfjs sees it. */
export function checkPdfHeader(bytes: Uint8Array): ResumeProblem | null {
  const head = bytes.subarray(0, PDF_HEADER_WINDOW);
  // %PDF- as bytes: 0x25 0x50 0x44 0x46 0x2d.
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return null;
  }
  return { code: 'not-pdf', message: 'not a readable PDF (no PDF header)' };
}

/** A pdfjs text item: the text run and whether a line ends after it. Marked-content items have no `str`. */
export interface PdfTextItem {
  readonly str?: unknown;
  readonly hasEOL?: unknown;
}

/** One page's text from its items, lines kept; stops at `max` characters. */
export function pdfPageText(items: readonly PdfTextItem[], max = RESUME_INPUT_MAX_CHARS): string {
  let page = '';
  for (const item of items) {
    if (page.length >= max) break;
    if (typeof item.str !== 'string') continue;
    page += item.str;
    if (item.hasEOL === true) page += '\n';
  }
  return page.length > max ? page.slice(0, max) : page;
}

/** A line without its trailing spaces and tabs (a loop: a regex would backtrack over a long run of spaces). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** The pages joined by a blank line, trailing spaces of each line dropped. Linear in the text's length. */
export function joinPdfPages(pages: readonly string[]): string {
  return pages.join('\n\n').split('\n').map(trimLineEnd).join('\n');
}

/** A PDF whose text layer is (almost) empty is a scan or an image export. */
export function checkPdfText(text: string): ResumeProblem | null {
  let chars = 0;
  for (let i = 0; i < text.length && chars < MIN_PDF_TEXT_CHARS; i++) if (!/\s/.test(text[i] ?? ' ')) chars++;
  return chars < MIN_PDF_TEXT_CHARS ? { code: 'no-text-layer', message: 'no text layer (a scanned PDF?); export it as text or paste the text instead' } : null;
}

/** The part of pdfjs-dist this reads (the legacy Node build in the CLI, the browser build in the dashboard). */
export interface PdfjsLike {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported: boolean;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    stopAtErrors: boolean;
    verbosity: number;
  }): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}
interface PdfDocumentLike {
  readonly numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }> }>;
  destroy(): Promise<void>;
}

/**
 * The text layer of a PDF through a loaded pdfjs module: the header checked first, at most MAX_PDF_PAGES pages,
 * no eval (extension pages forbid it), no font loading, no system fonts. A corrupt, password-protected or text-less
 * PDF is a problem, never an exception.
 */
export async function extractPdfText(pdfjs: PdfjsLike, data: Uint8Array): Promise<Checked<string>> {
  const header = checkPdfHeader(data);
  if (header) return { ok: false, problem: header };
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
  let doc: PdfDocumentLike;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if (e instanceof Error && e.name === 'PasswordException') return problem('pdf-password', 'not a readable PDF (password-protected)');
    return problem('not-pdf', 'not a readable PDF (corrupt or not a PDF)');
  }
  try {
    const pages: string[] = [];
    let total = 0;
    const n = Math.min(doc.numPages, MAX_PDF_PAGES);
    for (let p = 1; p <= n && total < RESUME_INPUT_MAX_CHARS; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      const page = pdfPageText(content.items as readonly PdfTextItem[], RESUME_INPUT_MAX_CHARS - total);
      total += page.length;
      pages.push(page);
    }
    const text = joinPdfPages(pages);
    const empty = checkPdfText(text);
    return empty ? { ok: false, problem: empty } : { ok: true, value: text };
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '').slice(0, 120) : 'error';
    return problem('not-pdf', `not a readable PDF (${detail || 'error'})`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** A résumé in a language the analysis does not read: nothing would be detected, so nothing is. */
export function resumeLanguageProblem(text: string): ResumeProblem | null {
  const language = detectLanguage(text);
  if (language === null || language === 'en') return null;
  return { code: 'language', message: `written in ${languageName(language)} (${language}); Pathway Lens reads English résumés only for now, nothing was detected` };
}

/** Text that is only whitespace (an empty paste, a blank file). */
export function blankTextProblem(text: string): ResumeProblem | null {
  return text.trim() === '' ? { code: 'empty', message: 'empty file (only whitespace)' } : null;
}

/**
 * Pasted or read text ready for the skill detection, line ends normalised: not blank, not binary, at most
 * RESUME_INPUT_MAX_CHARS characters (what can be kept), and in English or undetermined.
 */
export function checkResumeText(text: string): Checked<string> {
  const blank = blankTextProblem(text);
  if (blank) return { ok: false, problem: blank };
  if (text.length > RESUME_INPUT_MAX_CHARS) {
    return problem('too-long', `text too long (${text.length.toLocaleString('en-US')} characters; a résumé is at most ${RESUME_INPUT_MAX_CHARS.toLocaleString('en-US')})`);
  }
  if (text.includes('\u0000')) return problem('binary', 'binary data (contains NUL characters), expected text');
  const normalised = text.replace(/\r\n?/g, '\n');
  const lang = resumeLanguageProblem(normalised);
  return lang ? { ok: false, problem: lang } : { ok: true, value: normalised };
}
