import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { client, messenger } from '../../lib/messaging/client';

// WXT's fake browser does not implement commands.onCommand: capture the listener the worker registers.
type CommandListener = (command: string, tab?: { id?: number }) => void;
function captureCommandListener(): { get: () => CommandListener | undefined } {
  let listener: CommandListener | undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: CommandListener) => {
    listener = l;
  }) as never);
  return { get: () => listener };
}

describe('background entrypoint', () => {
  afterEach(() => messenger.removeAllListeners());

  it('registers the handlers synchronously when the worker starts', async () => {
    fakeBrowser.reset();
    captureCommandListener();
    const started = background.main();
    expect(started).toBeUndefined(); // not async: listeners exist before the first event is dispatched
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(m, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') })).find(Boolean)) as typeof fakeBrowser.runtime.sendMessage);
    expect(await client.getSettings()).toMatchObject({ ok: true, value: { theme: 'system' } });
    expect(await client.exportData({ format: 'json' })).toMatchObject({ ok: true });
  });

  it('forwards the toggle shortcut to the tab it was pressed in, and only that command', async () => {
    fakeBrowser.reset();
    const command = captureCommandListener();
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    background.main();
    const listener = command.get();
    expect(listener).toBeTypeOf('function');
    listener?.('toggle-sidebar', { id: 7 });
    listener?.('something-else', { id: 7 });
    listener?.('toggle-sidebar', {});
    await new Promise((resolve) => setTimeout(resolve, 0)); // the messenger sends asynchronously
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage.mock.calls[0]?.slice(0, 2)).toEqual([7, expect.objectContaining({ type: 'toggleSidebar' })]);
  });
});
