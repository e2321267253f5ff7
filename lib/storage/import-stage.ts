import { z } from 'zod';
import { progressKey } from './keys';
import { migratePostingV1ToV2 } from './migrations/posting-v1-to-v2';
import { migratePostingV2ToV3 } from './migrations/posting-v2-to-v3';
import { migratePostingV3ToV4 } from './migrations/posting-v3-to-v4';
import { migrateSettingsV1ToV2 } from './migrations/settings-v1-to-v2';
import { keptText } from './posting-content';
import { compactHistory, pastDateProblem, PIPELINE_DATE_MIN } from './pipeline';
import { IMPORT_MAX_CHARS } from './safe-json';
import {
  EXPORT_FORMAT,
  EXPORT_POSTINGS_MAX,
  EXPORT_VERSION,
  ExportFileV1Schema,
  ExportFileV3Schema,
  MAX_EXPORT_POSTINGS,
  PostingTextSchema,
  type PostingText,
  ProgressRecordSchema,
  SavedPostingSchema,
  SavedPostingV1Schema,
  SavedPostingV2Schema,
  SavedPostingV3Schema,
  StatusChangeSchema,
  type ProgressRecord,
  type SavedPosting,
  type Settings,
} from './schemas';

/**
 * Reading an export file (any version, 1 to EXPORT_VERSION) in parts: its header (version, time, progress, settings,
 * and how many postings and descriptions follow), then its postings and descriptions in chunks, each validated with
 * the file version's schemas as it arrives and brought to current shapes, then the whole checked once more (counts,
 * descriptions of listed postings). The background stages an import this way (lib/storage/writer/transfer.ts), so a
 * 60 MiB file never travels in one message; a file sent whole is read the same way, as one chunk (parseImport).
 * Pure: no storage, no messaging.
 */

/** An import file brought to current shapes, before it is compared with what is stored. */
export interface NormalizedImport {
  sourceVersion: number;
  /** Each claims `textChars` exactly when its text is in `texts`. */
  postings: SavedPosting[];
  /** Full descriptions by posting id (every id is a posting of the file). */
  texts: Map<string, PostingText>;
  progress: ProgressRecord[];
  settings: Settings;
}

export type StageResult<T> = { ok: true; value: T } | { ok: false; message: string };

const NOT_AN_EXPORT = 'This is not a Pathway Lens export file.';
/** Items (postings, descriptions) in one chunk message. */
export const IMPORT_CHUNK_MAX_ITEMS = 2_000;

/** The header message: what a file is, its small parts (checked by openStage), and how many postings and descriptions follow. */
export const ImportHeaderSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.number().int().min(1).max(EXPORT_VERSION),
    exportedAt: z.unknown(),
    progress: z.unknown(),
    settings: z.unknown(),
    postings: z.number().int().min(0).max(EXPORT_POSTINGS_MAX),
    texts: z.number().int().min(0).max(EXPORT_POSTINGS_MAX),
  })
  .strict();
export type ImportHeader = z.infer<typeof ImportHeaderSchema>;

/** A staged import's id (random, made by the background). */
export const ImportIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

/** One chunk: postings and/or descriptions, in file order; `seq` counts chunks from 0 (checked: none lost or repeated). */
export const ImportChunkSchema = z
  .object({
    seq: z.number().int().min(0).max(1_000_000),
    postings: z.array(z.unknown()).max(IMPORT_CHUNK_MAX_ITEMS),
    texts: z.array(z.unknown()).max(IMPORT_CHUNK_MAX_ITEMS),
  })
  .strict();
export type ImportChunk = z.infer<typeof ImportChunkSchema>;

/** A parsed file split into what is sent: the header, then postings and descriptions in chunks. */
export interface SplitFile {
  header: ImportHeader;
  postings: unknown[];
  texts: unknown[];
}

const tag = (version: number) => (version === EXPORT_VERSION ? '' : ` (v${version})`);

/**
 * The parts of a parsed file (lib/storage/safe-json.ts), or why it is not an export file this version reads. Only the
 * frame is checked here (format, version, that postings and descriptions are lists); the rest is checked by the stage.
 */
