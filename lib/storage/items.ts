import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { metaKey, type RecordFamily } from './keys';
import { RECORD_TYPES, type MigrationStep } from './migrations';

/**
 * WXT storage items for our versioned records. Keys are dynamic (one per posting / progress item),
 * so items are defined on demand by the writer, after it has written a backup of the old value.
 * The final step validates against the current schema: WXT writes value and version together only
 * if every step succeeds, so an invalid migration result is never stored.
 */
export function defineRecordItem(family: RecordFamily, key: string): WxtStorageItem<unknown, { v?: number }> {
  const type = RECORD_TYPES[family];
  const migrations: Record<number, MigrationStep> = { ...type.migrations };
  const last = migrations[type.version];
  migrations[type.version] = (value) => type.schema.parse(last ? last(value) : value);
  return storage.defineItem<unknown, { v?: number }>(`local:${key}`, { version: type.version, migrations });
}

/** The entries that store `value` at the current version of its family: value and WXT's `{ v }` meta, written in one batch. */
export function versionedEntries(family: RecordFamily, key: string, value: unknown): Record<string, unknown> {
  return { [key]: value, [metaKey(key)]: { v: RECORD_TYPES[family].version } };
}
