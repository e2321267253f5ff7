import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ANALYSIS_VERSION } from '../lib/analysis/analyze-posting';
import { tabMessenger } from '../lib/messaging/client';
import { registerHandlers } from '../lib/messaging/handlers';
import { createUiInjector, LIST_UI_CLAIM_KEY, LIST_UI_FILE } from '../lib/messaging/inject-ui';
import { TOGGLE_SIDEBAR_COMMAND } from '../lib/messaging/messages';
import { analyze } from '../lib/posting/flow';
import { startFollowUpBadge } from '../lib/follow-ups/badge';
import { openWelcomeOnInstall } from '../lib/profile/welcome';
import { keptPosting } from '../lib/storage/kept-text';
import { createReanalysisScheduler, withReanalysisKicks } from '../lib/storage/reanalysis';
import { createWriter } from '../lib/storage/writer';
import { browserSyncArea, storageChanges } from '../lib/sync/browser';
import { startSyncMirror } from '../lib/sync/mirror';

export default defineBackground(() => {
  // The one writer. It keeps no data in memory: MV3 may stop this worker between any two messages.
  const writer = createWriter();
  // Saved postings re-analysed from their kept texts when the analysis improves (lib/storage/reanalysis.ts): at start, after saves and imports.
  const reanalysis = createReanalysisScheduler({ writer, version: ANALYSIS_VERSION, analyse: (posting, kept) => analyze(keptPosting(posting, kept)) });
  // Listeners must be registered synchronously at startup, or messages that wake the worker are lost.
  // The job-page detector asks for the sidebar through `injectJobUi` (and for the list badges through `injectListUi`);
  // scripting + host permissions let us add them.
  registerHandlers(withReanalysisKicks(writer, reanalysis.kick), {
    injectUi: createUiInjector(browser.scripting),
    injectListUi: createUiInjector(browser.scripting, LIST_UI_FILE, LIST_UI_CLAIM_KEY),
  });
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
  const ready = writer.ensureReady();
  void ready.then(reanalysis.kick);
  // Due follow-ups on the toolbar icon's badge (lib/follow-ups/badge.ts): at start, after the writer's commits, hourly.
  // Chrome MV3 has `action`, Firefox MV2 `browserAction`.
  startFollowUpBadge({ read: writer.getSummaries, action: browser.action ?? browser.browserAction, alarms: browser.alarms, onCommitted: writer.onCommitted, ready });
  // Profile, progress and settings mirrored to the browser's own sync storage; storage.local stays the truth.
  // Local changes come from the writer itself (every local write is its commit): no storage.onChanged listener here,
  // which would be handed the values of every write, tens of MiB for an import.
  startSyncMirror({ writer, sync: browserSyncArea(), onLocalChange: writer.onCommitted, onSyncChange: storageChanges('sync') });
});
