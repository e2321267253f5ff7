import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GapReport } from '../../lib/analysis/gap-report';
import { postingKey, REANALYSIS_KEY, textKey } from '../../lib/storage/keys';
import type { LocalArea } from '../../lib/storage/local-area';
import {
  batches,
  createReanalysisScheduler,
  nextStatus,
  planReanalysis,
  readReanalysisStatus,
  reanalysisFinished,
  withReanalysisKicks,
  type ReanalysisStatus,
} from '../../lib/storage/reanalysis';
import { ok } from '../../lib/storage/result';
import type { SavedPosting } from '../../lib/storage/schemas';
import { expandList, readIndex, shardKeyOf } from '../../lib/storage/summary';
import { createWriter, type Reanalyse, type Writer } from '../../lib/storage/writer';
import { chromeLikeArea, makeInput, makeReport, tickingClock } from './helpers';

/**
 * Re-analysis of saved postings when the analysis version changes (lib/storage/reanalysis.ts, the writer's
 * lib/storage/writer/reanalysis.ts): what is planned, what a batch changes (the report, never the user's status,
 * notes or times), that no user change is lost to it, and that a worker stopped at any point resumes from storage.
 */

const OLD = makeReport().analysisVersion;
const NEW = '2099.1';

/** storage.local as Chrome 130+ offers it (key list, reads of some keys, byte counts), recording reads and able to fail a write. */
function area() {
  const { area: base, reads } = chromeLikeArea();
  const faults = { failSets: 0 };
  const a: LocalArea = {
    ...base,
    set: async (items) => {
      if (faults.failSets > 0) {
        faults.failSets--;
        throw new Error('worker stopped');
      }
      await base.set(items);
    },
  };
  return { area: a, reads, faults };
}

/** A fake analysis of the new version whose one skill quotes the kept text (so the test sees it read the text). */
function analysis() {
  const calls: string[] = [];
  const analyse: Reanalyse = (p, kept): GapReport => {
    calls.push(p.id);
    return {
      ...p.report,
      analysisVersion: NEW,
      skills: [{ id: 'python', label: 'Python', kind: 'other', level: 'required', evidence: kept.text.slice(0, 40), mentions: ['Python'], match: 'exact', score: 1 }],
    };
  };
  return { analyse, calls };
}

const ids = (n: number, prefix = 'job') => Array.from({ length: n }, (_, i) => `${prefix}:${String(i).padStart(3, '0')}`);

async function seed(writer: Writer, jobIds: readonly string[], description = (id: string) => `Posting ${id}. Lead AI programs with Python and SQL.`) {
  for (const id of jobIds) expect((await writer.savePosting(makeInput(id, { description: description(id) }))).ok).toBe(true);
}

async function records(): Promise<Map<string, SavedPosting>> {
  const all = await fakeBrowser.storage.local.get(null);
  return new Map(
    Object.entries(all)
      .filter(([k]) => k.startsWith('posting:') && !k.endsWith('$'))
      .map(([k, v]) => [k.slice('posting:'.length), v as SavedPosting]),
  );
}

async function storedStatus(): Promise<ReanalysisStatus | null> {
  return readReanalysisStatus(await fakeBrowser.storage.local.get(REANALYSIS_KEY));
}

