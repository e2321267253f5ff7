import { expandList } from '../../lib/storage/summary';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readinessHistory, type ProgressEvent, type ProgressLog } from '../../lib/scoring/readiness-history';
import { appendProgressEvents, PROGRESS_LOG_KEY, PROGRESS_LOG_MAX, ProgressLogSchema, readProgressLog } from '../../lib/storage/progress-log';
import type { ProgressRecord } from '../../lib/storage/schemas';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, makeReport, manualClock, rawStorage, recordWrites, seed, tickingClock } from './helpers';

const T = 1_700_000_000_000;
const EMPTY_BASELINE = { learnedSkills: [], knownSkills: [] };
const event = (at: number, kind: ProgressEvent['kind'], id: string, done = true): ProgressEvent => ({ at, kind, id, done });
const record = (kind: ProgressRecord['kind'], id: string, done: boolean, doneAt: number | null, updatedAt: number): ProgressRecord => ({ kind, id, done, doneAt, updatedAt });
const stored = (...records: ProgressRecord[]) => Object.fromEntries(records.flatMap((r) => [[`progress:${r.kind}:${r.id}`, r], [`progress:${r.kind}:${r.id}$`, { v: 1 }]]));

const storedLog = async () => (await fakeBrowser.storage.local.get(PROGRESS_LOG_KEY))[PROGRESS_LOG_KEY] as ProgressLog | undefined;

/** Records of every kind, done and not: only learned skills and known other skills are scoring inputs. */
const RECORDS = [
  record('other', 'python', true, null, T + 30), // known, no doneAt: its updatedAt is the time
  record('skill', 'ai-risk-management', true, T + 10, T + 10),
  record('skill', 'stakeholder-management', false, null, T + 20),
  record('task', 'p1-read-pm-books', true, T + 5, T + 5),
  record('action', 'week-update-linkedin-headline', true, T + 6, T + 6),
];
const REBUILT: ProgressLog = { baseline: EMPTY_BASELINE, events: [event(T + 10, 'skill', 'ai-risk-management'), event(T + 30, 'other', 'python')] };

describe('readProgressLog', () => {
  it('returns a valid stored log as it is', () => {
    const log: ProgressLog = { baseline: { learnedSkills: ['agile-certification'], knownSkills: [] }, events: [event(T, 'other', 'jira', false)] };
    expect(readProgressLog({ [PROGRESS_LOG_KEY]: log }, RECORDS)).toEqual(log);
  });

  it('rebuilds the log from the records when there is none: learned and known items at the time they were marked', () => {
    expect(readProgressLog({}, RECORDS)).toEqual(REBUILT);
    expect(readProgressLog({}, [])).toEqual({ baseline: EMPTY_BASELINE, events: [] });
  });

  it.each([
    ['not an object', 'a list of points'],
    ['the old readiness points', [{ at: T, averageReadiness: 40 }]],
    ['null', null],
    ['no baseline', { events: [] }],
    ['a task event', { baseline: EMPTY_BASELINE, events: [event(T, 'skill', 'x'), { at: T, kind: 'task', id: 'p1-read-pm-books', done: true }] }],
    ['a malformed id', { baseline: EMPTY_BASELINE, events: [event(T, 'other', 'Not Kebab')] }],
    ['a reserved id', { baseline: { learnedSkills: [], knownSkills: ['__proto__'] }, events: [] }],
    ['a negative time', { baseline: EMPTY_BASELINE, events: [event(-1, 'other', 'jira')] }],
    ['more events than the bound', { baseline: EMPTY_BASELINE, events: Array.from({ length: PROGRESS_LOG_MAX + 1 }, (_, i) => event(T + i, 'other', 'jira')) }],
  ])('rebuilds the log from the records when the stored one is corrupt: %s', (_name, value) => {
    expect(readProgressLog({ [PROGRESS_LOG_KEY]: value }, RECORDS)).toEqual(REBUILT);
  });

  it('keeps a rebuilt log within the bound, the oldest folded into the baseline', () => {
    const many = Array.from({ length: PROGRESS_LOG_MAX + 2 }, (_, i) => record('other', `skill-${i}`, true, T + i, T + i));
    const log = readProgressLog({}, many);
    expect(log.events).toHaveLength(PROGRESS_LOG_MAX);
    expect(log.baseline).toEqual({ learnedSkills: [], knownSkills: ['skill-0', 'skill-1'] });
    expect(log.events[0]).toEqual(event(T + 2, 'other', 'skill-2'));
  });
});

