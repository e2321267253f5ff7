import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { analyze } from '../posting/flow';
import { fail, type Result } from '../storage/result';
import type { Writer } from '../storage/writer';
import { messenger } from './client';
import { MESSAGE_TYPES, MESSAGES, type HandlerContext, type MessageDef, type MessageType } from './messages';
import { classifySender, type SenderTrust } from './sender';

const ALLOWED: Readonly<Record<MessageDef<never, unknown>['access'], ReadonlySet<SenderTrust>>> = {
  page: new Set(['content-script', 'extension-page']),
  extension: new Set(['extension-page']),
};

/** What the background provides the handlers besides the writer (entrypoints/background.ts; fakes in tests). */
export type HandlerEnv = Partial<Pick<HandlerContext, 'injectUi' | 'injectListUi' | 'analyze'>>;

const noInjector: HandlerContext['injectUi'] = () => Promise.resolve(fail('unavailable', 'This background cannot add the sidebar to pages.'));

/** Checks the sender, then the payload, then runs the table's handler. Never throws: errors are `{ ok: false }`. */
export async function handleMessage(writer: Writer, type: MessageType, data: unknown, sender: Runtime.MessageSender | undefined, env: HandlerEnv = {}): Promise<Result<unknown>> {
  const trust = classifySender(sender, browser.runtime.id, new URL(browser.runtime.getURL('/')).origin);
  const def = MESSAGES[type] as unknown as MessageDef<typeof MESSAGES[MessageType]['input'], unknown>;
  if (!ALLOWED[def.access].has(trust)) {
    return fail('forbidden', def.access === 'extension' ? `"${type}" is only available to Pathway Lens pages.` : `"${type}" is not available to this sender.`);
  }
  const parsed = def.input.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid-input', `Invalid ${type} request${issue ? ` (${issue.path.join('.') || 'payload'}: ${issue.message})` : ''}.`);
  }
  try {
    return await def.handle(parsed.data as never, {
      writer,
      trust,
      sender,
      openTab: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/dashboard.html') });
      },
      injectUi: env.injectUi ?? noInjector,
      injectListUi: env.injectListUi ?? noInjector,
      analyze: env.analyze ?? analyze,
    });
  } catch (err) {
    return fail('write-failed', err instanceof Error ? err.message : String(err));
  }
}

/**
 * Registers one listener per message of the table; anything else gets no answer.
 * Call synchronously at the top of the background (MV3 delivers messages only to listeners registered at startup).
 * Returns a function that removes them (tests).
 */
export function registerHandlers(writer: Writer, env: HandlerEnv = {}): () => void {
  const removers = MESSAGE_TYPES.map((type) => messenger.onMessage(type, (message) => handleMessage(writer, type, message.data, message.sender, env) as never));
  return () => removers.forEach((remove) => remove());
}
