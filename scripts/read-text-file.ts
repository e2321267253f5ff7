import { open, stat } from 'node:fs/promises';

/**
 * The file checks the command-line readers share (postings, résumés). Each reader passes its own error
 * constructor, so what it throws — and the one-line message meant for stderr — stays its own.
 */
export type MakeError = (message: string) => Error;

const errorCode = (e: unknown): string => (e as NodeJS.ErrnoException | undefined)?.code ?? 'error';

/** Reads at most `size` bytes (the size stat() reported; a file growing meanwhile is cut there). */
async function readBytes(path: string, size: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const { bytesRead } = await fh.read(buf, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } finally {
    await fh.close();
  }
}

/**
 * The bytes of a regular, non-empty file of at most `maxBytes`: the size is checked with stat() before
 * anything is read, then at most that many bytes are read. `what` ends the "too large" message, after the
 * file's size: e.g. "a posting is at most 5 MB".
 */
export async function checkedFileBytes(path: string, maxBytes: number, makeError: MakeError, what: string): Promise<Uint8Array> {
  const st = await stat(path).catch((e: unknown) => {
    throw makeError(`${path}: cannot read file (${errorCode(e)})`);
  });
  if (!st.isFile()) throw makeError(`${path}: not a regular file`);
  const size = st.size;
  if (size === 0) throw makeError(`${path}: empty file`);
  if (size > maxBytes) throw makeError(`${path}: file too large (${(size / 1024 / 1024).toFixed(1)} MB; ${what})`);
  try {
    return await readBytes(path, size);
  } catch (e) {
    throw makeError(`${path}: cannot read file (${errorCode(e)})`);
  }
}

/**
 * Strict UTF-8 text, a leading BOM dropped. A NUL byte in the first 8 KB marks a binary file. `expected`
 * ends both messages: e.g. "a .txt or .html posting".
 */
export function decodeUtf8Text(buf: Uint8Array, path: string, expected: string, makeError: MakeError): string {
  if (buf.subarray(0, 8192).includes(0)) throw makeError(`${path}: binary file (contains NUL bytes), expected ${expected}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    throw makeError(`${path}: not valid UTF-8 text, expected ${expected}`);
  }
}

/** `text` itself, unless it is only whitespace. */
export function nonBlankText(text: string, path: string, makeError: MakeError): string {
  if (text.trim() === '') throw makeError(`${path}: empty file (only whitespace)`);
  return text;
}
