import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import * as client from '../../lib/messaging/client';
import { messenger } from '../../lib/messaging/protocol';

describe('background entrypoint', () => {
  afterEach(() => messenger.removeAllListeners());

  it('registers the handlers synchronously when the worker starts', async () => {
    fakeBrowser.reset();
    const started = background.main();
    expect(started).toBeUndefined(); // not async: listeners exist before the first event is dispatched
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(m, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') })).find(Boolean)) as typeof fakeBrowser.runtime.sendMessage);
    expect(await client.getSettings()).toMatchObject({ ok: true, value: { theme: 'system' } });
    expect(await client.exportData('json')).toMatchObject({ ok: true });
  });
});