describe('appendProgressEvents', () => {
  const log: ProgressLog = Object.freeze({ baseline: Object.freeze({ learnedSkills: Object.freeze(['agile-certification']), knownSkills: Object.freeze([]) }), events: Object.freeze([event(T + 10, 'other', 'jira')]) });

  it('appends in time order (an imported event may be older than the newest), never mutating the log', () => {
    const next = appendProgressEvents(log, [event(T + 20, 'skill', 'ai-risk-management'), event(T + 5, 'other', 'python'), event(T + 10, 'other', 'sql', false)]);
    expect(next).toEqual({
      baseline: { learnedSkills: ['agile-certification'], knownSkills: [] },
      events: [event(T + 5, 'other', 'python'), event(T + 10, 'other', 'jira'), event(T + 10, 'other', 'sql', false), event(T + 20, 'skill', 'ai-risk-management')],
    });
    expect(log.events).toHaveLength(1);
    expect(appendProgressEvents(log, [])).toBe(log);
  });

  it('stays bounded, folding the oldest events into the baseline: replay gives the same states (property)', () => {
    const ids = ['alpha', 'beta-two', 'gamma', 'delta-four'];
    const step = fc.record({ gap: fc.nat({ max: 120_000 }), kind: fc.constantFrom<ProgressEvent['kind']>('skill', 'other'), id: fc.constantFrom(...ids), done: fc.boolean() });
    const start = fc.record({ learnedSkills: fc.uniqueArray(fc.constantFrom(...ids)), knownSkills: fc.uniqueArray(fc.constantFrom(...ids)) });
    // States after each event: "kind:id" of every learned/known item, sorted.
    const replay = (baseline: ProgressLog['baseline'], events: readonly ProgressEvent[]) => {
      const have = new Set([...baseline.learnedSkills.map((id) => `skill:${id}`), ...baseline.knownSkills.map((id) => `other:${id}`)]);
      return events.map((e) => {
        have[e.done ? 'add' : 'delete'](`${e.kind}:${e.id}`);
        return [...have].sort().join(' ');
      });
    };
    // n events (up to three times the bound) cycling through a short pattern, each pass flipping `done`: a
    // counterexample then shrinks on a few numbers instead of on hundreds of events.
    const events = fc.tuple(fc.array(step, { minLength: 1, maxLength: 30 }), fc.nat({ max: 3 * PROGRESS_LOG_MAX })).map(([pattern, n]) => {
      let at = T;
      return Array.from({ length: n }, (_, i) => {
        const s = pattern[i % pattern.length] as (typeof pattern)[number];
        return event((at += s.gap), s.kind, s.id, s.done !== (Math.floor(i / pattern.length) % 2 === 1));
      });
    });
    fc.assert(
      fc.property(start, events, fc.array(fc.integer({ min: 1, max: 250 }), { minLength: 1, maxLength: 5 }), (baseline, all, chunkSizes) => {
        let log: ProgressLog = { baseline, events: [] };
        for (let i = 0, c = 0; i < all.length; c++) {
          const size = chunkSizes[c % chunkSizes.length] ?? 1;
          log = appendProgressEvents(log, all.slice(i, i + size));
          i += size;
        }
        const kept = Math.min(all.length, PROGRESS_LOG_MAX);
        expect(log.events).toEqual(all.slice(all.length - kept));
        expect(replay(log.baseline, log.events)).toEqual(replay(baseline, all).slice(all.length - kept));
        expect(ProgressLogSchema.safeParse(log).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the progress log in the writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('appends an event in the same write as the progress record, at its time', async () => {
    const writer = createWriter({ now: tickingClock() });
    const writes = recordWrites();
    const r = await writer.setProgress('skill', 'stakeholder-management', true);
    if (!r.ok) throw new Error(r.error.message);
    expect(writes.sets).toEqual([['progress-log', 'progress:skill:stakeholder-management', 'progress:skill:stakeholder-management$']]);
    const at = r.value.progress.items[0]?.updatedAt ?? -1;
    expect(await storedLog()).toEqual({ baseline: EMPTY_BASELINE, events: [event(at, 'skill', 'stakeholder-management')] });

    // Unmarking is a change too; the same value again is none (nothing written at all).
    await writer.setProgress('skill', 'stakeholder-management', false);
    await writer.setProgress('skill', 'stakeholder-management', false);
    await writer.setProgress('other', 'kubernetes', true);
    expect(writes.sets).toHaveLength(3);
    expect((await storedLog())?.events.map((e) => [e.kind, e.id, e.done])).toEqual([
      ['skill', 'stakeholder-management', true],
      ['skill', 'stakeholder-management', false],
      ['other', 'kubernetes', true],
    ]);
  });

  it('logs no tasks or actions, and no first "not done" (absent already reads as not done)', async () => {
    const writer = createWriter({ now: tickingClock() });
    const writes = recordWrites();
    await writer.setProgress('task', 'p1-read-pm-books', true);
    await writer.setProgress('action', 'week-update-linkedin-headline', true);
    await writer.setProgress('other', 'python', false);
    expect(writes.sets.flat().filter((k) => !k.endsWith('$'))).toEqual(['progress:task:p1-read-pm-books', 'progress:action:week-update-linkedin-headline', 'progress:other:python']);
    expect(await storedLog()).toBeUndefined();
    await writer.setProgress('other', 'python', true);
    await writer.setProgress('task', 'p1-read-pm-books', false);
    expect((await storedLog())?.events.map((e) => e.id)).toEqual(['python']);
  });

  it('writes neither the record nor the event when the write does not fit', async () => {
    await seed({ ...stored(RECORDS[1] as ProgressRecord), [PROGRESS_LOG_KEY]: { baseline: EMPTY_BASELINE, events: [event(T + 10, 'skill', 'ai-risk-management')] } });
    const used = JSON.parse(await rawStorage()) as [string, unknown][];
    const bytes = used.reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
    const writer = createWriter({ now: tickingClock(), quotaBytes: bytes + 20 });
    const before = await rawStorage();
    expect(await writer.setProgress('skill', 'stakeholder-management', true)).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await rawStorage()).toBe(before);
    // With room, both are written.
    const roomy = createWriter({ now: tickingClock() });
    expect((await roomy.setProgress('skill', 'stakeholder-management', true)).ok).toBe(true);
    expect((await storedLog())?.events).toHaveLength(2);
  });

  it('keeps the log bounded, folding the oldest event into the baseline', async () => {
    const full = Array.from({ length: PROGRESS_LOG_MAX }, (_, i) => event(T + i, 'other', i % 2 === 0 ? 'python' : 'jira'));
    await seed({ [PROGRESS_LOG_KEY]: { baseline: EMPTY_BASELINE, events: full } });
    const writer = createWriter({ now: () => T + 1_000 });
    await writer.setProgress('skill', 'stakeholder-management', true);
    expect(await storedLog()).toEqual({ baseline: { learnedSkills: [], knownSkills: ['python'] }, events: [...full.slice(1), event(T + 1_000, 'skill', 'stakeholder-management')] });
  });

  it.each([
    ['missing (a profile from before the log)', {}],
    ['corrupt', { [PROGRESS_LOG_KEY]: { events: 'garbage' } }],
  ])('rebuilds the log from the progress records when it is %s, and writes it back with the next change', async (_name, extra) => {
    await seed({ ...stored(...RECORDS), ...extra });
    const writer = createWriter({ now: () => T + 1_000 });
    const d = await writer.getDashboard();
    if (!d.ok) throw new Error(d.error.message);
    expect(d.value.progressLog).toEqual(REBUILT);
    expect(d.value.corruptCount).toBe(0); // the log is not a record: rebuilt, never quarantined
    await writer.setProgress('skill', 'stakeholder-management', true);
    expect(await storedLog()).toEqual({ baseline: EMPTY_BASELINE, events: [...REBUILT.events, event(T + 1_000, 'skill', 'stakeholder-management')] });
  });

  it('an import appends events only for the scoring inputs it changes, at their own times', async () => {
    await seed({
      ...stored(
        record('skill', 'ai-risk-management', true, T, T), // the file says learned too (newer): no change
        record('other', 'python', true, T, T), // the file unmarks it (newer): a change
        record('other', 'jira', true, T, T), // the file says not known, but older: kept, no change
      ),
    });
    const file = {
      format: 'pathway-lens-export',
      version: 3,
      exportedAt: T + 900,
      postings: [],
      progress: [
        record('skill', 'ai-risk-management', true, T + 100, T + 100),
        record('other', 'python', false, null, T + 200),
        record('other', 'jira', false, null, T - 50),
        record('skill', 'stakeholder-management', true, T + 300, T + 300), // new and learned: a change
        record('skill', 'agile-certification', false, null, T + 400), // new, not learned: no change
        record('other', 'kubernetes', true, T + 500, T + 500), // new and known: a change
        record('task', 'p1-read-pm-books', true, T + 600, T + 600), // not a scoring input
        record('action', 'week-update-linkedin-headline', true, T + 700, T + 700),
      ],
      settings: { theme: 'system', defaultAutoOpen: true, autoOpen: {}, defaultSidebar: { position: 'right', collapsed: false }, sidebar: {}, updatedAt: 0 },
    };
    const writer = createWriter({ now: () => T + 1_000 });
    expect(await writer.applyImport(JSON.stringify(file))).toMatchObject({ ok: true, value: { progressAdded: 5, progressReplaced: 2 } });
    expect(await storedLog()).toEqual({
      baseline: EMPTY_BASELINE,
      events: [
        event(T, 'skill', 'ai-risk-management'), // rebuilt from the records stored before the import
        event(T, 'other', 'python'),
        event(T, 'other', 'jira'),
        event(T + 200, 'other', 'python', false),
        event(T + 300, 'skill', 'stakeholder-management'),
        event(T + 500, 'other', 'kubernetes'),
      ],
    });
    // Importing the same file again changes nothing, the log included.
    const before = await rawStorage();
    await writer.applyImport(JSON.stringify(file));
    expect(await rawStorage()).toBe(before);
  });

  it('replays to readiness over time: the averages a careful person computes', async () => {
    const clock = manualClock(T);
    const writer = createWriter({ now: clock.now });
    // A asks stakeholder management (to learn, required), API development (transferable, preferred), Kubernetes
    // (other, required): 1 / (2·2 + 1) = 20 %. B asks AI risk management (to learn, required) and cloud
    // platforms (transferable, required): 2 / 4 = 50 %. Average 35.
    await writer.savePosting(makeInput('job:a'));
    const riskAndCloud = makeReport().skills.slice(0, 2).map((s, i) => ({ ...s, ...(i === 0 ? { id: 'ai-risk-management', label: 'AI risk' } : { id: 'cloud-platforms', label: 'Cloud', kind: 'transferable' as const, level: 'required' as const }) }));
    await writer.savePosting(makeInput('job:b', { report: makeReport({ skills: riskAndCloud }) }));
    const t1 = clock.advance(5 * 60_000);
    await writer.setProgress('skill', 'stakeholder-management', true); // A: (2 + 1) / 5 = 60 → 55
    clock.advance(5 * 60_000);
    await writer.setProgress('task', 'p1-read-pm-books', true); // not scoring: no point
    const t2 = clock.advance(5 * 60_000);
    await writer.setProgress('other', 'kubernetes', true); // A: 100 → 75
    clock.advance(10 * 60_000);
    await writer.setProgress('skill', 'ai-risk-management', true); // B: 100 → 100 …
    clock.advance(10_000);
    await writer.setProgress('skill', 'ai-risk-management', false);
    const t3 = clock.advance(10_000);
    await writer.setProgress('skill', 'ai-risk-management', true); // … one burst, ending learned: 100
    const d = await writer.getDashboard();
    if (!d.ok) throw new Error(d.error.message);
    expect(readinessHistory(expandList(d.value).postings.map((p) => p.report), d.value.progressLog)).toEqual([
      { at: t1 - 1, averageReadiness: 35 },
      { at: t1, averageReadiness: 55 },
      { at: t2, averageReadiness: 75 },
      { at: t3, averageReadiness: 100 },
    ]);
  });

  it('an import into a new profile brings its history: replayed from the imported records\' times', async () => {
    const source = createWriter({ now: () => T });
    await source.savePosting(makeInput('job:a'));
    await createWriter({ now: () => T + 10 * 60_000 }).setProgress('skill', 'stakeholder-management', true);
    const file = await source.exportData('json');
    if (!file.ok) throw new Error(file.error.message);
    fakeBrowser.reset();
    const fresh = createWriter({ now: () => T + 60 * 60_000 });
    expect((await fresh.applyImport(file.value.text)).ok).toBe(true);
    const d = await fresh.getDashboard();
    if (!d.ok) throw new Error(d.error.message);
    // 20 % before stakeholder management was learned, 60 % after: at the time it was learned, not of the import.
    expect(readinessHistory(expandList(d.value).postings.map((p) => p.report), d.value.progressLog)).toEqual([
      { at: T + 10 * 60_000 - 1, averageReadiness: 20 },
      { at: T + 10 * 60_000, averageReadiness: 60 },
    ]);
  });
});
