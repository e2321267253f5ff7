import { z } from 'zod';
import { ToLearnSkillIdSchema } from '../pathway/schema';
import { IMPORT_MAX_CHARS } from '../storage/safe-json';
import { KebabIdSchema, NOTES_MAX, PostingIdSchema, PostingStatusSchema, SavePostingInputSchema, SettingsPatchSchema } from '../storage/schemas';

/**
 * The allow-list of messages the background accepts, each with its payload schema and who may send it.
 * `any`: the sidebar (content script) and extension pages. `extension-page`: only the popup/dashboard,
 * never a content script, whatever it claims: these read or replace all of the user's data.
 */
export type Access = 'any' | 'extension-page';

const NoInput = z.union([z.undefined(), z.null()]);
const ById = z.object({ id: PostingIdSchema }).strict();
const ImportText = z.object({ text: z.string().max(IMPORT_MAX_CHARS) }).strict();

export const MESSAGES = {
  savePosting: { input: SavePostingInputSchema, access: 'any' },
  setPostingStatus: { input: z.object({ id: PostingIdSchema, status: PostingStatusSchema }).strict(), access: 'any' },
  setPostingNotes: { input: z.object({ id: PostingIdSchema, notes: z.string().max(NOTES_MAX) }).strict(), access: 'any' },
  deletePosting: { input: ById, access: 'any' },
  restorePosting: { input: ById, access: 'any' },
  listPostings: { input: NoInput, access: 'any' },
  getProgress: { input: NoInput, access: 'any' },
  setSkillLearned: { input: z.object({ skillId: ToLearnSkillIdSchema, learned: z.boolean() }).strict(), access: 'any' },
  setTaskDone: { input: z.object({ taskId: KebabIdSchema, done: z.boolean() }).strict(), access: 'any' },
  setOtherSkillKnown: { input: z.object({ skillId: KebabIdSchema, known: z.boolean() }).strict(), access: 'any' },
  setActionItemDone: { input: z.object({ itemId: KebabIdSchema, done: z.boolean() }).strict(), access: 'any' },
  getSettings: { input: NoInput, access: 'any' },
  updateSettings: { input: SettingsPatchSchema, access: 'any' },
  getStorageUsage: { input: NoInput, access: 'any' },
  exportData: { input: z.object({ format: z.enum(['json', 'csv']) }).strict(), access: 'extension-page' },
  previewImport: { input: ImportText, access: 'extension-page' },
  applyImport: { input: ImportText, access: 'extension-page' },
  getCorruptRecords: { input: NoInput, access: 'extension-page' },
  getReadinessHistory: { input: NoInput, access: 'any' },
  getOverview: { input: NoInput, access: 'any' },
  getProgressAndSettings: { input: NoInput, access: 'any' },
  // Holds the corrupt-record report (as getCorruptRecords): extension pages only.
  getDashboard: { input: NoInput, access: 'extension-page' },
  // The sidebar's "Compare" link: a web page cannot open an extension page itself, so the background does.
  openDashboard: { input: z.object({ compare: z.array(PostingIdSchema).max(6).optional() }).strict(), access: 'any' },
} as const satisfies Record<string, { input: z.ZodType; access: Access }>;

export type MessageType = keyof typeof MESSAGES;
export const MESSAGE_TYPES = Object.keys(MESSAGES) as MessageType[];
export type MessageInput<K extends MessageType> = z.input<(typeof MESSAGES)[K]['input']>;

// The message map and the messenger are zod-free, for the content script: ./protocol-map.ts. Re-exported here.
export { messenger, type ProtocolMap } from './protocol-map';
