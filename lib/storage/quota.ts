/**
 * storage.local's quota and how we estimate it. Chrome counts each item as its key plus the JSON of its
 * value; we count UTF-8 bytes of both, which never under-estimates, so the check before a write is safe.
 */
export const QUOTA_BYTES = 10 * 1024 * 1024;
/**
 * With `unlimitedStorage` (which lifts that quota; it shows no install warning) the limit is the disk, so Pathway Lens
 * keeps a budget of its own: the 80 % warning and the clear "storage is full" refusal work against it as they did
 * against the browser's 10 MiB. 5,000 board-length saved postings with their full descriptions take about 60 MiB.
 */
export const UNLIMITED_BUDGET_BYTES = 256 * 1024 * 1024;
export const WARN_RATIO = 0.8;

export interface StorageUsage {
  bytesInUse: number;
  quotaBytes: number;
  ratio: number;
  /** True at or above 80 %: the UI tells the user before saves start failing. */
  warn: boolean;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function entryBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

export function totalBytes(all: Readonly<Record<string, unknown>>): number {
  let n = 0;
  for (const [k, v] of Object.entries(all)) n += entryBytes(k, v);
  return n;
}

/** Bytes in use after setting `set` and removing `remove`, given the current contents. */
export function projectedBytes(all: Readonly<Record<string, unknown>>, currentTotal: number, set: Readonly<Record<string, unknown>>, remove: readonly string[]): number {
  let n = currentTotal;
  const touched = new Set([...Object.keys(set), ...remove]);
  for (const k of touched) if (Object.hasOwn(all, k)) n -= entryBytes(k, all[k]);
  for (const [k, v] of Object.entries(set)) n += entryBytes(k, v);
  return n;
}

export function usageOf(bytesInUse: number, quotaBytes = QUOTA_BYTES): StorageUsage {
  const ratio = quotaBytes > 0 ? bytesInUse / quotaBytes : 1;
  return { bytesInUse, quotaBytes, ratio, warn: ratio >= WARN_RATIO };
}
