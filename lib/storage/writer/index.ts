import { analysedWriter, type AnalysedWriter } from './analysed';
import { createCore, type WriterOptions } from './core';
import { postingWriter, type PostingWriter } from './postings';
import { progressWriter, type ProgressWriter } from './progress';
import { reanalysisWriter, type ReanalysisOps } from './reanalysis';
import { resumeWriter, type ResumeWriter } from './resume';
import { settingsWriter, type SettingsWriter } from './settings';
import { syncWriter, type SyncWriter } from './sync';
import { transferWriter, type TransferWriter } from './transfer';
import { viewReader, type ViewReader } from './views';

/**
 * The one writer: all read-modify-write of saved postings, progress and settings, in the background, behind
 * one queue. Every operation starts from one fresh read of storage (no in-memory source of truth: MV3 may stop
 * the worker at any time) and ends with one batched `set`. One module per concern, all on one commit core.
 */
export interface Writer extends AnalysedWriter, PostingWriter, ProgressWriter, ReanalysisOps, ResumeWriter, SettingsWriter, SyncWriter, TransferWriter, ViewReader {
  /** Migrates stored records (with backups); every operation does this first if needed. */
  ensureReady(): ReturnType<ReturnType<typeof createCore>['ensureReady']>;
  /** The keys of every write this writer commits (lib/storage/writer/core.ts `onCommitted`). */
  onCommitted: ReturnType<typeof createCore>['onCommitted'];
}

export function createWriter(options: WriterOptions = {}): Writer {
  const core = createCore(options);
  return {
    ensureReady: core.ensureReady,
    onCommitted: core.onCommitted,
    ...analysedWriter(core),
    ...postingWriter(core),
    ...progressWriter(core),
    ...reanalysisWriter(core),
    ...resumeWriter(core),
    ...settingsWriter(core),
    ...syncWriter(core),
    ...transferWriter(core),
    ...viewReader(core),
  };
}

export type { WriterOptions, WriteOutcome } from './core';
export type { CardBadgesValue } from './analysed';
export type { ApplyImportValue, ExportValue } from './transfer';
export type { Reanalyse, ReanalysisBatchValue, ReanalysisPlan } from './reanalysis';
export type { CorruptReport, DashboardValue, ListPostingsValue, OverviewValue, ProgressAndSettingsValue, SummaryListValue } from './views';
