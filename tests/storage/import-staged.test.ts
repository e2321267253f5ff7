import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { splitExportFile, type ImportHeader } from '../../lib/storage/import-stage';
import { readIndex } from '../../lib/storage/summary';
import { createImporter, planChunks, readExport } from '../../lib/storage/transfer-client';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { IMPORT_INTERRUPTED, IMPORT_STAGE_TTL_MS, splitText } from '../../lib/storage/writer/transfer';
import { V1_EXPORT, V1_POSTING } from './fixtures/v1';
import { V2_EXPORT, V2_POSTING } from './fixtures/v2';
import { chromeLikeArea, makeInput, manualClock, rawStorage, recordWrites, tickingClock } from './helpers';
import { posting, T0, textOf, exportFile, writerTransport } from './transfer-helpers';

const BIG = 2 ** 30;

/** Stages `file` and asks for its preview; throws the first error. */
async function stagePreview(writer: Writer, file: unknown): Promise<string> {
  const id = await stage(writer, file);
  const r = await writer.importPreview(id);
  if (!r.ok) throw new Error(r.error.message);
  return id;
}

/** Begins a staged import of `file` (parsed) and sends its chunks (`budget` characters each); returns the id. */
async function stage(writer: Writer, file: unknown, budget = 2_000): Promise<string> {
  const split = splitExportFile(JSON.parse(JSON.stringify(file)));
  if (!split.ok) throw new Error(split.message);
  const begun = await writer.importBegin(split.value.header);
  if (!begun.ok) throw new Error(begun.error.message);
  for (const chunk of planChunks(split.value.postings, split.value.texts, budget)) {
    const r = await writer.importChunk(begun.value.importId, chunk);
    if (!r.ok) throw new Error(r.error.message);
  }
  return begun.value.importId;
}

const header = (h: Partial<ImportHeader> = {}): ImportHeader => ({ format: 'pathway-lens-export', version: 5, exportedAt: T0, progress: [], settings: { ...exportFile([]).settings }, postings: 0, texts: 0, ...h });

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

