import { z } from 'zod';
import { pathway } from '../../data/pathway';
import { GapReportSchema, type DetectedSkill, type GapReport, type SkillKind, type SkillLevel } from '../analysis/gap-report';
import { INDEX_PREFIX } from './keys';
import { HISTORY_MAX, type StatusChange } from './pipeline';
import { DISTINCT_FROM_MAX, NOTES_MAX, PostingIdSchema, PostingStatusSchema, SavedPostingV3Schema, type SavedPosting } from './schemas';

/**
 * The summary index: a compact copy of what the lists, filters, matrix and insights read of every saved posting,
 * kept by the one writer in the same `set` as the posting itself (lib/storage/writer/core.ts `commit`), so the
 * popup and the dashboard never read full records to draw a list. It is derived data: it can always be rebuilt
 * from the records (and is, when a shard is missing, invalid or of another version, and at every worker start).
 *
 * Sharded by a hash of the posting id (INDEX_SHARDS keys `index:0` … `index:f`): a save rewrites one shard,
 * a list reads all of them with one `get` of fixed keys (no key listing, so it works in every browser). Each shard is
 * stored as one JSON string, not as an object: the browser reads and passes on a string of 4 MiB (5,000 postings)
 * many times faster than the same data as an object tree, in storage and again through the message to the page.
 *
 * What a summary leaves out of the record: the description excerpt, and each skill's evidence and mentions
 * (the bulk of a report). Skills are `[id, code]` tuples, plus the label for skills outside the pathway (the
 * pathway's twelve take their names from the pathway): code = kind letter (t transferable, l to learn, o other)
 * + level letter (r required, p preferred). The stage history (issue 15) is `[status, at]` tuples (`[status, at, 1]` for
 * a date set by hand), left out for a posting never moved (its status at its save date); the follow-up fields are
 * left out when null. Version 2 added them: version-1 shards are rebuilt.
 */
export const INDEX_VERSION = 2;
export const INDEX_SHARDS = 16;

export const INDEX_KEYS: readonly string[] = Array.from({ length: INDEX_SHARDS }, (_, i) => `${INDEX_PREFIX}${i.toString(16)}`);

/** FNV-1a over the id's UTF-16 units: stable across versions and browsers (the shard of an id never moves). */
export function shardKeyOf(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return INDEX_KEYS[h % INDEX_SHARDS] as string;
}

const KIND_CODE: Readonly<Record<SkillKind, string>> = { transferable: 't', toLearn: 'l', other: 'o' };
const LEVEL_CODE: Readonly<Record<SkillLevel, string>> = { required: 'r', preferred: 'p' };
const KIND_OF: Readonly<Record<string, SkillKind>> = { t: 'transferable', l: 'toLearn', o: 'other' };
const LEVEL_OF: Readonly<Record<string, SkillLevel>> = { r: 'required', p: 'preferred' };

const SkillCodeSchema = z.enum(['tr', 'tp', 'lr', 'lp', 'or', 'op']);
const SkillIdSchema = z.string().min(1).max(80);
const SummarySkillSchema = z.union([z.tuple([SkillIdSchema, SkillCodeSchema]), z.tuple([SkillIdSchema, SkillCodeSchema, z.string().min(1).max(120)])]);


/**
 * The record's URL was parsed as an http(s) URL when the record was validated; its summary checks the shape only (the
 * saved list links it through safeHttpUrl, which parses it again): parsing 5,000 URLs per list read costs ~30 ms.
 */
const SummaryUrlSchema = z.string().max(2048).regex(/^https?:\/\/\S+$/i);

const epochMs = z.number().int().nonnegative().max(8.64e15);
const SummaryChangeSchema = z.union([z.tuple([PostingStatusSchema, epochMs]), z.tuple([PostingStatusSchema, epochMs, z.literal(1)])]);

