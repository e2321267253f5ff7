import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IMPORT_CHUNK_MAX_ITEMS } from '../../lib/storage/import-stage';
import { fail, ok } from '../../lib/storage/result';
import { createImporter, planChunks, readExport, type ImportProgress, type TransferTransport } from '../../lib/storage/transfer-client';
import { createWriter } from '../../lib/storage/writer';
import { V1_EXPORT } from './fixtures/v1';
import { rawStorage, tickingClock } from './helpers';
import { posting, T0, textOf, exportFile, writerTransport } from './transfer-helpers';

const BIG = 2 ** 30;

describe('planChunks', () => {
  it('postings then descriptions, in order, within the character budget and the item cap, numbered from 0', () => {
    const postings = Array.from({ length: 50 }, (_, i) => ({ id: i, pad: 'x'.repeat(90) })); // ~110 characters each
    const texts = Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, text: 'y'.repeat(44) })); // 44 + 256 each
    const chunks = planChunks(postings, texts, 1_000);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    expect(chunks.flatMap((c) => c.postings)).toEqual(postings);
    expect(chunks.flatMap((c) => c.texts)).toEqual(texts);
    for (const c of chunks) {
      const size = c.postings.reduce<number>((n, p) => n + JSON.stringify(p).length, 0) + c.texts.length * 300;
      expect(size).toBeLessThanOrEqual(1_000);
    }
    // One item over the budget travels alone; an empty file is one empty chunk; no chunk holds more than the cap.
    expect(planChunks([{ big: 'z'.repeat(5_000) }, { small: 1 }], [], 1_000).map((c) => c.postings.length)).toEqual([1, 1]);
    expect(planChunks([], [])).toEqual([{ seq: 0, postings: [], texts: [] }]);
    const many = planChunks(Array.from({ length: IMPORT_CHUNK_MAX_ITEMS + 5 }, () => 1), [], 1e9);
    expect(many.map((c) => c.postings.length)).toEqual([IMPORT_CHUNK_MAX_ITEMS, 5]);
  });
});

/** A transport that answers from `writer`, noting every call and how many chunks were in flight at once. */
function tracedTransport(transport: TransferTransport) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const traced: TransferTransport = {
    ...transport,
    begin: (h) => (calls.push('begin'), transport.begin(h)),
    chunk: async (id, c) => {
      calls.push(`chunk ${c.seq}`);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      const r = await transport.chunk(id, c);
      inFlight--;
      return r;
    },
    preview: (id) => (calls.push('preview'), transport.preview(id)),
    apply: (id) => (calls.push('apply'), transport.apply(id)),
    cancel: (id) => (calls.push('cancel'), transport.cancel(id)),
  };
  return { traced, calls, maxInFlight: () => maxInFlight };
}

