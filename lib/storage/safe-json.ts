/**
 * Parses a JSON file the user picked, which may be hostile: bounded size, depth and node count, and no
 * key that could reach a prototype (`__proto__`, `constructor`, `prototype`) anywhere in it.
 * JSON.parse itself defines `__proto__` as a plain own property; we still refuse such files so no later
 * spread or assignment can give it effect.
 */

/**
 * The largest export file the import reads (the dashboard parses it and sends it to the background in chunks:
 * lib/storage/transfer-client.ts). 5,000 board-length postings with their full descriptions are a ~60 MiB file.
 */
export const IMPORT_MAX_CHARS = 128 * 1024 * 1024;
/** The largest file sent whole in one message (`previewImport` / `applyImport` with `{ text }`: tools and tests). */
export const IMPORT_MESSAGE_MAX_CHARS = 12 * 1024 * 1024;
const MAX_DEPTH = 64;
/** Nodes (values, keys) allowed: at least this many, else one per 8 characters allowed (real files have ~40). */
const MIN_NODES = 2_000_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseUntrustedJson(text: unknown, maxChars = IMPORT_MAX_CHARS): SafeJsonResult {
  if (typeof text !== 'string') return { ok: false, message: 'The file is not text.' };
  if (text.length > maxChars) return { ok: false, message: `The file is too large (over ${Math.round(maxChars / 1024 / 1024)} MB).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON.' };
  }
  const problem = hostileJson(value, Math.max(MIN_NODES, Math.floor(maxChars / 8)));
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

/**
 * Why a parsed value is refused (too deep, too many nodes, a forbidden key), or null. Iterative, so a deeply nested
 * file cannot overflow the stack; only objects and arrays are stacked (a file is mostly strings and numbers), and
 * nodes are counted as they are stacked, so the stack never outgrows the bound.
 */
function hostileJson(value: unknown, maxNodes: number): string | null {
  if (value === null || typeof value !== 'object') return null;
  const stack: object[] = [value];
  const depths: number[] = [0];
  let nodes = 1;
  while (stack.length > 0) {
    const node = stack.pop() as object;
    const depth = depths.pop() as number;
    if (depth > MAX_DEPTH) return 'The file is nested too deeply.';
    if (Array.isArray(node)) {
      nodes += node.length;
      if (nodes > maxNodes) return 'The file has too many entries.';
      for (const child of node as unknown[]) {
        if (child !== null && typeof child === 'object') {
          stack.push(child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const keys = Object.keys(node);
    nodes += keys.length;
    if (nodes > maxNodes) return 'The file has too many entries.';
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `The file contains a forbidden key "${key}".`;
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return null;
}