/** The record's own fields as the record states them (SavedPostingSchema), then what the summary adds. */
export const PostingSummarySchema = SavedPostingV3Schema.pick({
  board: true,
  title: true,
  company: true,
  location: true,
  savedAt: true,
  updatedAt: true,
  status: true,
  notes: true,
  analysisVersion: true,
}).extend({
  url: SummaryUrlSchema,
  targetRole: GapReportSchema.shape.targetRole,
  targetRoleReason: GapReportSchema.shape.targetRoleReason,
  language: GapReportSchema.shape.language,
  skills: z.array(SummarySkillSchema).max(500),
  /** The full description is kept (`text:<id>`), so the posting can be re-analysed. */
  text: z.boolean(),
  /** Absent: one entry, the posting's status at its save date. */
  history: z.array(SummaryChangeSchema).min(1).max(HISTORY_MAX).optional(),
  followUpAt: epochMs.optional(),
  followUpDoneAt: epochMs.optional(),
  distinctFrom: z.array(PostingIdSchema).max(DISTINCT_FROM_MAX).optional(),
});
export type PostingSummary = z.infer<typeof PostingSummarySchema>;

export const IndexShardSchema = z.object({
  v: z.literal(INDEX_VERSION),
  entries: z.record(PostingIdSchema, PostingSummarySchema).refine((e) => Object.keys(e).length <= 100_000, 'too many entries'),
});
export type IndexShard = z.infer<typeof IndexShardSchema>;

/** A posting as the lists know it: the record without its excerpt, with a lean report (no evidence, no mentions). */
export type PostingListItem = Omit<SavedPosting, 'descriptionExcerpt' | 'textChars'>;

const PATHWAY_NAMES: ReadonlyMap<string, string> = new Map([...pathway.transferableSkills, ...pathway.skillsToLearn].map((s) => [s.id, s.name]));
/** The label a summary leaves out: the pathway's name for its skills, else the id in words (most lexicon labels). */
const defaultLabel = (id: string): string => PATHWAY_NAMES.get(id) ?? id.replace(/-/g, ' ');

export function summarize(p: SavedPosting): PostingSummary {
  const s: PostingSummary = {
    url: p.url,
    board: p.board,
    title: p.title,
    company: p.company,
    location: p.location,
    savedAt: p.savedAt,
    updatedAt: p.updatedAt,
    status: p.status,
    notes: p.notes,
    analysisVersion: p.analysisVersion,
    targetRole: p.report.targetRole,
    // The reason is shown only for postings the role check flags.
    targetRoleReason: p.report.targetRole ? '' : p.report.targetRoleReason,
    skills: p.report.skills.map((k) => {
      const code = `${KIND_CODE[k.kind]}${LEVEL_CODE[k.level]}` as PostingSummary['skills'][number][1];
      return defaultLabel(k.id) === k.label ? [k.id, code] : [k.id, code, k.label];
    }),
    text: p.textChars !== undefined,
  };
  // Left out when it is the history of a posting never moved: one entry, its status at its save date (most postings).
  const only = p.history.length === 1 ? p.history[0] : undefined;
  if (!(only && only.status === p.status && only.at === p.savedAt && !only.hand)) s.history = p.history.map((e) => (e.hand ? [e.status, e.at, 1] : [e.status, e.at]));
  if (p.report.language !== undefined) s.language = p.report.language;
  if (p.followUpAt !== null) s.followUpAt = p.followUpAt;
  if (p.followUpDoneAt !== null) s.followUpDoneAt = p.followUpDoneAt;
  if (p.distinctFrom?.length) s.distinctFrom = p.distinctFrom;
  return s;
}


/**
 * Lean skills are shared between list items (a few hundred distinct ones across thousands of postings): a list of
 * 5,000 expands without allocating 80,000 objects. Frozen: nothing may edit a skill through one posting's report.
 */
const leanSkills = new Map<string, DetectedSkill>();
const LEAN_SKILLS_MAX = 20_000;
function leanSkill([id, code, label]: PostingSummary['skills'][number]): DetectedSkill {
  const key = `${id}\u0000${code}\u0000${label ?? ''}`;
  let skill = leanSkills.get(key);
  if (!skill) {
    if (leanSkills.size >= LEAN_SKILLS_MAX) leanSkills.clear();
    skill = Object.freeze({
      id,
      label: label ?? defaultLabel(id),
      kind: KIND_OF[code[0] as string] as SkillKind,
      level: LEVEL_OF[code[1] as string] as SkillLevel,
      evidence: '',
      mentions: [] as string[],
      match: 'exact' as const,
      score: 1,
    });
    leanSkills.set(key, skill);
  }
  return skill;
}

