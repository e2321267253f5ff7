import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../lib/messaging/handlers';
import { scoreReport } from '../lib/scoring/score-report';
import { createWriter } from '../lib/storage/writer';

export default defineBackground(() => {
  // The one writer. It keeps no data in memory: MV3 may stop this worker between any two messages.
  const writer = createWriter({ score: (report, progress) => scoreReport(report, progress) });
  // Listeners must be registered synchronously at startup, or messages that wake the worker are lost.
  registerHandlers(writer);
  // Migrate stored records (with backups) as soon as the new version starts, not at the first message.
  void writer.ensureReady();
});