/** What re-analysis must never touch: the user's part of a posting. */
const userPart = (p: SavedPosting) => ({ status: p.status, notes: p.notes, savedAt: p.savedAt, updatedAt: p.updatedAt, title: p.title, url: p.url, textChars: p.textChars });

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('planning re-analysis (pure)', () => {
  const summary = (analysisVersion: string, text: boolean, savedAt: number) => ({ analysisVersion, text, savedAt });

  it('selects out-of-date postings with a kept text; counts those without; leaves out the excluded', () => {
    const index: [string, ReturnType<typeof summary>][] = [
      ['a', summary(OLD, true, 1)],
      ['b', summary(NEW, true, 2)],
      ['c', summary(OLD, false, 3)],
      ['d', summary('0.9', true, 4)],
      ['e', summary(OLD, true, 5)],
    ];
    const plan = planReanalysis(index, NEW);
    expect({ ...plan, stale: sorted(plan.stale) }).toEqual({ stale: ['a', 'd', 'e'], skippedNoText: 1 });
    expect(sorted(planReanalysis(index, NEW, new Set(['d'])).stale)).toEqual(['a', 'e']);
    expect(sorted(planReanalysis(index, OLD).stale)).toEqual(['b', 'd']);
  });

  it('groups the work by index shard (a batch rewrites few shards), newest first within one', () => {
    const index = ids(200).map((id, i) => [id, summary(OLD, true, i)] as const);
    const { stale } = planReanalysis(index, NEW);
    expect(sorted(stale)).toEqual(ids(200));
    const shards = stale.map(shardKeyOf);
    // Each shard's postings are together, in shard order, and newest first inside.
    expect(shards).toEqual([...shards].sort());
    for (let i = 1; i < stale.length; i++) if (shards[i] === shards[i - 1]) expect(stale[i]! < stale[i - 1]!).toBe(true);
    // So the batches of 25 touch each shard about once, where batches across the index would touch all sixteen.
    const touched = batches(stale, 25).map((b) => new Set(b.map(shardKeyOf)).size);
    expect(touched.reduce((n, k) => n + k, 0)).toBeLessThanOrEqual(touched.length + 15);
  });

  it('cuts the work into batches', () => {
    expect(batches(ids(60), 25).map((b) => b.length)).toEqual([25, 25, 10]);
    expect(batches([], 25)).toEqual([]);
    expect(batches(['a', 'b'], 0)).toEqual([['a'], ['b']]);
  });

  it('keeps the progress: a run starts, continues, finishes; nothing to report is null', () => {
    const started = nextStatus(null, NEW, 25, { remaining: 75, skippedNoText: 3 }, 10);
    expect(started).toEqual({ version: NEW, total: 100, done: 25, skippedNoText: 3, startedAt: 10, finishedAt: null });
    const more = nextStatus(started, NEW, 25, { remaining: 50, skippedNoText: 3 }, 20);
    expect(more).toEqual({ version: NEW, total: 100, done: 50, skippedNoText: 3, startedAt: 10, finishedAt: null });
    // A posting deleted meanwhile: the total follows (done + what is left).
    const fewer = nextStatus(more, NEW, 25, { remaining: 20, skippedNoText: 3 }, 30);
    expect(fewer).toMatchObject({ total: 95, done: 75, finishedAt: null });
    expect(nextStatus(fewer, NEW, 20, { remaining: 0, skippedNoText: 3 }, 40)).toMatchObject({ total: 95, done: 95, finishedAt: 40 });
    expect(nextStatus(null, NEW, 0, { remaining: 0, skippedNoText: 7 }, 50)).toBeNull();
    // A new version while a run was going: a new run.
    expect(nextStatus(more, '3000.0', 5, { remaining: 5, skippedNoText: 0 }, 60)).toEqual({ version: '3000.0', total: 10, done: 5, skippedNoText: 0, startedAt: 60, finishedAt: null });
  });

  it('tells a run’s last write from its progress writes', () => {
    expect(reanalysisFinished({ [REANALYSIS_KEY]: { newValue: { finishedAt: null } } })).toBe(false);
    expect(reanalysisFinished({ [REANALYSIS_KEY]: { newValue: { finishedAt: 5 } } })).toBe(true);
    expect(reanalysisFinished({ 'posting:a': { newValue: {} } })).toBe(false);
  });
});

