import { describe, expect, it } from 'vitest';
import { stripEval } from '../../scripts/strip-eval-plugin';

// The shapes pdfjs-dist 5 ships (minified), as the build emits them.
const FEATURE_TEST = 'function isEvalSupported(){try{new Function("");return!0}catch{return!1}}';
const COMPILER = 'if(e)return new Function("src","srcOffset","dest","destOffset",e)';
const FAKE_WORKER = '(async()=>(await import(this.workerSrc)).WorkerMessageHandler)()';

describe('stripEval (the build step that removes string evaluation from pdfjs)', () => {
  it('leaves no Function constructor, and the feature test then reports "no eval"', () => {
    const out = stripEval(FEATURE_TEST);
    expect(out).not.toMatch(/new\s+Function/);
    // eslint-disable-next-line no-new-func -- evaluates the rewritten test in this test only
    const isEvalSupported = new Function(`${out}; return isEvalSupported();`) as () => boolean;
    expect(isEvalSupported()).toBe(false);
    expect(stripEval(COMPILER)).not.toMatch(/new\s+Function/);
  });

  it('turns import() of a computed URL into a rejected promise, and keeps import() of a literal chunk', async () => {
    const out = stripEval(FAKE_WORKER);
    expect(out).not.toMatch(/import\(this/);
    expect(out).toContain('Promise.reject(');
    expect(stripEval('const m=await import("./chunks/pdf-abc.js");')).toBe('const m=await import("./chunks/pdf-abc.js");');
    expect(stripEval('x.import(y);')).toBe('x.import(y);');
  });
});
