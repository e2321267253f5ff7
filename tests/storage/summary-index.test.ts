import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocalArea } from '../../lib/storage/local-area';
import { buildShards, expandList, expandSummary, INDEX_KEYS, readIndex, shardKeyOf, summarize, type PostingSummary } from '../../lib/storage/summary';
import type { SavedPosting } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { chromeLikeArea, makeInput, makeReport, tickingClock } from './helpers';

/**
 * The summary index (lib/storage/summary.ts) against the records it summarises: kept in the same `set` as every
 * posting write, rebuilt when missing or unreadable, and never left disagreeing with the records by a crash.
 */

interface Faults {
  /** The next `remove` never happens: the worker dies between the two writes of a delete. */
  crashBeforeRemove?: boolean;
  /** The next `set` writes only the posting records, then dies (a torn write, worse than browsers allow). */
  tornSet?: boolean;
}

/** storage.local as Chrome 130+ offers it (key list, reads of some keys, byte counts), with faults to inject. */
function area(faults: Faults = {}) {
  const local = fakeBrowser.storage.local;
  const { area: base, reads } = chromeLikeArea();
  const a: LocalArea = {
    ...base,
    set: async (items) => {
      if (faults.tornSet) {
        faults.tornSet = false;
        const part = Object.fromEntries(Object.entries(items).filter(([k]) => k.startsWith('posting:')));
        await local.set(part);
        throw new Error('worker stopped');
      }
      await base.set(items);
    },
    remove: async (keys) => {
      if (faults.crashBeforeRemove) {
        faults.crashBeforeRemove = false;
        throw new Error('worker stopped');
      }
      await base.remove(keys);
    },
  };
  return { area: a, reads, faults };
}

/** A stored posting as the writer builds it, for tests of the pure index functions. */
function makeStoredPosting(id: string): SavedPosting {
  const input = makeInput(id);
  return { id, url: input.url, board: input.board, title: input.title, company: input.company, location: input.location, report: input.report, descriptionExcerpt: '', savedAt: 1, updatedAt: 2, status: 'saved', notes: '', analysisVersion: input.report.analysisVersion, history: [{ status: 'saved', at: 1 }], followUpAt: null, followUpDoneAt: null };
}

/** What the lists show, and what the records say, for the same posting ids (id, status, notes, updatedAt, skills). */
async function listsAndRecords(writer: Writer) {
  const overview = await writer.getOverview();
  if (!overview.ok) throw new Error(overview.error.message);
  const list = await writer.listPostings();
  if (!list.ok) throw new Error(list.error.message);
  const shape = (p: { id: string; status: string; notes: string; updatedAt: number; report: { skills: { id: string; level: string }[] } }) => ({
    id: p.id,
    status: p.status,
    notes: p.notes,
    updatedAt: p.updatedAt,
    skills: p.report.skills.map((s) => `${s.id}:${s.level}`),
  });
  return { lists: expandList(overview.value).postings.map(shape), records: list.value.postings.map(shape) };
}

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