describe('createImporter', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('parses, sends in chunks (two in flight), previews, then applies the staged file with progress all the way', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const { traced, calls, maxInFlight } = tracedTransport(writerTransport(writer));
    let quiet = 0;
    const quietly = <T,>(write: () => Promise<T>): Promise<T> => {
      quiet++;
      return write();
    };
    const importer = createImporter(traced, { quietly, chunkChars: 100_000 });
    const postings = Array.from({ length: 2_000 }, (_, i) => posting(i, { textChars: 250 }));
    const text = JSON.stringify(exportFile(postings));
    const seen: ImportProgress[] = [];
    const preview = await importer.preview(text, { onProgress: (p) => seen.push(p) });
    expect(preview.ok && preview.value.added).toHaveLength(2_000);
    const chunks = calls.filter((c) => c.startsWith('chunk'));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks).toEqual(chunks.map((_, i) => `chunk ${i}`));
    expect(maxInFlight()).toBe(2);
    expect(seen[0]).toEqual({ phase: 'parsing', done: 0, total: 1 });
    const sending = seen.filter((p) => p.phase === 'sending');
    expect(sending[0]).toEqual({ phase: 'sending', done: 0, total: 4_000 });
    expect(sending.at(-1)).toEqual({ phase: 'sending', done: 4_000, total: 4_000 });
    expect(sending.map((p) => p.done)).toEqual([...sending.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ phase: 'checking', done: 1, total: 1 });
    expect(await rawStorage()).toBe('[]');

    seen.length = 0;
    const applied = await importer.apply(text, { onProgress: (p) => seen.push(p) });
    expect(applied.ok && applied.value.added).toHaveLength(2_000);
    expect(calls.filter((c) => c === 'begin')).toHaveLength(1); // the previewed stage was applied, not sent again
    expect(quiet).toBe(1); // the write ran with the page's storage listeners off
    expect(seen[0]).toEqual({ phase: 'applying', done: 0, total: 3 });
    expect(seen.at(-1)).toEqual({ phase: 'applying', done: 3, total: 3 });
  });

  it('applies a file it did not preview by staging it first', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const { traced, calls } = tracedTransport(writerTransport(writer));
    const importer = createImporter(traced);
    expect((await importer.preview(JSON.stringify(exportFile([posting(1)])))).ok).toBe(true);
    const other = JSON.stringify(exportFile([posting(2, { textChars: 30 })]));
    expect(await importer.apply(other)).toMatchObject({ ok: true, value: { added: [{ id: posting(2).id }] } });
    expect(calls).toEqual(['begin', 'chunk 0', 'preview', 'cancel', 'begin', 'chunk 0', 'preview', 'apply']);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all).not.toHaveProperty(`posting:${posting(1).id}`);
    expect(all[`text:${posting(2).id}`]).toEqual(textOf(posting(2, { textChars: 30 })));
  });

  it.each([
    ['not JSON', '{"format":', 'The file is not valid JSON.'],
    ['another app', '{"format":"other","version":1}', 'This is not a Pathway Lens export file.'],
    ['a newer format', JSON.stringify({ ...V1_EXPORT, version: 6 }), 'This file was exported by a newer version (format 6); update Pathway Lens to import it.'],
    ['postings that are not a list', JSON.stringify({ ...exportFile([]), postings: {} }), 'Invalid export file: postings: expected a list'],
    ['descriptions that are not a list', JSON.stringify({ ...exportFile([]), texts: 'all' }), 'Invalid export file: texts: expected a list'],
    ['a __proto__ key', JSON.stringify(exportFile([posting(1)])).replace('"settings":', '"__proto__":{"polluted":1},"settings":'), 'The file contains a forbidden key "__proto__".'],
    ['too deep', `${'['.repeat(100)}${']'.repeat(100)}`, 'The file is nested too deeply.'],
  ])('refuses %s before sending anything', async (_name, text, message) => {
    const begin = vi.fn();
    const importer = createImporter({ begin } as unknown as TransferTransport);
    expect(await importer.preview(text)).toEqual({ ok: false, error: { code: 'import-rejected', message } });
    expect(begin).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a bad posting in the middle stops the sending; nothing was applied', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const { traced, calls } = tracedTransport(writerTransport(writer));
    const postings: unknown[] = Array.from({ length: 3_000 }, (_, i) => posting(i, { textChars: 1_000 }));
    postings[1_500] = { ...(postings[1_500] as object), status: 'hired' };
    const r = await createImporter(traced).preview(JSON.stringify(exportFile(postings as never)));
    expect(r).toMatchObject({ ok: false, error: { code: 'import-rejected', message: expect.stringMatching(/^Invalid export file: postings\.1500\.status: /) } });
    expect(calls).not.toContain('preview');
    expect(await rawStorage()).toBe('[]');
  });

  it('aborting (another file, Cancel, the panel closed) drops the stage in the background', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const { traced, calls } = tracedTransport(writerTransport(writer));
    const importer = createImporter(traced);
    const controller = new AbortController();
    const text = JSON.stringify(exportFile([posting(1)]));
    expect((await importer.preview(text, { signal: controller.signal })).ok).toBe(true);
    controller.abort();
    expect(calls.at(-1)).toBe('cancel');
    // Apply now stages the file again (the old stage is gone).
    expect((await importer.apply(text)).ok).toBe(true);
    expect(calls.filter((c) => c === 'begin')).toHaveLength(2);

    // Aborted while sending: the rest is not sent, and the stage is dropped.
    const early = new AbortController();
    const many = JSON.stringify(exportFile(Array.from({ length: 1_500 }, (_, i) => posting(i, { textChars: 2_000 }))));
    calls.length = 0;
    const onProgress = (p: ImportProgress) => {
      if (p.phase === 'sending' && p.done > 0) early.abort();
    };
    expect(await importer.preview(many, { signal: early.signal, onProgress })).toMatchObject({ ok: false, error: { message: 'The import was cancelled. Nothing was imported.' } });
    expect(calls).toContain('cancel');
    expect(calls).not.toContain('preview');
  });

  it('keeps the stage alive while the preview is shown, for a while', async () => {
    vi.useFakeTimers();
    const status = vi.fn(async () => ok({ postings: 1, texts: 0, expected: { postings: 1, texts: 0 }, applying: null }));
    const transport = {
      begin: async () => ok({ importId: 'import-0001' }),
      chunk: async () => ok({ postings: 1, texts: 0 }),
      preview: async () => ok({ sourceVersion: 4, added: [], replaced: [], keptExisting: 1, skippedReadOnly: [], progressAdded: 0, progressReplaced: 0, settingsReplaced: false }),
      status,
      cancel: vi.fn(async () => ok(null)),
    } as unknown as TransferTransport;
    const importer = createImporter(transport, { keepAliveMs: 1_000, keepAliveForMs: 5_500 });
    const previewed = importer.preview(JSON.stringify(exportFile([posting(1)])));
    await vi.advanceTimersByTimeAsync(50);
    expect((await previewed).ok).toBe(true);
    status.mockClear();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(status.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(status.mock.calls.length).toBeLessThanOrEqual(6);
  });

  it('shows the writer’s steps while apply runs, and an interrupted stage as the background says it', async () => {
    let finish: (v: unknown) => void = () => undefined;
    let step = 0;
    const transport = {
      begin: async () => ok({ importId: 'import-0001' }),
      chunk: async () => ok({ postings: 1, texts: 0 }),
      preview: async () => ok({ sourceVersion: 4, added: [], replaced: [], keptExisting: 1, skippedReadOnly: [], progressAdded: 0, progressReplaced: 0, settingsReplaced: false }),
      status: async () => ok({ postings: 1, texts: 0, expected: { postings: 1, texts: 0 }, applying: { step, steps: 3 } }),
      apply: () => new Promise((resolve) => (finish = resolve)),
      cancel: async () => ok(null),
    } as unknown as TransferTransport;
    const importer = createImporter(transport, { pollMs: 5 });
    const text = JSON.stringify(exportFile([posting(1)]));
    expect((await importer.preview(text)).ok).toBe(true);
    const seen: ImportProgress[] = [];
    const applying = importer.apply(text, { onProgress: (p) => seen.push(p) });
    step = 2;
    await vi.waitFor(() => expect(seen).toContainEqual({ phase: 'applying', done: 2, total: 3 }));
    finish(fail('not-found', 'The import was interrupted.'));
    expect(await applying).toEqual({ ok: false, error: { code: 'not-found', message: 'The import was interrupted.' } });
  });
});

describe('readExport', () => {
  it('joins the parts of a large export, and stops at a failed part', async () => {
    const part = vi.fn(async (_id: string, index: number) => (index === 2 ? ok({ text: 'C' }) : ok({ text: 'B' })));
    const start = vi.fn(async () => ok({ filename: 'f.json', mimeType: 'application/json', text: 'A', chars: 3, parts: 3, exportId: 'export-0001' }));
    expect(await readExport({ exportStart: start, exportPart: part }, 'json')).toEqual({ ok: true, value: { filename: 'f.json', mimeType: 'application/json', text: 'ABC' } });
    expect(part.mock.calls.map((c) => c[1])).toEqual([1, 2]);
    part.mockResolvedValueOnce(fail('not-found', 'The export was interrupted. Export again.'));
    expect(await readExport({ exportStart: start, exportPart: part }, 'json')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // A small export is its first part.
    const small = vi.fn(async () => ok({ filename: 'f.csv', mimeType: 'text/csv', text: 'a,b', chars: 3, parts: 1, exportId: null }));
    expect(await readExport({ exportStart: small, exportPart: part }, 'csv')).toEqual({ ok: true, value: { filename: 'f.csv', mimeType: 'text/csv', text: 'a,b' } });
  });
});
