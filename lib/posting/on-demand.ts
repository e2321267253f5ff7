import type { GapReport } from '../analysis/gap-report';
import { plainTextToBlocks } from '../capture/block-builder';
import type { CaptureFailure, CapturedPosting } from '../capture/capture-result';
import { CaptureResultSchema } from '../capture/capture-result-schema';
import { PostingIdSchema, type SavePostingInput } from '../storage/schemas';
import { analyze, PASTED_BOARD, toSaveInput, type PostingText } from './flow';

/**
 * On-demand analysis in the popup: "Analyze this page" (a capture run in every frame of the tab) and
 * "paste a posting". Both go through the posting flow (./flow.ts) the sidebar uses, and can be saved like
 * any posting. This module pulls in the analyser (lexicon, fuse.js): the popup loads it lazily, on first use.
 */

/** A posting the popup analysed, ready to show and to save. */
export interface AnalyzedPosting {
  readonly input: SavePostingInput;
  readonly report: GapReport;
  readonly source: 'page' | 'paste';
}

export interface FrameResult {
  readonly frameId: number;
  readonly result?: unknown;
}

const SOURCE_RANK: Readonly<Record<CapturedPosting['source'], number>> = { jsonld: 0, board: 1, generic: 2 };

/**
 * The best posting among the frames' captures: structured sources (JSON-LD, a board adapter, e.g. an
 * embedded Greenhouse frame) before the generic heuristic; then the longer description; then the top frame.
 * Every result is validated: a page's frames are not trusted.
 */
export function pickCapture(results: readonly FrameResult[]): { ok: true; posting: CapturedPosting; frameId: number } | { ok: false; reason: CaptureFailure['reason'] } {
  let best: { posting: CapturedPosting; frameId: number } | null = null;
  // The most telling failure when no frame has a posting: a posting without its description shown, then one loading.
  let failure: CaptureFailure['reason'] = 'no-posting';
  for (const r of results) {
    const parsed = CaptureResultSchema.safeParse(r.result);
    if (!parsed.success) continue;
    if (!parsed.data.ok) {
      if (parsed.data.reason === 'no-description' || (parsed.data.reason === 'loading' && failure === 'no-posting')) failure = parsed.data.reason;
      continue;
    }
    const p = parsed.data.posting;
    if (!best) {
      best = { posting: p, frameId: r.frameId };
      continue;
    }
    const a = SOURCE_RANK[p.source] - SOURCE_RANK[best.posting.source];
    const longer = p.descriptionText.length - best.posting.descriptionText.length;
    if (a < 0 || (a === 0 && (longer > 0 || (longer === 0 && r.frameId < best.frameId)))) best = { posting: p, frameId: r.frameId };
  }
  return best ? { ok: true, ...best } : { ok: false, reason: failure };
}

function httpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Analyses a captured posting and prepares it for saving; null when it has no address or id that can be saved. */
export function analyzeCapture(posting: CapturedPosting): AnalyzedPosting | null {
  const url = httpUrl(posting.url);
  if (!url || !PostingIdSchema.safeParse(posting.jobKey).success) return null;
  const text: PostingText = { ...posting, url };
  const report = analyze(text);
  return { source: 'page', report, input: toSaveInput(text, report) };
}

export { PASTED_BOARD };
/** Pasted postings have no address of their own; this reserved (.invalid) one is never shown as a link. */
export const PASTED_URL_BASE = 'https://pasted.pathway-lens.invalid/';
export const PASTE_MAX_CHARS = 100_000;

/** Same text (ignoring spacing and case) → same id, so pasting a posting twice saves it once. */
export async function pastedPostingId(text: string): Promise<string> {
  const normalized = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalized));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `pasted:${hex.slice(0, 24)}`;
}

/** A title for a pasted posting: the user's, else the text's first short line. */
export function pastedTitle(text: string, title: string): string {
  const given = title.trim();
  if (given) return given.slice(0, 200);
  const first = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return first && first.length <= 120 ? first : 'Pasted posting';
}

export interface PasteInput {
  readonly text: string;
  readonly title: string;
  readonly company: string;
  /** Where the posting was found, when the user knows; optional. */
  readonly url: string;
}

export async function analyzePasted(paste: PasteInput): Promise<AnalyzedPosting | null> {
  const text = paste.text.slice(0, PASTE_MAX_CHARS);
  if (text.trim().length === 0) return null;
  const id = await pastedPostingId(text);
  const given = paste.url.trim() ? httpUrl(paste.url.trim()) : null;
  const posting: PostingText = {
    jobKey: id,
    url: given ?? `${PASTED_URL_BASE}${id.slice('pasted:'.length)}`,
    board: PASTED_BOARD,
    title: pastedTitle(text, paste.title),
    company: paste.company.trim().slice(0, 200) || null,
    location: null,
    descriptionText: text,
    descriptionBlocks: plainTextToBlocks(text),
  };
  const report = analyze(posting);
  return { source: 'paste', report, input: toSaveInput(posting, report) };
}
