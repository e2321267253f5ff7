import { z } from 'zod';
import type { DetectedSkill, GapReport, SkillKind, SkillLevel } from '../analysis/gap-report';
import { PostingIdSchema } from './schemas';

/**
 * The postings the sidebar analysed lately, saved or not (`analysed`, lib/storage/keys.ts ANALYSED_KEY): what the list
 * badges (lib/list-badges/) need to mark a job card the user has looked at. Written by the one writer
 * (lib/storage/writer/analysed.ts) when the background's `analyzePosting` runs for a job page; local only (not synced,
 * not exported, not in any view); bounded to the last ANALYSED_MAX postings by time; validated on read (an invalid
 * entry is skipped, an invalid record reads as empty: it is derived from pages the user opened, never typed).
 *
 * Each entry holds only what a badge needs to score the posting with the ONE scoring function (lib/scoring/score.ts,
 * through lib/insights/lazy-score.ts): its skills as `[id, code]` (code = kind letter + level letter, as the summary
 * index writes them, lib/storage/summary.ts) and its language (a posting the analysis does not read has no readiness).
 * No title, no company, no URL, no evidence.
 */
export const ANALYSED_VERSION = 1;
/** Postings remembered; the oldest (by time analysed) go first. */
export const ANALYSED_MAX = 1_000;
/** More keys than this and the stored record is not read at all (it cannot be ours). */
const ENTRIES_READ_MAX = ANALYSED_MAX * 2;

const KIND_CODE: Readonly<Record<SkillKind, string>> = { transferable: 't', toLearn: 'l', other: 'o' };
const LEVEL_CODE: Readonly<Record<SkillLevel, string>> = { required: 'r', preferred: 'p' };
const KIND_OF: Readonly<Record<string, SkillKind>> = { t: 'transferable', l: 'toLearn', o: 'other' };
const LEVEL_OF: Readonly<Record<string, SkillLevel>> = { r: 'required', p: 'preferred' };

const SkillCodeSchema = z.enum(['tr', 'tp', 'lr', 'lp', 'or', 'op']);
export const AnalysedEntrySchema = z
  .object({
    /** When the sidebar last analysed it (ms since the epoch). */
    at: z.number().int().nonnegative().max(8.64e15),
    language: z.string().regex(/^[a-z]{2}$/).nullable(),
    skills: z.array(z.tuple([z.string().min(1).max(80), SkillCodeSchema])).max(500),
  })
  .strict();
export type AnalysedEntry = z.infer<typeof AnalysedEntrySchema>;

export interface AnalysedRecord {
  v: typeof ANALYSED_VERSION;
  entries: Record<string, AnalysedEntry>;
}

/** The stored record's entries object, or null when the value is not a record of this version (or too big to be ours). */
function storedEntries(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { v, entries } = value as { v?: unknown; entries?: unknown };
  if (v !== ANALYSED_VERSION || typeof entries !== 'object' || entries === null || Array.isArray(entries)) return null;
  let n = 0;
  for (const key in entries) if (Object.hasOwn(entries, key) && ++n > ENTRIES_READ_MAX) return null;
  return entries as Record<string, unknown>;
}

function validEntry(id: string, value: unknown): AnalysedEntry | null {
  if (!PostingIdSchema.safeParse(id).success) return null;
  const parsed = AnalysedEntrySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The valid entries of a stored value: all of them, or only those of `ids` (a list page asks about ≤ 200 cards: only
 * those are validated). Never throws; what is not valid is not there.
 */
export function readAnalysed(value: unknown, ids?: readonly string[]): Map<string, AnalysedEntry> {
  const out = new Map<string, AnalysedEntry>();
  const entries = storedEntries(value);
  if (!entries) return out;
  const keys = ids ?? Object.keys(entries);
  for (const id of keys) {
    if (!Object.hasOwn(entries, id)) continue;
    const entry = validEntry(id, entries[id]);
    if (entry) out.set(id, entry);
  }
  return out;
}

/** What a report leaves in the record: its skills, compact, and its language. */
export function analysedEntry(report: Pick<GapReport, 'skills' | 'language'>, at: number): AnalysedEntry {
  return {
    at,
    language: report.language ?? null,
    skills: report.skills.slice(0, 500).map((k) => [k.id, `${KIND_CODE[k.kind]}${LEVEL_CODE[k.level]}`] as [string, AnalysedEntry['skills'][number][1]]),
  };
}

/**
 * The record after the posting `id` was analysed at `at`: its entry replaced, the valid others kept, the newest
 * ANALYSED_MAX kept (ties: the id just written stays).
 */
export function withAnalysed(value: unknown, id: string, report: Pick<GapReport, 'skills' | 'language'>, at: number): AnalysedRecord {
  if (!PostingIdSchema.safeParse(id).success) throw new Error('not a posting id');
  const kept = [...readAnalysed(value)].filter(([key]) => key !== id);
  kept.sort((a, b) => b[1].at - a[1].at || (a[0] < b[0] ? -1 : 1));
  const entries: Record<string, AnalysedEntry> = { [id]: analysedEntry(report, at) };
  for (const [key, entry] of kept.slice(0, ANALYSED_MAX - 1)) entries[key] = entry;
  return { v: ANALYSED_VERSION, entries };
}

/**
 * A report the scoring functions read (skills with kind and level; no evidence): for lib/insights/lazy-score.ts. The
 * rest of the report is empty: scoring reads skills only.
 */
export function analysedReport(entry: AnalysedEntry): GapReport {
  const skills: DetectedSkill[] = entry.skills.map(([id, code]) => ({
    id,
    label: id,
    kind: KIND_OF[code[0] as string] as SkillKind,
    level: LEVEL_OF[code[1] as string] as SkillLevel,
    evidence: '',
    mentions: [],
    match: 'exact',
    score: 1,
  }));
  return { posting: { title: null, company: null, location: null, board: null, url: null }, targetRole: true, targetRoleReason: '', skills, language: entry.language, analysisVersion: 'analysed' };
}
