import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DAY_MS, HISTORY_MAX } from '../../lib/storage/pipeline';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, rawStorage } from './helpers';
import { exportFile, posting, T0 } from './transfer-helpers';

/** A clock the test sets: each change at a known time. */
function clock(start: number) {
  let t = start;
  return { now: () => t, set: (at: number) => void (t = at) };
}

const NOW = Date.UTC(2026, 11, 7, 9);

async function stored(id: string) {
  return (await fakeBrowser.storage.local.get(`posting:${id}`))[`posting:${id}`] as Record<string, unknown>;
}

describe('stages with dates, through the one writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a save starts the history; each status change is recorded with its date, in order; the lists carry it', async () => {
    const c = clock(NOW - 10 * DAY_MS);
    const writer = createWriter({ now: c.now });
    await writer.savePosting(makeInput('job:1'));
    c.set(NOW - 8 * DAY_MS);
    await writer.setPostingStatus('job:1', 'applied');
    c.set(NOW - 2 * DAY_MS);
    await writer.setPostingStatus('job:1', 'interviewing');
    await writer.setPostingStatus('job:1', 'interviewing'); // same status: nothing recorded
    c.set(NOW);
    await writer.setPostingStatus('job:1', 'applied'); // moves back are allowed
    const expected = [
      { status: 'saved', at: NOW - 10 * DAY_MS },
      { status: 'applied', at: NOW - 8 * DAY_MS },
      { status: 'interviewing', at: NOW - 2 * DAY_MS },
      { status: 'applied', at: NOW },
    ];
    expect((await stored('job:1')).history).toEqual(expected);
    const list = await writer.listPostings();
    expect(list.ok && list.value.postings[0]).toMatchObject({ status: 'applied', history: expected, followUpAt: null, followUpDoneAt: null });
  });

  it('two tabs moving the same posting at once: both changes recorded, in the order they arrived', async () => {
    const writer = createWriter({ now: (() => { let t = NOW; return () => t++; })() });
    await writer.savePosting(makeInput('job:2'));
    const results = await Promise.all([writer.setPostingStatus('job:2', 'applied'), writer.setPostingStatus('job:2', 'interviewing')]);
    expect(results.every((r) => r.ok)).toBe(true);
    const h = (await stored('job:2')).history as { status: string; at: number }[];
    expect(h.map((e) => e.status)).toEqual(['saved', 'applied', 'interviewing']);
    expect(h[1]!.at).toBeLessThan(h[2]!.at);
    expect((await stored('job:2')).status).toBe('interviewing');
  });

  it('the applied date set by hand; a date in the future or before 2000 is refused in words, nothing written', async () => {
    const writer = createWriter({ now: () => NOW });
    await writer.savePosting(makeInput('job:3'));
    const before = await rawStorage();
    const future = await writer.setAppliedDate('job:3', NOW + 3 * DAY_MS);
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/in the future/) } });
    expect(await writer.setAppliedDate('job:3', Date.UTC(1999, 11, 31))).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/before 2000/) } });
    expect(await rawStorage()).toBe(before);
    const r = await writer.setAppliedDate('job:3', NOW - 20 * DAY_MS);
    expect(r).toMatchObject({ ok: true, value: { posting: { status: 'applied' } } });
    expect((await stored('job:3')).history).toEqual([{ status: 'saved', at: NOW }, { status: 'applied', at: NOW - 20 * DAY_MS, hand: true }]);
    expect(await writer.setAppliedDate('missing:1', NOW)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('follow-ups: set, done, snooze, clear; a date over a year ahead is refused', async () => {
    const writer = createWriter({ now: () => NOW });
    await writer.savePosting(makeInput('job:4'));
    expect(await writer.setFollowUp('job:4', { kind: 'set', at: NOW + 400 * DAY_MS })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await writer.setFollowUp('job:4', { kind: 'set', at: NOW + 3 * DAY_MS });
    expect(await stored('job:4')).toMatchObject({ followUpAt: NOW + 3 * DAY_MS, followUpDoneAt: null });
    await writer.setFollowUp('job:4', { kind: 'done' });
    expect(await stored('job:4')).toMatchObject({ followUpAt: null, followUpDoneAt: NOW });
    await writer.setFollowUp('job:4', { kind: 'snooze' });
    expect(await stored('job:4')).toMatchObject({ followUpAt: NOW + 7 * DAY_MS, followUpDoneAt: NOW });
    const overview = await writer.listPostings();
    expect(overview.ok && overview.value.postings[0]).toMatchObject({ followUpAt: NOW + 7 * DAY_MS, followUpDoneAt: NOW });
    // The background's own read of the index (the follow-up badge counts from it): parsed summaries, no records.
    const summaries = await writer.getSummaries();
    expect(summaries.ok && summaries.value).toEqual([expect.objectContaining({ followUpAt: NOW + 7 * DAY_MS, followUpDoneAt: NOW, status: 'saved' })]);
  });

  it('thousands of moves keep the history bounded, with the first entry and the latest', async () => {
    let t = NOW - 100 * DAY_MS;
    const writer = createWriter({ now: () => t++ });
    await writer.savePosting(makeInput('job:5'));
    for (let i = 0; i < HISTORY_MAX + 50; i++) await writer.setPostingStatus('job:5', i % 2 ? 'applying' : 'saved');
    const h = (await stored('job:5')).history as { status: string }[];
    expect(h).toHaveLength(HISTORY_MAX);
    expect(h[0]).toEqual({ status: 'saved', at: NOW - 100 * DAY_MS });
    expect(h.at(-1)?.status).toBe((await stored('job:5')).status);
  });
});