/** A summary's stage history as the record has it (a summary leaves out the history of a posting never moved). */
export function summaryHistory(s: Pick<PostingSummary, 'history' | 'status' | 'savedAt'>): StatusChange[] {
  return s.history ? s.history.map(([status, at, hand]): StatusChange => (hand ? { status, at, hand: true } : { status, at })) : [{ status: s.status, at: s.savedAt }];
}

/** The list item a summary stands for: what every list, filter and score reads (lib/scoring/score.ts takes its report). */
export function expandSummary(id: string, s: PostingSummary): PostingListItem {
  const report: GapReport = {
    posting: { title: s.title, company: s.company, location: s.location, board: s.board, url: s.url },
    targetRole: s.targetRole,
    targetRoleReason: s.targetRoleReason,
    skills: s.skills.map(leanSkill),
    analysisVersion: s.analysisVersion,
  };
  if (s.language !== undefined) report.language = s.language;
  return {
    id,
    url: s.url,
    board: s.board,
    title: s.title,
    company: s.company,
    location: s.location,
    report,
    savedAt: s.savedAt,
    updatedAt: s.updatedAt,
    status: s.status,
    notes: s.notes,
    analysisVersion: s.analysisVersion,
    history: summaryHistory(s),
    followUpAt: s.followUpAt ?? null,
    followUpDoneAt: s.followUpDoneAt ?? null,
    ...(s.distinctFrom ? { distinctFrom: s.distinctFrom } : {}),
  };
}

/** Newest saved first, then by id: the order every list starts from. */
export const byNewest = (a: { id: string; savedAt: number }, b: { id: string; savedAt: number }): number => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1);

