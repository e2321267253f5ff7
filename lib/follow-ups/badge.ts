import { INDEX_PREFIX, POSTING_PREFIX } from '../storage/keys';
import type { Result } from '../storage/result';
import type { PostingSummary } from '../storage/summary';
import { badgeText, countDueInIndex } from './due';

/**
 * The toolbar icon's badge: how many follow-ups are due (issue 15, point 3). Counted from the summary index the writer
 * keeps (no posting record is read), and set again at worker start, after every writer commit that wrote or removed a posting
 * (debounced: an import or a re-analysis run is many commits), and on a periodic alarm, since follow-ups fall due with
 * time. Nothing is kept in memory between counts: MV3 may stop the worker at any time, and the next start counts again.
 */

/** The alarm that recounts: follow-ups fall due as days pass, with no write to announce it. */
export const FOLLOW_UP_ALARM = 'pathway-lens:follow-ups';
export const FOLLOW_UP_ALARM_MINUTES = 60;
export const BADGE_DEBOUNCE_MS = 500;
/** A dark blue with white text: readable on light and dark toolbars (contrast 8.6:1). */
export const BADGE_COLOR = '#1d3f8f';

/** The summaries of the index as the writer holds them (checked and parsed once per shard text), or a failure. */
export type ReadSummaries = () => Promise<Result<Iterable<PostingSummary>>>;

/** The due count from the index; null when it could not be read (the badge is then left as it is). */
export async function countDueFollowUps(read: ReadSummaries, now: number): Promise<number | null> {
  const r = await read();
  return r.ok ? countDueInIndex(r.value, now) : null;
}

/** The part of `browser.action` (Chrome MV3) / `browser.browserAction` (Firefox MV2) the badge uses. */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
}

/** The part of `browser.alarms` the badge uses. */
export interface BadgeAlarms {
  get(name: string): Promise<{ name: string } | undefined | null>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface FollowUpBadgeOptions {
  read: ReadSummaries;
  /** Undefined where the browser has no toolbar action (the badge is then skipped). */
  action: BadgeAction | undefined;
  alarms: BadgeAlarms | undefined;
  /** The writer's commits (lib/storage/writer/core.ts `onCommitted`). */
  onCommitted: (listener: (keys: string[]) => void) => () => void;
  /** Resolves when the writer is ready (migrations done) — the first count waits for it. */
  ready?: Promise<unknown>;
  now?: () => number;
  debounceMs?: number;
}

export interface FollowUpBadge {
  /** Counts now (queued behind a running count) and resolves when the badge is set. */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Wires the badge. Call synchronously at worker start: the alarm listener must be registered before the event that
 * woke the worker is dispatched.
 */
export function startFollowUpBadge(options: FollowUpBadgeOptions): FollowUpBadge {
  const { read, action, alarms } = options;
  const now = options.now ?? Date.now;
  const debounceMs = options.debounceMs ?? BADGE_DEBOUNCE_MS;
  let chain: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const count = async () => {
    if (stopped || !action) return;
    try {
      const n = await countDueFollowUps(read, now());
      if (n !== null && !stopped) await action.setBadgeText({ text: badgeText(n) });
    } catch {
      // A failed read or badge call leaves the badge as it is: the next commit or alarm counts again.
    }
  };
  const refresh = () => {
    chain = chain.then(count);
    return chain;
  };

  // The writer announces the record keys of a commit (the index shards it keeps beside them may not be named): a
  // commit that wrote or removed a posting, or rebuilt the index.
  const unsubscribe = options.onCommitted((keys) => {
    if (stopped || !keys.some((k) => k.startsWith(POSTING_PREFIX) || k.startsWith(INDEX_PREFIX))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), debounceMs);
  });
  alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM) void refresh();
  });
  // Created once: re-creating it at every worker start would restart its period (a worker woken more often than
  // hourly would never see it fire).
  void Promise.resolve(alarms?.get(FOLLOW_UP_ALARM))
    .then((existing) => (existing || !alarms ? undefined : alarms.create(FOLLOW_UP_ALARM, { periodInMinutes: FOLLOW_UP_ALARM_MINUTES })))
    .catch(() => undefined);
  void Promise.resolve(action?.setBadgeBackgroundColor?.({ color: BADGE_COLOR })).catch(() => undefined);
  void Promise.resolve(options.ready)
    .catch(() => undefined)
    .then(refresh);

  return {
    refresh,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
