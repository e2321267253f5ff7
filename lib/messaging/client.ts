import { defineExtensionMessaging } from '@webext-core/messaging';
import { fail, isStorageErrorInfo, type Result } from '../storage/result';
import type { MessageAnswer, MessageInput, MessageType, ProtocolMap, TabProtocolMap } from './messages';

/**
 * Typed calls to the background for the sidebar (content script), popup and dashboard, derived from the
 * message table (./messages.ts, imported for its types only: the content script bundles this module and
 * must not bundle zod or the writer). `client.savePosting(input)` sends `savePosting`; every call resolves to
 * a `Result` and never throws, so views show `error.message` instead of crashing.
 */
export type Client = { readonly [K in MessageType]: (...data: undefined extends MessageInput<K> ? [data?: MessageInput<K>] : [data: MessageInput<K>]) => Promise<MessageAnswer<K>> };

// Silent: message payloads hold the user's notes and postings; they do not belong in console logs.
export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
/** Messages to a job page's sidebar (./messages.ts, TAB_MESSAGES): the background and popup send, the content script answers. */
export const tabMessenger = defineExtensionMessaging<TabProtocolMap>({ logger: undefined });

/**
 * The answer's envelope, `{ ok: true, value } | { ok: false, error: { code, message } }`, or null for anything
 * else (no listener, a stale worker). Zod-free; tests/messaging/envelope.test.ts holds it to ResultEnvelopeSchema.
 */
export function readEnvelope(answer: unknown): Result<unknown> | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const envelope = answer as Record<string, unknown>;
  if (envelope.ok === true) return { ok: true, value: envelope.value };
  if (envelope.ok === false && isStorageErrorInfo(envelope.error)) return { ok: false, error: { code: envelope.error.code, message: envelope.error.message } };
  return null;
}

async function send(type: MessageType, data: unknown): Promise<Result<unknown>> {
  try {
    const answer = readEnvelope(await (messenger.sendMessage as (t: MessageType, d: unknown) => Promise<unknown>)(type, data));
    return answer ?? fail('unavailable', 'Pathway Lens gave an unexpected answer. Reload the page and try again.');
  } catch {
    return fail('unavailable', 'Pathway Lens is not responding. Reload the page (or the extension) and try again.');
  }
}

const methods = new Map<string, (data?: unknown) => Promise<Result<unknown>>>();

/** One method per message of the table, made on first use. */
export const client = new Proxy({} as Client, {
  get(_, type) {
    if (typeof type !== 'string') return undefined;
    let method = methods.get(type);
    if (!method) {
      method = (data?: unknown) => send(type as MessageType, data);
      methods.set(type, method);
    }
    return method;
  },
});
