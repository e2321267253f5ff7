import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { tabMessenger } from '../lib/messaging/client';
import { registerHandlers } from '../lib/messaging/handlers';
import { TOGGLE_SIDEBAR_COMMAND } from '../lib/messaging/messages';
import { openWelcomeOnInstall } from '../lib/profile/welcome';
import { createWriter } from '../lib/storage/writer';
import { browserSyncArea, storageChanges } from '../lib/sync/browser';
import { startSyncMirror } from '../lib/sync/mirror';

export default defineBackground(() => {
  // The one writer. It keeps no data in memory: MV3 may stop this worker between any two messages.
  const writer = createWriter();
  // Listeners must be registered synchronously at startup, or messages that wake the worker are lost.
  registerHandlers(writer);
  browser.commands.onCommand.addListener((command, tab) => {
    // The command hands us the active tab; no `tabs` permission needed to message it.
    if (command === TOGGLE_SIDEBAR_COMMAND && tab?.id !== undefined) {
      tabMessenger.sendMessage('toggleSidebar', undefined, tab.id).catch(() => {
        // No sidebar on that tab (not a job page): nothing to toggle.
      });
    }
  });
  // First run: a short, skippable welcome (lib/profile/welcome.ts).
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details, (path) => browser.tabs.create({ url: browser.runtime.getURL(path) })));
  // Migrate stored records (with backups) as soon as the new version starts, not at the first message.
  void writer.ensureReady();
  // Profile, progress and settings mirrored to the browser's own sync storage; storage.local stays the truth.
  startSyncMirror({ writer, sync: browserSyncArea(), onLocalChange: storageChanges('local'), onSyncChange: storageChanges('sync') });
});
