import { extname } from 'node:path';
import { capturePosting } from '../lib/capture/capture-posting';
import { blocksToText } from '../lib/capture/capture-result';
import { elementToBlocks } from '../lib/capture/dom-to-blocks';
import { closeHtmlDocument, loadHtmlPage } from './load-html-document';
import type { PostingInput } from '../lib/analysis/analyze-posting';
import { analysisInput } from '../lib/posting/flow';
import { checkedFileBytes, decodeUtf8Text, nonBlankText } from './read-text-file';

/**
 * Reads a posting file for the command-line tools: `.txt` (optionally with `key: value` header
 * lines and a blank line) or `.html` (a saved job page, read by the extension's page capture). Bad input throws PostingFileError, whose message
 * is one line meant for stderr.
 */
export class PostingFileError extends Error {
  override name = 'PostingFileError';
}

/** Postings are a few KB; a saved page is < 1 MB. Anything above is not a posting. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const HEADER_KEYS = new Set(['title', 'company', 'location', 'board', 'url']);

const postingError = (message: string): PostingFileError => new PostingFileError(message);

/** Splits `key: value` header lines (up to the first blank line) from the posting body. */
export function parseTextPosting(content: string, url?: string | null): PostingInput {
  const text = content.replace(/\r\n?/g, '\n');
  const fields: Record<string, string> = {};
  const lines = text.split('\n', 40);
  let bodyStart = 0;
  let header = lines.length > 0 && /^[a-z][a-z _-]{0,30}:\s/i.test(lines[0] ?? '');
  if (header) {
    let offset = 0;
    header = false;
    for (const line of lines) {
      offset += line.length + 1;
      if (line.trim() === '') {
        header = true;
        bodyStart = offset;
        break;
      }
      const m = /^([a-z][a-z _-]{0,30}):\s?(.*)$/i.exec(line);
      if (!m) break;
      const key = (m[1] ?? '').trim().toLowerCase();
      if (HEADER_KEYS.has(key)) fields[key] = (m[2] ?? '').trim();
    }
    if (!header) bodyStart = 0;
  }
  const body = header ? text.slice(bodyStart) : text;
  return {
    title: header ? (fields.title ?? null) : null,
    company: header ? (fields.company ?? null) : null,
    location: header ? (fields.location ?? null) : null,
    board: header ? (fields.board ?? null) : null,
    url: url ?? (header ? (fields.url ?? null) : null),
    text: body,
  };
}

/** A fragment or an unrecognised page: its visible text, so the analysis still has something to read. */
function wholePageText(doc: Document, url?: string | null): PostingInput {
  const blocks = doc.body ? elementToBlocks(doc.body) : [];
  const title = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) || null;
  return { title, company: null, location: null, board: 'generic', url: url ?? null, text: blocksToText(blocks), blocks };
}

/**
 * A saved job page goes through the same capture as the content script (JSON-LD → board adapter → generic),
 * so the CLI reports what the extension would see on that page.
 */
async function parseHtmlPosting(html: string, url?: string | null): Promise<PostingInput> {
  let page: { doc: Document; url: URL };
  try {
    page = loadHtmlPage(html, url);
  } catch {
    throw new PostingFileError(`--url ${String(url).slice(0, 200)}: not a valid URL`);
  }
  try {
    const result = capturePosting(page.doc, page.url);
    return result.ok ? analysisInput(result.posting) : wholePageText(page.doc, url);
  } finally {
    await closeHtmlDocument(page.doc);
  }
}

export async function readPostingFile(path: string, url?: string | null): Promise<PostingInput> {
  const bytes = await checkedFileBytes(path, MAX_FILE_BYTES, postingError, `a posting is at most ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const content = nonBlankText(decodeUtf8Text(bytes, path, 'a .txt or .html posting', postingError), path, postingError);
  const ext = extname(path).toLowerCase();
  const input = ext === '.html' || ext === '.htm' ? await parseHtmlPosting(content, url) : parseTextPosting(content, url);
  if (input.text.trim() === '') throw new PostingFileError(`${path}: no posting text found`);
  return input;
}
