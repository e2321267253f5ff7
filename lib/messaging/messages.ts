import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';
import type { GapReport } from '../analysis/gap-report';
import { LIMITS } from '../capture/capture-result';
import { detectBoard } from '../job-boards';
import { CARD_BADGES_MAX_KEYS } from '../list-badges/badge-text';
import { CapturedPostingSchema, type CapturedPosting } from '../capture/capture-result-schema';
import { PathwaySkillIdSchema, ToLearnSkillIdSchema, TransferableSkillIdSchema } from '../pathway/schema';
import { CHECKLIST_MAX_ROWS, type ResumeLines } from '../profile/resume-checklist';
import { resumeLinesFor } from '../profile/resume-evidence';
import { SKILL_STATES } from '../profile/skill-state';
import { fail, ok, type Result } from '../storage/result';
import { ImportChunkSchema, ImportHeaderSchema, ImportIdSchema } from '../storage/import-stage';
import { IMPORT_MESSAGE_MAX_CHARS } from '../storage/safe-json';
import { KebabIdSchema, NOTES_MAX, OwnWeeksSchema, RESUME_TEXT_MAX, PostingIdSchema, PostingStatusSchema, SavePostingInputSchema, SettingsPatchSchema } from '../storage/schemas';
import { PAGE_REPORT_DESCRIPTION_MAX, type PageReportAnswer } from './page-report';
import type { Writer } from '../storage/writer';
import { jobUiTarget, type InjectTarget } from './inject-ui';
import { sameOrigin, type SenderTrust } from './sender';

/**
 * THE message table: every message the background accepts, defined once — its name (the key), its payload
 * schema (`input`, checked before anything runs), who may send it (`access`) and what it does (`handle`, whose
 * `Result` is the typed answer). The client (./client.ts), the handler registration (./handlers.ts) and every
 * type are derived from this object: a new message is one entry here.
 *
 * Access: `page` — the sidebar (a content script of a job board) and our own pages; `extension` — only our
 * popup and dashboard, never a content script, whatever it claims: these read or replace all of the user's data.
 * A sender the background cannot identify gets nothing at all (./handlers.ts).
 *
 * The answers need no runtime schema: they come from this code, in the background; the client checks only
 * the `Result` envelope. Answers that come from pages (a content script's page report) are checked with zod
 * where they arrive (TAB_MESSAGES below).
 */
export type Access = 'page' | 'extension';

export interface HandlerContext {
  readonly writer: Writer;
  readonly trust: SenderTrust;
  readonly sender: Runtime.MessageSender | undefined;
  /** Opens an extension page in a new tab (the background's browser.tabs.create). */
  readonly openTab: (path: string) => Promise<void>;
  /** Injects the sidebar bundle into one frame, at most once per document (./inject-ui.ts, wired by entrypoints/background.ts). */
  readonly injectUi: (target: InjectTarget) => Promise<Result<null>>;
  /** The same for the list badges bundle (`list-ui.js`). */
  readonly injectListUi: (target: InjectTarget) => Promise<Result<null>>;
  /** THE analysis (lib/posting/flow.ts `analyze`): handlers.ts supplies it, so the table stays free of the analyser. */
  readonly analyze: (posting: CapturedPosting) => GapReport;
}

export interface MessageDef<S extends z.ZodType, A> {
  readonly input: S;
  readonly access: Access;
  readonly handle: (data: z.output<S>, ctx: HandlerContext) => Promise<Result<A>>;
}

/** Keeps each entry's payload and answer types tied together (inference only; no runtime work). */
const message = <S extends z.ZodType, A>(def: MessageDef<S, A>): MessageDef<S, A> => def;

