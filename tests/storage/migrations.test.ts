import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeRecord, RECORD_TYPES } from '../../lib/storage/migrations';
import { migratePostingV1ToV2 } from '../../lib/storage/migrations/posting-v1-to-v2';
import { migrateSettingsV1ToV2 } from '../../lib/storage/migrations/settings-v1-to-v2';
import { DESCRIPTION_EXCERPT_MAX, POSTING_VERSION, SavedPostingSchema, SETTINGS_VERSION, SettingsSchema } from '../../lib/storage/schemas';
import { createWriter } from '../../lib/storage/writer';
import { V1_POSTING, V1_PROGRESS, V1_SETTINGS, V1_STORAGE } from './fixtures/v1';
import { fakeScore, makeInput, rawStorage, seed, tickingClock } from './helpers';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

describe('pure migrations (fixtures of every earlier version)', () => {
  it('posting v1 → v2 keeps every field, bounds the excerpt, starts as saved', () => {
    const v2 = migratePostingV1ToV2(deepFreeze(structuredClone(V1_POSTING)));
    expect(SavedPostingSchema.parse(v2)).toEqual(v2);
    expect(v2).toMatchObject({ id: V1_POSTING.id, url: V1_POSTING.url, title: V1_POSTING.title, company: 'Acme', location: 'Berlin', status: 'saved', notes: '', savedAt: V1_POSTING.savedAt, updatedAt: V1_POSTING.savedAt, analysisVersion: '2025.1', score: null });
    expect(v2.report).toEqual(V1_POSTING.report);
    expect(v2.descriptionExcerpt.length).toBeLessThanOrEqual(DESCRIPTION_EXCERPT_MAX);
    expect(v2.descriptionExcerpt.startsWith('Lead AI programs across teams. Lead')).toBe(true);
  });

  it('settings v1 → v2 turns the global switch into the default', () => {
    const v2 = migrateSettingsV1ToV2(deepFreeze({ ...V1_SETTINGS }));
    expect(SettingsSchema.parse(v2)).toEqual(v2);
    expect(v2).toMatchObject({ theme: 'dark', defaultAutoOpen: false, autoOpen: {}, sidebar: {} });
  });

  it('is idempotent: migrating a migrated value changes nothing', () => {
    const once = migratePostingV1ToV2(V1_POSTING);
    expect(migratePostingV1ToV2(once)).toEqual(once);
    const s = migrateSettingsV1ToV2(V1_SETTINGS);
    expect(migrateSettingsV1ToV2(s)).toEqual(s);
    // And through the registry, from the current version: identity.
    expect(decodeRecord('posting', once, POSTING_VERSION)).toEqual({ kind: 'ok', value: once, migrated: false });
  });

  it('covers every version step of every family', () => {
    for (const type of Object.values(RECORD_TYPES)) {
      for (let v = 2; v <= type.version; v++) expect(type.migrations[v], `missing step to v${v}`).toBeTypeOf('function');
    }
  });

  it('reports failure and newer versions instead of throwing', () => {
    expect(decodeRecord('posting', { id: 'x' }, 1)).toMatchObject({ kind: 'invalid', reason: 'migration-failed' });
    expect(decodeRecord('posting', V1_POSTING, POSTING_VERSION + 1)).toEqual({ kind: 'newer', version: POSTING_VERSION + 1 });
    expect(decodeRecord('settings', V1_SETTINGS, 0)).toMatchObject({ kind: 'invalid' });
  });
});

describe('stored migrations (WXT defineItem, with backups)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('upgrades a v1 profile in place: every posting and all progress kept, versions set, backups removed, scores filled', async () => {
    await seed(structuredClone(V1_STORAGE));
    const writer = createWriter({ score: fakeScore, now: tickingClock() });
    const ready = await writer.ensureReady();
    expect(ready).toMatchObject({ ok: true, value: { migrated: 3 } });

    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`posting:${V1_POSTING.id}$`]).toEqual({ v: POSTING_VERSION });
    expect(raw['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(Object.keys(raw).filter((k) => k.startsWith('backup:'))).toEqual([]);
    expect(Object.keys(raw).filter((k) => k.startsWith('corrupt:'))).toEqual([]);

    const list = await writer.listPostings();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.postings.map((p) => p.id).sort()).toEqual(['greenhouse:acme:101', 'lever:beta:7']);
    expect(list.value.postings.every((p) => p.score !== null)).toBe(true); // learned skill counted
    expect(list.value.postings[0]?.score?.readiness).toBeGreaterThan(0);
    const progress = await writer.getProgress();
    expect(progress.ok && progress.value.items).toEqual([V1_PROGRESS]);
    const settings = await writer.getSettings();
    expect(settings.ok && settings.value.theme).toBe('dark');

    // Running again (worker restart) changes nothing.
    const before = await rawStorage();
    await createWriter({ score: fakeScore, now: tickingClock() }).ensureReady();
    expect(await rawStorage()).toBe(before);
  });

  it('keeps the backup until the migration succeeds; a failed migration is quarantined, not lost', async () => {
    const broken = { ...V1_POSTING, id: 'broken:1', url: 'https://x.test/1', savedAt: 'yesterday' };
    await seed({ 'posting:broken:1': broken });
    const writer = createWriter({ now: tickingClock() });
    await writer.ensureReady();
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['posting:broken:1']).toBeUndefined();
    expect(raw['corrupt:posting:broken:1']).toMatchObject({ key: 'posting:broken:1', reason: 'migration-failed', version: 1, value: broken });
    const corrupt = await writer.getCorruptRecords();
    expect(corrupt.ok && corrupt.value.quarantined).toHaveLength(1);
  });

  it('writes the backup before WXT migrates and removes it only after', async () => {
    await seed({ [`posting:${V1_POSTING.id}`]: structuredClone(V1_POSTING) });
    const sets: string[][] = [];
    const removes: string[][] = [];
    const origSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const origRemove = fakeBrowser.storage.local.remove.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) => {
      sets.push(Object.keys(items).sort());
      return origSet(items);
    });
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockImplementation((keys: string | string[]) => {
      removes.push([keys].flat());
      return origRemove(keys);
    });
    await createWriter({ now: tickingClock() }).ensureReady();
    const key = `posting:${V1_POSTING.id}`;
    expect(sets[0]).toEqual([`backup:${key}`]);
    expect(sets[1]).toEqual([key, `${key}$`]); // WXT: value and version in one write
    expect(removes).toContainEqual([`backup:${key}`]);
  });

  it('never overwrites a record written by a newer version (downgrade is read-only)', async () => {
    const future = { id: 'greenhouse:acme:1', shape: 'from the future' };
    await seed({ 'posting:greenhouse:acme:1': future, 'posting:greenhouse:acme:1$': { v: POSTING_VERSION + 1 }, settings: { theme: 'neon' }, settings$: { v: 99 } });
    const before = await rawStorage();
    const writer = createWriter({ score: fakeScore, now: tickingClock() });
    await writer.ensureReady();
    const saved = await writer.savePosting(makeInput('greenhouse:acme:1'));
    expect(saved).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await writer.updateSettings({ theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    await writer.setProgress('skill', 'ai-risk-management', true); // re-scores: must skip the newer record
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['posting:greenhouse:acme:1']).toEqual(future);
    expect(raw['settings']).toEqual({ theme: 'neon' });
    const list = await writer.listPostings();
    expect(list.ok && list.value.readOnlyCount).toBe(2);
    expect(before).toContain('from the future');
  });
});
