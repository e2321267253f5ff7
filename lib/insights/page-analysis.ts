import { analyzePosting } from '../analysis/analyze-posting';
import type { GapReport } from '../analysis/gap-report';
import { plainTextToBlocks } from '../capture/block-builder';
import type { CapturedPosting } from '../capture/capture-result';
import { CaptureResultSchema } from '../capture/capture-result-schema';
import { PostingIdSchema, type SavePostingInput } from '../storage/schemas';

/**
 * On-demand analysis in the popup: "Analyze this page" (a capture run in every frame of the tab) and
 * "paste a posting". Both end in the same shape the sidebar's report has, and can be saved like any posting.
 * This module pulls in the analyser (lexicon, fuse.js): the popup loads it lazily, on first use.
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
export function pickCapture(results: readonly FrameResult[]): { ok: true; posting: CapturedPosting; frameId: number } | { ok: false; reason: 'no-posting' | 'loading' } {
  let best: { posting: CapturedPosting; frameId: number } | null = null;
  let loading = false;
  for (const r of results) {
    const parsed = CaptureResultSchema.safeParse(r.result);
    if (!parsed.success) continue;
    if (!parsed.data.ok) {
      if (parsed.data.reason === 'loading') loading = true;
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
  return best ? { ok: true, ...best } : { ok: false, reason: loading ? 'loading' : 'no-posting' };
}

const BOARD_IDS = new Set(['linkedin', 'indeed', 'greenhouse', 'lever', 'workday', 'ashby', 'smartrecruiters', 'glassdoor', 'wellfound']);

function httpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Analyses a captured posting and prepares it for saving (its jobKey is the posting id). */
export function analyzeCapture(posting: CapturedPosting): AnalyzedPosting | null {
  const url = httpUrl(posting.url);
  const id = PostingIdSchema.safeParse(posting.jobKey);
  if (!url || !id.success) return null;
  const report = analyzePosting({
    title: posting.title,
    company: posting.company,
    location: posting.location,
    board: posting.board,
    url,
    text: posting.descriptionText,
    blocks: posting.descriptionBlocks,
  });
  return {
    source: 'page',
    report,
    input: {
      jobKey: id.data,
      url,
      board: BOARD_IDS.has(posting.board) ? posting.board : 'other',
      title: posting.title.slice(0, 500),
      company: posting.company?.slice(0, 500) ?? null,
      location: posting.location?.slice(0, 500) ?? null,
      report,
      description: posting.descriptionText.slice(0, 200_000),
    },
  };
}

/** Postings pasted into the popup are saved with this board id and a stable `pasted:<hash>` id. */
export const PASTED_BOARD = 'pasted';
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
  const title = pastedTitle(text, paste.title);
  const company = paste.company.trim().slice(0, 200) || null;
  const given = paste.url.trim() ? httpUrl(paste.url.trim()) : null;
  const url = given ?? `${PASTED_URL_BASE}${id.slice('pasted:'.length)}`;
  const report = analyzePosting({ title, company, board: PASTED_BOARD, url: given, text, blocks: plainTextToBlocks(text) });
  return {
    source: 'paste',
    report,
    input: { jobKey: id, url, board: PASTED_BOARD, title, company, location: null, report, description: text },
  };
}