describe('summary index', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written in the same set as each posting, and lists read it without reading a posting record', async () => {
    const { area: a, reads } = area();
    const writes: string[][] = [];
    const writer = createWriter({ now: tickingClock(), area: { ...a, set: (items) => (writes.push(Object.keys(items)), a.set(items)) } });
    expect((await writer.savePosting(makeInput('job:a'))).ok).toBe(true);
    expect((await writer.savePosting(makeInput('job:b', { report: makeReport({ skills: [] }) }))).ok).toBe(true);
    expect((await writer.setPostingStatus('job:a', 'applied')).ok).toBe(true);
    // Every write that touched a posting carried its shard.
    for (const keys of writes.filter((k) => k.some((key) => key.startsWith('posting:') && !key.endsWith('$')))) {
      const ids = keys.filter((k) => k.startsWith('posting:') && !k.endsWith('$')).map((k) => k.slice('posting:'.length));
      for (const id of ids) expect(keys).toContain(shardKeyOf(id));
    }
    reads.length = 0;
    const { lists, records } = await listsAndRecords(writer);
    expect(lists).toEqual(records);
    expect(lists.find((p) => p.id === 'job:a')?.status).toBe('applied');
    // getOverview read the shards and the small keys; listPostings (after it) is the only full read.
    const overviewReads = reads.slice(0, reads.indexOf(INDEX_KEYS[0] as string) + INDEX_KEYS.length);
    expect(overviewReads.filter((k) => k.startsWith('posting:') || k.startsWith('text:'))).toEqual([]);
  });

  it('a status change, a note or a save reads that posting and its shard, not every saved posting', async () => {
    const { area: a, reads } = area();
    let fullReads = 0;
    const writer = createWriter({ now: tickingClock(), area: { ...a, getAll: () => (fullReads++, a.getAll()) } });
    for (const id of ['job:a', 'job:b', 'job:c']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    reads.length = 0;
    const before = fullReads;
    expect((await writer.setPostingStatus('job:a', 'applied')).ok).toBe(true);
    expect((await writer.setPostingNotes('job:a', 'ping Friday')).ok).toBe(true);
    expect((await writer.savePosting(makeInput('job:d'))).ok).toBe(true);
    expect(fullReads).toBe(before);
    const records = reads.filter((k) => k.startsWith('posting:') && !k.endsWith('$'));
    expect([...new Set(records)].sort()).toEqual(['posting:job:a', 'posting:job:d']);
    const { lists, records: stored } = await listsAndRecords(writer);
    expect(lists).toEqual(stored);
    expect(lists.find((p) => p.id === 'job:a')).toMatchObject({ status: 'applied', notes: 'ping Friday' });
    // Usage after a targeted write is the store's, not the few keys read.
    const usage = await writer.setPostingStatus('job:b', 'offer');
    expect(usage.ok && usage.value.usage.bytesInUse).toBeGreaterThan(3_000);
  });

  it('keeps the full description beside the record, and the record says so', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    const description = '  Lead AI programs.\nOwn the roadmap.  ';
    expect((await writer.savePosting(makeInput('job:a', { description }))).ok).toBe(true);
    const all = await stored();
    expect(all['text:job:a']).toEqual({ id: 'job:a', text: description.trim() });
    expect(all['text:job:a$']).toEqual({ v: 1 });
    expect((all['posting:job:a'] as { textChars?: number }).textChars).toBe(description.trim().length);
    const index = readIndex(all);
    expect(index.ok && index.entries.get('job:a')?.text).toBe(true);
    // A blank description keeps nothing and claims nothing.
    expect((await writer.savePosting(makeInput('job:b', { description: '   ' }))).ok).toBe(true);
    const after = await stored();
    expect(after['text:job:b']).toBeUndefined();
    expect((after['posting:job:b'] as { textChars?: number }).textChars).toBeUndefined();
  });

  it('keeps a deleted posting’s description while undo is possible, and drops it with the trash entry', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area, trashLimit: 1 });
    for (const id of ['job:a', 'job:b']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    expect((await writer.deletePosting('job:a')).ok).toBe(true);
    expect((await stored())['text:job:a']).toBeDefined();
    expect((await writer.restorePosting('job:a')).ok).toBe(true);
    expect((await listsAndRecords(writer)).lists.map((p) => p.id).sort()).toEqual(['job:a', 'job:b']);
    expect((await writer.deletePosting('job:a')).ok).toBe(true);
    expect((await writer.deletePosting('job:b')).ok).toBe(true); // job:a's trash entry goes (limit 1), and its text
    const all = await stored();
    expect(all['text:job:a']).toBeUndefined();
    expect(all['text:job:b']).toBeDefined();
    expect((await listsAndRecords(writer)).lists).toEqual([]);
  });

  it('a crash between the set and the remove of a delete: the next worker sees lists and records agree', async () => {
    const first = area();
    const writer = createWriter({ now: tickingClock(), area: first.area });
    for (const id of ['job:a', 'job:b']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    first.faults.crashBeforeRemove = true;
    expect((await writer.deletePosting('job:a')).ok).toBe(false);
    // Storage now holds the trash entry and an index without job:a, and still the record job:a.
    expect((await stored())['posting:job:a']).toBeDefined();
    const restarted = createWriter({ now: tickingClock(2_000_000_000_000), area: area().area });
    const { lists, records } = await listsAndRecords(restarted);
    expect(lists).toEqual(records);
    expect(lists.map((p) => p.id).sort()).toEqual(['job:a', 'job:b']);
  });

  it('the same worker, after a failed remove, rebuilds before its next list', async () => {
    const first = area();
    const writer = createWriter({ now: tickingClock(), area: first.area });
    for (const id of ['job:a', 'job:b']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    first.faults.crashBeforeRemove = true;
    expect((await writer.deletePosting('job:b')).ok).toBe(false);
    const { lists, records } = await listsAndRecords(writer);
    expect(lists).toEqual(records);
  });

  it('even a torn set (records written, index not) is found and rebuilt by the next worker’s full check', async () => {
    const first = area();
    const writer = createWriter({ now: tickingClock(), area: first.area });
    expect((await writer.savePosting(makeInput('job:a'))).ok).toBe(true);
    first.faults.tornSet = true;
    expect((await writer.setPostingNotes('job:a', 'call back Tuesday')).ok).toBe(false);
    expect((await stored())['posting:job:a']).toMatchObject({ notes: 'call back Tuesday' });
    // Browsers write a set atomically, so a new worker starts quickly on the key list; its full check follows.
    const restarted = createWriter({ now: tickingClock(2_000_000_000_000), area: area().area, verifyDelayMs: 0 });
    expect((await restarted.ensureReady()).ok).toBe(true);
    await vi.waitFor(async () => {
      const { lists, records } = await listsAndRecords(restarted);
      expect(lists).toEqual(records);
      expect(lists[0]?.notes).toBe('call back Tuesday');
    });
  });

  it('a worker start with nothing to migrate reads no record before answering; the full check follows', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    for (const id of ['job:a', 'job:b']) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    // A record garbled at the current version (only a full read can tell).
    await fakeBrowser.storage.local.set({ 'posting:job:b': { id: 'job:b', title: 7 } });
    const { area: a, reads } = area();
    let fullReads = 0;
    const restarted = createWriter({ now: tickingClock(2_000_000_000_000), area: { ...a, getAll: () => (fullReads++, a.getAll()) }, verifyDelayMs: 50 });
    expect(await restarted.ensureReady()).toEqual({ ok: true, value: { migrated: 0, quarantined: 0 } });
    const overview = await restarted.getOverview();
    expect(overview.ok && expandList(overview.value).postings.map((p) => p.id).sort()).toEqual(['job:a', 'job:b']);
    expect(fullReads).toBe(0);
    expect(reads.filter((k) => (k.startsWith('posting:') || k.startsWith('text:')) && !k.endsWith('$'))).toEqual([]);
    // Then the full check quarantines the garbled record and the index follows.
    await vi.waitFor(async () => {
      const again = await restarted.getOverview();
      expect(again.ok && expandList(again.value).postings.map((p) => p.id)).toEqual(['job:a']);
      expect(again.ok && again.value.corruptCount).toBe(1);
    });
  });

  it('a corrupt or missing shard is rebuilt from the records (at worker start, and in a running worker)', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    const ids = Array.from({ length: 40 }, (_, i) => `job:${i}`);
    for (const id of ids) expect((await writer.savePosting(makeInput(id))).ok).toBe(true);
    // A running worker meets a garbled shard.
    const victim = shardKeyOf('job:7');
    await fakeBrowser.storage.local.set({ [victim]: JSON.stringify({ v: 1, entries: { 'job:7': { title: 42 } } }) });
    let { lists, records } = await listsAndRecords(writer);
    expect(lists).toEqual(records);
    expect(lists).toHaveLength(40);
    expect(readIndex(await stored()).ok).toBe(true);
    // A new worker meets a store from before the index (no shards at all).
    await fakeBrowser.storage.local.remove([...INDEX_KEYS]);
    ({ lists, records } = await listsAndRecords(createWriter({ now: tickingClock(), area: area().area })));
    expect(lists).toEqual(records);
    expect(readIndex(await stored()).ok).toBe(true);
    // An entry in the wrong shard is not believed.
    const all = await stored();
    const right = shardKeyOf('job:1');
    const wrong = INDEX_KEYS.find((k) => k !== right) as string;
    const shard = (key: string) => JSON.parse(all[key] as string) as { v: 1; entries: Record<string, unknown> };
    const moved = { ...shard(wrong), entries: { ...shard(wrong).entries, 'job:1': shard(right).entries['job:1'] } };
    expect(readIndex({ ...all, [wrong]: JSON.stringify(moved) }).ok).toBe(false);
    // Stored shards are JSON strings: an object, or a string that is not JSON, is not a shard.
    expect(readIndex({ ...all, [wrong]: shard(wrong) }).ok).toBe(false);
    expect(readIndex({ ...all, [wrong]: '{"v":1,' }).ok).toBe(false);
  });

  it('the full check runs at most once a day, however often the worker restarts', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    expect((await writer.savePosting(makeInput('job:a'))).ok).toBe(true);
    const started = Date.now();
    const second = createWriter({ now: tickingClock(), area: area().area, verifyDelayMs: 0 });
    expect((await second.ensureReady()).ok).toBe(true);
    await vi.waitFor(async () => expect((await stored())['store-check']).toBeDefined());
    expect((await stored())['store-check']).toEqual({ at: expect.any(Number) });
    expect(((await stored())['store-check'] as { at: number }).at).toBeGreaterThanOrEqual(started);
    // A third start the same day: no full read at all.
    const { area: a } = area();
    let fullReads = 0;
    const third = createWriter({ now: tickingClock(), area: { ...a, getAll: () => (fullReads++, a.getAll()), get: (keys) => (keys.some((k) => k.startsWith('posting:') && !k.endsWith('$')) && fullReads++, a.get!(keys)) }, verifyDelayMs: 0 });
    expect((await third.ensureReady()).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect((await third.getOverview()).ok).toBe(true);
    expect(fullReads).toBe(0);
  });

  it('a new profile writes no index until the first save', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    const overview = await writer.getOverview();
    expect(overview.ok && expandList(overview.value).postings).toEqual([]);
    expect(Object.keys(await stored()).filter((k) => k.startsWith('index:'))).toEqual([]);
    expect((await writer.savePosting(makeInput('job:a'))).ok).toBe(true);
    expect(Object.keys(await stored()).filter((k) => k.startsWith('index:')).sort()).toEqual([...INDEX_KEYS].sort());
  });

  it('a worker start drops descriptions whose posting is gone', async () => {
    await fakeBrowser.storage.local.set({ 'text:job:gone': { id: 'job:gone', text: 'old' }, 'text:job:gone$': { v: 1 } });
    const writer = createWriter({ now: tickingClock(), area: area().area });
    expect((await writer.savePosting(makeInput('job:a'))).ok).toBe(true);
    const all = await stored();
    expect(all['text:job:gone']).toBeUndefined();
    expect(all['text:job:a']).toBeDefined();
  });

  it('usage counts the descriptions the full read leaves out', async () => {
    const writer = createWriter({ now: tickingClock(), area: area().area });
    const long = 'Lead AI programs across teams. '.repeat(2_000);
    expect((await writer.savePosting(makeInput('job:a', { description: long }))).ok).toBe(true);
    const usage = await writer.getStorageUsage();
    expect(usage.ok && usage.value.bytesInUse).toBeGreaterThan(long.length);
  });
});

