import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Browser } from 'happy-dom';
import type { PostingInput } from '../lib/analysis/analyze-posting';
import type { PostingBlock } from '../lib/analysis/sections';

/**
 * Reads a posting file for the command-line tools: `.txt` (optionally with `key: value` header
 * lines and a blank line) or `.html` (a saved job page; for now its visible text — the page-capture
 * code of the job-page issue plugs in here later). Bad input throws PostingFileError, whose message
 * is one line meant for stderr.
 */
export class PostingFileError extends Error {
  override name = 'PostingFileError';
}

/** Postings are a few KB; a saved page is < 1 MB. Anything above is not a posting. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const HEADER_KEYS = new Set(['title', 'company', 'location', 'board', 'url']);

function decodeText(buf: Buffer, path: string): string {
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new PostingFileError(`${path}: binary file (contains NUL bytes), expected a .txt or .html posting`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw new PostingFileError(`${path}: not valid UTF-8 text, expected a .txt or .html posting`);
  }
}

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

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'BUTTON', 'SELECT', 'CANVAS', 'OBJECT']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'TD', 'TH',
  'DL', 'DT', 'DD', 'BR', 'HR', 'BLOCKQUOTE', 'PRE', 'FORM', 'FIGURE', 'FIGCAPTION', ...HEADING_TAGS,
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

function hidden(el: DomNode): boolean {
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Visible text of a document as blocks: headings, list items, paragraphs. Iterative, depth-bounded. */
export function visibleBlocks(root: DomNode): PostingBlock[] {
  const blocks: PostingBlock[] = [];
  let buf = '';
  let type: PostingBlock['type'] = 'paragraph';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ type, text: t });
    buf = '';
    type = 'paragraph';
  };
  // Explicit stack of (node, exiting) so deep or hostile DOMs cannot overflow the call stack.
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    const { node, exit } = top;
    const isBlock = BLOCK_TAGS.has(node.nodeName);
    if (exit) {
      if (isBlock) flush();
      continue;
    }
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP_TAGS.has(node.nodeName) || hidden(node)) continue;
    if (isBlock) {
      flush();
      if (HEADING_TAGS.has(node.nodeName)) type = 'heading';
      else if (node.nodeName === 'LI') type = 'listItem';
    }
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push({ node: k, exit: false });
    }
  }
  flush();
  return blocks;
}

async function parseHtmlPosting(html: string, url?: string | null): Promise<PostingInput> {
  const browser = new Browser({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const page = browser.newPage();
    page.content = html;
    const doc = page.mainFrame.document;
    const blocks = visibleBlocks(doc.body as unknown as DomNode);
    const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
    const title = h1 || doc.title.replace(/\s+/g, ' ').trim() || null;
    return { title, company: null, location: null, board: null, url: url ?? null, text: blocks.map((b) => b.text).join('\n'), blocks };
  } finally {
    await browser.close();
  }
}

export async function readPostingFile(path: string, url?: string | null): Promise<PostingInput> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new PostingFileError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof PostingFileError) throw e;
    throw new PostingFileError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size === 0) throw new PostingFileError(`${path}: empty file`);
  if (size > MAX_FILE_BYTES) {
    throw new PostingFileError(`${path}: file too large (${(size / 1024 / 1024).toFixed(1)} MB; a posting is at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  const content = decodeText(await readFile(path), path);
  if (content.trim() === '') throw new PostingFileError(`${path}: empty file (only whitespace)`);
  const ext = extname(path).toLowerCase();
  const input = ext === '.html' || ext === '.htm' ? await parseHtmlPosting(content, url) : parseTextPosting(content, url);
  if (input.text.trim() === '') throw new PostingFileError(`${path}: no posting text found`);
  return input;
}
