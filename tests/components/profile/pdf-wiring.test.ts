import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * How pdfjs-dist reaches the dashboard, and only the dashboard. The real worker start is a browser matter
 * (tests/e2e/profile.e2e.ts reads a PDF in the built extension page); these tests pin the wiring it depends on.
 */

vi.mock('pdfjs-dist', () => ({ GlobalWorkerOptions: { workerSrc: '', workerPort: null }, getDocument: vi.fn() }));

const ROOT = process.cwd();

interface Edge {
  readonly from: string;
  readonly specifier: string;
  readonly dynamic: boolean;
}

/** Every import (static, re-export, side effect, dynamic; not `import type`) reachable from `entry`, bounded. */
function importGraph(entry: string): { files: Set<string>; edges: Edge[] } {
  const files = new Set<string>();
  const edges: Edge[] = [];
  const queue = [normalize(entry)];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\s\S]{0,2000}?\bfrom\s*)?['"]([^'"\n]+)['"]|\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;
  while (queue.length > 0 && files.size < 2_000) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(pattern)) {
      if (m[2]) continue;
      const specifier = m[3] ?? m[4];
      if (!specifier) continue;
      edges.push({ from: file, specifier, dynamic: m[4] !== undefined });
      if (!specifier.startsWith('.')) continue;
      const base = normalize(join(dirname(file), specifier.replace(/\?.*$/, '')));
      const resolved = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((p) => /\.(ts|tsx)$/.test(p) && existsSync(join(ROOT, p)));
      if (resolved) queue.push(resolved);
    }
  }
  return { files, edges };
}

const pdfEdges = (g: { edges: Edge[] }) => g.edges.filter((e) => e.specifier.startsWith('pdfjs-dist'));

describe('pdfjs-dist: loaded on the dashboard only, its worker an extension file', () => {
  it('the content script, the sidebar bundle and the background never reach pdfjs-dist or the PDF reader', () => {
    for (const entry of ['entrypoints/job.content/index.ts', 'entrypoints/job-ui.tsx', 'entrypoints/background.ts', 'entrypoints/popup/main.tsx']) {
      const g = importGraph(entry);
      expect(g.files.size, entry).toBeGreaterThan(3);
      expect(pdfEdges(g), entry).toEqual([]);
      expect([...g.files].filter((f) => f.includes('pdf-text')), entry).toEqual([]);
    }
  });

  it('the dashboard imports the library dynamically (its own chunk, fetched when a PDF is chosen) and the worker as a URL', () => {
    const edges = pdfEdges(importGraph('entrypoints/dashboard/main.tsx'));
    expect(edges.map((e) => [e.from, e.specifier, e.dynamic])).toEqual([
      ['entrypoints/dashboard/pdf-text.ts', 'pdfjs-dist/build/pdf.worker.min.mjs?url', false],
      ['entrypoints/dashboard/pdf-text.ts', 'pdfjs-dist', true],
    ]);
  });

  it('the worker URL is a root-relative file of this extension, of the same pdfjs version', async () => {
    const { PDF_WORKER_URL } = await import('../../../entrypoints/dashboard/pdf-text');
    // Root-relative: on chrome-extension://<id>/dashboard.html (or moz-extension://) it names a file of the extension.
    expect(PDF_WORKER_URL).toMatch(/^\/[^/]/);
    expect(new URL(PDF_WORKER_URL, 'https://extension.invalid/dashboard.html').host).toBe('extension.invalid');
    // Under vitest the URL is the module's path in the repository; a build emits the same file as a hashed asset.
    const file = join(ROOT, PDF_WORKER_URL);
    expect(existsSync(file)).toBe(true);
    const worker = readFileSync(file, 'utf8');
    expect(worker).toContain('WorkerMessageHandler');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/pdfjs-dist/package.json'), 'utf8')) as { version: string };
    // pdfjs refuses a worker of another version ("The API version … does not match the Worker version").
    expect(worker).toContain(`"${version}"`);
    expect(readFileSync(join(ROOT, 'node_modules/pdfjs-dist/build/pdf.mjs'), 'utf8')).toContain(`const version = "${version}"`);
  });

  it('loadPdfjs starts that worker itself, as a module worker, and hands pdfjs its port, once', async () => {
    const started: { url: string; options: WorkerOptions | undefined }[] = [];
    class FakeWorker extends EventTarget {
      constructor(url: string, options?: WorkerOptions) {
        super();
        started.push({ url, options });
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    try {
      const { loadPdfjs, PDF_WORKER_URL } = await import('../../../entrypoints/dashboard/pdf-text');
      const pdfjs = await loadPdfjs();
      expect(started).toEqual([{ url: PDF_WORKER_URL, options: { type: 'module', name: 'pdfjs' } }]);
      expect(pdfjs.GlobalWorkerOptions.workerPort).toBeInstanceOf(FakeWorker);
      expect(pdfjs.GlobalWorkerOptions.workerSrc).toBe(PDF_WORKER_URL);
      expect(await loadPdfjs()).toBe(pdfjs);
      expect(started).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('pdfjs, given a port, never starts a worker of its own (no origin check, no blob: wrapper the CSP would block)', () => {
    const pdf = readFileSync(join(ROOT, 'node_modules/pdfjs-dist/build/pdf.mjs'), 'utf8');
    // getDocument passes GlobalWorkerOptions.workerPort to PDFWorker.create…
    expect(pdf).toMatch(/PDFWorker\.create\(\{\s*verbosity,\s*port: GlobalWorkerOptions\.workerPort\s*\}\)/);
    // …and a PDFWorker with a port initialises from it instead of calling #initialize (which builds the blob wrapper).
    expect(pdf).toMatch(/if \(port\) \{[\s\S]{0,300}?this\.#initializeFromPort\(port\);\s*\} else \{\s*this\.#initialize\(\);/);
  });

  it('nothing in the PDF reading evaluates code: eval is off in every getDocument call', () => {
    const lib = readFileSync(join(ROOT, 'lib/profile/resume-input.ts'), 'utf8');
    expect(lib).toMatch(/getDocument\(\{[^}]*isEvalSupported: false/);
    expect(lib).not.toMatch(/from ['"]pdfjs-dist/);
  });
});