describe('the writer’s re-analysis batch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces the report and its version only; status, notes, savedAt and updatedAt stay; the index follows', async () => {
    const { area: a, reads } = area();
    const writer = createWriter({ now: tickingClock(), area: a });
    await seed(writer, ids(3));
    expect((await writer.setPostingStatus('job:001', 'applied')).ok).toBe(true);
    expect((await writer.setPostingNotes('job:002', 'Call Ana on Monday')).ok).toBe(true);
    const before = await records();
    const { analyse, calls } = analysis();

    reads.length = 0;
    const r = await writer.reanalysePostings(ids(3), analyse, { version: NEW });
    expect(r.ok && r.value.updated).toEqual(ids(3));
    expect(calls).toEqual(ids(3));
    // Just the batch's records and texts were read (besides the index shards and the progress).
    expect(reads.filter((k) => k.startsWith('posting:') || k.startsWith('text:')).filter((k) => !k.endsWith('$')).sort()).toEqual([...ids(3).map(postingKey), ...ids(3).map(textKey)].sort());

    const after = await records();
    for (const id of ids(3)) {
      const p = after.get(id) as SavedPosting;
      expect(p.analysisVersion).toBe(NEW);
      expect(p.report.analysisVersion).toBe(NEW);
      expect(p.report.skills.map((s) => s.evidence)).toEqual([`Posting ${id}. Lead AI programs with Python and SQL.`.slice(0, 40)]);
      expect(userPart(p)).toEqual(userPart(before.get(id) as SavedPosting));
      expect(p.descriptionExcerpt).toBe(before.get(id)?.descriptionExcerpt);
    }
    expect(after.get('job:001')?.status).toBe('applied');
    expect(after.get('job:002')?.notes).toBe('Call Ana on Monday');

    // The summary index says the same (the lists read it), and the lists agree with the records.
    const index = readIndex(await fakeBrowser.storage.local.get(null));
    expect(index.ok).toBe(true);
    for (const id of ids(3)) expect(index.ok && index.entries.get(id)).toMatchObject({ analysisVersion: NEW, skills: [['python', 'or', 'Python']] });
    const overview = await writer.getOverview();
    expect(overview.ok && expandList(overview.value).postings.map((p) => [p.id, p.analysisVersion, p.status])).toEqual([
      ['job:002', NEW, 'saved'],
      ['job:001', NEW, 'applied'],
      ['job:000', NEW, 'saved'],
    ]);
    expect(await storedStatus()).toMatchObject({ version: NEW, total: 3, done: 3, skippedNoText: 0, finishedAt: expect.any(Number) });

    // Again: nothing to do, nothing written.
    const again = await writer.reanalysePostings(ids(3), analyse, { version: NEW });
    expect(again.ok && again.value).toMatchObject({ updated: [], current: ids(3) });
    expect(calls).toHaveLength(3);
  });

  it('given the scheduler’s count, reads and writes only the index shards its postings are in', async () => {
    const { area: a, reads } = area();
    const sets: string[][] = [];
    const writer = createWriter({ now: tickingClock(), area: { ...a, set: (items) => (sets.push(Object.keys(items)), a.set(items)) } });
    await seed(writer, ids(40));
    const index = readIndex(await fakeBrowser.storage.local.get(null));
    if (!index.ok) throw new Error(index.reason);
    const batch = planReanalysis(index.entries, NEW).stale.slice(0, 5);
    const shards = new Set(batch.map(shardKeyOf));
    reads.length = 0;
    sets.length = 0;
    const r = await writer.reanalysePostings(batch, analysis().analyse, { version: NEW, progress: { remaining: 35, skippedNoText: 0 } });
    expect(r.ok && r.value.updated).toEqual(batch);
    expect(new Set(reads.filter((k) => k.startsWith('index:') && !k.endsWith('$')))).toEqual(shards);
    expect(new Set(sets.flat().filter((k) => k.startsWith('index:')))).toEqual(shards);
    expect(await storedStatus()).toMatchObject({ total: 40, done: 5, finishedAt: null });
    // The index still says exactly what the records say.
    const indexAfter = readIndex(await fakeBrowser.storage.local.get(null));
    const after = await records();
    for (const id of ids(40)) expect(indexAfter.ok && indexAfter.entries.get(id)?.analysisVersion).toBe(after.get(id)?.analysisVersion);
  });

  it('a status change queued while a batch is analysed applies after it: neither is lost', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(2));
    const before = await records();
    const { analyse: inner } = analysis();
    const queued: Promise<unknown>[] = [];
    // The user acts in the middle of the batch (another message handled while the analysis runs).
    const analyse: Reanalyse = (p, kept) => {
      if (p.id === 'job:000') {
        queued.push(writer.setPostingStatus('job:000', 'interviewing'));
        queued.push(writer.setPostingNotes('job:001', 'Referral from Sam'));
        queued.push(writer.deletePosting('job:001').then(() => writer.restorePosting('job:001')));
      }
      return inner(p, kept);
    };
    const r = await writer.reanalysePostings(ids(2), analyse, { version: NEW });
    expect(r.ok && r.value.updated).toEqual(ids(2));
    await Promise.all(queued);
    const after = await records();
    expect(after.get('job:000')).toMatchObject({ status: 'interviewing', analysisVersion: NEW });
    expect(after.get('job:001')).toMatchObject({ notes: 'Referral from Sam', analysisVersion: NEW });
    expect(after.get('job:000')?.updatedAt).toBeGreaterThan(before.get('job:000')?.updatedAt ?? Infinity);
    const index = readIndex(await fakeBrowser.storage.local.get(null));
    expect(index.ok && index.entries.get('job:000')).toMatchObject({ status: 'interviewing', analysisVersion: NEW });
  });

  it('re-reads each posting in the queue: deleted meanwhile is skipped, saved again at the new version is left alone', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(3));
    expect((await writer.deletePosting('job:000')).ok).toBe(true);
    expect((await writer.savePosting(makeInput('job:001', { report: makeReport({ analysisVersion: NEW }) }))).ok).toBe(true);
    const { analyse, calls } = analysis();
    const r = await writer.reanalysePostings(ids(3), analyse, { version: NEW });
    expect(r.ok && r.value).toMatchObject({ updated: ['job:002'], current: ['job:001'], missing: ['job:000'] });
    expect(calls).toEqual(['job:002']);
    expect((await records()).has('job:000')).toBe(false);
  });

  it('postings without a kept text keep their report and are counted; a claim without its text is dropped', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(2));
    expect((await writer.savePosting(makeInput('old:a', { description: '  ' }))).ok).toBe(true);
    // A record that says its text is kept, whose text is gone.
    await fakeBrowser.storage.local.remove([textKey('job:001'), `${textKey('job:001')}$`]);
    const plan = await writer.getReanalysisPlan(NEW);
    expect(plan.ok && { ...plan.value, stale: sorted(plan.value.stale) }).toEqual({ stale: ['job:000', 'job:001'], skippedNoText: 1 });

    const { analyse } = analysis();
    const r = await writer.reanalysePostings(['job:001', 'job:000'], analyse, { version: NEW });
    expect(r.ok && r.value).toMatchObject({ updated: ['job:000'], noText: ['job:001'] });
    const after = await records();
    expect(after.get('job:001')).toMatchObject({ analysisVersion: OLD });
    expect(after.get('job:001')?.textChars).toBeUndefined();
    expect(after.get('old:a')).toMatchObject({ analysisVersion: OLD });
    expect(await storedStatus()).toMatchObject({ total: 1, done: 1, skippedNoText: 2, finishedAt: expect.any(Number) });
    const again = await writer.getReanalysisPlan(NEW);
    expect(again.ok && again.value).toEqual({ stale: [], skippedNoText: 2 });
  });

  it('reads texts the full read leaves out, where the browser cannot read single keys', async () => {
    const local = fakeBrowser.storage.local;
    const writer = createWriter({ now: tickingClock(), area: { getAll: () => local.get(null), set: (i) => local.set(i), remove: (k) => local.remove(k) } });
    await seed(writer, ids(2));
    const { analyse } = analysis();
    const r = await writer.reanalysePostings(ids(2), analyse, { version: NEW });
    expect(r.ok && r.value.updated).toEqual(ids(2));
    expect((await records()).get('job:001')?.report.skills[0]?.evidence).toContain('Posting job:001');
  });

  it('an analysis that throws or gives another version changes nothing for that posting', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(3));
    const { analyse: inner } = analysis();
    const analyse: Reanalyse = (p, kept) => {
      if (p.id === 'job:000') throw new Error('boom');
      if (p.id === 'job:001') return { ...inner(p, kept), analysisVersion: '1.0.0' };
      return inner(p, kept);
    };
    const r = await writer.reanalysePostings(ids(3), analyse, { version: NEW, exclude: new Set() });
    expect(r.ok && r.value).toMatchObject({ updated: ['job:002'], failed: ['job:000', 'job:001'] });
    const after = await records();
    expect(after.get('job:000')?.analysisVersion).toBe(OLD);
    expect(after.get('job:001')?.analysisVersion).toBe(OLD);
    // The failed ones are not counted as left to do (the scheduler will not retry them in this worker).
    expect(await storedStatus()).toMatchObject({ total: 1, done: 1, finishedAt: expect.any(Number) });
  });
});

