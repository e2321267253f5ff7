import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseImport } from '../../lib/storage/export-import';
import { PROGRESS_LOG_KEY } from '../../lib/storage/progress-log';
import { IMPORT_MAX_CHARS } from '../../lib/storage/safe-json';
import { EXPORT_VERSION } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { V1_EXPORT, V1_POSTING } from './fixtures/v1';
import { V2_EXPORT, V2_POSTING, V2_POSTING_AS_V4, V2_SETTINGS } from './fixtures/v2';
import { makeInput, rawStorage, tickingClock } from './helpers';

async function exported(writer: Writer): Promise<string> {
  const r = await writer.exportData('json');
  if (!r.ok) throw new Error(r.error.message);
  return r.value.text;
}

async function populated(): Promise<Writer> {
  const writer = createWriter({ now: tickingClock() });
  await writer.savePosting(makeInput('greenhouse:acme:1'));
  await writer.savePosting(makeInput('lever:beta:2', { url: 'https://jobs.lever.co/beta/2', board: 'lever' }));
  await writer.setPostingStatus('lever:beta:2', 'applied');
  await writer.setPostingNotes('lever:beta:2', 'Referral from Sam');
  await writer.setProgress('skill', 'ai-risk-management', true);
  await writer.setProgress('task', 'define-ai-use-case', true);
  await writer.setProgress('other', 'kubernetes', true);
  await writer.setProgress('action', 'update-linkedin-headline', true);
  await writer.updateSettings({ theme: 'dark', sidebar: { board: 'lever', position: 'left' } });
  return writer;
}

describe('export / import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports everything and re-imports it into an empty profile identically', async () => {
    const file = await exported(await populated());
    const original = JSON.parse(file) as Record<string, unknown>;
    fakeBrowser.reset();
    const fresh = createWriter({ now: tickingClock(1_800_000_000_000) });
    const preview = await fresh.previewImport(file);
    expect(original).toMatchObject({ format: 'pathway-lens-export', version: 5 });
    for (const p of original.postings as object[]) expect(p).not.toHaveProperty('score'); // v3+ files hold no score
    expect(preview).toMatchObject({ ok: true, value: { sourceVersion: 5, added: [{ id: 'greenhouse:acme:1' }, { id: 'lever:beta:2' }], replaced: [], progressAdded: 4, settingsReplaced: true } });
    expect(await rawStorage()).toBe('[]'); // preview writes nothing
    expect((await fresh.applyImport(file)).ok).toBe(true);
    const again = JSON.parse(await exported(fresh)) as Record<string, unknown>;
    expect({ ...again, exportedAt: 0 }).toEqual({ ...original, exportedAt: 0 });
  });

  it('imports a file exported by v1', async () => {
    const writer = createWriter({ now: tickingClock() });
    const r = await writer.applyImport(JSON.stringify(V1_EXPORT));
    expect(r).toMatchObject({ ok: true, value: { sourceVersion: 1, added: [{ id: V1_POSTING.id }], progressAdded: 4, settingsReplaced: true } });
    const progress = await writer.getProgress();
    expect(progress.ok && progress.value).toMatchObject({ learnedSkills: ['ai-risk-management'], doneTasks: ['define-ai-use-case'], knownSkills: ['kubernetes'], doneActions: ['update-linkedin-headline'] });
    const list = await writer.listPostings();
    expect(list.ok && list.value.postings[0]).toMatchObject({ id: V1_POSTING.id, status: 'saved', notes: '', savedAt: V1_POSTING.savedAt, updatedAt: V1_POSTING.savedAt });
    expect(list.ok && list.value.postings[0]).not.toHaveProperty('score');
  });

  it('imports a file exported by v2: cached scores dropped, everything the user made kept', async () => {
    const writer = createWriter({ now: tickingClock() });
    const preview = await writer.previewImport(JSON.stringify(V2_EXPORT));
    expect(preview).toEqual({ ok: true, value: { sourceVersion: 2, added: [{ id: V2_POSTING.id, title: 'Senior AI Program Manager', company: 'Beta' }], replaced: [], keptExisting: 0, skippedReadOnly: [], progressAdded: 3, progressReplaced: 0, settingsReplaced: true } });
    expect((await writer.applyImport(JSON.stringify(V2_EXPORT))).ok).toBe(true);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`posting:${V2_POSTING.id}`]).toEqual(V2_POSTING_AS_V4);
    expect(raw[`posting:${V2_POSTING.id}$`]).toEqual({ v: 4 });
    expect(raw['settings']).toEqual(V2_SETTINGS);
    const progress = await writer.getProgress();
    expect(progress.ok && progress.value).toMatchObject({ learnedSkills: ['ai-risk-management'], doneTasks: ['p1-read-pm-books'], knownSkills: [] });
    // Only the learned skill changed a scoring input; the unlearned one and the task are not logged.
    expect(raw[PROGRESS_LOG_KEY]).toEqual({ baseline: { learnedSkills: [], knownSkills: [] }, events: [{ at: 1_700_300_000_000, kind: 'skill', id: 'ai-risk-management', done: true }] });
    // And it exports again as v5, without the score, with the history it was given.
    const again = JSON.parse(await exported(writer)) as { version: number; postings: unknown[] };
    expect(again.version).toBe(5);
    expect(again.postings).toEqual([V2_POSTING_AS_V4]);
  });

  it('merges by id: the newer updatedAt wins, ties and older keep what is stored', async () => {
    const writer = await populated();
    const file = JSON.parse(await exported(writer)) as { postings: { id: string; updatedAt: number; notes: string }[] };
    const [a, b] = file.postings;
    if (!a || !b) throw new Error('fixture');
    a.notes = 'newer note';
    a.updatedAt += 1_000;
    b.notes = 'older note';
    b.updatedAt -= 1_000;
    const preview = await writer.previewImport(JSON.stringify(file));
    expect(preview).toMatchObject({ ok: true, value: { added: [], replaced: [{ id: a.id }], keptExisting: 1 } });
    await writer.applyImport(JSON.stringify(file));
    const list = await writer.listPostings();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.postings.find((p) => p.id === a.id)?.notes).toBe('newer note');
    expect(list.value.postings.find((p) => p.id === b.id)?.notes).toBe('Referral from Sam');
    // Re-importing the same file is a no-op.
    const before = await rawStorage();
    await writer.applyImport(JSON.stringify(file));
    expect(await rawStorage()).toBe(before);
  });

  it.each([
    ['not JSON', '{'],
    ['another app', '{"format":"other","version":2}'],
    ['a newer format', JSON.stringify({ ...V1_EXPORT, version: EXPORT_VERSION + 1 })],
    ['a v2 file with a v1 posting', JSON.stringify({ ...V2_EXPORT, postings: [V1_POSTING] })],
    ['a v3 file with a v1 posting', JSON.stringify({ ...V2_EXPORT, version: 3, postings: [V1_POSTING] })],
    ['__proto__ key', JSON.stringify(V1_EXPORT).replace('"settings":', '"__proto__":{"polluted":1},"settings":')],
    ['constructor key', JSON.stringify(V1_EXPORT).replace('"settings":', '"x":{"constructor":{"prototype":{"polluted":1}}},"settings":')],
    ['duplicate posting', JSON.stringify({ ...V1_EXPORT, postings: [V1_POSTING, V1_POSTING] })],
    ['one invalid posting among valid ones', JSON.stringify({ ...V1_EXPORT, postings: [V1_POSTING, { ...V1_POSTING, id: 'x:2', url: 'javascript:1' }] })],
    ['too deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ])('rejects %s whole, leaving storage byte-identical', async (_name, text) => {
    const writer = await populated();
    const before = await rawStorage();
    const r = await writer.applyImport(text);
    expect(r).toMatchObject({ ok: false, error: { code: 'import-rejected' } });
    expect(await rawStorage()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects files over the size cap before parsing', () => {
    expect(parseImport(' '.repeat(IMPORT_MAX_CHARS + 1), Date.now())).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });
});

