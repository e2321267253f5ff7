import { browser } from 'wxt/browser';
import { QUOTA_BYTES, UNLIMITED_BUDGET_BYTES } from './quota';

/**
 * The raw storage.local calls the writer makes: one read of everything (a consistent view), one
 * `set` per batch (atomic: all keys or none), one `remove`. Resolved at call time so tests can wrap them.
 */
export interface LocalArea {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  /**
   * Optional cheap reads for small things: every key in the area (no values), and the values of some keys.
   * Areas without them (test fakes), or a `null` key list (browsers before getKeys), mean a read of everything with `getAll`.
   */
  getKeys?(): Promise<string[] | null>;
  get?(keys: string[]): Promise<Record<string, unknown>>;
  /** Bytes the browser counts for `keys` (null: all), or null when it cannot say (Firefox's storage.local). */
  bytesInUse?(keys: string[] | null): Promise<number | null>;
}

export const browserLocalArea: LocalArea = {
  getAll: async () => (await browser.storage.local.get(null)) as Record<string, unknown>,
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
  getKeys: async () => {
    // Chrome 130+: the key list costs no values, so small reads need not fetch every saved posting.
    const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
    return typeof local.getKeys === 'function' ? local.getKeys() : null;
  },
  bytesInUse: async (keys) => {
    const local = browser.storage.local as { getBytesInUse?: (keys: string[] | null) => Promise<number> };
    if (typeof local.getBytesInUse !== 'function') return null;
    try {
      return await local.getBytesInUse(keys);
    } catch {
      return null;
    }
  },
  get: async (keys) => (keys.length === 0 ? {} : ((await browser.storage.local.get(keys)) as Record<string, unknown>)),
};

/** The writer's byte budget: the browser's quota, or with `unlimitedStorage` in the manifest our own (lib/storage/quota.ts). */
export function browserStorageBudget(): number {
  const forTests = Number(import.meta.env.PATHWAY_LENS_STORAGE_BUDGET_BYTES || NaN);
  if (forTests > 0) return forTests;
  try {
    return browser.runtime.getManifest().permissions?.includes('unlimitedStorage') ? UNLIMITED_BUDGET_BYTES : QUOTA_BYTES;
  } catch {
    return QUOTA_BYTES;
  }
}