export function splitExportFile(json: unknown): StageResult<SplitFile> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, message: NOT_AN_EXPORT };
  const file = json as Record<string, unknown>;
  const version = file.version;
  if (file.format !== EXPORT_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, message: NOT_AN_EXPORT };
  if (version > EXPORT_VERSION) return { ok: false, message: `This file was exported by a newer version (format ${version}); update Pathway Lens to import it.` };
  const postings = file.postings;
  if (!Array.isArray(postings)) return { ok: false, message: `Invalid export file${tag(version)}: postings: expected a list` };
  // Descriptions travel in v4 files only (v1 postings carry theirs inline); any other version's `texts` is not read.
  const texts = version >= 4 ? (file.texts ?? []) : [];
  if (!Array.isArray(texts)) return { ok: false, message: `Invalid export file${tag(version)}: texts: expected a list` };
  const max = maxPostings(version);
  if (postings.length > max) return { ok: false, message: `Invalid export file${tag(version)}: postings: more than ${max.toLocaleString('en-US')}` };
  if (texts.length > max) return { ok: false, message: `Invalid export file${tag(version)}: texts: more than ${max.toLocaleString('en-US')}` };
  return {
    ok: true,
    value: {
      header: { format: EXPORT_FORMAT, version, exportedAt: file.exportedAt, progress: file.progress, settings: file.settings, postings: postings.length, texts: texts.length },
      postings,
      texts,
    },
  };
}

const maxPostings = (version: number) => (version >= 4 ? EXPORT_POSTINGS_MAX : MAX_EXPORT_POSTINGS);

/** An import being received. Mutable: chunks are added in order. */
export interface Stage {
  readonly sourceVersion: number;
  /** When the import began: no date of a posting's history may be after it (lib/storage/pipeline.ts). */
  readonly now: number;
  readonly progress: ProgressRecord[];
  readonly settings: Settings;
  readonly expected: { readonly postings: number; readonly texts: number };
  readonly postings: SavedPosting[];
  readonly ids: Set<string>;
  readonly texts: Map<string, PostingText>;
  /** Texts received so far (descriptions of v1 postings are counted with the postings). */
  receivedTexts: number;
  textChars: number;
  nextSeq: number;
}

function firstIssue(err: z.ZodError, prefix: readonly (string | number)[]): string {
  const i = err.issues[0];
  if (!i) return 'invalid';
  const path = [...prefix, ...i.path.map(String)].join('.');
  return `${path || 'file'}: ${i.message}`.slice(0, 300);
}

const V1Header = z.object({ exportedAt: ExportFileV1Schema.shape.exportedAt, progress: ExportFileV1Schema.shape.progress, settings: ExportFileV1Schema.shape.settings });
const Header = z.object({ exportedAt: ExportFileV3Schema.shape.exportedAt, progress: ExportFileV3Schema.shape.progress, settings: ExportFileV3Schema.shape.settings });

/** v1 progress lists as records at the export's time; v1 settings as v2, as recent as the export. */
function fromV1Header(h: z.infer<typeof V1Header>): { progress: ProgressRecord[]; settings: Settings } {
  const at = h.exportedAt;
  const record = (kind: ProgressRecord['kind'], id: string): ProgressRecord => ProgressRecordSchema.parse({ kind, id, done: true, doneAt: at, updatedAt: at });
  return {
    progress: [
      ...h.progress.learnedSkills.map((id) => record('skill', id)),
      ...h.progress.doneTasks.map((id) => record('task', id)),
      ...h.progress.knownSkills.map((id) => record('other', id)),
      ...h.progress.doneActions.map((id) => record('action', id)),
    ],
    // v1 settings carry no time of their own: they are as recent as the export.
    settings: { ...migrateSettingsV1ToV2(h.settings), updatedAt: at },
  };
}

