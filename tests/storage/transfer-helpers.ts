import { DEFAULT_SETTINGS, EXPORT_FORMAT, EXPORT_VERSION, type PostingText, type ProgressRecord, type SavedPosting } from '../../lib/storage/schemas';
import type { TransferTransport } from '../../lib/storage/transfer-client';
import type { Writer } from '../../lib/storage/writer';
import { makeReport } from './helpers';

/** The staged-transfer messages answered by `writer` itself (what the background does with them). */
export function writerTransport(writer: Writer): TransferTransport {
  return {
    begin: (header) => writer.importBegin(header),
    chunk: (importId, chunk) => writer.importChunk(importId, chunk),
    preview: (importId) => writer.importPreview(importId),
    apply: (importId) => writer.importApply(importId),
    status: (importId) => writer.importStatus(importId),
    cancel: (importId) => writer.importCancel(importId),
    exportStart: (format) => writer.exportStart(format),
    exportPart: (exportId, index) => writer.exportPart(exportId, index),
  };
}

export const T0 = 1_750_000_000_000;

/** Saved posting `i` (v3 shape), with a description of `textChars` characters when asked. */
export function posting(i: number, options: { at?: number; textChars?: number; excerpt?: number } = {}): SavedPosting {
  const at = options.at ?? T0 + i;
  const n = 4_000_000_000 + i;
  return {
    id: `linkedin:${n}`,
    url: `https://www.linkedin.com/jobs/view/${n}/`,
    board: 'linkedin',
    title: `AI Program Manager ${i}`,
    company: `Acme ${i % 50}`,
    location: 'Remote',
    report: makeReport(),
    descriptionExcerpt: `Lead AI programs ${i}. `.repeat(Math.ceil((options.excerpt ?? 60) / 20)).slice(0, options.excerpt ?? 60),
    savedAt: at,
    updatedAt: at,
    status: 'saved',
    notes: '',
    analysisVersion: '2025.1',
    history: [{ status: 'saved', at }],
    followUpAt: null,
    followUpDoneAt: null,
    ...(options.textChars ? { textChars: options.textChars } : {}),
  };
}

export function textOf(p: SavedPosting, chars = p.textChars ?? 40): PostingText {
  return { id: p.id, text: `Full description of ${p.title}. `.repeat(Math.ceil(chars / 20)).slice(0, chars) };
}

export const PROGRESS: ProgressRecord[] = [
  { kind: 'skill', id: 'ai-risk-management', done: true, doneAt: T0, updatedAt: T0 },
  { kind: 'task', id: 'define-ai-use-case', done: true, doneAt: T0, updatedAt: T0 },
];

/** A v4 export file of `postings`, with the descriptions given. */
export function exportFile(postings: readonly SavedPosting[], texts: readonly PostingText[] = postings.filter((p) => p.textChars).map((p) => textOf(p)), extra: Record<string, unknown> = {}) {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: T0 + 10_000_000, postings, texts, progress: PROGRESS, settings: { ...DEFAULT_SETTINGS, theme: 'dark' as const, updatedAt: T0 }, ...extra };
}
