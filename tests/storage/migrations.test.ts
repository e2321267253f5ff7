import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeRecord, RECORD_TYPES } from '../../lib/storage/migrations';
import { migratePostingV1ToV2 } from '../../lib/storage/migrations/posting-v1-to-v2';
import { migratePostingV2ToV3 } from '../../lib/storage/migrations/posting-v2-to-v3';
import { migratePostingV3ToV4 } from '../../lib/storage/migrations/posting-v3-to-v4';
import { migrateSettingsV1ToV2 } from '../../lib/storage/migrations/settings-v1-to-v2';
import { PROGRESS_LOG_KEY } from '../../lib/storage/progress-log';
import {
  DESCRIPTION_EXCERPT_MAX,
  POSTING_VERSION,
  SavedPostingV3Schema,
  SavedPostingV2Schema,
  SETTINGS_VERSION,
  SettingsSchema,
} from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { V1_POSTING, V1_POSTING_AS_V3, V1_POSTING_AS_V4, V1_PROGRESS, V1_SETTINGS, V1_STORAGE } from './fixtures/v1';
import { V2_HISTORY, V2_POSTING, V2_POSTING_AS_V3, V2_POSTING_AS_V4, V2_PROGRESS, V2_SETTINGS, V2_STORAGE } from './fixtures/v2';
import { makeInput, rawStorage, recordWrites, seed, tickingClock } from './helpers';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

async function csvRows(writer: Writer): Promise<string[]> {
  const csv = await writer.exportData('csv');
  if (!csv.ok) throw new Error(csv.error.message);
  return csv.value.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1);
}

describe('pure migrations (fixtures of every earlier version)', () => {
  it('posting v1 → v2 keeps every field, bounds the excerpt, starts as saved with no cached score', () => {
    const v2 = migratePostingV1ToV2(deepFreeze(structuredClone(V1_POSTING)));
    expect(SavedPostingV2Schema.parse(v2)).toEqual(v2);
    expect(v2).toMatchObject({ ...V1_POSTING_AS_V3, score: null });
    expect(v2.descriptionExcerpt.length).toBeLessThanOrEqual(DESCRIPTION_EXCERPT_MAX);
    expect(v2.descriptionExcerpt.startsWith('Lead AI programs across teams. Lead')).toBe(true);
  });

  it('posting v2 → v3 drops the cached score and keeps everything the user made as it was', () => {
    const v3 = migratePostingV2ToV3(deepFreeze(structuredClone(V2_POSTING)));
    expect(v3).toEqual(V2_POSTING_AS_V3);
    expect(Object.keys(v3).sort()).toEqual(['analysisVersion', 'board', 'company', 'descriptionExcerpt', 'id', 'location', 'notes', 'report', 'savedAt', 'status', 'title', 'updatedAt', 'url']);
    expect(v3).toMatchObject({ status: 'interviewing', notes: 'Second round on Tuesday. Ask about the ML platform team.', savedAt: 1_700_000_000_000, updatedAt: 1_700_500_000_000 });
    expect(v3).not.toHaveProperty('score');
    expect(SavedPostingV3Schema.parse(v3)).toEqual(v3);
    // A v2 posting that was never scored (score: null) upgrades the same way.
    expect(migratePostingV2ToV3({ ...V2_POSTING, score: null })).toEqual(V2_POSTING_AS_V3);
  });

  it('settings v1 → v2 turns the global switch into the default', () => {
    const v2 = migrateSettingsV1ToV2(deepFreeze({ ...V1_SETTINGS }));
    expect(SettingsSchema.parse(v2)).toEqual(v2);
    expect(v2).toMatchObject({ theme: 'dark', defaultAutoOpen: false, autoOpen: {}, sidebar: {} });
  });

  it('is idempotent: migrating a migrated value changes nothing', () => {
    const once = migratePostingV1ToV2(V1_POSTING);
    expect(migratePostingV1ToV2(once)).toEqual(once);
    const v3 = migratePostingV2ToV3(once);
    expect(migratePostingV2ToV3(v3)).toEqual(v3);
    const s = migrateSettingsV1ToV2(V1_SETTINGS);
    expect(migrateSettingsV1ToV2(s)).toEqual(s);
    // And through the registry, from the current version: identity.
    expect(decodeRecord('posting', migratePostingV3ToV4(v3), POSTING_VERSION)).toEqual({ kind: 'ok', value: migratePostingV3ToV4(v3), migrated: false });
  });

  it('decodes every earlier posting version to the current shape', () => {
    expect(decodeRecord('posting', V1_POSTING, 1)).toMatchObject({ kind: 'ok', migrated: true, value: V1_POSTING_AS_V4 });
    expect(decodeRecord('posting', V1_POSTING, 1)).not.toHaveProperty('value.score');
    expect(decodeRecord('posting', V2_POSTING, 2)).toEqual({ kind: 'ok', value: V2_POSTING_AS_V4, migrated: true });
    // A malformed cached score does not cost the posting: it is dropped like any other.
    expect(decodeRecord('posting', { ...V2_POSTING, score: { readiness: 'high' } }, 2)).toEqual({ kind: 'ok', value: V2_POSTING_AS_V4, migrated: true });
    // A v3 posting whose `$` meta was lost reads as version 1: the chain passes it through unchanged.
    expect(decodeRecord('posting', V2_POSTING_AS_V3, 1)).toEqual({ kind: 'ok', value: V2_POSTING_AS_V4, migrated: true });
  });

  it('covers every version step of every family', () => {
    for (const type of Object.values(RECORD_TYPES)) {
      for (let v = 2; v <= type.version; v++) expect(type.migrations[v], `missing step to v${v}`).toBeTypeOf('function');
    }
  });

  it('reports failure and newer versions instead of throwing', () => {
    expect(decodeRecord('posting', { id: 'x' }, 1)).toMatchObject({ kind: 'invalid', reason: 'migration-failed' });
    expect(decodeRecord('posting', { ...V2_POSTING, status: 'ghosted' }, 2)).toMatchObject({ kind: 'invalid', reason: 'migration-failed' });
    expect(decodeRecord('posting', V1_POSTING, POSTING_VERSION + 1)).toEqual({ kind: 'newer', version: POSTING_VERSION + 1 });
    expect(decodeRecord('settings', V1_SETTINGS, 0)).toMatchObject({ kind: 'invalid' });
  });
});

