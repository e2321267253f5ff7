import { browser } from 'wxt/browser';

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
  get: async (keys) => (keys.length === 0 ? {} : ((await browser.storage.local.get(keys)) as Record<string, unknown>)),
};
