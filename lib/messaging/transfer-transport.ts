import type { TransferTransport } from '../storage/transfer-client';
import { client } from './client';

/**
 * The staged export and import (lib/storage/transfer-client.ts) over the background's messages (./messages.ts):
 * what the dashboard uses, and what tests/messaging/import-messages.test.ts drives through the real handlers.
 */
export const messagingTransport: TransferTransport = {
  begin: (header) => client.importBegin(header),
  chunk: (importId, chunk) => client.importChunk({ importId, ...chunk }),
  preview: (importId) => client.importPreview({ importId }),
  apply: (importId) => client.importApply({ importId }),
  status: (importId) => client.importStatus({ importId }),
  cancel: (importId) => client.importCancel({ importId }),
  exportStart: (format) => client.exportData({ format }),
  exportPart: (exportId, index) => client.exportPart({ exportId, index }),
};
