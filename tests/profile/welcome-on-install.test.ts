import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall, WELCOME_PATH } from '../../lib/profile/welcome';

describe('first run', () => {
  it('opens the welcome on install only, never on update or a browser update', async () => {
    const open = vi.fn(async () => undefined);
    await openWelcomeOnInstall({ reason: 'update' }, open);
    await openWelcomeOnInstall({ reason: 'browser_update' }, open);
    expect(open).not.toHaveBeenCalled();
    await openWelcomeOnInstall({ reason: 'install' }, open);
    expect(open).toHaveBeenCalledExactlyOnceWith(WELCOME_PATH);
  });

  it('a tab that cannot be opened is no error (the popup links to the profile)', async () => {
    await expect(openWelcomeOnInstall({ reason: 'install' }, async () => Promise.reject(new Error('policy')))).resolves.toBeUndefined();
  });
});
