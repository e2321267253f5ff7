/**
 * What the browser tests do from an extension page (popup, dashboard): send a message as the product's client does,
 * run axe-core, and wait for a condition. One place, so every test speaks the same envelope and runs axe the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { REPO_ROOT, type ExtensionSession } from './harness';

/** The slice of the extension API used inside `evaluate` (runs in an extension page, not in Node). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

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

/** The extension's service worker through CDP: stopped as the browser stops an idle MV3 worker. */
export class WorkerControl {
  private status = 'unknown';
  private constructor(
    readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
      const last = e.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)).at(-1);
      if (last) this.status = last.runningStatus;
    });
  }

  static async attach(session: ExtensionSession, page: Page): Promise<WorkerControl> {
    const control = new WorkerControl(await session.context.newCDPSession(page), session.extensionId);
    await control.cdp.send('ServiceWorker.enable');
    return control;
  }

  /** Stops the worker and waits until it has stopped (stopping it again if something woke it meanwhile). */
  async stop(): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (let attempt = 0; this.status !== 'stopped'; attempt++) {
      if (Date.now() > deadline) throw new Error(`service worker still "${this.status}"`);
      if (attempt % 10 === 0) await this.cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Asks the browser to start the worker (what an event does); the caller waits for it to answer a message. */
  async start(): Promise<void> {
    await this.cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${this.extensionId}/` }).catch(() => undefined);
  }
}

/**
 * Wakes the service worker with a message, as a page's next message would. A message sent while the worker is still
 * shutting down after a stop is refused ("Receiving end does not exist"): it is sent again until one is answered, and
 * with `worker`, the browser is asked to start it (CDP) when messages alone have not for a while (seen under load).
 */
export async function wakeWorker(page: Page, worker?: WorkerControl): Promise<void> {
  const started = Date.now();
  let asked = 0;
  await until(
    'the service worker to answer',
    async () => {
      if (worker && Date.now() - started > 2_000 * (asked + 1)) {
        asked++;
        await worker.start();
      }
      return page.evaluate(() => chrome.runtime.sendMessage({ id: 1, type: 'getReanalysisStatus', timestamp: Date.now(), data: undefined }).then(() => true, () => false));
    },
    30_000,
    100,
  );
}

/**
 * A profile as an update finds it: `items` written to storage.local, then the worker stopped and a new one started on
 * it. What runs at a worker's start (migration check, re-analysis, the follow-up badge) sees the write only in a worker
 * started after it: the write is not the writer's, so a worker already running would not react to it.
 */
export async function seedStoppedProfile(worker: WorkerControl, page: Page, items: Record<string, unknown>): Promise<void> {
  await page.evaluate((i) => chrome.storage.local.set(i), items);
  await worker.stop();
  await wakeWorker(page, worker);
}