describe('summaries', () => {
  it('keep what the lists read, drop evidence and mentions, and name pathway skills as the report did', () => {
    const report = makeReport({
      language: 'en',
      skills: [
        { id: 'stakeholder-management', label: 'Stakeholder Management and Communication', kind: 'toLearn', level: 'required', evidence: 'x', mentions: ['x'], match: 'exact', score: 1 },
        { id: 'api-development', label: 'REST APIs', kind: 'transferable', level: 'preferred', evidence: 'y', mentions: ['y'], match: 'fuzzy', score: 0.8 },
        { id: 'kubernetes', label: 'Kubernetes', kind: 'other', level: 'preferred', evidence: 'z', mentions: [], match: 'exact', score: 1 },
      ],
    });
    const posting = {
      id: 'job:a',
      url: 'https://boards.greenhouse.io/acme/jobs/1',
      board: 'greenhouse',
      title: 'AI PM',
      company: null,
      location: 'Remote',
      report,
      descriptionExcerpt: 'excerpt',
      savedAt: 5,
      updatedAt: 9,
      status: 'interviewing' as const,
      notes: 'n',
      analysisVersion: report.analysisVersion,
      textChars: 100,
      history: [{ status: 'saved' as const, at: 5 }, { status: 'applied' as const, at: 6, hand: true as const }, { status: 'interviewing' as const, at: 9 }],
      followUpAt: 20,
      followUpDoneAt: null,
    };
    const s = summarize(posting);
    // The pathway's own name is not repeated; other labels are kept.
    expect(s.skills).toEqual([['stakeholder-management', 'lr'], ['api-development', 'tp', 'REST APIs'], ['kubernetes', 'op', 'Kubernetes']]);
    expect(summarize({ ...posting, report: { ...report, skills: [{ ...report.skills[2]!, label: 'kubernetes' }] } }).skills).toEqual([['kubernetes', 'op']]);
    expect(summarize({ ...posting, report: { ...report, targetRole: false } }).targetRoleReason).toBe(report.targetRoleReason);
    const item = expandSummary('job:a', s);
    const { descriptionExcerpt: _e, textChars: _t, ...rest } = posting;
    expect({ ...item, report: { ...item.report, posting: null } }).toEqual({
      ...rest,
      // The role check's reason is kept only for postings it flags.
      report: { ...report, posting: null, targetRoleReason: '', skills: report.skills.map((k) => ({ ...k, evidence: '', mentions: [], match: 'exact', score: 1 })) },
    });
    expect(JSON.parse(buildShards([posting])[shardKeyOf('job:a')] as string)).toEqual({ v: 2, entries: { 'job:a': s } });
    // A posting never moved keeps no history in its summary (its status at its save date), and gets it back expanded.
    const still = { ...posting, status: 'saved' as const, history: [{ status: 'saved' as const, at: posting.savedAt }] };
    expect(summarize(still)).not.toHaveProperty('history');
    expect(expandSummary('job:a', summarize(still)).history).toEqual([{ status: 'saved', at: posting.savedAt }]);
    expect(summarize({ ...still, history: [{ status: 'saved', at: posting.savedAt + 1 }] }).history).toEqual([['saved', posting.savedAt + 1]]);
  });

  it('a worker checks a shard text once, and any changed text again', () => {
    const shards = buildShards(['job:a', 'job:b', 'job:c'].map((id) => ({ ...makeStoredPosting(id) })));
    const memo = new Map<string, { text: string; entries: [string, PostingSummary][] | null }>();
    const parse = vi.spyOn(JSON, 'parse');
    expect(readIndex(shards, memo).ok).toBe(true);
    const first = parse.mock.calls.length;
    expect(first).toBe(INDEX_KEYS.length);
    expect(readIndex(shards, memo).ok).toBe(true);
    expect(parse.mock.calls.length).toBe(first);
    const key = shardKeyOf('job:a');
    const broken = { ...shards, [key]: (shards[key] as string).replace('"status":"saved"', '"status":"hired"') };
    expect(readIndex(broken, memo).ok).toBe(false);
    expect(parse.mock.calls.length).toBe(first + 1);
    expect(readIndex(shards, memo).ok).toBe(true);
    parse.mockRestore();
  });

  it('spread over every shard', () => {
    const used = new Set(Array.from({ length: 2_000 }, (_, i) => shardKeyOf(`linkedin:${4_000_000_000 + i}`)));
    expect(used.size).toBe(INDEX_KEYS.length);
  });
});
