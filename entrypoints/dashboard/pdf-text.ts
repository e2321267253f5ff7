// The worker as an extension file: Vite emits pdfjs's worker module as a hashed asset of this build
// (`assets/pdf.worker.min-<hash>.mjs`) and this import is its root-relative URL. The page starts it itself as a module
// worker of its own origin, which the extension CSP (`script-src 'self'`) allows, and hands pdfjs the port: pdfjs's
// own start compares origins and, for an origin it cannot read (`moz-extension:` is opaque to URL), wraps the URL in
// a blob: script, which that CSP blocks.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { extractPdfText, type Checked, type PdfjsLike } from '../../lib/profile/resume-input';

/** The worker URL pdfjs is given (exported for the wiring test). */
export const PDF_WORKER_URL: string = workerUrl;
/** A PDF that takes longer than this to read is given up on (a worker that never started, a pathological file). */
export const PDF_READ_TIMEOUT_MS = 30_000;

type Pdfjs = PdfjsLike & { GlobalWorkerOptions: { workerSrc: string; workerPort: Worker | null } };

let loading: Promise<Pdfjs> | null = null;
let workerFailed = false;

/**
 * pdfjs-dist, loaded on first use only: a dynamic import, so it is a chunk of its own that only the dashboard
 * fetches, and only when the user chooses a PDF (the content script never reaches this module). One worker serves
 * every PDF read on the page.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = PDF_WORKER_URL;
    if (!pdfjs.GlobalWorkerOptions.workerPort) {
      const worker = new Worker(PDF_WORKER_URL, { type: 'module', name: 'pdfjs' });
      worker.addEventListener('error', () => {
        workerFailed = true;
      });
      pdfjs.GlobalWorkerOptions.workerPort = worker;
    }
    return pdfjs;
  });
  // A failed load (e.g. the extension was updated meanwhile) is retried on the next PDF.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

const problem = (message: string): Checked<string> => ({ ok: false, problem: { code: 'not-pdf', message } });

/** The text layer of a PDF the user chose, with the dashboard's checks (lib/profile/resume-input.ts). */
export async function readPdfText(bytes: Uint8Array): Promise<Checked<string>> {
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch {
    return problem('the PDF reader could not be loaded; reload the page and try again');
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Checked<string>>((resolve) => {
    timer = setTimeout(() => resolve(problem(workerFailed ? 'the PDF reader could not start; reload the page and try again' : 'reading the PDF took too long')), PDF_READ_TIMEOUT_MS);
  });
  try {
    return await Promise.race([extractPdfText(pdfjs, bytes), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
