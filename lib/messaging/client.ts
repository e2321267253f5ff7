import { fail, isStorageErrorInfo, type Result } from '../storage/result';
import type { PostingStatus, SavePostingInput } from '../storage/schemas';
import type { SettingsPatch } from '../storage/settings';
import type { ToLearnSkillId } from '../pathway/schema';
import { messenger, type ProtocolMap } from './protocol-map';

/**
 * Typed calls to the background writer for the sidebar (content script), popup and dashboard.
 * Every call resolves to a `Result`; it never throws, so views show `error.message` instead of crashing.
 */
// Zod-free (the content script bundles this module): the same check, and the same output, as the zod envelope
// `{ ok: true, value: unknown } | { ok: false, error: StorageErrorSchema }` it replaces; null for anything else.
function readEnvelope(answer: unknown): Result<unknown> | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const envelope = answer as Record<string, unknown>;
  if (envelope.ok === true) return 'value' in envelope ? { ok: true, value: envelope.value } : ({ ok: true } as Result<unknown>);
  if (envelope.ok === false && isStorageErrorInfo(envelope.error)) {
    return { ok: false, error: { code: envelope.error.code, message: envelope.error.message } };
  }
  return null;
}

type Answer<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

async function send<K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0]): Promise<Answer<K>> {
  try {
    const send = messenger.sendMessage as (t: K, d: unknown) => Promise<unknown>;
    const answer = readEnvelope(await send(type, data));
    if (!answer) return fail('unavailable', 'Pathway Lens gave an unexpected answer. Reload the page and try again.') as Answer<K>;
    return answer as Answer<K>;
  } catch {
    return fail('unavailable', 'Pathway Lens is not responding. Reload the page (or the extension) and try again.') as Answer<K>;
  }
}

export const savePosting = (input: SavePostingInput) => send('savePosting', input);
export const setPostingStatus = (id: string, status: PostingStatus) => send('setPostingStatus', { id, status });
export const setPostingNotes = (id: string, notes: string) => send('setPostingNotes', { id, notes });
export const deletePosting = (id: string) => send('deletePosting', { id });
/** Undo of deletePosting. */
export const restorePosting = (id: string) => send('restorePosting', { id });
export const listPostings = () => send('listPostings', undefined);
export const getProgress = () => send('getProgress', undefined);
export const setSkillLearned = (skillId: ToLearnSkillId, learned: boolean) => send('setSkillLearned', { skillId, learned });
export const setTaskDone = (taskId: string, done: boolean) => send('setTaskDone', { taskId, done });
export const setOtherSkillKnown = (skillId: string, known: boolean) => send('setOtherSkillKnown', { skillId, known });
export const setActionItemDone = (itemId: string, done: boolean) => send('setActionItemDone', { itemId, done });
export const getSettings = () => send('getSettings', undefined);
export const updateSettings = (patch: SettingsPatch) => send('updateSettings', patch);
export const getStorageUsage = () => send('getStorageUsage', undefined);
export const exportData = (format: 'json' | 'csv') => send('exportData', { format });
export const previewImport = (text: string) => send('previewImport', { text });
export const applyImport = (text: string) => send('applyImport', { text });
export const getCorruptRecords = () => send('getCorruptRecords', undefined);
/** Average readiness of saved postings each time progress changed (dashboard chart). */
export const getReadinessHistory = () => send('getReadinessHistory', undefined);
/** Saved postings, progress and settings in one round trip (the popup's first paint). */
export const getOverview = () => send('getOverview', undefined);
/** Progress, settings and saved ids without reading saved postings (the popup draws with these first). */
export const getProgressAndSettings = () => send('getProgressAndSettings', undefined);
/** Everything the dashboard shows, from one read. */
export const getDashboard = () => send('getDashboard', undefined);

export type { Result };
/** Opens the dashboard in a new tab (from the sidebar, which cannot link to an extension page), optionally comparing postings. */
export const openDashboard = (compare?: string[]) => send('openDashboard', compare ? { compare } : {});
