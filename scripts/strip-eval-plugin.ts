import type { Plugin } from 'vite';

/**
 * pdfjs-dist (the dashboard's résumé import, and nothing else) carries code paths that evaluate strings: a feature
 * test `new Function("")`, a PostScript-function compiler and glyph compiler used only when that test passes, and a
 * "fake worker" fallback that `import()`s a URL held in a variable. We hand pdfjs a real worker port and
 * `isEvalSupported: false`, so none of them runs; this plugin removes them from the emitted files so the package
 * holds no string evaluation at all (store review, `tests/e2e/store-readiness.e2e.ts`):
 *
 * - `new Function(` becomes a call that throws `EvalError` — the feature test then reports "no eval", exactly as
 *   under a CSP that forbids it;
 * - `import(<expression>)` (never a string literal: our own lazy chunks keep theirs) becomes a rejected promise.
 *
 * Only files whose name says pdf are touched; the browser tests read a PDF résumé through the result.
 */
const PDF_FILE = /(?:^|\/)pdf[.-][^/]*\.m?js$/;
const NEW_FUNCTION = /\bnew\s+Function\s*\(/g;
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\((?!\s*["'`])[^()]{1,80}\)/g;

export function stripEval(code: string): string {
  return code
    .replace(NEW_FUNCTION, '(()=>{throw new EvalError("string evaluation is disabled in Pathway Lens")})(')
    .replace(DYNAMIC_IMPORT, 'Promise.reject(new Error("dynamic import of a computed URL is disabled in Pathway Lens"))');
}

export function stripPdfEval(): Plugin {
  return {
    name: 'pathway-lens:strip-pdf-eval',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!PDF_FILE.test(file.fileName)) continue;
        if (file.type === 'chunk') file.code = stripEval(file.code);
        else file.source = stripEval(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source));
      }
    },
  };
}
