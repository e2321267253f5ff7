import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SettingsPatchSchema, SettingsSchema } from '../../lib/storage/schemas';
import { applySettingsPatch, highlightsFor, listBadgesFor } from '../../lib/storage/settings';
import { createWriter } from '../../lib/storage/writer';
import { tickingClock } from './helpers';

describe('settings: roadmap start date', () => {
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
});

describe('settings: highlights per board', () => {
  it('is optional: settings stored before it existed still validate, and highlights are on everywhere', () => {
    expect(DEFAULT_SETTINGS).not.toHaveProperty('highlights');
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(highlightsFor(DEFAULT_SETTINGS, 'linkedin')).toBe(true);
    expect(highlightsFor({ ...DEFAULT_SETTINGS, highlights: {} }, 'linkedin')).toBe(true);
  });

  it('is turned off and on per board by a patch, leaving other boards and the input untouched', () => {
    const off = applySettingsPatch(DEFAULT_SETTINGS, { highlights: { board: 'linkedin', enabled: false } }, 5);
    expect(off.highlights).toEqual({ linkedin: false });
    expect(off.updatedAt).toBe(5);
    expect(highlightsFor(off, 'linkedin')).toBe(false);
    expect(highlightsFor(off, 'indeed')).toBe(true);
    expect(DEFAULT_SETTINGS).not.toHaveProperty('highlights');
    const both = applySettingsPatch(off, { highlights: { board: 'indeed', enabled: false } }, 6);
    expect(both.highlights).toEqual({ linkedin: false, indeed: false });
    expect(off.highlights).toEqual({ linkedin: false });
    const on = applySettingsPatch(both, { highlights: { board: 'linkedin', enabled: true } }, 7);
    expect(on.highlights).toEqual({ linkedin: true, indeed: false });
    expect(highlightsFor(on, 'linkedin')).toBe(true);
    // Other patches keep the choices.
    expect(applySettingsPatch(on, { theme: 'dark' }, 8).highlights).toEqual({ linkedin: true, indeed: false });
    expect(SettingsSchema.parse(JSON.parse(JSON.stringify(on)))).toEqual(on);
  });

  it('refuses reserved or malformed boards and reads only own properties', () => {
    expect(SettingsPatchSchema.safeParse({ highlights: { board: 'linkedin', enabled: false } }).success).toBe(true);
    expect(SettingsPatchSchema.safeParse({ highlights: { board: '__proto__', enabled: false } }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ highlights: { board: 'LinkedIn', enabled: false } }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ highlights: { board: 'linkedin', enabled: 'no' } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, highlights: { constructor: false } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, highlights: { linkedin: 'off' } }).success).toBe(false);
    // An inherited value is not a choice (records come from storage and imports).
    expect(highlightsFor({ ...DEFAULT_SETTINGS, highlights: Object.create({ linkedin: false }) as Record<string, boolean> }, 'linkedin')).toBe(true);
  });
});

describe('settings: badges on job lists per board', () => {
  it('is optional (no migration): settings stored or synced before it existed validate, and badges are on', () => {
    expect(DEFAULT_SETTINGS).not.toHaveProperty('listBadges');
    expect(SettingsSchema.parse({ ...DEFAULT_SETTINGS, highlights: { linkedin: false } })).not.toHaveProperty('listBadges');
    expect(listBadgesFor(DEFAULT_SETTINGS, 'linkedin')).toBe(true);
    expect(listBadgesFor(DEFAULT_SETTINGS, 'indeed')).toBe(true);
  });

  it('is turned off and on per board, apart from highlights, and survives storage', () => {
    const off = applySettingsPatch(DEFAULT_SETTINGS, { listBadges: { board: 'linkedin', enabled: false } }, 5);
    expect(off.listBadges).toEqual({ linkedin: false });
    expect(listBadgesFor(off, 'linkedin')).toBe(false);
    expect(listBadgesFor(off, 'indeed')).toBe(true);
    expect(highlightsFor(off, 'linkedin')).toBe(true);
    const both = applySettingsPatch(off, { listBadges: { board: 'indeed', enabled: false } }, 6);
    expect(both.listBadges).toEqual({ linkedin: false, indeed: false });
    const on = applySettingsPatch(both, { listBadges: { board: 'linkedin', enabled: true } }, 7);
    expect(listBadgesFor(on, 'linkedin')).toBe(true);
    expect(applySettingsPatch(on, { highlights: { board: 'indeed', enabled: false } }, 8).listBadges).toEqual({ linkedin: true, indeed: false });
    expect(SettingsSchema.parse(JSON.parse(JSON.stringify(on)))).toEqual(on);
    expect(SettingsPatchSchema.safeParse({ listBadges: { board: '__proto__', enabled: false } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, listBadges: { linkedin: 'off' } }).success).toBe(false);
    expect(listBadgesFor({ ...DEFAULT_SETTINGS, listBadges: Object.create({ linkedin: false }) as Record<string, boolean> }, 'linkedin')).toBe(true);
  });
});

describe('settings through the writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the start date and highlight choices, and both survive export → import', async () => {
    const writer = createWriter({ now: tickingClock() });
    expect(await writer.updateSettings({ startDate: '2025-03-01' })).toMatchObject({ ok: true, value: { settings: { startDate: '2025-03-01' } } });
    const r = await writer.updateSettings({ highlights: { board: 'indeed', enabled: false } });
    expect(r.ok && r.value.settings).toMatchObject({ startDate: '2025-03-01', highlights: { indeed: false } });
    const exported = await writer.exportData('json');
    if (!exported.ok) throw new Error(exported.error.message);
    fakeBrowser.reset();
    const fresh = createWriter({ now: tickingClock(1_800_000_000_000) });
    expect((await fresh.applyImport(exported.value.text)).ok).toBe(true);
    const s = await fresh.getSettings();
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.startDate).toBe('2025-03-01');
    expect(highlightsFor(s.value, 'indeed')).toBe(false);
    expect(highlightsFor(s.value, 'linkedin')).toBe(true);
  });
});
