import { browser } from 'wxt/browser';

/**
 * The raw storage.local calls the writer makes: one read of everything (a consistent view), one
 * `set` per batch (atomic: all keys or none), one `remove`. Resolved at call time so tests can wrap them.
 */
export interface LocalArea {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const browserLocalArea: LocalArea = {
  getAll: async () => (await browser.storage.local.get(null)) as Record<string, unknown>,
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};