describe('the re-analysis scheduler', () => {
  beforeEach(() => fakeBrowser.reset());

  it('works through every out-of-date posting in batches, pausing between them, and finishes the progress', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(60));
    const { analyse, calls } = analysis();
    const pause = vi.fn(() => Promise.resolve());
    const seen: (ReanalysisStatus | null)[] = [];
    const scheduler = createReanalysisScheduler({
      writer,
      version: NEW,
      analyse,
      batchSize: 25,
      pause: async () => {
        seen.push(await storedStatus());
        await pause();
      },
    });
    const run = await scheduler.run();
    expect(run).toEqual({ updated: 60, batches: 3, error: null });
    expect(pause).toHaveBeenCalledTimes(3);
    expect(seen.map((s) => s && [s.done, s.total, s.finishedAt === null])).toEqual([
      [25, 60, true],
      [50, 60, true],
      [60, 60, false],
    ]);
    expect(new Set(calls).size).toBe(60);
    expect(calls).toHaveLength(60);
    expect([...(await records()).values()].every((p) => p.analysisVersion === NEW)).toBe(true);
    // Nothing left: a second run reads the plan and writes nothing.
    expect(await scheduler.run()).toEqual({ updated: 0, batches: 0, error: null });
  });

  it('lets user operations in between batches', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(40));
    const { analyse } = analysis();
    const order: string[] = [];
    let first = true;
    const scheduler = createReanalysisScheduler({
      writer,
      version: NEW,
      analyse,
      batchSize: 5,
      pause: async () => {
        if (first) {
          first = false;
          // The user changes a posting of a later batch while the run goes on.
          void writer.setPostingStatus('job:000', 'offer').then(() => order.push('status'));
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    });
    await scheduler.run().then(() => order.push('run'));
    expect(order).toEqual(['status', 'run']);
    expect((await records()).get('job:000')).toMatchObject({ status: 'offer', analysisVersion: NEW });
  });

  it('resumes after the worker is stopped between batches: a second worker does the rest, nothing twice, the total holds', async () => {
    const { area: a } = area();
    const first = createWriter({ now: tickingClock(), area: a });
    await seed(first, ids(60));
    expect((await first.setPostingStatus('job:059', 'applied')).ok).toBe(true);
    const before = await records();
    const one = analysis();
    let batchesDone = 0;
    let stopped!: () => void;
    const stoppedAfterTwo = new Promise<void>((resolve) => (stopped = resolve));
    // The first worker is stopped after its second batch: its pause never ends (a stopped worker runs nothing more).
    const scheduler1 = createReanalysisScheduler({
      writer: first,
      version: NEW,
      analyse: one.analyse,
      batchSize: 25,
      pause: () => {
        if (++batchesDone === 2) {
          stopped();
          return new Promise<void>(() => undefined);
        }
        return Promise.resolve();
      },
    });
    void scheduler1.run();
    await stoppedAfterTwo;
    expect(await storedStatus()).toMatchObject({ version: NEW, done: 50, total: 60, finishedAt: null });

    // A new worker: a new writer (nothing in memory) on the same storage, started as the background starts.
    const second = createWriter({ now: tickingClock(1_800_000_000_000), area: a });
    expect((await second.ensureReady()).ok).toBe(true);
    const two = analysis();
    const run = await createReanalysisScheduler({ writer: second, version: NEW, analyse: two.analyse, batchSize: 25, pause: () => Promise.resolve() }).run();
    expect(run).toMatchObject({ updated: 10, error: null });
    // Each posting analysed exactly once across both workers.
    expect([...one.calls, ...two.calls].sort()).toEqual(ids(60));
    const status = await storedStatus();
    expect(status).toMatchObject({ version: NEW, done: 60, total: 60, finishedAt: expect.any(Number) });
    const after = await records();
    for (const id of ids(60)) {
      expect(after.get(id)?.analysisVersion).toBe(NEW);
      expect(userPart(after.get(id) as SavedPosting)).toEqual(userPart(before.get(id) as SavedPosting));
    }
  });

  it('a worker stopped during a batch’s write loses that batch only: the next worker does it again, counted once', async () => {
    const { area: a, faults } = area();
    const first = createWriter({ now: tickingClock(), area: a });
    await seed(first, ids(30));
    const one = analysis();
    let n = 0;
    const run1 = await createReanalysisScheduler({
      writer: first,
      version: NEW,
      analyse: one.analyse,
      batchSize: 10,
      pause: async () => {
        if (++n === 1) faults.failSets = 1; // the second batch's set never lands
      },
    }).run();
    expect(run1.updated).toBe(10);
    expect(run1.error).toMatch(/worker stopped/);
    expect(await storedStatus()).toMatchObject({ done: 10, total: 30, finishedAt: null });

    const second = createWriter({ now: tickingClock(1_800_000_000_000), area: a });
    const two = analysis();
    const run2 = await createReanalysisScheduler({ writer: second, version: NEW, analyse: two.analyse, batchSize: 10, pause: () => Promise.resolve() }).run();
    expect(run2).toMatchObject({ updated: 20, error: null });
    // The lost batch was analysed twice (harmless: it was never written), every other posting once.
    expect(one.calls).toHaveLength(20);
    expect(two.calls).toHaveLength(20);
    expect(new Set([...one.calls, ...two.calls]).size).toBe(30);
    expect(await storedStatus()).toMatchObject({ done: 30, total: 30, finishedAt: expect.any(Number) });
  });

  it('does not loop on postings it cannot re-analyse, and settles the progress when postings go meanwhile', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(6));
    const { analyse: inner } = analysis();
    let deleted = false;
    const analyse: Reanalyse = (p, kept) => {
      if (p.id === 'job:005') throw new Error('cannot read');
      return inner(p, kept);
    };
    const scheduler = createReanalysisScheduler({
      writer,
      version: NEW,
      analyse,
      batchSize: 2,
      pause: async () => {
        if (!deleted) {
          deleted = true;
          await writer.deletePosting('job:000'); // in the plan, never analysed
        }
      },
    });
    const run = await scheduler.run();
    expect(run).toMatchObject({ updated: 4, error: null });
    expect(await storedStatus()).toMatchObject({ done: 4, total: 4, finishedAt: expect.any(Number) });
    expect((await records()).get('job:005')?.analysisVersion).toBe(OLD);
  });

  it('a call while running makes the run look again (a save or import kicked it)', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    await seed(writer, ids(3));
    const { analyse } = analysis();
    let kicked = false;
    const scheduler = createReanalysisScheduler({
      writer,
      version: NEW,
      analyse,
      batchSize: 10,
      pause: async () => {
        if (kicked) return;
        kicked = true;
        // An import brings more out-of-date postings while the run is going.
        await seed(writer, ids(2, 'imported'));
        scheduler.kick();
      },
    });
    const run = await scheduler.run();
    expect(run.updated).toBe(5);
    expect([...(await records()).values()].every((p) => p.analysisVersion === NEW)).toBe(true);
  });

  it('the writer handed to the handlers kicks it after each successful save and import', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    const kick = vi.fn();
    const kicked = withReanalysisKicks(writer, kick);
    expect((await kicked.savePosting(makeInput('job:a'))).ok).toBe(true);
    expect(kick).toHaveBeenCalledTimes(1);
    expect((await kicked.applyImport('not json')).ok).toBe(false);
    expect((await kicked.importApply('no-such-import')).ok).toBe(false);
    expect(kick).toHaveBeenCalledTimes(1);
    const exported = await writer.exportData('json');
    expect(exported.ok).toBe(true);
    if (exported.ok) expect((await kicked.applyImport(exported.value.text)).ok).toBe(true);
    expect(kick).toHaveBeenCalledTimes(2);
    expect(await kicked.getReanalysisStatus()).toEqual(ok(null));
  });
});