const NoInput = z.union([z.undefined(), z.null()]);
const ById = z.object({ id: PostingIdSchema }).strict();
/** A whole (small) export file in one message. The dashboard stages larger files in chunks (importBegin … importApply). */
const ImportText = z.object({ text: z.string().max(IMPORT_MESSAGE_MAX_CHARS) }).strict();
const ByImportId = z.object({ importId: ImportIdSchema }).strict();
/** A time as the pages send it (epoch ms); the writer judges whether it is a sensible date. */
const EpochMsInput = z.number().int().nonnegative().max(8.64e15);
/**
 * A capture to analyse: the capture schema (every field bounded) and, together, no more block text than a description
 * may hold — capture stops at LIMITS.descriptionChars, so a message is at most ~130,000 characters of text.
 */
const AnalyzePostingInput = CapturedPostingSchema.refine(
  (p) => p.descriptionBlocks.reduce((n, b) => n + b.text.length, 0) <= LIMITS.descriptionChars + LIMITS.blocks * 4,
  { message: 'description too long', path: ['descriptionBlocks'] },
);

/**
 * A list page's cards (lib/list-badges/): the board and at most CARD_BADGES_MAX_KEYS job keys, each of that board. The
 * answer holds badges for those keys only: a page learns nothing about any other saved posting.
 */
const CardBadgesInput = z
  .object({ board: z.enum(['linkedin', 'indeed']), jobKeys: z.array(PostingIdSchema).max(CARD_BADGES_MAX_KEYS) })
  .strict()
  .refine((d) => d.jobKeys.every((k) => k.startsWith(`${d.board}:`)), { message: 'a job key of another board', path: ['jobKeys'] });

/** Whether an analysis the sidebar asked for is one to remember (lib/storage/analysed.ts): a board posting of the sender's own page. */
function analysedOnPage(d: CapturedPosting, trust: SenderTrust, senderUrl: string | undefined): boolean {
  if (trust !== 'content-script' || !sameOrigin(d.url, senderUrl)) return false;
  const board = detectBoard(d.url);
  return board !== null && d.jobKey.startsWith(`${board}:`) && PostingIdSchema.safeParse(d.jobKey).success;
}

