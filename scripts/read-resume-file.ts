import { extname } from 'node:path';
import { checkedFileBytes, decodeUtf8Text, nonBlankText } from './read-text-file';

/**
 * Reads a résumé or profile file for the command-line tools: `.txt` / `.md` (UTF-8, BOM allowed) or
 * `.pdf` (its text layer, through pdfjs-dist's Node build: no worker fetch, no eval, no network).
 * pdfjs-dist stays out of lib/: the content script must never bundle it. Bad input throws
 * ResumeFileError, whose message is one line meant for stderr.
 */
export class ResumeFileError extends Error {
  override name = 'ResumeFileError';
}

/** A résumé is a few KB of text, a PDF of one a few hundred KB. Anything above is refused before it is read. */
const MAX_RESUME_FILE_BYTES = 5 * 1024 * 1024;
/** A PDF with less text than this on all its pages has no usable text layer. */
const MIN_PDF_TEXT_CHARS = 20;
const MAX_PDF_PAGES = 50;

const RESUME_EXTENSIONS = ['.txt', '.md', '.pdf'] as const;

const resumeError = (message: string): ResumeFileError => new ResumeFileError(message);

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

/** The text layer of a PDF, page by page, lines kept. Throws ResumeFileError for a corrupt or text-less PDF. */
async function pdfText(data: Uint8Array, path: string): Promise<string> {
  if (!Buffer.from(data.subarray(0, 1024)).toString('latin1').includes('%PDF-')) throw new ResumeFileError(`${path}: not a readable PDF (no PDF header)`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const reason = e instanceof Error && e.name === 'PasswordException' ? 'password-protected' : 'corrupt or not a PDF';
    throw new ResumeFileError(`${path}: not a readable PDF (${reason})`);
  }
  try {
    const pages: string[] = [];
    const n = Math.min(doc.numPages, MAX_PDF_PAGES);
    for (let p = 1; p <= n; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      let page = '';
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== 'string') continue;
        page += item.str;
        if (item.hasEOL) page += '\n';
      }
      pages.push(page);
    }
    const text = pages.join('\n\n').replace(/[ \t]+\n/g, '\n');
    if (text.replace(/\s+/g, '').length < MIN_PDF_TEXT_CHARS) throw new ResumeFileError(`${path}: no text layer (a scanned PDF?); export it as text or paste the text instead`);
    return text;
  } catch (e) {
    if (e instanceof ResumeFileError) throw e;
    throw new ResumeFileError(`${path}: not a readable PDF (${e instanceof Error ? e.message.split('\n')[0]?.slice(0, 120) : 'error'})`);
  } finally {
    await doc.destroy();
  }
}

/** The text of a résumé file; the size is checked with stat() before anything is read. */
export async function readResumeFile(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (!(RESUME_EXTENSIONS as readonly string[]).includes(ext)) throw new ResumeFileError(`${path}: unsupported file type "${ext || '(none)'}", expected .txt, .md or .pdf`);
  const limit = `a résumé file is at most ${(MAX_RESUME_FILE_BYTES / 1024 / 1024).toFixed(1)} MB`;
  const bytes = await checkedFileBytes(path, MAX_RESUME_FILE_BYTES, resumeError, limit);
  const text = nonBlankText(ext === '.pdf' ? await pdfText(bytes, path) : decodeUtf8Text(bytes, path, 'a .txt or .md résumé', resumeError), path, resumeError);
  return text.replace(/\r\n?/g, '\n');
}