describe('stored migrations (WXT defineItem, with backups)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('upgrades a v1 profile end to end (v1 → v2 → v3): every posting and all progress kept, versions set, backups removed, no score stored', async () => {
    await seed(structuredClone(V1_STORAGE));
    const writer = createWriter({ now: tickingClock() });
    const ready = await writer.ensureReady();
    expect(ready).toMatchObject({ ok: true, value: { migrated: 3 } });

    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`posting:${V1_POSTING.id}$`]).toEqual({ v: POSTING_VERSION });
    expect(raw[`posting:${V1_POSTING.id}`]).toMatchObject(V1_POSTING_AS_V4);
    expect(raw[`posting:${V1_POSTING.id}`]).not.toHaveProperty('score');
    expect(raw['posting:lever:beta:7']).toMatchObject({ id: 'lever:beta:7', company: null, location: null, descriptionExcerpt: 'short', status: 'saved' });
    expect(raw['settings$']).toEqual({ v: SETTINGS_VERSION });
    expect(Object.keys(raw).filter((k) => k.startsWith('backup:'))).toEqual([]);
    expect(Object.keys(raw).filter((k) => k.startsWith('corrupt:'))).toEqual([]);

    const list = await writer.listPostings();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.postings.map((p) => p.id).sort()).toEqual(['greenhouse:acme:101', 'lever:beta:7']);
    const progress = await writer.getProgress();
    expect(progress.ok && progress.value.items).toEqual([V1_PROGRESS]);
    const settings = await writer.getSettings();
    expect(settings.ok && settings.value.theme).toBe('dark');
    // The learned skill counts, computed now: (2×1 stakeholder + 1 API) / (2×2 + 1) = 60 %, no weeks left.
    expect((await csvRows(writer)).sort()).toEqual([
      'AI Program Manager,,lever,saved,60,0,Kubernetes,,,saved 2023-07-22',
      'AI Program Manager,Acme,greenhouse,saved,60,0,Kubernetes,,,saved 2023-07-22',
    ]);
    // The log is rebuilt from the progress records (the profile predates it).
    const dashboard = await writer.getDashboard();
    expect(dashboard.ok && dashboard.value.progressLog).toEqual({
      baseline: { learnedSkills: [], knownSkills: [] },
      events: [{ at: 1_690_000_000_500, kind: 'skill', id: 'stakeholder-management', done: true }],
    });

    // Running again (worker restart) changes nothing.
    const before = await rawStorage();
    await createWriter({ now: tickingClock() }).ensureReady();
    expect(await rawStorage()).toBe(before);
  });

  it('upgrades a v2 profile: the cached score is dropped with a backup first, everything the user made kept, old history removed', async () => {
    await seed(structuredClone(V2_STORAGE));
    const writes = recordWrites();
    const writer = createWriter({ now: tickingClock() });
    expect(await writer.ensureReady()).toEqual({ ok: true, value: { migrated: 1, quarantined: 0 } });

    const key = `posting:${V2_POSTING.id}`;
    expect(writes.sets[0]).toEqual([`backup:${key}`]);
    expect(writes.sets[1]).toEqual([key, `${key}$`]); // WXT: value and version in one write
    expect(writes.removes).toContainEqual([`backup:${key}`]);
    expect(writes.removes).toContainEqual(['readiness-history']);

    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[key]).toEqual(V2_POSTING_AS_V4);
    expect(raw[`${key}$`]).toEqual({ v: 4 });
    expect(raw['settings']).toEqual(V2_SETTINGS);
    for (const r of V2_PROGRESS) expect(raw[`progress:${r.kind}:${r.id}`]).toEqual(r);
    expect(Object.keys(raw).filter((k) => k.startsWith('backup:') || k.startsWith('corrupt:'))).toEqual([]);
    expect(raw).not.toHaveProperty('readiness-history');
    expect(JSON.stringify(raw)).not.toContain(JSON.stringify(V2_HISTORY[0]));

    const list = await writer.listPostings();
    expect(list.ok && list.value.postings).toEqual([V2_POSTING_AS_V4]);
    // The stale cached 60 is gone: readiness is computed from the progress now (API only: 1 / 5 = 20 %).
    expect(await csvRows(writer)).toEqual(['Senior AI Program Manager,Beta,lever,interviewing,20,6,Stakeholder management; Kubernetes,,,interviewing 2023-11-14']);
    expect(raw).not.toHaveProperty(PROGRESS_LOG_KEY); // nothing changed progress: no log written yet
  });

  it('restores a trash entry saved by v2 (its posting with a cached score) as a v3 posting', async () => {
    await seed({ 'trash:lever:beta:42': { posting: structuredClone(V2_POSTING), deletedAt: 1_700_600_000_000 }, 'trash:lever:beta:42$': { v: 1 } });
    const writer = createWriter({ now: () => 1_800_000_000_000 });
    const restored = await writer.restorePosting(V2_POSTING.id);
    expect(restored).toMatchObject({ ok: true, value: { posting: { ...V2_POSTING_AS_V4, updatedAt: 1_800_000_000_000 } } });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`posting:${V2_POSTING.id}`]).toEqual({ ...V2_POSTING_AS_V4, updatedAt: 1_800_000_000_000 });
    expect(raw).not.toHaveProperty('trash:lever:beta:42');
  });

  it('keeps a v3 posting whose version meta was lost, and writes the meta back', async () => {
    await seed({ [`posting:${V2_POSTING.id}`]: structuredClone(V2_POSTING_AS_V3) });
    const writer = createWriter({ now: tickingClock() });
    expect(await writer.ensureReady()).toEqual({ ok: true, value: { migrated: 1, quarantined: 0 } });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw[`posting:${V2_POSTING.id}`]).toEqual(V2_POSTING_AS_V4);
    expect(raw[`posting:${V2_POSTING.id}$`]).toEqual({ v: 4 });
    expect(Object.keys(raw).filter((k) => k.startsWith('corrupt:'))).toEqual([]);
  });

  it('quarantines a record that cannot be migrated, with its original value: never lost', async () => {
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
    const writes = recordWrites();
    await createWriter({ now: tickingClock() }).ensureReady();
    const key = `posting:${V1_POSTING.id}`;
    expect(writes.sets[0]).toEqual([`backup:${key}`]);
    expect(writes.sets[1]).toEqual([key, `${key}$`]); // WXT: value and version in one write
    expect(writes.removes).toContainEqual([`backup:${key}`]);
  });

  it('never overwrites a record written by a newer version (downgrade is read-only)', async () => {
    const future = { id: 'greenhouse:acme:1', shape: 'from the future' };
    await seed({ 'posting:greenhouse:acme:1': future, 'posting:greenhouse:acme:1$': { v: POSTING_VERSION + 1 }, settings: { theme: 'neon' }, settings$: { v: 99 } });
    const before = await rawStorage();
    const writer = createWriter({ now: tickingClock() });
    await writer.ensureReady();
    const saved = await writer.savePosting(makeInput('greenhouse:acme:1'));
    expect(saved).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(await writer.updateSettings({ theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    // Progress writes touch no posting: they succeed beside the newer records.
    expect((await writer.setProgress('skill', 'ai-risk-management', true)).ok).toBe(true);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['posting:greenhouse:acme:1']).toEqual(future);
    expect(raw['settings']).toEqual({ theme: 'neon' });
    const list = await writer.listPostings();
    expect(list.ok && list.value.readOnlyCount).toBe(2);
    expect(before).toContain('from the future');
  });
});