export const MESSAGES = {
  /**
   * The job-page detector (content-scripts/job.js) saw a posting URL: inject the sidebar (job-ui.js) into its frame.
   * Only a content script in a frame of a listed board gets it (./inject-ui.ts), once per document.
   */
  injectJobUi: message({
    input: NoInput,
    access: 'page',
    handle: (_, { trust, sender, injectUi }) => {
      const target = jobUiTarget(trust, sender);
      return target ? injectUi(target) : Promise.resolve(fail('forbidden', 'Only a job board page can ask for the sidebar.'));
    },
  }),
  /**
   * The detector saw a search/result list (lib/capture/job-key.ts `listBoardOf`): inject the list badges (list-ui.js)
   * into its frame, under the same rules as the sidebar.
   */
  injectListUi: message({
    input: NoInput,
    access: 'page',
    handle: (_, { trust, sender, injectListUi }) => {
      const target = jobUiTarget(trust, sender);
      return target ? injectListUi(target) : Promise.resolve(fail('forbidden', 'Only a job board page can ask for list badges.'));
    },
  }),
  /**
   * The sidebar's posting, analysed here (lexicon, fuse.js and the analyser stay out of the page): its gap report. A
   * posting of the sender's own board page is also remembered as analysed (for the list badges), without delaying the answer.
   */
  analyzePosting: message({
    input: AnalyzePostingInput,
    access: 'page',
    handle: (d, { analyze, writer, trust, sender }) => {
      const report = analyze(d);
      if (analysedOnPage(d, trust, sender?.url)) void writer.noteAnalysed(d.jobKey, report);
      return Promise.resolve(ok(report));
    },
  }),
  /**
   * The badges of a list page's job cards (lib/list-badges/): saved or analysed postings among `jobKeys` only, with
   * readiness and status. A content script asks only about its own board's cards.
   */
  getCardBadges: message({
    input: CardBadgesInput,
    access: 'page',
    handle: (d, { writer, trust, sender }) =>
      trust === 'content-script' && (!sender?.url || detectBoard(sender.url) !== d.board)
        ? Promise.resolve(fail('forbidden', 'A page can only ask about job cards of its own board.'))
        : writer.getCardBadges(d.board, d.jobKeys),
  }),
  savePosting: message({
    input: SavePostingInputSchema,
    access: 'page',
    // A page can only save a posting of its own site: the URL is checked against the browser's sender URL.
    handle: (d, { writer, trust, sender }) =>
      trust !== 'extension-page' && !sameOrigin(d.url, sender?.url) ? Promise.resolve(fail('forbidden', 'A page can only save postings from its own site.')) : writer.savePosting(d),
  }),
  setPostingStatus: message({
    input: z.object({ id: PostingIdSchema, status: PostingStatusSchema }).strict(),
    access: 'page',
    handle: (d, { writer }) => writer.setPostingStatus(d.id, d.status),
  }),
  setPostingNotes: message({
    input: z.object({ id: PostingIdSchema, notes: z.string().max(NOTES_MAX) }).strict(),
    access: 'page',
    handle: (d, { writer }) => writer.setPostingNotes(d.id, d.notes),
  }),
  /** The applied date set by hand (people apply before they save): a day's time, checked by the writer (not before 2000, not ahead). */
  setAppliedDate: message({
    input: z.object({ id: PostingIdSchema, at: EpochMsInput }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.setAppliedDate(d.id, d.at),
  }),
  /** A posting's follow-up: done, snoozed a week, set to a date, or cleared (lib/storage/pipeline.ts). */
  setFollowUp: message({
    input: z
      .object({
        id: PostingIdSchema,
        action: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('done') }).strict(),
          z.object({ kind: z.literal('snooze') }).strict(),
          z.object({ kind: z.literal('clear') }).strict(),
          z.object({ kind: z.literal('set'), at: EpochMsInput }).strict(),
        ]),
      })
      .strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.setFollowUp(d.id, d.action),
  }),
  /** Two saved postings of one job (saved from two boards) made one: `keepId` stays, `dropId` goes to the trash. */
  mergePostings: message({
    input: z.object({ keepId: PostingIdSchema, dropId: PostingIdSchema }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.mergePostings(d.keepId, d.dropId),
  }),
  /** "Not the same job": the likely-duplicate notice stops offering to merge these two. */
  markDistinct: message({
    input: z.object({ id: PostingIdSchema, otherId: PostingIdSchema }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.markDistinct(d.id, d.otherId),
  }),
  deletePosting: message({ input: ById, access: 'page', handle: (d, { writer }) => writer.deletePosting(d.id) }),
  /** Undo of deletePosting. */
  restorePosting: message({ input: ById, access: 'page', handle: (d, { writer }) => writer.restorePosting(d.id) }),
  listPostings: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.listPostings() }),
  /** One posting's saved status (null: not saved), read from that one record: what a job tab needs, not the list. */
  getSavedStatus: message({ input: ById, access: 'page', handle: (d, { writer }) => writer.getSavedStatus(d.id) }),
  /** How re-analysis of saved postings is doing (counts only; lib/storage/reanalysis.ts): the popup's and dashboard's progress bar. */
  getReanalysisStatus: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.getReanalysisStatus() }),
  getProgress: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.getProgress() }),
  setSkillLearned: message({
    input: z.object({ skillId: ToLearnSkillIdSchema, done: z.boolean() }).strict(),
    access: 'page',
    handle: (d, { writer }) => writer.setProgress('skill', d.skillId, d.done),
  }),
  /** A pathway skill's state in the profile (have / notYet for transferable; notYet / learning / learned to learn). */
  setSkillState: message({
    input: z.object({ skillId: PathwaySkillIdSchema, state: z.enum(SKILL_STATES) }).strict(),
    access: 'page',
    handle: (d, { writer }) => writer.setSkillState(d.skillId, d.state),
  }),
  /** The user's own weeks for a transferable skill they lack; null removes the estimate. */
  setOwnWeeks: message({
    input: z.object({ skillId: TransferableSkillIdSchema, weeks: OwnWeeksSchema.nullable() }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.setOwnWeeks(d.skillId, d.weeks),
  }),
  /** The kept résumé text (opt-in): only our own pages read, keep or delete it, never a content script. */
  getResume: message({ input: NoInput, access: 'extension', handle: (_, { writer }) => writer.getResume() }),
  keepResume: message({
    input: z.object({ text: z.string().min(1).max(RESUME_TEXT_MAX), source: z.string().max(200) }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.keepResume(d),
  }),
  deleteResume: message({ input: NoInput, access: 'extension', handle: (_, { writer }) => writer.deleteResume() }),
  /**
   * The résumé checklist of a posting (lib/profile/resume-checklist.ts) for the sidebar: of the kept résumé, only the
   * lines (bounded) that show the skills asked about, and its language; null when no résumé is kept. The page never
   * gets the résumé itself, and nothing is written.
   */
  getResumeChecklist: message({
    input: z.object({ skills: z.array(KebabIdSchema).max(CHECKLIST_MAX_ROWS) }).strict(),
    access: 'page',
    handle: async (d, { writer }): Promise<Result<ResumeLines | null>> => {
      const kept = await writer.getResume();
      if (!kept.ok) return fail(kept.error.code, kept.error.message);
      return ok(kept.value ? resumeLinesFor(kept.value.text, d.skills) : null);
    },
  }),
  setTaskDone: message({ input: z.object({ taskId: KebabIdSchema, done: z.boolean() }).strict(), access: 'page', handle: (d, { writer }) => writer.setProgress('task', d.taskId, d.done) }),
  setOtherSkillKnown: message({ input: z.object({ skillId: KebabIdSchema, done: z.boolean() }).strict(), access: 'page', handle: (d, { writer }) => writer.setProgress('other', d.skillId, d.done) }),
  setActionItemDone: message({ input: z.object({ itemId: KebabIdSchema, done: z.boolean() }).strict(), access: 'page', handle: (d, { writer }) => writer.setProgress('action', d.itemId, d.done) }),
  getSettings: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.getSettings() }),
  updateSettings: message({ input: SettingsPatchSchema, access: 'page', handle: (d, { writer }) => writer.updateSettings(d) }),
  getStorageUsage: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.getStorageUsage() }),
  /**
   * Progress, settings, saved ids and the lists' counts without reading saved postings (the popup draws with these
   * first), and whether the stored index is sound: the popup then reads the index shards itself (lib/storage/direct-list.ts).
   */
  getProgressAndSettings: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.getProgressAndSettings() }),
  /** The summary index, progress and settings in one round trip: the popup's list when it cannot use its own read of the index. */
  getOverview: message({ input: NoInput, access: 'page', handle: (_, { writer }) => writer.getOverview() }),
  /** The export file, or its first part when it is larger than one message may carry (then exportPart for the others). */
  exportData: message({
    input: z.object({ format: z.enum(['json', 'csv']) }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.exportStart(d.format),
  }),
  exportPart: message({
    input: z.object({ exportId: ImportIdSchema, index: z.number().int().min(1).max(10_000) }).strict(),
    access: 'extension',
    handle: (d, { writer }) => writer.exportPart(d.exportId, d.index),
  }),
  previewImport: message({ input: ImportText, access: 'extension', handle: (d, { writer }) => writer.previewImport(d.text) }),
  applyImport: message({ input: ImportText, access: 'extension', handle: (d, { writer }) => writer.applyImport(d.text) }),
  /**
   * A staged import (lib/storage/writer/transfer.ts; the dashboard drives it with lib/storage/transfer-client.ts): the
   * header, then postings and descriptions in chunks (each validated as it arrives), the preview, then apply — one
   * atomic write. Nothing is written before importApply; the stage is dropped by a new import, importCancel, a timeout
   * or a worker restart.
   */
  importBegin: message({ input: ImportHeaderSchema, access: 'extension', handle: (d, { writer }) => writer.importBegin(d) }),
  importChunk: message({
    input: z.object({ importId: ImportIdSchema, ...ImportChunkSchema.shape }).strict(),
    access: 'extension',
    handle: ({ importId, ...chunk }, { writer }) => writer.importChunk(importId, chunk),
  }),
  importPreview: message({ input: ByImportId, access: 'extension', handle: (d, { writer }) => writer.importPreview(d.importId) }),
  importApply: message({ input: ByImportId, access: 'extension', handle: (d, { writer }) => writer.importApply(d.importId) }),
  /** How far a staged import is (and, while the preview is shown, a sign the page still wants it). */
  importStatus: message({ input: ByImportId, access: 'extension', handle: (d, { writer }) => writer.importStatus(d.importId) }),
  importCancel: message({ input: ByImportId, access: 'extension', handle: (d, { writer }) => writer.importCancel(d.importId) }),
  /** The storage.sync mirror's status (lib/sync/status.ts); null until the mirror first ran. */
  getSyncStatus: message({ input: NoInput, access: 'extension', handle: (_, { writer }) => writer.getSyncStatus() }),
  getCorruptRecords: message({ input: NoInput, access: 'extension', handle: (_, { writer }) => writer.getCorruptRecords() }),
  /** Everything the dashboard shows, from one read (holds the corrupt-record report: extension pages only). */
  getDashboard: message({ input: NoInput, access: 'extension', handle: (_, { writer }) => writer.getDashboard() }),
  /**
   * The sidebar's "Compare" link and its résumé checklist's "Your profile" link: a web page cannot open an extension
   * page itself, so the background does.
   */
  openDashboard: message({
    input: z.object({ compare: z.array(PostingIdSchema).max(6).optional(), view: z.enum(['profile']).optional() }).strict(),
    access: 'page',
    handle: async (d, { openTab }) => {
      const query = d.compare && d.compare.length > 0 ? `?compare=${d.compare.map(encodeURIComponent).join(',')}` : '';
      const hash = d.view ? `#${d.view}` : '';
      await openTab(`/dashboard.html${query}${hash}`);
      return ok(null);
    },
  }),
};

