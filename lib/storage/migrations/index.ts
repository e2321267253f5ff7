import type { z } from 'zod';
import type { RecordFamily } from '../keys';
import {
  POSTING_VERSION,
  PROGRESS_VERSION,
  ProgressRecordSchema,
  SETTINGS_VERSION,
  SavedPostingSchema,
  SettingsSchema,
  TRASH_VERSION,
  TEXT_VERSION,
  PostingTextSchema,
  TrashEntrySchema,
} from '../schemas';
import { migratePostingV1ToV2 } from './posting-v1-to-v2';
import { migratePostingV2ToV3 } from './posting-v2-to-v3';
import { migratePostingV3ToV4, migrateTrashV1ToV2 } from './posting-v3-to-v4';
import { migrateSettingsV1ToV2 } from './settings-v1-to-v2';

/** A pure step from version n-1 to n, keyed by n (the shape WXT's defineItem `migrations` expects). */
export type MigrationStep = (value: unknown) => unknown;

export interface RecordType {
  version: number;
  schema: z.ZodType;
  migrations: Record<number, MigrationStep>;
}

/** The current version, schema and migrations of every stored record family. */
export const RECORD_TYPES: Record<RecordFamily, RecordType> = {
  posting: { version: POSTING_VERSION, schema: SavedPostingSchema, migrations: { 2: migratePostingV1ToV2, 3: migratePostingV2ToV3, 4: migratePostingV3ToV4 } },
  progress: { version: PROGRESS_VERSION, schema: ProgressRecordSchema, migrations: {} },
  settings: { version: SETTINGS_VERSION, schema: SettingsSchema, migrations: { 2: migrateSettingsV1ToV2 } },
  // Trash entries hold a posting: a v1 entry holds a v2 or v3 posting, brought to v4 by the v2 step.
  trash: { version: TRASH_VERSION, schema: TrashEntrySchema, migrations: { 2: migrateTrashV1ToV2 } },
  text: { version: TEXT_VERSION, schema: PostingTextSchema, migrations: {} },
};

export type Decoded =
  | { kind: 'ok'; value: unknown; migrated: boolean }
  | { kind: 'invalid'; reason: 'invalid' | 'migration-failed'; issues: string[] }
  | { kind: 'newer'; version: number };

function issuesOf(err: unknown): string[] {
  if (err && typeof err === 'object' && 'issues' in err && Array.isArray(err.issues)) {
    return err.issues.slice(0, 20).map((i: { path?: unknown[]; message?: string }) => `${(i.path ?? []).join('.')}: ${i.message ?? ''}`.slice(0, 300));
  }
  return [String(err instanceof Error ? err.message : err).slice(0, 300)];
}

/**
 * Brings a stored value of `fromVersion` to the current version and validates it. Pure.
 * A version newer than this code is reported, never touched (downgrade: read-only).
 */
export function decodeRecord(family: RecordFamily, value: unknown, fromVersion: number): Decoded {
  const type = RECORD_TYPES[family];
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return { kind: 'invalid', reason: 'invalid', issues: [`bad version ${String(fromVersion)}`] };
  if (fromVersion > type.version) return { kind: 'newer', version: fromVersion };
  let current = value;
  try {
    for (let v = fromVersion + 1; v <= type.version; v++) {
      const step = type.migrations[v];
      if (step) current = step(current);
    }
  } catch (err) {
    return { kind: 'invalid', reason: 'migration-failed', issues: issuesOf(err) };
  }
  const parsed = type.schema.safeParse(current);
  if (!parsed.success) return { kind: 'invalid', reason: fromVersion === type.version ? 'invalid' : 'migration-failed', issues: issuesOf(parsed.error) };
  return { kind: 'ok', value: parsed.data, migrated: fromVersion !== type.version };
}
