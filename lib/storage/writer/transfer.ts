import { buildExport, parseImport, planImport, postingsCsv, previewOf, type ImportPreview, type NormalizedImport } from '../export-import';
import { addChunk, closeStage, openStage, type ImportChunk, type ImportHeader, type Stage } from '../import-stage';
import { versionedEntries } from '../items';
import { metaKey, postingKey, textKey } from '../keys';
import { toProgressSnapshot, toProgressView } from '../progress';
import { readStore, type StoreView } from '../read-store';
import { fail, ok, StorageError, type Result } from '../result';
import type { PostingText } from '../schemas';
import { failure, type Core, type WriteOutcome } from './core';
import { mergedEntries } from './sync';

/**
 * Export (JSON, CSV) and import (preview, then apply; merge by id, the newer updatedAt wins).
 *
 * A file too large for one message is imported in stages (lib/storage/transfer-client.ts drives it from the dashboard):
 * `importBegin` (the header: version, progress, settings, counts) → `importChunk` × n (postings and descriptions,
 * each validated as it arrives: lib/storage/import-stage.ts) → `importPreview` → `importApply`. The staged file lives
 * in this worker's memory only, one import at a time: a new import, `importCancel`, IMPORT_STAGE_TTL_MS without a
 * word from the page, or a worker restart drops it, and nothing was written — apply is one writer operation with
 * one atomic `set`. A JSON export too large for one message is read back in parts the same way (`exportPart`).
 */
export interface ExportValue {
  filename: string;
  mimeType: string;
  text: string;
}
/** An export as the dashboard receives it: `text` is the first of `parts` parts (the only one, for most stores). */
export interface ExportPartsValue extends ExportValue {
  /** Characters of the whole file. */
  chars: number;
  parts: number;
  /** Where the other parts are (exportPart); null when `text` is the whole file. */
  exportId: string | null;
}
export interface ApplyImportValue extends ImportPreview, WriteOutcome {}

/** A staged import: how much of the file arrived, and, while it is applied, the step (of `steps`). */
export interface ImportStatus {
  postings: number;
  texts: number;
  expected: { postings: number; texts: number };
  applying: { step: number; steps: number } | null;
}

export interface TransferWriter {
  exportData(format: 'json' | 'csv'): Promise<Result<ExportValue>>;
  /** As exportData, for a message: the first part of the file, and where the rest is when it is larger than one part. */
  exportStart(format: 'json' | 'csv'): Promise<Result<ExportPartsValue>>;
  exportPart(exportId: string, index: number): Promise<Result<{ text: string }>>;
  /** A whole file in one string (tools, tests and small files). */
  previewImport(text: string): Promise<Result<ImportPreview>>;
  applyImport(text: string): Promise<Result<ApplyImportValue>>;
  /** Starts a staged import (dropping any other). */
  importBegin(header: ImportHeader): Promise<Result<{ importId: string }>>;
  importChunk(importId: string, chunk: ImportChunk): Promise<Result<{ postings: number; texts: number }>>;
  importPreview(importId: string): Promise<Result<ImportPreview>>;
  importApply(importId: string): Promise<Result<ApplyImportValue>>;
  /** Also keeps the stage alive while the page shows the preview. */
  importStatus(importId: string): Promise<Result<ImportStatus>>;
  importCancel(importId: string): Promise<Result<null>>;
}

/** How long a staged import waits for the page's next word (a chunk, the preview, a status, apply). */
export const IMPORT_STAGE_TTL_MS = 10 * 60_000;
/** How long the parts of a large export wait to be read. */
export const EXPORT_PARTS_TTL_MS = 2 * 60_000;
/** Characters per export part: with JSON's escaping, a part stays far under the browser's 64 MiB message limit. */
export const EXPORT_PART_CHARS = 8 * 1024 * 1024;

export const IMPORT_INTERRUPTED =
  'The import was interrupted (Pathway Lens restarted, another import started, or the import waited too long). Nothing was imported: choose the file again.';

/** Steps of apply the page shows: waiting for the writer and reading storage, planning the merge, writing. */
const APPLY_STEPS = 3;

function parsed(text: string, now: number): NormalizedImport {
  const result = parseImport(text, now);
  if (!result.ok) throw new StorageError('import-rejected', result.message);
  return result.data;
}

/** `text` cut into parts of at most `size` characters, never inside a surrogate pair. */
export function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - at > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts.length > 0 ? parts : [''];
}

