import { buildExport, parseImport, planImport, postingsCsv, previewOf, type ImportPreview } from '../export-import';
import { versionedEntries } from '../items';
import { postingKey } from '../keys';
import { toProgressSnapshot, toProgressView } from '../progress';
import { StorageError, type Result } from '../result';
import type { Core, WriteOutcome } from './core';
import { mergedEntries } from './sync';

/** Export (JSON, CSV) and import (preview, then apply; merge by id, the newer updatedAt wins). */
export interface ExportValue {
  filename: string;
  mimeType: string;
  text: string;
}
export interface ApplyImportValue extends ImportPreview, WriteOutcome {}

export interface TransferWriter {
  exportData(format: 'json' | 'csv'): Promise<Result<ExportValue>>;
  previewImport(text: string): Promise<Result<ImportPreview>>;
  applyImport(text: string): Promise<Result<ApplyImportValue>>;
}

function parsed(text: string) {
  const result = parseImport(text);
  if (!result.ok) throw new StorageError('import-rejected', result.message);
  return result.data;
}

export function transferWriter(core: Core): TransferWriter {
  return {
    exportData: (format) =>
      core.run((view) => {
        const date = new Date(core.now()).toISOString().slice(0, 10);
        if (format === 'csv') {
          const postings = [...view.postings.values()].sort((a, b) => b.savedAt - a.savedAt);
          const progress = toProgressSnapshot(toProgressView(view.progress.values()), view.settings);
          return { filename: `pathway-lens-postings-${date}.csv`, mimeType: 'text/csv', text: postingsCsv(postings, progress) };
        }
        // Compact, not pretty-printed: the file is about the size of what is stored, so any store (storage.local
        // holds 10 MiB) exports to a file the import takes (12 MiB); indented, a store over ~8 MiB could not be re-imported.
        return { filename: `pathway-lens-${date}.json`, mimeType: 'application/json', text: JSON.stringify(buildExport(view, core.now())) };
      }),

    previewImport: (text) =>
      core.run((view) => {
        const data = parsed(text);
        return previewOf(planImport(view, data), data.sourceVersion);
      }),

    applyImport: (text) =>
      core.run(async (view) => {
        // Validated whole, again, here: the preview the page showed is not trusted.
        const data = parsed(text);
        const plan = planImport(view, data);
        // Progress and settings with their progress-log events (imported changes of scoring inputs at their own times).
        const set = mergedEntries(view, plan);
        for (const p of plan.postings) Object.assign(set, versionedEntries('posting', postingKey(p.id), p));
        const usage = await core.commit(view, set);
        return { ...previewOf(plan, data.sourceVersion), usage };
      }),
  };
}
