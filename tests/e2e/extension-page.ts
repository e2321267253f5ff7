/**
 * What the browser tests do from an extension page (popup, dashboard): send a message as the product's client does,
 * run axe-core, and wait for a condition. One place, so every test speaks the same envelope and runs axe the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** A call through the extension's messaging (@webext-core/messaging's envelope) from an extension page: its value, or it throws. */
export async function sendMessage<T>(page: Page, type: string, data?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ([t, d]) => (await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: t, timestamp: Date.now(), data: d })) as { res?: { ok: boolean; value?: unknown; error?: { message: string } } },
    [type, data] as const,
  );
  if (!answer.res?.ok) throw new Error(`${type} failed: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.res.value as T;
}

/** axe-core's violations on the page as `rule: target — help` lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Extension pages forbid inline scripts (CSP script-src 'self'), so page.addScriptTag({ content }) is blocked
  // there; evaluating the source through DevTools is not subject to the page's CSP.
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
  });
}

/** Polls `probe` until it gives a value (returned), or throws after `timeoutMs` naming `what`. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
