import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Result } from '../storage/result';
import type { Writer } from '../storage/writer';
import type { MessageInput } from './protocol';

/**
 * The messages' TypeScript map and the messenger, without zod: the content script (via ./client.ts) bundles this
 * module, never ./protocol.ts, whose zod input schemas and access rules only the background needs.
 * A new message goes in both: its schema and access in MESSAGES (./protocol.ts), its signature here.
 */

type Answer<K extends keyof Writer> = Awaited<ReturnType<Writer[K]>>;

/** @webext-core/messaging's protocol map: payload in, the writer's `Result` out. */
export interface ProtocolMap {
  savePosting(data: MessageInput<'savePosting'>): Answer<'savePosting'>;
  setPostingStatus(data: MessageInput<'setPostingStatus'>): Answer<'setPostingStatus'>;
  setPostingNotes(data: MessageInput<'setPostingNotes'>): Answer<'setPostingNotes'>;
  deletePosting(data: MessageInput<'deletePosting'>): Answer<'deletePosting'>;
  restorePosting(data: MessageInput<'restorePosting'>): Answer<'restorePosting'>;
  listPostings(data?: undefined): Answer<'listPostings'>;
  getProgress(data?: undefined): Answer<'getProgress'>;
  setSkillLearned(data: MessageInput<'setSkillLearned'>): Answer<'setProgress'>;
  setTaskDone(data: MessageInput<'setTaskDone'>): Answer<'setProgress'>;
  setOtherSkillKnown(data: MessageInput<'setOtherSkillKnown'>): Answer<'setProgress'>;
  setActionItemDone(data: MessageInput<'setActionItemDone'>): Answer<'setProgress'>;
  getSettings(data?: undefined): Answer<'getSettings'>;
  updateSettings(data: MessageInput<'updateSettings'>): Answer<'updateSettings'>;
  getStorageUsage(data?: undefined): Answer<'getStorageUsage'>;
  exportData(data: MessageInput<'exportData'>): Answer<'exportData'>;
  previewImport(data: MessageInput<'previewImport'>): Answer<'previewImport'>;
  applyImport(data: MessageInput<'applyImport'>): Answer<'applyImport'>;
  getCorruptRecords(data?: undefined): Answer<'getCorruptRecords'>;
  getReadinessHistory(data?: undefined): Answer<'getReadinessHistory'>;
  getOverview(data?: undefined): Answer<'getOverview'>;
  getProgressAndSettings(data?: undefined): Answer<'getProgressAndSettings'>;
  getDashboard(data?: undefined): Answer<'getDashboard'>;
  openDashboard(data: MessageInput<'openDashboard'>): Result<null>;
}

// Silent: message payloads hold the user's notes and postings; they do not belong in console logs.
export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