const newId = (): string => globalThis.crypto.randomUUID();

/** Releases memory after `ms` (a worker stopped sooner frees it anyway); never keeps a Node test process alive. */
function later(ms: number, run: () => void): ReturnType<typeof setTimeout> {
  const timer = setTimeout(run, ms);
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/**
 * Full descriptions of `ids`: those the read brought (`view.texts`, when storage was read whole), the others read by
 * key here, in the caller's queue slot, and validated as every record is (an invalid or newer one is left out).
 */
async function readTexts(core: Core, view: StoreView, ids: readonly string[]): Promise<Map<string, PostingText>> {
  const out = new Map<string, PostingText>();
  const missing: string[] = [];
  for (const id of ids) {
    const t = view.texts.get(id);
    if (t) out.set(id, t);
    else missing.push(id);
  }
  if (missing.length > 0 && core.area.get) {
    const read = readStore(await core.area.get(missing.flatMap((id) => [textKey(id), metaKey(textKey(id))])));
    for (const [id, t] of read.texts) out.set(id, t);
  }
  return out;
}

interface Staged {
  readonly id: string;
  readonly stage: Stage;
  data: NormalizedImport | null;
  touchedAt: number;
  applying: { step: number; steps: number } | null;
}

export function transferWriter(core: Core): TransferWriter {
  let staged: Staged | null = null;
  let stageTimer: ReturnType<typeof setTimeout> | undefined;
  let exported: { id: string; parts: string[]; at: number } | null = null;

  const drop = (s: Staged) => {
    if (staged === s) staged = null;
  };

  /** The staged import `id`, touched; throws the "interrupted" error when it is gone (or has waited too long). */
  function take(id: string): Staged {
    const s = staged;
    if (!s || s.id !== id) throw new StorageError('not-found', IMPORT_INTERRUPTED);
    if (!s.applying && core.now() - s.touchedAt > IMPORT_STAGE_TTL_MS) {
      drop(s);
      throw new StorageError('not-found', IMPORT_INTERRUPTED);
    }
    s.touchedAt = core.now();
    clearTimeout(stageTimer);
    stageTimer = later(IMPORT_STAGE_TTL_MS + 1_000, () => {
      if (staged === s && !s.applying && core.now() - s.touchedAt > IMPORT_STAGE_TTL_MS) drop(s);
    });
    return s;
  }

  /** The staged file, whole: closed once (every chunk in, descriptions checked); a file found invalid is dropped. */
  function wholeFile(s: Staged): NormalizedImport {
    if (s.data) return s.data;
    const closed = closeStage(s.stage);
    if (!closed.ok) {
      drop(s);
      throw new StorageError('import-rejected', closed.message);
    }
    s.data = closed.value;
    return s.data;
  }

  const sync = <T>(task: () => T): Promise<Result<T>> => {
    try {
      return Promise.resolve(ok(task()));
    } catch (err) {
      return Promise.resolve(failure(err));
    }
  };

  /** One writer operation: planned on this fresh read, written in one `set` (postings, descriptions, progress, settings, log). */
  async function applyData(view: StoreView, data: NormalizedImport, step: (n: number) => void = () => undefined): Promise<ApplyImportValue> {
    step(1);
    const plan = planImport(view, data);
    // Progress and settings with their progress-log events (imported changes of scoring inputs at their own times).
    const set = mergedEntries(view, plan);
    // A posting replaced by one that comes without its description keeps the description stored for its id.
    const keep = plan.postings.filter((p) => !data.texts.has(p.id) && view.postings.get(p.id)?.textChars !== undefined).map((p) => p.id);
    const stored = keep.length > 0 ? await readTexts(core, view, keep) : new Map<string, PostingText>();
    for (const p of plan.postings) {
      const text = data.texts.get(p.id);
      const kept = text === undefined ? stored.get(p.id) : undefined;
      Object.assign(set, versionedEntries('posting', postingKey(p.id), kept ? { ...p, textChars: kept.text.length } : p));
      if (text !== undefined) Object.assign(set, versionedEntries('text', textKey(p.id), text));
    }
    step(2);
    const usage = await core.commit(view, set);
    return { ...previewOf(plan, data.sourceVersion), usage };
  }

  async function exportText(view: StoreView, format: 'json' | 'csv'): Promise<ExportValue> {
    const date = new Date(core.now()).toISOString().slice(0, 10);
    if (format === 'csv') {
      const postings = [...view.postings.values()].sort((a, b) => b.savedAt - a.savedAt);
      const progress = toProgressSnapshot(toProgressView(view.progress.values()), view.settings);
      return { filename: `pathway-lens-postings-${date}.csv`, mimeType: 'text/csv', text: postingsCsv(postings, progress) };
    }
    // The full read leaves the descriptions out: read those of the postings that keep one, in this queue slot.
    const texts = await readTexts(core, view, [...view.postings.values()].filter((p) => p.textChars !== undefined).map((p) => p.id));
    // Compact, not pretty-printed: the file is about the size of what is stored.
    return { filename: `pathway-lens-${date}.json`, mimeType: 'application/json', text: JSON.stringify(buildExport(view, texts, core.now())) };
  }

  return {
    exportData: (format) => core.run((view) => exportText(view, format)),

    exportStart: async (format) => {
      const r = await core.run((view) => exportText(view, format));
      if (!r.ok) return r;
      const parts = splitText(r.value.text, EXPORT_PART_CHARS);
      const exportId = parts.length > 1 ? newId() : null;
      exported = exportId ? { id: exportId, parts, at: core.now() } : null;
      if (exportId) {
        later(EXPORT_PARTS_TTL_MS + 1_000, () => {
          if (exported?.id === exportId) exported = null;
        });
      }
      return ok({ filename: r.value.filename, mimeType: r.value.mimeType, text: parts[0] ?? '', chars: r.value.text.length, parts: parts.length, exportId });
    },

    exportPart: (exportId, index) => {
      const e = exported;
      if (!e || e.id !== exportId || core.now() - e.at > EXPORT_PARTS_TTL_MS) return Promise.resolve(fail('not-found', 'The export was interrupted. Export again.'));
      const text = e.parts[index];
      if (text === undefined) return Promise.resolve(fail('invalid-input', 'No such part of the export.'));
      e.at = core.now();
      if (index === e.parts.length - 1) exported = null;
      return Promise.resolve(ok({ text }));
    },

    previewImport: (text) =>
      core.run((view) => {
        const data = parsed(text, core.now());
        return previewOf(planImport(view, data), data.sourceVersion);
      }),

    // Validated whole, again, here: the preview the page showed is not trusted.
    applyImport: (text) => core.run((view) => applyData(view, parsed(text, core.now()))),

    importBegin: (header) =>
      sync(() => {
        staged = null; // one import at a time: a new one drops any other
        const stage = openStage(header, core.now());
        if (!stage.ok) throw new StorageError('import-rejected', stage.message);
        const s: Staged = { id: newId(), stage: stage.value, data: null, touchedAt: core.now(), applying: null };
        staged = s;
        take(s.id);
        return { importId: s.id };
      }),

    importChunk: (importId, chunk) =>
      sync(() => {
        const s = take(importId);
        if (s.data || s.applying) throw new StorageError('invalid-input', 'This import has all of its file already.');
        const added = addChunk(s.stage, chunk);
        if (!added.ok) {
          drop(s);
          throw new StorageError('import-rejected', added.message);
        }
        return added.value;
      }),

    importPreview: async (importId) => {
      let s: Staged;
      let data: NormalizedImport;
      try {
        s = take(importId);
        data = wholeFile(s);
      } catch (err) {
        return failure(err);
      }
      return core.run((view) => {
        take(s.id);
        return previewOf(planImport(view, data), data.sourceVersion);
      });
    },

    importApply: async (importId) => {
      let s: Staged;
      let data: NormalizedImport;
      try {
        s = take(importId);
        if (s.applying) throw new StorageError('invalid-input', 'This import is being applied already.');
        data = wholeFile(s);
      } catch (err) {
        return failure(err);
      }
      const applying = { step: 0, steps: APPLY_STEPS };
      s.applying = applying;
      const r = await core.run((view) => applyData(view, data, (n) => (applying.step = n)));
      s.applying = null;
      if (r.ok) drop(s);
      else s.touchedAt = core.now();
      return r;
    },

    importStatus: (importId) =>
      sync(() => {
        const s = take(importId);
        return {
          postings: s.stage.postings.length,
          texts: s.stage.receivedTexts,
          expected: { ...s.stage.expected },
          applying: s.applying ? { ...s.applying } : null,
        };
      }),

    importCancel: (importId) =>
      sync(() => {
        if (staged?.id === importId) staged = null;
        return null;
      }),
  };
}