describe('import of stage histories', () => {
  beforeEach(() => fakeBrowser.reset());
  const day = DAY_MS;
  const base = () => posting(1);

  it.each([
    ['a date in the future', { history: [{ status: 'saved', at: T0 + 30 * day }] }, /postings\.0\.history\.0\.at: a date in the future/],
    ['a date before 2000', { history: [{ status: 'saved', at: Date.UTC(1998, 0, 1) }] }, /postings\.0\.history\.0\.at: a date before 2000/],
    ['a last entry that is not the status', { history: [{ status: 'saved', at: T0 }, { status: 'applied', at: T0 }] }, /history: the last entry is not the posting’s status/],
    ['an unknown status', { history: [{ status: 'hired', at: T0 }] }, /postings\.0\.history\.0\.status/],
    ['no history', { history: [] }, /postings\.0\.history/],
    ['a history that is not a list', { history: 'saved' }, /postings\.0\.history/],
    ['more than 10,000 entries', { history: Array.from({ length: 10_001 }, () => ({ status: 'saved', at: T0 })) }, /postings\.0\.history/],
    ['a follow-up before 2000', { followUpAt: 5 }, /followUpAt: a date before 2000/],
  ])('a malformed history (%s): a clear error, nothing applied', async (_name, patch, message) => {
    const writer = createWriter({ now: () => T0 + day });
    const before = await rawStorage();
    const file = JSON.stringify(exportFile([{ ...base(), ...patch } as never]));
    expect(await writer.previewImport(file)).toMatchObject({ ok: false, error: { code: 'import-rejected', message: expect.stringMatching(message) } });
    expect(await writer.applyImport(file)).toMatchObject({ ok: false, error: { code: 'import-rejected' } });
    expect(await rawStorage()).toBe(before);
  });

  it('a history of thousands of entries is imported compacted, its first entry and latest kept', async () => {
    const writer = createWriter({ now: () => T0 + day });
    const history = [{ status: 'saved', at: T0 - 9_000_000 }, ...Array.from({ length: 4_999 }, (_, i) => ({ status: i % 2 ? 'saved' : 'applying', at: T0 - 5_000 + i }))];
    const p = { ...base(), status: history.at(-1)!.status, history };
    expect((await writer.applyImport(JSON.stringify(exportFile([p as never])))).ok).toBe(true);
    const h = (await stored(p.id)).history as unknown[];
    expect(h).toHaveLength(HISTORY_MAX);
    expect(h[0]).toEqual(history[0]);
    expect(h.at(-1)).toEqual(history.at(-1));
  });
});

describe('one job saved from two boards', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merge: one commit keeps one posting with both notes and histories; the other goes to the trash and can come back', async () => {
    let t = NOW;
    const writer = createWriter({ now: () => t++ });
    await writer.savePosting(makeInput('linkedin:1', { board: 'linkedin', url: 'https://www.linkedin.com/jobs/view/1/' }));
    await writer.savePosting(makeInput('greenhouse:acme:1'));
    await writer.setPostingNotes('greenhouse:acme:1', 'Recruiter: Dana');
    await writer.setPostingStatus('greenhouse:acme:1', 'applied');
    const r = await writer.mergePostings('linkedin:1', 'greenhouse:acme:1');
    expect(r).toMatchObject({ ok: true, value: { undoAvailable: true, posting: { id: 'linkedin:1', notes: 'From the greenhouse posting: Recruiter: Dana' } } });
    const list = await writer.listPostings();
    expect(list.ok && list.value.postings.map((p) => p.id)).toEqual(['linkedin:1']);
    expect(list.ok && list.value.postings[0]!.history.map((e) => e.status)).toEqual(['saved', 'saved', 'applied', 'saved']);
    expect(await writer.restorePosting('greenhouse:acme:1')).toMatchObject({ ok: true });
    const again = await writer.listPostings();
    expect(again.ok && again.value.postings.map((p) => p.id).sort()).toEqual(['greenhouse:acme:1', 'linkedin:1']);
    expect(await writer.mergePostings('linkedin:1', 'linkedin:1')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await writer.mergePostings('linkedin:1', 'missing:1')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('"not the same job" is kept on the posting and carried by the lists', async () => {
    const writer = createWriter({ now: () => NOW });
    await writer.savePosting(makeInput('linkedin:1'));
    await writer.markDistinct('linkedin:1', 'greenhouse:acme:1');
    await writer.markDistinct('linkedin:1', 'greenhouse:acme:1');
    expect((await stored('linkedin:1')).distinctFrom).toEqual(['greenhouse:acme:1']);
    const list = await writer.getOverview();
    expect(list.ok && JSON.stringify(list.value.shards)).toContain('greenhouse:acme:1');
  });
});
