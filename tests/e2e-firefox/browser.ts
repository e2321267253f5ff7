/**
 * Which Firefox the Firefox browser tests drive, and what to say when there is none. No puppeteer import here:
 * scripts/test-all.ts reads it in its precheck.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

const CANDIDATES = ['firefox-esr', 'firefox'];

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** `FIREFOX_PATH` when set, else what `command -v firefox-esr` (then `firefox`) finds; null when there is none. */
export function firefoxPath(): string | null {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/** The one line shown when Firefox is missing. */
export function firefoxMissingMessage(): string {
  return process.env.FIREFOX_PATH
    ? `Firefox not found at FIREFOX_PATH=${process.env.FIREFOX_PATH}`
    : 'Firefox not found (firefox-esr or firefox on PATH, or FIREFOX_PATH) — install it with: sudo apt-get install -y firefox-esr';
}