/** Every shard, rebuilt from the records, as stored (JSON strings). */
export function buildShards(postings: Iterable<SavedPosting>): Record<string, string> {
  const shards: Record<string, IndexShard> = {};
  for (const key of INDEX_KEYS) shards[key] = { v: INDEX_VERSION, entries: {} };
  for (const p of postings) (shards[shardKeyOf(p.id)] as IndexShard).entries[p.id] = summarize(p);
  return Object.fromEntries(Object.entries(shards).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** The longest shard string read (5,000 postings spread over 16 shards are ~300 KB each). */
const SHARD_TEXT_MAX = 64 * 1024 * 1024;

/** A stored shard (a JSON string) parsed and checked, or null. */
export function parseStoredShard(v: unknown): IndexShard | null {
  if (typeof v !== 'string' || v.length > SHARD_TEXT_MAX) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch {
    return null;
  }
  return parseShard(parsed);
}

/*
 * The same checks as IndexShardSchema, by hand: a list read validates every summary, and zod takes ~80 µs per summary
 * (0.4 s at 5,000) where this takes ~2 µs. tests/storage/summary-validate.test.ts holds the two to the same verdict.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const POSTING_ID = /^[A-Za-z0-9][A-Za-z0-9._:~/@+-]{0,199}$/;
const BOARD_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const LANGUAGE = /^[a-z]{2}$/;
const STATUSES: ReadonlySet<unknown> = new Set(PostingStatusSchema.options);
const CODES: ReadonlySet<unknown> = new Set(SkillCodeSchema.options);
const MAX_EPOCH = 8.64e15;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isEpoch = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_EPOCH;
const isNullableText = (v: unknown, max: number) => v === null || isText(v, max);
const isPostingId = (v: unknown): v is string => typeof v === 'string' && POSTING_ID.test(v) && !RESERVED.has(v);

const URL_SHAPE = /^https?:\/\/\S+$/i;
const isHttpUrl = (v: unknown): boolean => typeof v === 'string' && v.length <= 2048 && URL_SHAPE.test(v);

function isSkill(v: unknown): boolean {
  if (!Array.isArray(v) || (v.length !== 2 && v.length !== 3)) return false;
  const [id, code, label] = v as unknown[];
  if (typeof id !== 'string' || id.length < 1 || id.length > 80 || !CODES.has(code)) return false;
  return v.length === 2 || (typeof label === 'string' && label.length >= 1 && label.length <= 120);
}

const SUMMARY_KEYS: ReadonlySet<string> = new Set(Object.keys(PostingSummarySchema.shape));

/** Whether `v` is a valid summary (PostingSummarySchema's verdict; unknown keys are dropped by neither, so allowed). */
export function isPostingSummary(v: unknown): v is PostingSummary {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  if (!isHttpUrl(s.url) || typeof s.board !== 'string' || !BOARD_ID.test(s.board) || RESERVED.has(s.board)) return false;
  if (!isText(s.title, 500) || !isNullableText(s.company, 500) || !isNullableText(s.location, 500)) return false;
  if (!isEpoch(s.savedAt) || !isEpoch(s.updatedAt) || !STATUSES.has(s.status) || !isText(s.notes, NOTES_MAX)) return false;
  if (typeof s.analysisVersion !== 'string' || s.analysisVersion.length < 1 || s.analysisVersion.length > 40) return false;
  if (typeof s.targetRole !== 'boolean' || !isText(s.targetRoleReason, 500) || typeof s.text !== 'boolean') return false;
  if (s.language !== undefined && s.language !== null && !(typeof s.language === 'string' && LANGUAGE.test(s.language))) return false;
  if (!Array.isArray(s.skills) || s.skills.length > 500) return false;
  for (const k of s.skills) if (!isSkill(k)) return false;
  if (s.history !== undefined) {
    if (!Array.isArray(s.history) || s.history.length < 1 || s.history.length > HISTORY_MAX) return false;
    for (const e of s.history) if (!isChange(e)) return false;
  }
  if ((s.followUpAt !== undefined && !isEpoch(s.followUpAt)) || (s.followUpDoneAt !== undefined && !isEpoch(s.followUpDoneAt))) return false;
  if (s.distinctFrom !== undefined && !(Array.isArray(s.distinctFrom) && s.distinctFrom.length <= DISTINCT_FROM_MAX && s.distinctFrom.every(isPostingId))) return false;
  return true;
}

function isChange(v: unknown): boolean {
  if (!Array.isArray(v) || (v.length !== 2 && v.length !== 3)) return false;
  return STATUSES.has(v[0]) && isEpoch(v[1]) && (v.length === 2 || v[2] === 1);
}

/** A shard checked as IndexShardSchema checks it, with the summaries' unknown keys dropped as zod drops them. */
export function parseShard(v: unknown): IndexShard | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const shard = v as { v?: unknown; entries?: unknown };
  if (shard.v !== INDEX_VERSION || typeof shard.entries !== 'object' || shard.entries === null || Array.isArray(shard.entries)) return null;
  const entries: Record<string, PostingSummary> = {};
  const given = Object.entries(shard.entries as Record<string, unknown>);
  if (given.length > 100_000) return null;
  for (const [id, summary] of given) {
    if (!isPostingId(id) || !isPostingSummary(summary)) return null;
    let clean = summary;
    for (const key of Object.keys(summary)) {
      if (!SUMMARY_KEYS.has(key)) {
        clean = Object.fromEntries(Object.entries(summary).filter(([k]) => SUMMARY_KEYS.has(k))) as PostingSummary;
        break;
      }
    }
    if (clean.language === undefined && 'language' in clean) {
      const { language: _, ...rest } = clean;
      clean = rest;
    }
    entries[id] = clean;
  }
  return { v: INDEX_VERSION, entries };
}

export type IndexRead =
  /** `texts`: the shards as stored, checked, in INDEX_KEYS order: what the lists send on to the page (`expandList`). */
  | { ok: true; entries: Map<string, PostingSummary>; texts: string[] }
  | { ok: false; reason: string };

/**
 * A shard's verdict, remembered by its exact stored text: a worker reads the shards at every list read, but checks a
 * given text once (comparing 300 KB of text costs far less than parsing and checking it again). Only a verdict is
 * remembered, never data: every read still reads storage, so a changed shard is always checked.
 */
export interface ShardMemo {
  get(key: string): { text: string; entries: [string, PostingSummary][] | null } | undefined;
  set(key: string, value: { text: string; entries: [string, PostingSummary][] | null }): void;
}

function checkedShard(key: string, value: unknown): [string, PostingSummary][] | null {
  const shard = parseStoredShard(value);
  if (!shard) return null;
  const entries = Object.entries(shard.entries);
  for (const [id] of entries) if (shardKeyOf(id) !== key) return null;
  return entries;
}

/** The index from the shard values of one read; not ok when any shard is missing, invalid, of another version or misplaced. */
export function readIndex(values: Readonly<Record<string, unknown>>, memo?: ShardMemo): IndexRead {
  const entries = new Map<string, PostingSummary>();
  const texts: string[] = [];
  for (const key of INDEX_KEYS) {
    if (!Object.hasOwn(values, key)) return { ok: false, reason: `${key} missing` };
    const value = values[key];
    const known = typeof value === 'string' ? memo?.get(key) : undefined;
    let checked: [string, PostingSummary][] | null;
    if (known && known.text === value) checked = known.entries;
    else {
      checked = checkedShard(key, value);
      if (typeof value === 'string') memo?.set(key, { text: value, entries: checked });
    }
    if (!checked) return { ok: false, reason: `${key} invalid or misplaced` };
    for (const [id, s] of checked) entries.set(id, s);
    texts.push(value as string);
  }
  return { ok: true, entries, texts };
}

/**
 * The shards a commit must write so the index follows it: `upserts` (postings written) and `removed` (posting ids
 * deleted), applied to the shards as they are in `current`. Null when a touched shard is unreadable: the caller
 * then rebuilds every shard from the records.
 */
export function shardUpdates(current: Readonly<Record<string, unknown>>, upserts: readonly SavedPosting[], removed: readonly string[]): Record<string, string> | null {
  const out: Record<string, IndexShard> = {};
  const shard = (key: string): IndexShard | null => {
    const open = out[key];
    if (open) return open;
    const parsed = parseStoredShard(current[key]);
    if (!parsed) return null;
    const copy: IndexShard = { v: INDEX_VERSION, entries: parsed.entries };
    out[key] = copy;
    return copy;
  };
  for (const id of removed) {
    const s = shard(shardKeyOf(id));
    if (!s) return null;
    delete s.entries[id];
  }
  for (const p of upserts) {
    const s = shard(shardKeyOf(p.id));
    if (!s) return null;
    s.entries[p.id] = summarize(p);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, JSON.stringify(v)]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether the index says exactly what the records say (worker start checks this; a difference means a rebuild). */
export function indexAgrees(index: ReadonlyMap<string, PostingSummary>, postings: ReadonlyMap<string, SavedPosting>): boolean {
  if (index.size !== postings.size) return false;
  for (const [id, p] of postings) {
    const s = index.get(id);
    if (!s || !sameValue(s, summarize(p))) return false;
  }
  return true;
}

/** A list answer as the page uses it: the shards (checked by the background) expanded into list items, newest first. */
export type ExpandedList<T extends { shards: string[] }> = Omit<T, 'shards'> & { postings: PostingListItem[] };

export function expandList<T extends { shards: string[] }>(value: T): ExpandedList<T> {
  const { shards, ...rest } = value;
  const items: PostingListItem[] = [];
  for (const text of shards) {
    const shard = JSON.parse(text) as IndexShard;
    for (const [id, s] of Object.entries(shard.entries)) items.push(expandSummary(id, s));
  }
  return { ...rest, postings: items.sort(byNewest) };
}

/**
 * The list from the shards as stored, read by the page itself (lib/storage/direct-list.ts): the writer's own check
 * (`readIndex`: every shard present, this version, valid, each id in its own shard), expanded, newest first. An empty
 * list when no shard is stored and nothing is saved (a new profile); null when anything is missing or wrong, so the
 * caller asks the writer, which rebuilds the index.
 */
export function listFromStoredShards(values: Readonly<Record<string, unknown>>, savedCount: number): PostingListItem[] | null {
  if (INDEX_KEYS.every((key) => values[key] === undefined)) return savedCount === 0 ? [] : null;
  const index = readIndex(values);
  if (!index.ok) return null;
  return [...index.entries].map(([id, s]) => expandSummary(id, s)).sort(byNewest);
}
