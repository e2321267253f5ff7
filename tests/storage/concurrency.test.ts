import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocalArea } from '../../lib/storage/local-area';
import type { Mutex } from '../../lib/storage/mutex';
import type { ProgressLog } from '../../lib/scoring/readiness-history';
import { PROGRESS_LOG_KEY } from '../../lib/storage/progress-log';
import type { PostingStatus, ProgressKind } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { makeInput, tickingClock } from './helpers';

type Op =
  | { type: 'save'; id: string }
  | { type: 'status'; id: string; status: PostingStatus }
  | { type: 'progress'; kind: ProgressKind; id: string; done: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('save' as const), id: fc.constantFrom('job:a', 'job:b', 'job:c') }),
  fc.record({ type: fc.constant('status' as const), id: fc.constantFrom('job:a', 'job:b'), status: fc.constantFrom<PostingStatus>('applying', 'applied', 'offer') }),
  fc.oneof(
    fc.record({ type: fc.constant('progress' as const), kind: fc.constant<ProgressKind>('skill'), id: fc.constantFrom('stakeholder-management', 'ai-risk-management'), done: fc.boolean() }),
    fc.record({ type: fc.constant('progress' as const), kind: fc.constant<ProgressKind>('other'), id: fc.constantFrom('kubernetes', 'python'), done: fc.boolean() }),
    fc.record({ type: fc.constant('progress' as const), kind: fc.constantFrom<ProgressKind>('task', 'action'), id: fc.constant('item-one'), done: fc.boolean() }),
  ),
);

function apply(writer: Writer, op: Op) {
  if (op.type === 'save') return writer.savePosting(makeInput(op.id));
  if (op.type === 'status') return writer.setPostingStatus(op.id, op.status);
  return writer.setProgress(op.kind, op.id, op.done);
}

/**
 * The state a sequential execution in arrival order produces: the union of every operation, and the
 * progress log: one event per change of a scoring input (skill learned / other skill known), in that order.
 */
function model(ops: Op[]) {
  const statuses = new Map<string, PostingStatus>();
  const progress = new Map<string, boolean>();
  const events: { kind: ProgressKind; id: string; done: boolean }[] = [];
  for (const op of ops) {
    if (op.type === 'save' && !statuses.has(op.id)) statuses.set(op.id, 'saved');
    if (op.type === 'status' && statuses.has(op.id)) statuses.set(op.id, op.status);
    if (op.type !== 'progress') continue;
    const key = `${op.kind}:${op.id}`;
    const changed = (progress.get(key) ?? false) !== op.done;
    if (changed && (op.kind === 'skill' || op.kind === 'other')) events.push({ kind: op.kind, id: op.id, done: op.done });
    progress.set(key, op.done);
  }
  return { statuses, progress, events };
}

/** storage.local whose every call takes effect at a moment the fast-check scheduler picks (random latency). */
function scheduledArea(s: fc.Scheduler): LocalArea {
  const local = fakeBrowser.storage.local;
  return {
    getAll: () => s.schedule(Promise.resolve(), 'get').then(() => local.get(null)),
    set: (items) => s.schedule(Promise.resolve(), `set ${Object.keys(items).join(',')}`).then(() => local.set(items)),
    remove: (keys) => s.schedule(Promise.resolve(), 'remove').then(() => local.remove(keys)),
  };
}

function property(mutex?: Mutex) {
  return fc.asyncProperty(fc.scheduler(), fc.array(opArb, { minLength: 2, maxLength: 10 }), async (s, ops) => {
    fakeBrowser.reset();
    const writer = createWriter({ now: tickingClock(), area: scheduledArea(s), ...(mutex ? { mutex } : {}) });
    // All fired at once, as 5 tabs and a popup would; none awaited before the others start.
    await s.waitFor(Promise.all(ops.map((op) => apply(writer, op))));

    const expected = model(ops);
    const raw = await fakeBrowser.storage.local.get(null);
    const postings = Object.entries(raw).filter(([k]) => k.startsWith('posting:') && !k.endsWith('$')).map(([, v]) => v as { id: string; status: string });
    expect(new Map(postings.map((p) => [p.id, p.status]))).toEqual(expected.statuses);
    const stored = new Map(Object.entries(raw).filter(([k]) => k.startsWith('progress:') && !k.endsWith('$')).map(([k, v]) => [k.slice('progress:'.length), (v as { done: boolean }).done]));
    expect(stored).toEqual(expected.progress);
    // The progress log records every change of a scoring input, in order, none lost to a concurrent write
    // (tasks and actions never appear); readiness over time is replayed from it.
    const log = raw[PROGRESS_LOG_KEY] as ProgressLog | undefined;
    expect(log?.events.map(({ kind, id, done }) => ({ kind, id, done })) ?? []).toEqual(expected.events);
    if (log) expect(log.baseline).toEqual({ learnedSkills: [], knownSkills: [] });
    const times = log?.events.map((e) => e.at) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
}

describe('concurrency: interleaved saves, status changes and progress toggles', () => {
  it('the final state is the union of all operations and the log holds every change in order, whatever the storage latencies', async () => {
    await fc.assert(property(), { numRuns: 150 });
  });

  it('the same property fails without the mutex (the test can detect lost updates)', async () => {
    const noMutex: Mutex = { run: (task) => task() };
    const result = await fc.check(property(noMutex), { numRuns: 150 });
    expect(result.failed).toBe(true);
  });
});