/** Starts reading a file from its header (validated with the file version's schemas). */
export function openStage(header: ImportHeader, now: number): StageResult<Stage> {
  const { version } = header;
  const invalid = (message: string): StageResult<never> => ({ ok: false, message: `Invalid export file${tag(version)}: ${message}` });
  const max = maxPostings(version);
  if (header.postings > max) return invalid(`postings: more than ${max.toLocaleString('en-US')}`);
  if (header.texts > 0 && version < 4) return invalid('texts: only v4 files carry descriptions');
  if (header.texts > header.postings) return invalid('texts: more descriptions than postings');
  let parts: { progress: ProgressRecord[]; settings: Settings };
  try {
    if (version === 1) {
      const h = V1Header.safeParse(header);
      if (!h.success) return invalid(firstIssue(h.error, []));
      parts = fromV1Header(h.data);
    } else {
      const h = Header.safeParse(header);
      if (!h.success) return invalid(firstIssue(h.error, []));
      parts = { progress: h.data.progress, settings: h.data.settings };
    }
  } catch (err) {
    return invalid(err instanceof Error ? err.message.slice(0, 300) : 'unreadable');
  }
  const progressKeys = parts.progress.map((r) => progressKey(r.kind, r.id));
  if (new Set(progressKeys).size !== progressKeys.length) return { ok: false, message: 'The file lists the same progress item twice.' };
  return {
    ok: true,
    value: {
      sourceVersion: version,
      now,
      ...parts,
      expected: { postings: header.postings, texts: header.texts },
      postings: [],
      ids: new Set(),
      texts: new Map(),
      receivedTexts: 0,
      textChars: 0,
      nextSeq: 0,
    },
  };
}

/** The most history entries a file's posting may list; more than HISTORY_MAX are compacted as the writer compacts. */
const IMPORT_HISTORY_MAX = 10_000;
/** A v5 file's posting as read: its history may be longer than a stored one (compacted on the way in). */
const ImportedPostingV5Schema = SavedPostingV3Schema.extend({
  history: z.array(StatusChangeSchema).min(1).max(IMPORT_HISTORY_MAX),
  followUpAt: SavedPostingSchema.shape.followUpAt,
  followUpDoneAt: SavedPostingSchema.shape.followUpDoneAt,
});

/** Why a v5 posting's history or follow-up cannot be imported, or null. */
function pipelineProblem(p: z.output<typeof ImportedPostingV5Schema>, now: number): string | null {
  for (let i = 0; i < p.history.length; i++) {
    const e = p.history[i] as { at: number };
    const problem = pastDateProblem(e.at, now);
    if (problem) return `history.${i}.at: ${e.at < PIPELINE_DATE_MIN ? 'a date before 2000' : 'a date in the future'}`;
  }
  if (p.history[p.history.length - 1]?.status !== p.status) return 'history: the last entry is not the posting’s status';
  if (p.followUpAt !== null && p.followUpAt < PIPELINE_DATE_MIN) return 'followUpAt: a date before 2000';
  if (p.followUpDoneAt !== null && pastDateProblem(p.followUpDoneAt, now)) return 'followUpDoneAt: not a date between 2000 and now';
  return null;
}

/** A posting of the file's version in the current shape, with the description it carries inline (v1 only). */
function readPosting(version: number, raw: unknown, index: number, now: number): StageResult<{ posting: SavedPosting; text: string | null }> {
  const invalid = (message: string): StageResult<never> => ({ ok: false, message: `Invalid export file${tag(version)}: ${message}` });
  try {
    if (version === 1) {
      const p = SavedPostingV1Schema.safeParse(raw);
      if (!p.success) return invalid(firstIssue(p.error, ['postings', index]));
      return { ok: true, value: { posting: migratePostingV3ToV4(migratePostingV2ToV3(migratePostingV1ToV2(p.data))), text: keptText(p.data.description) } };
    }
    if (version === 2) {
      const p = SavedPostingV2Schema.safeParse(raw);
      if (!p.success) return invalid(firstIssue(p.error, ['postings', index]));
      return { ok: true, value: { posting: migratePostingV3ToV4(migratePostingV2ToV3(p.data)), text: null } };
    }
    if (version < 5) {
      // v3 and v4 files hold v3 postings: each gets one history entry at its save date, as a stored one does.
      const p = SavedPostingV3Schema.safeParse(raw);
      if (!p.success) return invalid(firstIssue(p.error, ['postings', index]));
      return { ok: true, value: { posting: migratePostingV3ToV4(p.data), text: null } };
    }
    const p = ImportedPostingV5Schema.safeParse(raw);
    if (!p.success) return invalid(firstIssue(p.error, ['postings', index]));
    const problem = pipelineProblem(p.data, now);
    if (problem) return invalid(`postings.${index}.${problem}`);
    return { ok: true, value: { posting: SavedPostingSchema.parse({ ...p.data, history: compactHistory(p.data.history) }), text: null } };
  } catch (err) {
    return invalid(`postings.${index}: ${err instanceof Error ? err.message.slice(0, 300) : 'unreadable'}`);
  }
}

