import { BACKUP_PREFIX, CORRUPT_PREFIX, TRASH_PREFIX, familyOf, metaKey, postingKey, progressKey, textKey, type RecordFamily } from './keys';
import { decodeRecord } from './migrations';
import { DEFAULT_SETTINGS, QuarantineRecordSchema, type PostingText, type ProgressRecord, type SavedPosting, type Settings, type TrashEntry } from './schemas';

export interface InvalidRecord {
  key: string;
  family: RecordFamily;
  version: number | null;
  value: unknown;
  reason: 'invalid' | 'migration-failed';
  issues: string[];
}

export interface CorruptSummary {
  key: string;
  reason: string;
  issues: string[];
  version: number | null;
  at: number | null;
}

/** A validated view of everything in storage.local, built from one read. Nothing here is a source of truth beyond that read. */
export interface StoreView {
  all: Record<string, unknown>;
  postings: Map<string, SavedPosting>;
  progress: Map<string, ProgressRecord>;
  settings: Settings;
  trash: Map<string, TrashEntry>;
  /** Full descriptions, only when the read asked for them (full reads leave `text:` keys out: lib/storage/writer/core.ts). */
  texts: Map<string, PostingText>;
  /** Records that fail validation: the writer moves them to `corrupt:<key>`. */
  invalid: InvalidRecord[];
  /** Valid records stored at an older version (decoded in memory; the writer persists the migration). */
  outdated: { key: string; family: RecordFamily; version: number }[];
  /** Keys written by a newer version of the extension: read-only, never overwritten. */
  readOnly: Set<string>;
  corrupt: CorruptSummary[];
  backups: string[];
}

function versionOf(all: Record<string, unknown>, key: string): number | null {
  const meta = all[metaKey(key)];
  if (meta == null) return 1; // WXT's convention: no meta means version 1
  if (typeof meta === 'object' && !Array.isArray(meta)) {
    const v = (meta as { v?: unknown }).v;
    if (v === undefined) return 1;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1) return v;
  }
  return null;
}

/** A record must live under the key its content names, or it is not what it claims to be. */
function keyMatches(family: RecordFamily, key: string, value: unknown): boolean {
  const v = value as { id?: string; kind?: ProgressRecord['kind']; posting?: { id?: string } };
  switch (family) {
    case 'posting':
      return v.id !== undefined && postingKey(v.id) === key;
    case 'progress':
      return v.kind !== undefined && v.id !== undefined && progressKey(v.kind, v.id) === key;
    case 'trash':
      return v.posting?.id !== undefined && key === `${TRASH_PREFIX}${v.posting.id}`;
    case 'text':
      return v.id !== undefined && textKey(v.id) === key;
    case 'settings':
      return true;
  }
}

export function readStore(all: Record<string, unknown>): StoreView {
  const view: StoreView = {
    all,
    postings: new Map(),
    progress: new Map(),
    settings: DEFAULT_SETTINGS,
    trash: new Map(),
    texts: new Map(),
    invalid: [],
    outdated: [],
    readOnly: new Set(),
    corrupt: [],
    backups: [],
  };
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(CORRUPT_PREFIX)) {
      const q = QuarantineRecordSchema.safeParse(value);
      view.corrupt.push(
        q.success
          ? { key: q.data.key, reason: q.data.reason, issues: q.data.issues, version: q.data.version, at: q.data.at }
          : { key: key.slice(CORRUPT_PREFIX.length), reason: 'invalid', issues: ['quarantine entry unreadable'], version: null, at: null },
      );
      continue;
    }
    if (key.startsWith(BACKUP_PREFIX)) {
      view.backups.push(key);
      continue;
    }
    const family = familyOf(key);
    if (!family) continue; // meta keys and keys we do not own
    const version = versionOf(all, key);
    if (version === null) {
      view.invalid.push({ key, family, version: null, value, reason: 'invalid', issues: ['unreadable version metadata'] });
      continue;
    }
    const decoded = decodeRecord(family, value, version);
    if (decoded.kind === 'newer') {
      view.readOnly.add(key);
      continue;
    }
    if (decoded.kind === 'invalid') {
      view.invalid.push({ key, family, version, value, reason: decoded.reason, issues: decoded.issues });
      continue;
    }
    if (!keyMatches(family, key, decoded.value)) {
      view.invalid.push({ key, family, version, value, reason: 'invalid', issues: ['record does not match its key'] });
      continue;
    }
    if (decoded.migrated) view.outdated.push({ key, family, version });
    if (family === 'posting') {
      const p = decoded.value as SavedPosting;
      view.postings.set(p.id, p);
    } else if (family === 'progress') view.progress.set(key, decoded.value as ProgressRecord);
    else if (family === 'settings') view.settings = decoded.value as Settings;
    else if (family === 'text') view.texts.set((decoded.value as PostingText).id, decoded.value as PostingText);
    else view.trash.set((decoded.value as TrashEntry).posting.id, decoded.value as TrashEntry);
  }
  return view;
}

