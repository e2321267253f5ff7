import { browser } from 'wxt/browser';
import type { ChangeSubscription, SyncArea } from './mirror';

/**
 * The browser's storage.sync and storage.onChanged as the mirror's ports (lib/sync/mirror.ts). Undefined where
 * the browser has no sync storage (or reaching it throws): the mirror then reports "unavailable".
 */
export function browserSyncArea(): SyncArea | undefined {
  try {
    if (!browser.storage.sync) return undefined;
  } catch {
    return undefined;
  }
  return {
    get: async (keys) => (await browser.storage.sync.get(keys)) as Record<string, unknown>,
    set: (items) => browser.storage.sync.set(items),
  };
}

/**
 * The keys changed in one area: from the area's own onChanged where the browser has it (Chrome 73+, Firefox), so
 * a listener for sync is not handed the values of every local write; else from storage.onChanged.
 */
export function storageChanges(areaName: 'local' | 'sync'): ChangeSubscription {
  return (listener) => {
    const own = (browser.storage[areaName] as { onChanged?: { addListener(l: (changes: Record<string, unknown>) => void): void; removeListener(l: (changes: Record<string, unknown>) => void): void } } | undefined)?.onChanged;
    if (own) {
      const onAreaChanged = (changes: Record<string, unknown>) => listener(Object.keys(changes));
      own.addListener(onAreaChanged);
      return () => own.removeListener(onAreaChanged);
    }
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === areaName) listener(Object.keys(changes));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  };
}