/**
 * Adds one chunk: every posting and description validated (the first invalid one rejects the file, with its place in
 * the file), no id twice across the file, no more than the header announced, chunks in order. Returns the totals so far.
 */
export function addChunk(stage: Stage, chunk: ImportChunk): StageResult<{ postings: number; texts: number }> {
  const version = stage.sourceVersion;
  if (chunk.seq !== stage.nextSeq) return { ok: false, message: `The import lost a part of the file (part ${chunk.seq + 1} came when part ${stage.nextSeq + 1} was due). Nothing was imported.` };
  if (stage.postings.length + chunk.postings.length > stage.expected.postings || stage.receivedTexts + chunk.texts.length > stage.expected.texts) {
    return { ok: false, message: 'The import received more of the file than it announced. Nothing was imported.' };
  }
  for (const raw of chunk.postings) {
    const index = stage.postings.length;
    const read = readPosting(version, raw, index, stage.now);
    if (!read.ok) return read;
    const { posting, text } = read.value;
    if (stage.ids.has(posting.id)) return { ok: false, message: 'The file lists the same posting twice.' };
    stage.ids.add(posting.id);
    stage.postings.push(posting);
    if (text !== null) {
      stage.textChars += text.length;
      stage.texts.set(posting.id, { id: posting.id, text });
    }
  }
  for (const raw of chunk.texts) {
    const index = stage.receivedTexts;
    const t = PostingTextSchema.safeParse(raw);
    if (!t.success) return { ok: false, message: `Invalid export file${tag(version)}: ${firstIssue(t.error, ['texts', index])}` };
    if (stage.texts.has(t.data.id)) return { ok: false, message: 'The file lists the same description twice.' };
    stage.textChars += t.data.text.length;
    if (stage.textChars > IMPORT_MAX_CHARS) return { ok: false, message: 'The file’s descriptions are too large to import.' };
    // With its blocks' layout: re-analysis reads what the first analysis read (lib/storage/kept-text.ts).
    stage.texts.set(t.data.id, t.data);
    stage.receivedTexts++;
  }
  stage.nextSeq++;
  return { ok: true, value: { postings: stage.postings.length, texts: stage.receivedTexts } };
}

/** The whole file, once every chunk is in: each description belongs to a listed posting, and a posting claims `textChars` only with its text. */
export function closeStage(stage: Stage): StageResult<NormalizedImport> {
  if (stage.postings.length !== stage.expected.postings || stage.receivedTexts !== stage.expected.texts) {
    return { ok: false, message: `The import is incomplete (${stage.postings.length} of ${stage.expected.postings} postings received). Nothing was imported: choose the file again.` };
  }
  for (const id of stage.texts.keys()) {
    if (!stage.ids.has(id)) return { ok: false, message: `Invalid export file${tag(stage.sourceVersion)}: a description belongs to a posting the file does not list (${id}).` };
  }
  const postings = stage.postings.map((p) => {
    const text = stage.texts.get(p.id)?.text;
    if (text !== undefined) return p.textChars === text.length ? p : { ...p, textChars: text.length };
    if (p.textChars === undefined) return p;
    const { textChars: _claimed, ...rest } = p;
    return rest;
  });
  return { ok: true, value: { sourceVersion: stage.sourceVersion, postings, texts: stage.texts, progress: stage.progress, settings: stage.settings } };
}

/** A parsed file read whole: split, opened, one chunk, closed. */
export function readWholeFile(json: unknown, now: number): StageResult<NormalizedImport> {
  const split = splitExportFile(json);
  if (!split.ok) return split;
  const stage = openStage(split.value.header, now);
  if (!stage.ok) return stage;
  const added = addChunk(stage.value, { seq: 0, postings: split.value.postings, texts: split.value.texts });
  if (!added.ok) return added;
  return closeStage(stage.value);
}
