import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryBytes } from '../../lib/storage/quota';

/**
 * Makes the fake storage.local enforce a quota like Chrome: a `set` that would exceed it is rejected
 * whole ("QUOTA_BYTES quota exceeded") and writes nothing.
 */
export function enforceQuota(quotaBytes: number): { rejections: () => number } {
  const area = fakeBrowser.storage.local;
  const original = area.set.bind(area);
  let rejections = 0;
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = { ...(await area.get(null)), ...JSON.parse(JSON.stringify(items)) } as Record<string, unknown>;
    const bytes = Object.entries(all).reduce((n, [k, v]) => n + entryBytes(k, v), 0);
    if (bytes > quotaBytes) {
      rejections++;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    return original(items);
  });
  return { rejections: () => rejections };
}