describe('staged import (writer)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stages a file chunk by chunk, writes nothing before apply, then writes it all in one set', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const withText = Array.from({ length: 20 }, (_, i) => posting(i, { textChars: 300 + i }));
    // Claiming a description the file does not carry: imported without the claim.
    const claimingOnly = Array.from({ length: 10 }, (_, i) => posting(100 + i, { textChars: 500 }));
    const file = exportFile([...withText, ...claimingOnly], withText.map((p) => textOf(p)));
    const writes = recordWrites();
    const id = await stage(writer, file, 1_500);
    const preview = await writer.importPreview(id);
    expect(preview).toMatchObject({ ok: true, value: { sourceVersion: 5, keptExisting: 0, progressAdded: 2, settingsReplaced: true } });
    expect(preview.ok && preview.value.added).toHaveLength(30);
    expect(await writer.importStatus(id)).toMatchObject({ ok: true, value: { postings: 30, texts: 20, expected: { postings: 30, texts: 20 }, applying: null } });
    expect(writes.sets).toEqual([]);
    expect(await rawStorage()).toBe('[]');

    const applied = await writer.importApply(id);
    expect(applied).toMatchObject({ ok: true, value: { sourceVersion: 5, replaced: [] } });
    expect(applied.ok && applied.value.added).toHaveLength(30);
    expect(writes.sets).toHaveLength(1); // one atomic set: postings, descriptions, progress, settings, log and index
    expect(writes.removes).toEqual([]);
    const all = await stored();
    for (const p of withText) {
      expect(all[`posting:${p.id}`]).toEqual(p);
      expect(all[`text:${p.id}`]).toEqual(textOf(p));
      expect(all[`text:${p.id}$`]).toEqual({ v: 1 });
    }
    for (const p of claimingOnly) {
      expect(all[`posting:${p.id}`]).not.toHaveProperty('textChars');
      expect(all).not.toHaveProperty(`text:${p.id}`);
    }
    expect(all['settings']).toMatchObject({ theme: 'dark' });
    const index = readIndex(all);
    expect(index.ok && index.entries.size).toBe(30);
    expect(index.ok && [...index.entries.values()].filter((s) => s.text)).toHaveLength(20);
    // Applied once: the stage is gone.
    expect(await writer.importApply(id)).toMatchObject({ ok: false, error: { code: 'not-found', message: IMPORT_INTERRUPTED } });
  });

  it('rejects a chunk with an invalid posting, naming its place in the file; the stage is dropped and nothing is written', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    await writer.savePosting(makeInput('greenhouse:acme:1'));
    const before = await rawStorage();
    const postings = Array.from({ length: 12 }, (_, i) => posting(i));
    const file = exportFile(postings, []);
    const split = splitExportFile(JSON.parse(JSON.stringify(file)));
    if (!split.ok) throw new Error(split.message);
    const begun = await writer.importBegin(split.value.header);
    if (!begun.ok) throw new Error(begun.error.message);
    const id = begun.value.importId;
    expect(await writer.importChunk(id, { seq: 0, postings: split.value.postings.slice(0, 6), texts: [] })).toEqual({ ok: true, value: { postings: 6, texts: 0 } });
    const bad = split.value.postings.slice(6).map((p, i) => (i === 1 ? { ...(p as object), url: 'javascript:alert(1)' } : p));
    const r = await writer.importChunk(id, { seq: 1, postings: bad, texts: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'import-rejected' } });
    expect(!r.ok && r.error.message).toMatch(/^Invalid export file: postings\.7\.url: /);
    expect(await writer.importPreview(id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await rawStorage()).toBe(before);
  });

  it('checks the protocol: chunks in order, no more than announced, all of them before the preview', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000) });
    const p = (i: number) => JSON.parse(JSON.stringify(posting(i))) as unknown;
    const begin = async (h: Partial<ImportHeader>) => {
      const r = await writer.importBegin(header(h));
      if (!r.ok) throw new Error(r.error.message);
      return r.value.importId;
    };
    let id = await begin({ postings: 2 });
    expect(await writer.importChunk(id, { seq: 1, postings: [p(0)], texts: [] })).toMatchObject({ ok: false, error: { code: 'import-rejected', message: expect.stringMatching(/lost a part/) } });
    id = await begin({ postings: 2 });
    expect(await writer.importChunk(id, { seq: 0, postings: [p(0), p(1), p(2)], texts: [] })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/more of the file than it announced/) } });
    id = await begin({ postings: 2 });
    expect((await writer.importChunk(id, { seq: 0, postings: [p(0)], texts: [] })).ok).toBe(true);
    expect(await writer.importPreview(id)).toMatchObject({ ok: false, error: { code: 'import-rejected', message: expect.stringMatching(/incomplete \(1 of 2 postings/) } });
    expect(await writer.importApply(id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await rawStorage()).toBe('[]');
  });

  it.each([
    ['a description twice', (p: ReturnType<typeof posting>) => ({ postings: [p, posting(2)], texts: [textOf(p), textOf(p)] }), /same description twice/],
    ['a description of a posting the file does not list', (p: ReturnType<typeof posting>) => ({ postings: [p], texts: [textOf(posting(99))] }), /does not list \(linkedin:4000000099\)/],
    ['an empty description', (p: ReturnType<typeof posting>) => ({ postings: [p], texts: [{ id: p.id, text: '' }] }), /texts\.0\.text/],
    ['a description over 200,000 characters', (p: ReturnType<typeof posting>) => ({ postings: [p], texts: [{ id: p.id, text: 'x'.repeat(200_001) }] }), /texts\.0\.text/],
    ['the same posting twice', (p: ReturnType<typeof posting>) => ({ postings: [p, p], texts: [] }), /same posting twice/],
  ])('rejects %s, writing nothing', async (_name, make, message) => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const { postings, texts } = make(posting(1, { textChars: 40 }));
    await expect(stagePreview(writer, exportFile(postings, texts))).rejects.toThrow(message);
    // The same file sent whole is refused the same way.
    expect(await writer.applyImport(JSON.stringify(exportFile(postings, texts)))).toMatchObject({ ok: false, error: { code: 'import-rejected', message: expect.stringMatching(message) } });
    expect(await rawStorage()).toBe('[]');
  });

  it('refuses descriptions in a file older than v4, and more descriptions than postings', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000) });
    expect(await writer.importBegin(header({ version: 3, postings: 2, texts: 1 }))).toMatchObject({ ok: false, error: { code: 'import-rejected', message: 'Invalid export file (v3): texts: only v4 files carry descriptions' } });
    expect(await writer.importBegin(header({ postings: 1, texts: 2 }))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/more descriptions than postings/) } });
    expect(await writer.importBegin(header({ settings: { theme: 'neon' } }))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Invalid export file: settings\./) } });
    expect(await writer.importBegin(header({ version: 2, postings: 5_001 }))).toMatchObject({ ok: false, error: { message: 'Invalid export file (v2): postings: more than 5,000' } });
  });

  it('apply is atomic: a failed set writes nothing and keeps the stage, so Import can be tried again', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    await writer.savePosting(makeInput('greenhouse:acme:1'));
    const before = await rawStorage();
    const postings = Array.from({ length: 40 }, (_, i) => posting(i, { textChars: 200 }));
    const id = await stage(writer, exportFile(postings));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk went away'));
    const failed = await writer.importApply(id);
    expect(failed).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringMatching(/Nothing was changed/) } });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await rawStorage()).toBe(before);
    expect(await writer.importStatus(id)).toMatchObject({ ok: true, value: { applying: null } });
    const again = await writer.importApply(id);
    expect(again.ok && again.value.added).toHaveLength(40);
    const list = await writer.listPostings();
    expect(list.ok && list.value.postings).toHaveLength(41);
  });

  it('refuses an import over the storage budget whole', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: 200_000 });
    const id = await stage(writer, exportFile(Array.from({ length: 40 }, (_, i) => posting(i, { textChars: 10_000 }))), 100_000);
    expect(await writer.importApply(id)).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await rawStorage()).toBe('[]');
  });

  it('5,000 postings imported twice: merged by id, no duplicates, the second import writes nothing', async () => {
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
    const postings = Array.from({ length: 5_000 }, (_, i) => posting(i, { textChars: 600 }));
    const text = JSON.stringify(exportFile(postings));
    const importer = createImporter(writerTransport(writer));
    const first = await importer.preview(text);
    expect(first.ok && first.value.added).toHaveLength(5_000);
    const applied = await importer.apply(text);
    expect(applied.ok && applied.value.added).toHaveLength(5_000);
    const after = await rawStorage();
    const count = (all: Record<string, unknown>, prefix: string) => Object.keys(all).filter((k) => k.startsWith(prefix) && !k.endsWith('$')).length;
    let all = await stored();
    expect(count(all, 'posting:')).toBe(5_000);
    expect(count(all, 'text:')).toBe(5_000);

    const writes = recordWrites();
    const second = await importer.preview(text);
    expect(second).toMatchObject({ ok: true, value: { added: [], replaced: [], keptExisting: 5_000, progressAdded: 0, progressReplaced: 0, settingsReplaced: false } });
    expect(await importer.apply(text)).toMatchObject({ ok: true, value: { added: [], replaced: [], keptExisting: 5_000 } });
    expect(writes.sets).toEqual([]);
    expect(await rawStorage()).toBe(after);

    // A later export of the same postings, some of them edited since: those replace, nothing is added twice.
    const edited = postings.map((p, i) => (i % 500 === 0 ? { ...p, notes: 'edited', updatedAt: p.updatedAt + 60_000 } : p));
    const third = await importer.apply(JSON.stringify(exportFile(edited)));
    expect(third.ok && third.value.replaced).toHaveLength(10);
    expect(third.ok && third.value.added).toHaveLength(0);
    all = await stored();
    expect(count(all, 'posting:')).toBe(5_000);
    expect(count(all, 'text:')).toBe(5_000);
    const index = readIndex(all);
    expect(index.ok && index.entries.size).toBe(5_000);
    expect((all[`posting:${postings[500]!.id}`] as { notes: string }).notes).toBe('edited');
  }, 120_000);

  describe('an interrupted import leaves storage untouched', () => {
    it('a worker restart loses the stage: apply says the import was interrupted', async () => {
      const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
      const id = await stage(writer, exportFile([posting(1, { textChars: 50 })]));
      expect((await writer.importPreview(id)).ok).toBe(true);
      const restarted = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG }); // MV3 stopped the worker
      expect(await restarted.importApply(id)).toEqual({ ok: false, error: { code: 'not-found', message: IMPORT_INTERRUPTED } });
      expect(await restarted.importChunk(id, { seq: 1, postings: [], texts: [] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await rawStorage()).toBe('[]');
    });

    it('a stage the page stopped talking to (the tab was closed) expires; status keeps it alive meanwhile', async () => {
      const clock = manualClock(T0);
      const writer = createWriter({ now: clock.now, quotaBytes: BIG });
      const id = await stage(writer, exportFile([posting(1)]));
      clock.advance(IMPORT_STAGE_TTL_MS - 1_000);
      expect((await writer.importStatus(id)).ok).toBe(true); // the page's keep-alive
      clock.advance(IMPORT_STAGE_TTL_MS - 1_000);
      expect((await writer.importPreview(id)).ok).toBe(true);
      clock.advance(IMPORT_STAGE_TTL_MS + 1);
      expect(await writer.importApply(id)).toMatchObject({ ok: false, error: { code: 'not-found', message: IMPORT_INTERRUPTED } });
      expect(await rawStorage()).toBe('[]');
    });

    it('a new import or a cancel drops the staged one', async () => {
      const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
      const first = await stage(writer, exportFile([posting(1)]));
      const second = await stage(writer, exportFile([posting(2)]));
      expect(await writer.importPreview(first)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await writer.importCancel(second)).toEqual({ ok: true, value: null });
      expect(await writer.importApply(second)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await rawStorage()).toBe('[]');
    });
  });

  describe('v1–v5 files', () => {
    const importers = {
      whole: (writer: Writer, file: unknown) => writer.applyImport(JSON.stringify(file)),
      staged: (writer: Writer, file: unknown) => createImporter(writerTransport(writer)).apply(JSON.stringify(file)),
    };
    for (const [how, run] of Object.entries(importers)) {
      it(`${how}: v1 postings get their inline description back; v2 and v3 have none to claim; v4 and v5 bring their texts; v5 its stage history`, async () => {
        const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
        expect(await run(writer, V1_EXPORT)).toMatchObject({ ok: true, value: { sourceVersion: 1, added: [{ id: V1_POSTING.id }] } });
        expect(await run(writer, V2_EXPORT)).toMatchObject({ ok: true, value: { sourceVersion: 2, added: [{ id: V2_POSTING.id }] } });
        const v3 = { ...exportFile([posting(3, { textChars: 77 })], []), version: 3 };
        delete (v3 as { texts?: unknown }).texts;
        expect(await run(writer, v3)).toMatchObject({ ok: true, value: { sourceVersion: 3, added: [{ id: posting(3).id }] } });
        // A v4 file holds v3 postings (no stage history): each gets one entry, its status at its save date.
        const four = posting(4, { textChars: 123 });
        const { history: _h, followUpAt: _f, followUpDoneAt: _d, ...fourAsV3 } = four;
        expect(await run(writer, { ...exportFile([fourAsV3 as never], [textOf(four)]), version: 4 })).toMatchObject({ ok: true, value: { sourceVersion: 4, added: [{ id: four.id }] } });
        const day = 86_400_000;
        const five = {
          ...posting(5, { textChars: 50 }),
          status: 'interviewing' as const,
          history: [{ status: 'saved' as const, at: T0 - 20 * day }, { status: 'applied' as const, at: T0 - 25 * day, hand: true as const }, { status: 'interviewing' as const, at: T0 - 2 * day }],
          followUpAt: T0 + 9 * day,
          followUpDoneAt: T0 - day,
        };
        expect(await run(writer, exportFile([five]))).toMatchObject({ ok: true, value: { sourceVersion: 5, added: [{ id: five.id }] } });
        const all = await stored();
        const v1Text = V1_POSTING.description.trim();
        expect(all[`text:${V1_POSTING.id}`]).toEqual({ id: V1_POSTING.id, text: v1Text });
        expect(all[`posting:${V1_POSTING.id}`]).toMatchObject({ textChars: v1Text.length, status: 'saved' });
        expect(all[`posting:${V2_POSTING.id}`]).not.toHaveProperty('textChars');
        expect(all).not.toHaveProperty(`text:${V2_POSTING.id}`);
        expect(all[`posting:${posting(3).id}`]).not.toHaveProperty('textChars');
        expect(all).not.toHaveProperty(`text:${posting(3).id}`);
        expect(all[`text:${four.id}`]).toEqual(textOf(four));
        expect(all[`posting:${four.id}`]).toEqual({ ...four, history: [{ status: 'saved', at: four.savedAt }] });
        expect(all[`posting:${five.id}`]).toEqual(five);
        const list = await writer.listPostings();
        expect(list.ok && list.value.corruptCount).toBe(0);
      });
    }

    it('a posting replaced by one without its description keeps the stored description', async () => {
      const writer = createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: BIG });
      const p = posting(1, { textChars: 90 });
      expect((await writer.applyImport(JSON.stringify(exportFile([p])))).ok).toBe(true);
      const newer = { ...p, notes: 'newer, from a v3 file', updatedAt: p.updatedAt + 1_000 };
      const v3 = { ...exportFile([newer], []), version: 3 };
      expect(await writer.applyImport(JSON.stringify(v3))).toMatchObject({ ok: true, value: { replaced: [{ id: p.id }] } });
      const all = await stored();
      expect(all[`posting:${p.id}`]).toEqual({ ...newer, textChars: 90 });
      expect(all[`text:${p.id}`]).toEqual(textOf(p));
    });
  });
});