describe('import fuzz: hostile files', () => {
  it('1,000+ generated malformed / hostile files: no crash, no prototype pollution, storage unchanged on reject', async () => {
    fakeBrowser.reset();
    const writer = await populated();
    const validText = await exported(writer);
    const valid = JSON.parse(validText) as Record<string, unknown>;
    const baseline = await fakeBrowser.storage.local.get(null);
    const baselineRaw = await rawStorage();
    // Snapshot the globals only now, after the environment's own lazy globals have settled (warm-up above),
    // so any change reported below comes from processing the hostile files.
    await writer.previewImport(validText);
    const { assertNoPoisoning } = await import('@fast-check/poisoning');

    const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const hostileValue = fc.oneof(fc.jsonValue(), fc.constant({ polluted: true }), fc.constant({ prototype: { polluted: true } }));
    // Mutations of a real export: a random field replaced, a polluting key injected at a random depth, truncation.
    const paths = fc.array(fc.oneof(fc.constantFrom('postings', 'progress', 'settings', 'report', 'skills', '0', '1', 'score', 'autoOpen', 'format', 'version'), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 5 });
    const mutated = fc.tuple(paths, hostileValue, fc.boolean(), pollutingKey).map(([path, value, asKey, badKey]) => {
      const copy = structuredClone(valid) as Record<string, unknown>;
      let node: Record<string, unknown> = copy;
      for (const p of path.slice(0, -1)) {
        const next = node[p];
        if (next && typeof next === 'object') node = next as Record<string, unknown>;
      }
      const last = path[path.length - 1] ?? 'x';
      const text = JSON.stringify(copy);
      if (asKey) return text.replace(/\{/, `{"${badKey}":${JSON.stringify(value) ?? 'null'},`);
      // An array's `length` set to a non-length throws here, in the test, before any file exists: not a file to try.
      if (Array.isArray(node) && last === 'length') return text;
      node[last] = value;
      return JSON.stringify(copy);
    });
    const file = fc.oneof(
      { weight: 4, arbitrary: mutated },
      { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 1, arbitrary: fc.nat({ max: validText.length }).map((n) => validText.slice(0, n)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(1, 2, 3), fc.jsonValue()).map(([version, v]) => JSON.stringify({ format: 'pathway-lens-export', version, exportedAt: 1, postings: [v], progress: [], settings: v })) },
    );

    let rejected = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const preview = await writer.previewImport(text);
        const result = await writer.applyImport(text);
        expect(preview.ok).toBe(result.ok); // preview and apply agree on validity
        if (!result.ok) {
          rejected++;
          expect(result.error.code).toBe('import-rejected');
          expect(await rawStorage()).toBe(baselineRaw);
        } else {
          accepted++;
          // Whatever was accepted is valid data: the store still lists and validates cleanly.
          const list = await writer.listPostings();
          expect(list.ok && list.value.corruptCount).toBe(0);
          await fakeBrowser.storage.local.clear();
          await fakeBrowser.storage.local.set(structuredClone(baseline));
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 1_000 },
    );
    expect(rejected + accepted).toBe(1_000);
    expect(rejected).toBeGreaterThan(500);
    assertNoPoisoning();
  }, 60_000);
});
