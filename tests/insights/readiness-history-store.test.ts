import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scoreReport } from '../../lib/scoring/score-report';
import { nextHistory, READINESS_HISTORY_KEY } from '../../lib/storage/readiness-history-store';
import { SettingsSchema, SettingsPatchSchema, DEFAULT_SETTINGS } from '../../lib/storage/schemas';
import { applySettingsPatch } from '../../lib/storage/settings';
import { createWriter } from '../../lib/storage/writer';
import { makeInput } from '../storage/helpers';

/** A clock the test moves: minutes apart, so points are not merged as one burst. */
function clock(start = 1_700_000_000_000) {
  let t = start;
  const now = () => t;
  return { now, advance: (ms: number) => (t += ms) };
}

describe('readiness history in the writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records the average readiness of saved postings when a skill is learned, with the starting point', async () => {
    const c = clock();
    const writer = createWriter({ score: (r, p) => scoreReport(r, p), now: c.now });
    await writer.savePosting(makeInput('greenhouse:acme:1'));
    c.advance(1_000);
    await writer.savePosting(makeInput('greenhouse:acme:2'));
    expect((await writer.getReadinessHistory()).ok && (await writer.getReadinessHistory())).toMatchObject({ ok: true, value: [] });

    c.advance(5 * 60_000);
    await writer.setProgress('skill', 'stakeholder-management', true);
    const h1 = await writer.getReadinessHistory();
    if (!h1.ok) throw new Error(h1.error.message);
    expect(h1.value).toHaveLength(2);
    const [start, learned] = h1.value;
    expect(learned!.averageReadiness).toBeGreaterThan(start!.averageReadiness);
    expect(learned!.at).toBe(c.now());

    // A task does not change scores: nothing recorded.
    c.advance(5 * 60_000);
    await writer.setProgress('task', 'some-task', true);
    expect((await writer.getReadinessHistory()).ok && ((await writer.getReadinessHistory()) as { value: unknown[] }).value).toHaveLength(2);

    // An "other" skill known raises it again (the report requires kubernetes).
    c.advance(5 * 60_000);
    await writer.setProgress('other', 'kubernetes', true);
    const h2 = await writer.getReadinessHistory();
    expect(h2.ok && h2.value.map((p) => p.averageReadiness)).toEqual([start!.averageReadiness, learned!.averageReadiness, 100]);
    // One key, plain points.
    const raw = await fakeBrowser.storage.local.get(READINESS_HISTORY_KEY);
    expect(raw[READINESS_HISTORY_KEY]).toHaveLength(3);
  });

  it('a burst that ends where it began records nothing new', async () => {
    const c = clock();
    const writer = createWriter({ score: (r, p) => scoreReport(r, p), now: c.now });
    await writer.savePosting(makeInput('greenhouse:acme:1'));
    c.advance(60 * 60_000);
    await writer.setProgress('skill', 'stakeholder-management', true);
    c.advance(10 * 60_000);
    await writer.setProgress('skill', 'stakeholder-management', false);
    const before = await writer.getReadinessHistory();
    c.advance(5_000);
    await writer.setProgress('skill', 'stakeholder-management', true);
    c.advance(5_000);
    await writer.setProgress('skill', 'stakeholder-management', false);
    const after = await writer.getReadinessHistory();
    const values = (r: typeof before) => (r.ok ? r.value.map((p) => p.averageReadiness) : null);
    expect(values(after)).toEqual(values(before));
  });

  it('records after an import that brings postings and progress', async () => {
    const c = clock();
    const source = createWriter({ score: (r, p) => scoreReport(r, p), now: c.now });
    await source.savePosting(makeInput('greenhouse:acme:1'));
    await source.setProgress('skill', 'stakeholder-management', true);
    const exported = await source.exportData('json');
    if (!exported.ok) throw new Error(exported.error.message);

    fakeBrowser.reset();
    c.advance(60_000);
    const fresh = createWriter({ score: (r, p) => scoreReport(r, p), now: c.now });
    const applied = await fresh.applyImport(exported.value.text);
    expect(applied.ok).toBe(true);
    const h = await fresh.getReadinessHistory();
    expect(h.ok && h.value.length).toBe(1);
    expect(h.ok && h.value[0]?.at).toBe(c.now());
  });

  it('reads an unreadable stored history as empty, and records without a scorer nothing', async () => {
    await fakeBrowser.storage.local.set({ [READINESS_HISTORY_KEY]: { not: 'a list' } });
    const writer = createWriter({ score: null });
    expect(await writer.getReadinessHistory()).toEqual({ ok: true, value: [] });
    await writer.savePosting(makeInput('greenhouse:acme:1'));
    await writer.setProgress('skill', 'stakeholder-management', true);
    expect(await writer.getReadinessHistory()).toEqual({ ok: true, value: [] });
  });

  it('nextHistory: no postings → nothing to write', () => {
    expect(nextHistory([], [], [], 1)).toBeNull();
  });
});

describe('settings startDate', () => {
  it('is optional: settings stored before it existed still validate (no migration)', () => {
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, startDate: '2025-03-01' }).success).toBe(true);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, startDate: '2025-02-30' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, startDate: '1900-01-01' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, startDate: 'tomorrow' }).success).toBe(false);
  });

  it('is set and cleared by a patch', () => {
    expect(SettingsPatchSchema.safeParse({ startDate: '2025-03-01' }).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ startDate: null }).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ startDate: 20250301 }).success).toBe(false);
    const set = applySettingsPatch(DEFAULT_SETTINGS, { startDate: '2025-03-01' }, 5);
    expect(set.startDate).toBe('2025-03-01');
    const cleared = applySettingsPatch(set, { startDate: null }, 6);
    expect('startDate' in cleared).toBe(false);
    expect(applySettingsPatch(set, { theme: 'dark' }, 7).startDate).toBe('2025-03-01');
  });

  it('goes through the writer and survives export → import', async () => {
    fakeBrowser.reset();
    const writer = createWriter({ score: (r, p) => scoreReport(r, p) });
    const r = await writer.updateSettings({ startDate: '2025-03-01' });
    expect(r.ok && r.value.settings.startDate).toBe('2025-03-01');
    const exported = await writer.exportData('json');
    if (!exported.ok) throw new Error(exported.error.message);
    fakeBrowser.reset();
    const fresh = createWriter({ score: (r2, p) => scoreReport(r2, p) });
    await fresh.applyImport(exported.value.text);
    const s = await fresh.getSettings();
    expect(s.ok && s.value.startDate).toBe('2025-03-01');
  });
});
