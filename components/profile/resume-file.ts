import { checkResumeFileSize, checkResumeText, decodeResumeText, resumeFileKind, type Checked } from '../../lib/profile/resume-input';

/** Longest file name shown or kept as the résumé's source. */
export const SOURCE_NAME_MAX = 120;

/** A file's name for messages and as the kept résumé's source: bounded, control characters dropped. */
export function displayName(name: string): string {
  const clean = name.slice(0, 400).replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > SOURCE_NAME_MAX ? `${clean.slice(0, SOURCE_NAME_MAX - 1)}…` : clean;
}

/**
 * The text of a résumé file the user chose, through the shared checks (lib/profile/resume-input.ts): its type from
 * the name and its size before a byte is read, then UTF-8 text (.txt, .md) or a PDF's text layer (`readPdfText`,
 * pdfjs on the importing page), then the text itself (blank, too long, not English).
 */
export async function readResumeFileInput(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>, readPdfText: (bytes: Uint8Array) => Promise<Checked<string>>): Promise<Checked<string>> {
  const kind = resumeFileKind(file.name);
  if (!kind.ok) return kind;
  const size = checkResumeFileSize(file.size);
  if (size) return { ok: false, problem: size };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: { code: 'empty', message: 'the file could not be read' } };
  }
  // The size the browser reported is checked again on what was read (a file may change on disk).
  const read = checkResumeFileSize(bytes.length);
  if (read) return { ok: false, problem: read };
  const text = kind.value === 'pdf' ? await readPdfText(bytes) : decodeResumeText(bytes);
  return text.ok ? checkResumeText(text.value) : text;
}
