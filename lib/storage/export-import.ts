import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { hasSkill } from '../scoring/readiness';
import { score } from '../scoring/score';
import { toCsv } from './csv';
import { appliedAt, followUpOf } from './pipeline';
import { readWholeFile, type NormalizedImport } from './import-stage';
import { progressKey, SETTINGS_KEY } from './keys';
import type { StoreView } from './read-store';
import { parseUntrustedJson } from './safe-json';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type PostingText, type ProgressRecord, type SavedPosting, type Settings } from './schemas';

export type { NormalizedImport } from './import-stage';

/**
 * Everything the user owns, versioned so any later version can import it: postings oldest first, each posting's full
 * description (`texts`, in the same order) when it is kept and was read (`texts` holds those of `view`'s postings).
 */
export function buildExport(view: StoreView, texts: ReadonlyMap<string, PostingText>, now: number): ExportFile {
  const postings = [...view.postings.values()].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    postings,
    texts: postings.flatMap((p) => {
      const t = texts.get(p.id);
      return t ? [t] : [];
    }),
    progress: [...view.progress.values()],
    settings: view.settings,
  };
}

/** Required skills the user has not covered yet: to-learn skills not learned, other skills not known. */
export function requiredGaps(posting: SavedPosting, progress: ProgressSnapshot): string[] {
  return posting.report.skills
    .filter((s) => s.level === 'required' && !hasSkill(s, progress))
    .map((s) => s.label);
}

export const CSV_HEADER = ['Title', 'Company', 'Board', 'Status', 'Readiness', 'Time to qualify (weeks)', 'Required gaps', 'Applied', 'Follow-up', 'Status history'] as const;

/** A date as a day (UTC, ISO): what a spreadsheet sorts and reads. */
const day = (at: number | null): string => (at === null ? '' : new Date(at).toISOString().slice(0, 10));

/** The history in one cell: "saved 2026-01-05; applied 2026-01-07 (set by hand); …" (every entry, in order). */
export function historyCell(p: Pick<SavedPosting, 'history'>): string {
  return p.history.map((e) => `${e.status} ${day(e.at)}${e.hand ? ' (set by hand)' : ''}`).join('; ');
}

export function postingsCsv(postings: readonly SavedPosting[], progress: ProgressSnapshot): string {
  const rows = postings.map((p) => {
    const s = score(p.report, progress);
    const followUp = followUpOf(p);
    return [p.title, p.company, p.board, p.status, s.readiness, s.timeToQualify.weeks, requiredGaps(p, progress).join('; '), day(appliedAt(p.history)), followUp ? day(followUp.due) : '', historyCell(p)];
  });
  return toCsv(CSV_HEADER, rows);
}

export type ParsedImport = { ok: true; data: NormalizedImport } | { ok: false; message: string };

/**
 * Validates a whole file (its text) before anything is written: the same reading as a staged import
 * (lib/storage/import-stage.ts), with the file as one chunk. Never throws.
 */
export function parseImport(text: unknown, now: number): ParsedImport {
  const json = parseUntrustedJson(text);
  if (!json.ok) return json;
  const read = readWholeFile(json.value, now);
  return read.ok ? { ok: true, data: read.value } : read;
}

export interface PostingSummary {
  id: string;
  title: string;
  company: string | null;
}

/** What an import would change: merge by id, the newer updatedAt wins, ties keep what is stored. */
export interface ImportPlan {
  postings: SavedPosting[];
  added: PostingSummary[];
  replaced: PostingSummary[];
  keptExisting: number;
  skippedReadOnly: string[];
  progress: ProgressRecord[];
  progressAdded: number;
  progressReplaced: number;
  settings: Settings | null;
}

const summary = (p: SavedPosting): PostingSummary => ({ id: p.id, title: p.title, company: p.company });

export function planImport(view: StoreView, data: NormalizedImport): ImportPlan {
  const plan: ImportPlan = { postings: [], added: [], replaced: [], keptExisting: 0, skippedReadOnly: [], progress: [], progressAdded: 0, progressReplaced: 0, settings: null };
  for (const p of data.postings) {
    if (view.readOnly.has(`posting:${p.id}`)) {
      plan.skippedReadOnly.push(p.id);
      continue;
    }
    const existing = view.postings.get(p.id);
    if (!existing) {
      plan.postings.push(p);
      plan.added.push(summary(p));
    } else if (p.updatedAt > existing.updatedAt) {
      plan.postings.push(p);
      plan.replaced.push(summary(p));
    } else plan.keptExisting++;
  }
  return { ...plan, ...mergeNewer(view, data.progress, data.settings) };
}

/** Progress records and settings that would replace what is stored: the newer updatedAt wins, ties keep what is stored. */
export interface NewerMerge {
  progress: ProgressRecord[];
  progressAdded: number;
  progressReplaced: number;
  settings: Settings | null;
}

/**
 * The one merge rule for progress and settings (import, and storage.sync in lib/sync): by key, a record wins only
 * with a newer updatedAt than the stored one (ties keep what is stored); records under read-only keys (written by a
 * newer version) are never replaced. The records must already be validated.
 */
export function mergeNewer(view: Pick<StoreView, 'progress' | 'settings' | 'readOnly'>, progress: readonly ProgressRecord[], settings: Settings | null): NewerMerge {
  const merge: NewerMerge = { progress: [], progressAdded: 0, progressReplaced: 0, settings: null };
  for (const r of progress) {
    const key = progressKey(r.kind, r.id);
    if (view.readOnly.has(key)) continue;
    const existing = view.progress.get(key);
    if (!existing) {
      merge.progress.push(r);
      merge.progressAdded++;
    } else if (r.updatedAt > existing.updatedAt) {
      merge.progress.push(r);
      merge.progressReplaced++;
    }
  }
  if (settings && !view.readOnly.has(SETTINGS_KEY) && settings.updatedAt > view.settings.updatedAt) merge.settings = settings;
  return merge;
}

export interface ImportPreview {
  sourceVersion: number;
  added: PostingSummary[];
  replaced: PostingSummary[];
  keptExisting: number;
  skippedReadOnly: string[];
  progressAdded: number;
  progressReplaced: number;
  settingsReplaced: boolean;
}

export function previewOf(plan: ImportPlan, sourceVersion: number): ImportPreview {
  return {
    sourceVersion,
    added: plan.added,
    replaced: plan.replaced,
    keptExisting: plan.keptExisting,
    skippedReadOnly: plan.skippedReadOnly,
    progressAdded: plan.progressAdded,
    progressReplaced: plan.progressReplaced,
    settingsReplaced: plan.settings !== null,
  };
}
