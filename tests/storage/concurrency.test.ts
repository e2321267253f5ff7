import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocalArea } from '../../lib/storage/local-area';
import type { Mutex } from '../../lib/storage/mutex';
import { toProgressSnapshot } from '../../lib/storage/progress';
import type { PostingStatus, ProgressKind } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { fakeScore, makeInput, makeReport, tickingClock } from './helpers';

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

/** The state a sequential execution in arrival order produces: the union of every operation. */
function model(ops: Op[]) {
  const statuses = new Map<string, PostingStatus>();
  const progress = new Map<string, boolean>();
  for (const op of ops) {
    if (op.type === 'save' && !statuses.has(op.id)) statuses.set(op.id, 'saved');
    if (op.type === 'status' && statuses.has(op.id)) statuses.set(op.id, op.status);
    if (op.type === 'progress') progress.set(`${op.kind}:${op.id}`, op.done);
  }
  return { statuses, progress };
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
    const writer = createWriter({ score: fakeScore, now: tickingClock(), area: scheduledArea(s), ...(mutex ? { mutex } : {}) });
    // All fired at once, as 5 tabs and a popup would; none awaited before the others start.
    await s.waitFor(Promise.all(ops.map((op) => apply(writer, op))));

    const expected = model(ops);
    const raw = await fakeBrowser.storage.local.get(null);
    const postings = Object.entries(raw).filter(([k]) => k.startsWith('posting:') && !k.endsWith('$')).map(([, v]) => v as { id: string; status: string; score: { readiness: number } | null });
    expect(new Map(postings.map((p) => [p.id, p.status]))).toEqual(expected.statuses);
    const stored = new Map(Object.entries(raw).filter(([k]) => k.startsWith('progress:') && !k.endsWith('$')).map(([k, v]) => [k.slice('progress:'.length), (v as { done: boolean }).done]));
    expect(stored).toEqual(expected.progress);
    // Every cached score reflects the final progress: no re-score was lost to a concurrent write.
    const final = toProgressSnapshot({
      learnedSkills: [...expected.progress].filter(([k, d]) => d && k.startsWith('skill:')).map(([k]) => k.slice(6)),
      knownSkills: [...expected.progress].filter(([k, d]) => d && k.startsWith('other:')).map(([k]) => k.slice(6)),
    });
    for (const p of postings) expect(p.score?.readiness).toBe(fakeScore(makeReport(), final).readiness);
  });
}

describe('concurrency: interleaved saves and progress toggles', () => {
  it('the final state is the union of all operations, whatever the storage latencies', async () => {
    await fc.assert(property(), { numRuns: 150 });
  });

  it('the same property fails without the mutex (the test can detect lost updates)', async () => {
    const noMutex: Mutex = { run: (task) => task() };
    const result = await fc.check(property(noMutex), { numRuns: 150 });
    expect(result.failed).toBe(true);
  });
});
