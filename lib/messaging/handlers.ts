import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { fail, ok, type Result } from '../storage/result';
import type { Writer } from '../storage/writer';
import { MESSAGE_TYPES, MESSAGES, messenger, type MessageType } from './protocol';
import { classifySender, sameOrigin, type SenderTrust } from './sender';

type Parsed<K extends MessageType> = z.output<(typeof MESSAGES)[K]['input']>;
interface Context {
  trust: SenderTrust;
  sender: Runtime.MessageSender | undefined;
}
type Handlers = { [K in MessageType]: (data: Parsed<K>, ctx: Context) => Promise<Result<unknown>> };

function handlersFor(writer: Writer): Handlers {
  return {
    savePosting: (data, ctx) => {
      // A page can only save a posting of its own site: the URL is checked against the browser's sender URL.
      if (ctx.trust !== 'extension-page' && !sameOrigin(data.url, ctx.sender?.url)) {
        return Promise.resolve(fail('forbidden', 'A page can only save postings from its own site.'));
      }
      return writer.savePosting(data);
    },
    setPostingStatus: (d) => writer.setPostingStatus(d.id, d.status),
    setPostingNotes: (d) => writer.setPostingNotes(d.id, d.notes),
    deletePosting: (d) => writer.deletePosting(d.id),
    restorePosting: (d) => writer.restorePosting(d.id),
    listPostings: () => writer.listPostings(),
    getProgress: () => writer.getProgress(),
    setSkillLearned: (d) => writer.setProgress('skill', d.skillId, d.learned),
    setTaskDone: (d) => writer.setProgress('task', d.taskId, d.done),
    setOtherSkillKnown: (d) => writer.setProgress('other', d.skillId, d.known),
    setActionItemDone: (d) => writer.setProgress('action', d.itemId, d.done),
    getSettings: () => writer.getSettings(),
    updateSettings: (d) => writer.updateSettings(d),
    getStorageUsage: () => writer.getStorageUsage(),
    exportData: (d) => writer.exportData(d.format),
    previewImport: (d) => writer.previewImport(d.text),
    applyImport: (d) => writer.applyImport(d.text),
    getCorruptRecords: () => writer.getCorruptRecords(),
    getReadinessHistory: () => writer.getReadinessHistory(),
    getOverview: () => writer.getOverview(),
    getProgressAndSettings: () => writer.getProgressAndSettings(),
    getDashboard: () => writer.getDashboard(),
    openDashboard: async (d) => {
      const query = d.compare && d.compare.length > 0 ? `?compare=${d.compare.map(encodeURIComponent).join(',')}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${query}`) });
      return ok(null);
    },
  };
}

/** Checks access, then the payload, then calls the writer. Never throws: errors are `{ ok: false }`. */
export async function handleMessage(writer: Writer, type: MessageType, data: unknown, sender: Runtime.MessageSender | undefined): Promise<Result<unknown>> {
  const trust = classifySender(sender, browser.runtime.id, new URL(browser.runtime.getURL('/')).origin);
  const def = MESSAGES[type];
  if (def.access === 'extension-page' && trust !== 'extension-page') {
    return fail('forbidden', `"${type}" is only available to Pathway Lens pages.`);
  }
  const parsed = def.input.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid-input', `Invalid ${type} request${issue ? ` (${issue.path.join('.') || 'payload'}: ${issue.message})` : ''}.`);
  }
  try {
    const handler = handlersFor(writer)[type] as (d: unknown, ctx: Context) => Promise<Result<unknown>>;
    return await handler(parsed.data, { trust, sender });
  } catch (err) {
    return fail('write-failed', err instanceof Error ? err.message : String(err));
  }
}

/**
 * Registers one listener per allow-listed message type; anything else gets no answer.
 * Call synchronously at the top of the background (MV3 delivers messages only to listeners registered at startup).
 * Returns a function that removes them (tests).
 */
export function registerHandlers(writer: Writer): () => void {
  const removers = MESSAGE_TYPES.map((type) =>
    messenger.onMessage(type, (message) => handleMessage(writer, type, message.data, message.sender) as never),
  );
  return () => removers.forEach((remove) => remove());
}
