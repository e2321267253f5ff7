import { z } from 'zod';
import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import { hasSkill } from '../scoring/readiness';
import { score } from '../scoring/score';
import { toCsv } from './csv';
import { progressKey, SETTINGS_KEY } from './keys';
import { migratePostingV1ToV2 } from './migrations/posting-v1-to-v2';
import { migratePostingV2ToV3 } from './migrations/posting-v2-to-v3';
import { migrateSettingsV1ToV2 } from './migrations/settings-v1-to-v2';
import type { StoreView } from './read-store';
import { parseUntrustedJson } from './safe-json';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportFileSchema,
  ExportFileV1Schema,
  ExportFileV2Schema,
  ProgressRecordSchema,
  type ExportFile,
  type ProgressRecord,
  type SavedPosting,
  type Settings,
} from './schemas';

/** Everything the user owns, versioned so any later version can import it. */
export function buildExport(view: StoreView, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    postings: [...view.postings.values()].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1)),
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

export const CSV_HEADER = ['Title', 'Company', 'Board', 'Status', 'Readiness', 'Time to qualify (weeks)', 'Required gaps'] as const;

export function postingsCsv(postings: readonly SavedPosting[], progress: ProgressSnapshot): string {
  const rows = postings.map((p) => {
    const s = score(p.report, progress);
    return [p.title, p.company, p.board, p.status, s.readiness, s.timeToQualify.weeks, requiredGaps(p, progress).join('; ')];
  });
  return toCsv(CSV_HEADER, rows);
}

/** An import file brought to current shapes, before it is compared with what is stored. */
export interface NormalizedImport {
  sourceVersion: number;
  postings: SavedPosting[];
  progress: ProgressRecord[];
  settings: Settings;
}

export type ParsedImport = { ok: true; data: NormalizedImport } | { ok: false; message: string };

const HeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number().int() });

function firstIssue(err: z.ZodError): string {
  const i = err.issues[0];
  return i ? `${i.path.join('.') || 'file'}: ${i.message}`.slice(0, 300) : 'invalid';
}

function fromV1(file: z.infer<typeof ExportFileV1Schema>): NormalizedImport {
  const at = file.exportedAt;
  const record = (kind: ProgressRecord['kind'], id: string): ProgressRecord => ({ kind, id, done: true, doneAt: at, updatedAt: at });
  return {
    sourceVersion: 1,
    postings: file.postings.map((p) => migratePostingV2ToV3(migratePostingV1ToV2(p))),
    progress: [
      ...file.progress.learnedSkills.map((id) => record('skill', id)),
      ...file.progress.doneTasks.map((id) => record('task', id)),
      ...file.progress.knownSkills.map((id) => record('other', id)),
      ...file.progress.doneActions.map((id) => record('action', id)),
    ].map((r) => ProgressRecordSchema.parse(r)),
    // v1 settings carry no time of their own: they are as recent as the export.
    settings: { ...migrateSettingsV1ToV2(file.settings), updatedAt: at },
  };
}

/** Validates a whole file before anything is written. Never throws. */
export function parseImport(text: unknown): ParsedImport {
  const json = parseUntrustedJson(text);
  if (!json.ok) return json;
  const header = HeaderSchema.safeParse(json.value);
  if (!header.success) return { ok: false, message: 'This is not a Pathway Lens export file.' };
  let data: NormalizedImport;
  try {
    if (header.data.version === 1) {
      const v1 = ExportFileV1Schema.safeParse(json.value);
      if (!v1.success) return { ok: false, message: `Invalid export file (v1): ${firstIssue(v1.error)}` };
      data = fromV1(v1.data);
    } else if (header.data.version === 2) {
      const v2 = ExportFileV2Schema.safeParse(json.value);
      if (!v2.success) return { ok: false, message: `Invalid export file (v2): ${firstIssue(v2.error)}` };
      data = { sourceVersion: 2, postings: v2.data.postings.map(migratePostingV2ToV3), progress: v2.data.progress, settings: v2.data.settings };
    } else if (header.data.version === EXPORT_VERSION) {
      const file = ExportFileSchema.safeParse(json.value);
      if (!file.success) return { ok: false, message: `Invalid export file: ${firstIssue(file.error)}` };
      data = { sourceVersion: EXPORT_VERSION, postings: file.data.postings, progress: file.data.progress, settings: file.data.settings };
    } else {
      return { ok: false, message: `This file was exported by a newer version (format ${header.data.version}); update Pathway Lens to import it.` };
    }
  } catch (err) {
    return { ok: false, message: `Invalid export file: ${err instanceof Error ? err.message.slice(0, 300) : 'unreadable'}` };
  }
  if (new Set(data.postings.map((p) => p.id)).size !== data.postings.length) return { ok: false, message: 'The file lists the same posting twice.' };
  const progressKeys = data.progress.map((r) => progressKey(r.kind, r.id));
  if (new Set(progressKeys).size !== progressKeys.length) return { ok: false, message: 'The file lists the same progress item twice.' };
  return { ok: true, data };
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
