import { afterPaint } from '../after-paint';
import type { ImportPreview } from './export-import';
import { IMPORT_CHUNK_MAX_ITEMS, splitExportFile, type ImportChunk, type ImportHeader } from './import-stage';
import { fail, ok, type Result } from './result';
import { parseUntrustedJson } from './safe-json';
import type { ApplyImportValue, ExportPartsValue, ExportValue, ImportStatus } from './writer/transfer';

/**
 * The page's side of export and import (the dashboard's Data section), over the background's staged transfer
 * (lib/storage/writer/transfer.ts): a file of any size is parsed here, sent in chunks of a few MiB, previewed, then
 * applied in one write; a large export comes back in parts. Progress is reported as it goes. No zod here beyond
 * import-stage's frame check; every chunk is validated by the background.
 */
export type ImportPhase = 'reading' | 'parsing' | 'sending' | 'checking' | 'applying';
export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Done of total, in the phase's unit: bytes read, items sent, steps applied. */
  readonly done: number;
  readonly total: number;
}
export interface ImportCallOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Aborted when the page no longer wants the import (Cancel, another file, the panel closed): the stage is dropped. */
  readonly signal?: AbortSignal;
}

/** The background's transfer messages (the messaging client in the dashboard; the writer itself in tests). */
export interface TransferTransport {
  begin(header: ImportHeader): Promise<Result<{ importId: string }>>;
  chunk(importId: string, chunk: ImportChunk): Promise<Result<{ postings: number; texts: number }>>;
  preview(importId: string): Promise<Result<ImportPreview>>;
  apply(importId: string): Promise<Result<ApplyImportValue>>;
  status(importId: string): Promise<Result<ImportStatus>>;
  cancel(importId: string): Promise<Result<null>>;
  exportStart(format: 'json' | 'csv'): Promise<Result<ExportPartsValue>>;
  exportPart(exportId: string, index: number): Promise<Result<{ text: string }>>;
}

/** Characters of postings and descriptions per chunk message (a board-length posting with its text is ~13 KiB: ~300 a chunk). */
export const IMPORT_CHUNK_CHARS = 4 * 1024 * 1024;

const CANCELLED = 'The import was cancelled. Nothing was imported.';

