/**
 * Parses a JSON file the user picked, which may be hostile: bounded size, depth and node count, and no
 * key that could reach a prototype (`__proto__`, `constructor`, `prototype`) anywhere in it.
 * JSON.parse itself defines `__proto__` as a plain own property; we still refuse such files so no later
 * spread or assignment can give it effect.
 */
export const IMPORT_MAX_CHARS = 12 * 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_NODES = 2_000_000;
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
  // Iterative walk: a deeply nested file cannot overflow the stack.
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (++nodes > MAX_NODES) return { ok: false, message: 'The file has too many entries.' };
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_DEPTH) return { ok: false, message: 'The file is nested too deeply.' };
    if (Array.isArray(node)) {
      for (const child of node) stack.push({ node: child, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { ok: false, message: `The file contains a forbidden key "${key}".` };
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return { ok: true, value };
}