export type Messages = typeof MESSAGES;
export type MessageType = keyof Messages;
export const MESSAGE_TYPES = Object.keys(MESSAGES) as MessageType[];
/** What a caller sends. */
export type MessageInput<K extends MessageType> = z.input<Messages[K]['input']>;
/** What a caller gets back. */
export type MessageAnswer<K extends MessageType> = Awaited<ReturnType<Messages[K]['handle']>>;

/** @webext-core/messaging's protocol map, derived from the table. */
export type ProtocolMap = { [K in MessageType]: (data: MessageInput<K>) => MessageAnswer<K> };

/**
 * Messages to a job page's sidebar (the content script handles them; the sender is the background or the popup,
 * checked by the content script from `sender.id`). They carry no payload. Each defines the schema its answer is
 * checked with where it arrives: a content script runs in a page that extension pages must not trust.
 */
export const TAB_MESSAGES = {
  /** The keyboard command (manifest `commands`, Alt+Shift+L by default): collapse or expand the sidebar. */
  toggleSidebar: { answer: z.null() },
  /** The popup's "This page": the posting and its gap report, as the popup would save it. */
  getPageReport: {
    answer: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('report'), posting: SavePostingInputSchema.extend({ description: z.string().max(PAGE_REPORT_DESCRIPTION_MAX) }) }),
      z.object({ kind: z.literal('loading') }),
      z.object({ kind: z.literal('none') }),
    ]) satisfies z.ZodType<PageReportAnswer>,
  },
};

export type TabMessageType = keyof typeof TAB_MESSAGES;
export type TabProtocolMap = { [K in TabMessageType]: () => z.output<(typeof TAB_MESSAGES)[K]['answer']> };

/** The manifest command that sends toggleSidebar (wxt.config.ts declares it). */
export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';
