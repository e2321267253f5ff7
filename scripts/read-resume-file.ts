import {
  blankTextProblem,
  decodeResumeText,
  extractPdfText,
  RESUME_FILE_MAX_BYTES,
  RESUME_SIZE_LIMIT,
  resumeFileKind,
  type Checked,
  type ResumeProblem,
} from '../lib/profile/resume-input';
import { checkedFileBytes } from './read-text-file';

/**
 * Reads a résumé or profile file for the command-line tools: `.txt` / `.md` (UTF-8, BOM allowed) or
 * `.pdf` (its text layer, through pdfjs-dist's Node build: no worker fetch, no eval, no network).
 * The checks are the dashboard's own (lib/profile/resume-input.ts), so both refuse the same files with the
 * same words; pdfjs-dist stays out of lib/ (the content script must never bundle it) and is passed in.
 * Bad input throws ResumeFileError, whose message is one line meant for stderr: `PATH: problem`.
 */
export class ResumeFileError extends Error {
  override name = 'ResumeFileError';
}

const resumeError = (message: string): ResumeFileError => new ResumeFileError(message);

function valueOr<T>(checked: Checked<T>, path: string): T {
  if (!checked.ok) throw resumeError(`${path}: ${checked.problem.message}`);
  return checked.value;
}

function throwIf(p: ResumeProblem | null, path: string): void {
  if (p) throw resumeError(`${path}: ${p.message}`);
}

/** The text of a résumé file; the size is checked with stat() before anything is read. */
export async function readResumeFile(path: string): Promise<string> {
  const kind = valueOr(resumeFileKind(path), path);
  const bytes = await checkedFileBytes(path, RESUME_FILE_MAX_BYTES, resumeError, RESUME_SIZE_LIMIT);
  const text =
    kind === 'pdf' ? valueOr(await extractPdfText(await import('pdfjs-dist/legacy/build/pdf.mjs'), bytes), path) : valueOr(decodeResumeText(bytes), path);
  throwIf(blankTextProblem(text), path);
  return text.replace(/\r\n?/g, '\n');
}
