import type { Runtime } from 'webextension-polyfill';
import { detectBoard, onListedBoard } from '../job-boards';
import { fail, ok, type Result } from '../storage/result';
import type { SenderTrust } from './sender';

/**
 * The background's side of "pay only on job pages" (issue 14): the job-page detector (content-scripts/job.js,
 * lib/job-page/detector.ts) sends `injectJobUi` (./messages.ts) when its page shows a posting, and the background
 * injects the sidebar bundle into exactly that frame with `scripting.executeScript` — no web-accessible resource,
 * no new permission (`scripting` + the boards' host permissions, which the manifest already has).
 */

/** The sidebar bundle (entrypoints/job-ui.tsx, an unlisted script). */
export const JOB_UI_FILE = '/job-ui.js';
/** The list badges bundle (entrypoints/list-ui.ts, an unlisted script), injected on search/result lists. */
export const LIST_UI_FILE = '/list-ui.js';

/** The frame to inject into, from what the browser says about the sender (never from the payload). */
export interface InjectTarget {
  readonly tabId: number;
  readonly frameId: number;
  /** The sender's document (Chromium ≥ 106); null where the browser does not say (Firefox). */
  readonly documentId: string | null;
}

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Where `injectJobUi` may inject, or null: only for a content script (never an extension page, never a sender the
 * background cannot identify) in a tab's frame whose URL is on a board the manifest lists — the hosts the detector
 * runs on and the extension holds host permissions for. Pure; tests/messaging/inject-ui.test.ts.
 */
export function jobUiTarget(trust: SenderTrust, sender: Runtime.MessageSender | undefined): InjectTarget | null {
  if (trust !== 'content-script' || !sender) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!isIndex(tabId) || !isIndex(frameId)) return null;
  if (!sender.url || detectBoard(sender.url) === null || !onListedBoard(sender.url)) return null;
  const documentId = (sender as { documentId?: unknown }).documentId;
  return { tabId, frameId, documentId: typeof documentId === 'string' && documentId.length > 0 && documentId.length <= 200 ? documentId : null };
}

/** The slice of `browser.scripting` the injector uses (a fake in tests). */
export interface ScriptingLike {
  executeScript(injection: {
    target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
    files?: string[];
    func?: (key: string) => unknown;
    args?: unknown[];
  }): Promise<ReadonlyArray<{ result?: unknown }>>;
}

/** Marks, in the frame's isolated world, that the sidebar was asked for; false when it already was. */
export const UI_CLAIM_KEY = '__pathwayLensJobUiClaimed';
/** The same mark for the list badges (a frame may get both: a list with a job open beside it). */
export const LIST_UI_CLAIM_KEY = '__pathwayLensListUiClaimed';
function claimJobUi(key: string): boolean {
  const w = window as unknown as Record<string, unknown>;
  if (w[key] === true) return false;
  w[key] = true;
  return true;
}

function releaseJobUi(key: string): void {
  delete (window as unknown as Record<string, unknown>)[key];
}

/** How many documents the background remembers having injected into (oldest forgotten first). */
const REMEMBERED_DOCUMENTS = 500;

/**
 * Injects the sidebar at most once per (tab, frame, document). With a documentId (Chromium) the background remembers
 * the documents it injected into, and targets that very document (`documentIds`), so a tab that moved on to another
 * page in the meantime gets nothing. Without one (Firefox), the frame's isolated world is asked first (`claimJobUi`):
 * a second request for the same document is a no-op, a new document of the same frame is a new world. Either way the
 * sidebar's own guard (lib/job-page/job-page.ts) is the backstop: a second injection never mounts a second sidebar.
 * MV3 may stop the worker between messages, so the memory is only a shortcut, never relied on.
 */
export function createUiInjector(scripting: ScriptingLike, file: string = JOB_UI_FILE, claimKey: string = UI_CLAIM_KEY): (target: InjectTarget) => Promise<Result<null>> {
  const injected = new Set<string>();
  return async ({ tabId, frameId, documentId }) => {
    const key = documentId === null ? null : `${tabId}:${frameId}:${documentId}`;
    if (key !== null && injected.has(key)) return ok(null);
    try {
      if (key !== null) {
        injected.add(key);
        if (injected.size > REMEMBERED_DOCUMENTS) injected.delete(injected.values().next().value as string);
        await scripting.executeScript({ target: { tabId, documentIds: [documentId as string] }, files: [file] });
      } else {
        const [claim] = await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: claimJobUi, args: [claimKey] });
        if (claim?.result !== true) return ok(null);
        try {
          await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
        } catch (err) {
          // Not injected after all: let the next request try again.
          await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: releaseJobUi, args: [claimKey] }).catch(() => undefined);
          throw err;
        }
      }
      return ok(null);
    } catch (err) {
      if (key !== null) injected.delete(key);
      return fail('unavailable', `${file === JOB_UI_FILE ? 'The sidebar' : 'Pathway Lens'} could not be added to this page (${err instanceof Error ? err.message : String(err)}).`);
    }
  };
}