/** Approximate characters an item takes in a message (a description: its text; a posting: its JSON). */
function itemChars(item: unknown, kind: 'posting' | 'text'): number {
  if (kind === 'text' && item !== null && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') return (item as { text: string }).text.length + 256;
  return (JSON.stringify(item) ?? '').length;
}

/** Postings, then descriptions, in chunks of at most `budget` characters (one item may exceed it alone) and IMPORT_CHUNK_MAX_ITEMS items. */
export function planChunks(postings: readonly unknown[], texts: readonly unknown[], budget = IMPORT_CHUNK_CHARS): ImportChunk[] {
  const chunks: ImportChunk[] = [];
  let open: ImportChunk = { seq: 0, postings: [], texts: [] };
  let chars = 0;
  const push = (item: unknown, kind: 'posting' | 'text') => {
    const size = itemChars(item, kind);
    const list = kind === 'posting' ? open.postings : open.texts;
    const count = open.postings.length + open.texts.length;
    if (count > 0 && (chars + size > budget || list.length >= IMPORT_CHUNK_MAX_ITEMS)) {
      chunks.push(open);
      open = { seq: chunks.length, postings: [], texts: [] };
      chars = 0;
    }
    (kind === 'posting' ? open.postings : open.texts).push(item);
    chars += size;
  };
  for (const p of postings) push(p, 'posting');
  for (const t of texts) push(t, 'text');
  if (open.postings.length + open.texts.length > 0 || chunks.length === 0) chunks.push(open);
  return chunks;
}

export interface Importer {
  /** Parses the file's text, stages it in the background chunk by chunk, and returns what it would change. */
  preview(text: string, options?: ImportCallOptions): Promise<Result<ImportPreview>>;
  /** Applies the file previewed last (or stages `text` first if it is another one): one write in the background. */
  apply(text: string, options?: ImportCallOptions): Promise<Result<ApplyImportValue>>;
  /** Drops the staged import, if any (best effort). */
  cancel(): void;
}

export interface ImporterOptions {
  /** While a preview is shown, how often the page tells the background it still wants the stage (an MV3 worker stops after 30 s idle). */
  readonly keepAliveMs?: number;
  /** For how long at most (then the stage may expire: apply says so). */
  readonly keepAliveForMs?: number;
  /** How often apply asks how far it is. */
  readonly pollMs?: number;
  /** Characters per chunk message (IMPORT_CHUNK_CHARS). */
  readonly chunkChars?: number;
  /**
   * Runs the write (apply) with the page's storage listeners off: the browser sends every changed value to each
   * listener (~60 MiB for 5,000 postings), and the page reloads after an import anyway.
   */
  readonly quietly?: <T>(write: () => Promise<T>) => Promise<T>;
}

export function createImporter(transport: TransferTransport, options: ImporterOptions = {}): Importer {
  const { keepAliveMs = 20_000, keepAliveForMs = 10 * 60_000, pollMs = 200, chunkChars = IMPORT_CHUNK_CHARS, quietly = (write) => write() } = options;
  let staged: { text: string; importId: string } | null = null;
  let keepAlive: ReturnType<typeof setInterval> | undefined;

  const stopKeepAlive = () => {
    clearInterval(keepAlive);
    keepAlive = undefined;
  };

  const cancel = () => {
    stopKeepAlive();
    const s = staged;
    staged = null;
    if (s) void transport.cancel(s.importId).catch(() => undefined);
  };

  async function stage(text: string, { onProgress, signal }: ImportCallOptions): Promise<Result<{ importId: string; preview: ImportPreview }>> {
    const aborted = () => signal?.aborted === true;
    onProgress?.({ phase: 'parsing', done: 0, total: 1 });
    await afterPaint();
    if (aborted()) return fail('import-rejected', CANCELLED);
    const json = parseUntrustedJson(text);
    if (!json.ok) return fail('import-rejected', json.message);
    const split = splitExportFile(json.value);
    if (!split.ok) return fail('import-rejected', split.message);
    const { header, postings, texts } = split.value;
    const total = postings.length + texts.length;
    onProgress?.({ phase: 'parsing', done: 1, total: 1 });
    const chunks = planChunks(postings, texts, chunkChars);
    const begun = await transport.begin(header);
    if (!begun.ok) return begun;
    const { importId } = begun.value;
    const dropIfAborted = () => {
      if (!aborted()) return false;
      void transport.cancel(importId).catch(() => undefined);
      return true;
    };
    onProgress?.({ phase: 'sending', done: 0, total });
    // Two chunks in flight: the page serialises the next while the background validates this one. The background
    // takes them in order (seq is checked); after a failure the one still in flight finds the stage gone.
    let inFlight: Promise<Result<{ postings: number; texts: number }>> | null = null;
    const settle = async (sending: Promise<Result<{ postings: number; texts: number }>>): Promise<Result<null>> => {
      const sent = await sending;
      if (!sent.ok) return sent;
      onProgress?.({ phase: 'sending', done: sent.value.postings + sent.value.texts, total });
      return ok(null);
    };
    for (const chunk of chunks) {
      if (dropIfAborted()) return fail('import-rejected', CANCELLED);
      const sending = transport.chunk(importId, chunk);
      if (inFlight) {
        const previous = await settle(inFlight);
        if (!previous.ok) {
          void sending.catch(() => undefined);
          return previous;
        }
      }
      inFlight = sending;
    }
    if (inFlight) {
      const last = await settle(inFlight);
      if (!last.ok) return last;
    }
    if (dropIfAborted()) return fail('import-rejected', CANCELLED);
    onProgress?.({ phase: 'checking', done: 0, total: 1 });
    const preview = await transport.preview(importId);
    if (!preview.ok) return preview;
    if (dropIfAborted()) return fail('import-rejected', CANCELLED);
    onProgress?.({ phase: 'checking', done: 1, total: 1 });
    return ok({ importId, preview: preview.value });
  }

  return {
    async preview(text, callOptions = {}) {
      cancel();
      const r = await stage(text, callOptions);
      if (!r.ok) return r;
      staged = { text, importId: r.value.importId };
      const { importId } = r.value;
      const until = Date.now() + keepAliveForMs;
      keepAlive = setInterval(() => {
        if (staged?.importId !== importId || Date.now() > until) return stopKeepAlive();
        void transport.status(importId).catch(() => undefined);
      }, keepAliveMs);
      const dropOnAbort = () => {
        if (staged?.importId === importId) cancel();
      };
      if (callOptions.signal?.aborted) dropOnAbort();
      else callOptions.signal?.addEventListener('abort', dropOnAbort, { once: true });
      return ok(r.value.preview);
    },

    async apply(text, callOptions = {}) {
      const { onProgress } = callOptions;
      let importId: string;
      if (staged && staged.text === text) importId = staged.importId;
      else {
        cancel();
        const r = await stage(text, callOptions);
        if (!r.ok) return r;
        importId = r.value.importId;
      }
      stopKeepAlive();
      staged = null;
      onProgress?.({ phase: 'applying', done: 0, total: 3 });
      let finished = false;
      const poll = setInterval(() => {
        void transport.status(importId).then((s) => {
          if (!finished && s.ok && s.value.applying) onProgress?.({ phase: 'applying', done: s.value.applying.step, total: s.value.applying.steps });
        }, () => undefined);
      }, pollMs);
      try {
        const r = await quietly(() => transport.apply(importId));
        if (r.ok) onProgress?.({ phase: 'applying', done: 3, total: 3 });
        return r;
      } finally {
        finished = true;
        clearInterval(poll);
      }
    },

    cancel,
  };
}

/** The export file, read in parts when it is larger than one message may carry. */
export async function readExport(transport: Pick<TransferTransport, 'exportStart' | 'exportPart'>, format: 'json' | 'csv'): Promise<Result<ExportValue>> {
  const first = await transport.exportStart(format);
  if (!first.ok) return first;
  const { filename, mimeType, text, parts, exportId } = first.value;
  if (exportId === null || parts <= 1) return ok({ filename, mimeType, text });
  const all = [text];
  for (let index = 1; index < parts; index++) {
    const part = await transport.exportPart(exportId, index);
    if (!part.ok) return part;
    all.push(part.value.text);
  }
  return ok({ filename, mimeType, text: all.join('') });
}
