import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { client } from '../../lib/messaging/client';
import { registerHandlers } from '../../lib/messaging/handlers';
import { IMPORT_CHUNK_MAX_ITEMS } from '../../lib/storage/import-stage';
import { IMPORT_MESSAGE_MAX_CHARS } from '../../lib/storage/safe-json';
import { createImporter, readExport } from '../../lib/storage/transfer-client';
import { messagingTransport } from '../../lib/messaging/transfer-transport';
import { createWriter } from '../../lib/storage/writer';
import { IMPORT_INTERRUPTED } from '../../lib/storage/writer/transfer';
import { rawStorage, tickingClock } from '../storage/helpers';
import { posting, T0, textOf, exportFile } from '../storage/transfer-helpers';

const PAGE_URL = 'https://boards.greenhouse.io/acme/jobs/1';
const contentScript = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: PAGE_URL });
const extensionPage = (): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') });

function sendAs(sender: Runtime.MessageSender) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    // The browser serialises a message as JSON on its way to the background (and the answer on its way back).
    const answers = await fakeBrowser.runtime.onMessage.trigger(JSON.parse(JSON.stringify(message)), sender);
    const answer = answers.find((a) => !!a);
    return answer === undefined ? undefined : JSON.parse(JSON.stringify(answer));
  }) as typeof fakeBrowser.runtime.sendMessage);
}

const transport = messagingTransport;

let unregister: () => void = () => {};
function startBackground() {
  unregister();
  unregister = registerHandlers(createWriter({ now: tickingClock(T0 + 20_000_000), quotaBytes: 2 ** 30 }));
}

describe('staged import and export through the messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    startBackground();
  });
  afterEach(() => unregister());

  it('a file larger than one message is staged in chunks, previewed, applied, and exported back in parts', async () => {
    sendAs(extensionPage());
    const postings = Array.from({ length: 1_300 }, (_, i) => posting(i, { textChars: 9_000 }));
    const text = JSON.stringify(exportFile(postings));
    expect(text.length).toBeGreaterThan(IMPORT_MESSAGE_MAX_CHARS);
    expect(await client.previewImport({ text })).toMatchObject({ ok: false, error: { code: 'invalid-input' } }); // too large for one message
    const importer = createImporter(transport);
    const preview = await importer.preview(text);
    expect(preview.ok && preview.value.added).toHaveLength(1_300);
    expect(await rawStorage()).toBe('[]');
    const applied = await importer.apply(text);
    expect(applied.ok && applied.value.added).toHaveLength(1_300);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all[`text:${postings[7]!.id}`]).toEqual(textOf(postings[7]!));
    const exported = await readExport(transport, 'json');
    if (!exported.ok) throw new Error(exported.error.message);
    const file = JSON.parse(exported.value.text) as { postings: unknown[]; texts: unknown[] };
    expect(file.postings).toHaveLength(1_300);
    expect(file.texts).toHaveLength(1_300);
  }, 60_000);

  it('a restarted worker has lost the stage: the import says it was interrupted, and nothing is written', async () => {
    sendAs(extensionPage());
    const text = JSON.stringify(exportFile([posting(1, { textChars: 100 })]));
    const importer = createImporter(transport);
    expect((await importer.preview(text)).ok).toBe(true);
    startBackground(); // MV3 stopped and restarted the service worker
    expect(await importer.apply(text)).toEqual({ ok: false, error: { code: 'not-found', message: IMPORT_INTERRUPTED } });
    expect(await rawStorage()).toBe('[]');
  });

  it('never lets a content script stage, apply, cancel or read an import or an export', async () => {
    sendAs(extensionPage());
    const begun = await client.importBegin({ format: 'pathway-lens-export', version: 5, exportedAt: T0, progress: [], settings: exportFile([]).settings, postings: 1, texts: 0 });
    if (!begun.ok) throw new Error(begun.error.message);
    const importId = begun.value.importId;
    sendAs(contentScript());
    for (const call of [
      () => client.importBegin({ format: 'pathway-lens-export', version: 5, exportedAt: T0, progress: [], settings: exportFile([]).settings, postings: 0, texts: 0 }),
      () => client.importChunk({ importId, seq: 0, postings: [posting(1)], texts: [] }),
      () => client.importPreview({ importId }),
      () => client.importApply({ importId }),
      () => client.importStatus({ importId }),
      () => client.importCancel({ importId }),
      () => client.exportPart({ exportId: importId, index: 1 }),
    ]) {
      expect(await call()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    sendAs(extensionPage());
    expect(await client.importStatus({ importId })).toMatchObject({ ok: true, value: { postings: 0 } }); // untouched
  });

  it('validates every payload, bounded', async () => {
    sendAs(extensionPage());
    const send = fakeBrowser.runtime.sendMessage as (m: unknown) => Promise<{ res?: unknown }>;
    const raw = (type: string, data: unknown) => send({ id: 1, type, data, timestamp: Date.now() }).then((r) => r.res);
    const header = { format: 'pathway-lens-export', version: 5, exportedAt: T0, progress: [], settings: exportFile([]).settings, postings: 0, texts: 0 };
    const id = 'a1b2c3d4-0000-4000-8000-000000000000';
    for (const [type, data] of [
      ['importBegin', { ...header, format: 'other' }],
      ['importBegin', { ...header, version: 6 }],
      ['importBegin', { ...header, postings: 10_001 }],
      ['importBegin', { ...header, extra: true }],
      ['importChunk', { importId: id, seq: 0, postings: Array.from({ length: IMPORT_CHUNK_MAX_ITEMS + 1 }, () => 1), texts: [] }],
      ['importChunk', { importId: id, seq: -1, postings: [], texts: [] }],
      ['importChunk', { importId: '../x', seq: 0, postings: [], texts: [] }],
      ['importApply', { importId: id, force: true }],
      ['exportPart', { exportId: id, index: 0 }],
      ['previewImport', { text: 'x'.repeat(IMPORT_MESSAGE_MAX_CHARS + 1) }],
    ] as const) {
      expect(await raw(type, data), `${type} ${JSON.stringify(data).slice(0, 80)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