describe('export', () => {
  beforeEach(() => fakeBrowser.reset());

  it('carries each kept description, read by key (the full read leaves them out), and re-imports them', async () => {
    // An area that lists keys and counts bytes, as Chrome's does: the full read then leaves every `text:` value out.
    const { area, calls: reads } = chromeLikeArea();
    const writer = createWriter({ now: tickingClock(T0 + 20_000_000), area, quotaBytes: BIG });
    await writer.savePosting(makeInput('greenhouse:acme:1', { description: 'First posting, in full. '.repeat(30) }));
    await writer.savePosting(makeInput('greenhouse:acme:2', { description: '   ' })); // nothing to keep
    await writer.savePosting(makeInput('greenhouse:acme:3', { description: 'Third posting, in full.' }));
    reads.length = 0;
    const r = await writer.exportData('json');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.text).not.toContain('\n'); // compact
    const file = JSON.parse(r.value.text) as { version: number; postings: { id: string; textChars?: number }[]; texts: { id: string; text: string }[] };
    expect(file.version).toBe(5);
    expect(file.texts).toEqual([
      { id: 'greenhouse:acme:1', text: 'First posting, in full. '.repeat(30).trim() },
      { id: 'greenhouse:acme:3', text: 'Third posting, in full.' },
    ]);
    expect(file.postings.map((p) => p.textChars)).toEqual([file.texts[0]!.text.length, undefined, 'Third posting, in full.'.length]);
    // The full read did not bring them: they were asked for by key.
    expect(reads.some((keys) => keys.includes('text:greenhouse:acme:1') && !keys.some((k) => k.startsWith('posting:')))).toBe(true);

    const source = await fakeBrowser.storage.local.get(null);
    fakeBrowser.reset();
    const fresh = createWriter({ now: tickingClock(T0 + 2_000_000_000_000), quotaBytes: BIG });
    expect((await createImporter(writerTransport(fresh)).apply(r.value.text)).ok).toBe(true);
    const now = await fakeBrowser.storage.local.get(null);
    for (const key of Object.keys(source).filter((k) => k.startsWith('text:') || k.startsWith('posting:'))) expect(now[key], key).toEqual(source[key]);
    const again = await fresh.exportData('json');
    expect(again.ok && { ...(JSON.parse(again.value.text) as object), exportedAt: 0 }).toEqual({ ...file, exportedAt: 0 });
  });

  it('a JSON export over one message is read back in parts that make the same file', async () => {
    const writer = createWriter({ now: () => T0 + 20_000_000, quotaBytes: BIG }); // one export time for every export
    const postings = Array.from({ length: 1_000 }, (_, i) => posting(i, { textChars: 9_000 }));
    expect((await createImporter(writerTransport(writer)).apply(JSON.stringify(exportFile(postings)))).ok).toBe(true);
    const whole = await writer.exportData('json');
    if (!whole.ok) throw new Error(whole.error.message);
    const first = await writer.exportStart('json');
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.parts).toBe(2);
    expect(first.value.chars).toBe(whole.value.text.length);
    const exportId = first.value.exportId;
    if (!exportId) throw new Error('no parts');
    expect(await writer.exportPart(exportId, 5)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const second = await writer.exportPart(exportId, 1);
    expect(second.ok && first.value.text + second.value.text === whole.value.text).toBe(true);
    // Read to the end: the parts are gone.
    expect(await writer.exportPart(exportId, 1)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const read = await readExport(writerTransport(writer), 'json');
    expect(read.ok && read.value.text === whole.value.text).toBe(true);
  }, 60_000);

  it('splits text into parts without cutting a surrogate pair', () => {
    expect(splitText('abcdef', 4)).toEqual(['abcd', 'ef']);
    expect(splitText('', 4)).toEqual(['']);
    const parts = splitText('abc😀def', 4); // the emoji is two UTF-16 units, at 3 and 4
    expect(parts).toEqual(['abc', '😀de', 'f']);
    expect(parts.join('')).toBe('abc😀def');
  });
});
