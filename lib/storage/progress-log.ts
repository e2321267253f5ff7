import { z } from 'zod';
import type { ProgressEvent, ProgressLog } from '../scoring/readiness-history';
import type { ProgressRecord } from './schemas';
import { KebabIdSchema } from './schemas';

/**
 * The progress log under one key: what readiness over time is replayed from (lib/scoring/readiness-history.ts).
 * The writer appends an event in the same batch as each change of a scoring input (a to-learn skill learned,
 * an other skill known). Bounded: past `PROGRESS_LOG_MAX` events the oldest fold into the baseline.
 * Not exported (it is history, not data the user made); an unreadable value is rebuilt from the progress records.
 */
export const PROGRESS_LOG_KEY = 'progress-log';
/** Where an earlier version stored readiness points; removed on upgrade (the history is now derived). */
export const LEGACY_HISTORY_KEY = 'readiness-history';
export const PROGRESS_LOG_MAX = 400;

const epochMs = z.number().int().nonnegative().max(8.64e15);
const idList = z.array(KebabIdSchema).max(2_000);
export const ProgressLogSchema = z.object({
  baseline: z.object({ learnedSkills: idList, knownSkills: idList }),
  events: z.array(z.object({ at: epochMs, kind: z.enum(['skill', 'other']), id: KebabIdSchema, done: z.boolean() })).max(PROGRESS_LOG_MAX),
});

const SCORING_KINDS: ReadonlySet<ProgressRecord['kind']> = new Set(['skill', 'other']);
export const isScoringInput = (kind: ProgressRecord['kind']): kind is 'skill' | 'other' => SCORING_KINDS.has(kind);

/**
 * The stored log, or one rebuilt from the records (a profile from before the log, or a corrupt value):
 * every learned/known item as an event at the time it was marked, from an empty baseline.
 */
export function readProgressLog(all: Record<string, unknown>, records: Iterable<ProgressRecord>): ProgressLog {
  const parsed = Object.hasOwn(all, PROGRESS_LOG_KEY) ? ProgressLogSchema.safeParse(all[PROGRESS_LOG_KEY]) : null;
  if (parsed?.success) return parsed.data;
  const events: ProgressEvent[] = [];
  for (const r of records) {
    if (isScoringInput(r.kind) && r.done) events.push({ at: r.doneAt ?? r.updatedAt, kind: r.kind, id: r.id, done: true });
  }
  return foldOldest({ baseline: { learnedSkills: [], knownSkills: [] }, events: events.sort((a, b) => a.at - b.at) });
}

/** Appends events (only scoring inputs), folding the oldest into the baseline beyond the bound. Never mutates. */
export function appendProgressEvents(log: ProgressLog, events: readonly ProgressEvent[]): ProgressLog {
  if (events.length === 0) return log;
  // Stable sort by time: imported records may carry times before the newest local change.
  return foldOldest({ baseline: log.baseline, events: [...log.events, ...events].sort((a, b) => a.at - b.at) });
}

function foldOldest(log: ProgressLog): ProgressLog {
  const extra = log.events.length - PROGRESS_LOG_MAX;
  if (extra <= 0) return log;
  const learned = new Set(log.baseline.learnedSkills);
  const known = new Set(log.baseline.knownSkills);
  for (const e of log.events.slice(0, extra)) (e.kind === 'skill' ? learned : known)[e.done ? 'add' : 'delete'](e.id);
  return { baseline: { learnedSkills: [...learned].sort(), knownSkills: [...known].sort() }, events: log.events.slice(extra) };
}
