import { listBoardOf, type ListBoard } from '../capture/job-key';
import { LIST_PAGE_GUARD, runningJobPage } from '../job-page/detector';
import type { Result } from '../storage/result';
import type { BadgeLayer, Placement } from './badge-layer';
import { CARD_BADGES_MAX_KEYS, type CardBadge } from './badge-text';
import { findCards } from './card-keys';

/**
 * The list badges at work in a search/result list page (`list-ui.js`, entrypoints/list-ui.ts, injected by the
 * background when the job-page detector saw a list URL): finds the job cards, asks the background about their keys
 * only (`getCardBadges`, at most CARD_BADGES_MAX_KEYS per message), and keeps the badges on their cards while the list
 * scrolls, virtualises (LinkedIn empties and refills cards that leave the view) and paginates (the list replaced
 * in-app).
 *
 * Bounded work: a MutationObserver and scroll/resize listeners only mark what is due; one animation frame does it
 * (a card scan at most every SCAN_GAP_MS, each looking at CARDS_SCANNED_MAX elements at most; then the positions).
 * Answers are remembered per key (at most KNOWN_MAX) until storage says something changed: a posting saved or its
 * status changed in another tab, a new analysis, progress (readiness moves) or the settings (the per-board switch).
 * Off for the board: no badge, no observer. Navigation to a page that is no list: the same. Stops for good when its
 * extension context goes (reload, update) or a newer injection takes over (the guard on `window`, as the sidebar's).
 */

export interface ListBadgesDeps {
  readonly win: Window;
  readonly layer: BadgeLayer;
  readonly fetch: (board: ListBoard, jobKeys: string[]) => Promise<Result<{ enabled: boolean; badges: CardBadge[] }>>;
  /** Adds a listener removed when the context ends (WXT's `ctx.addEventListener`). */
  readonly listen: (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => void;
  /** Aborted when the extension context ends (WXT's `ctx.signal`). */
  readonly signal: AbortSignal;
  /** Calls back with the keys of each local storage change; returns the unsubscribe. */
  readonly onStorageChange: (listener: (keys: string[]) => void) => () => void;
}

export interface ListBadges {
  /** Drops every answer and asks again (a storage change). */
  refresh(): void;
  stop(): void;
}

const SCAN_GAP_MS = 120;
const KNOWN_MAX = 5_000;
const STORAGE_DEBOUNCE_MS = 100;

/** Which storage changes can change a badge (lib/storage/keys.ts). */
export function concernsBadges(keys: readonly string[]): boolean {
  return keys.some((k) => k === 'settings' || k === 'analysed' || k.startsWith('posting:') || k.startsWith('progress:') || k.startsWith('index:'));
}

export function startListBadges(d: ListBadgesDeps): ListBadges {
  const { win, layer } = d;
  const doc = win.document;
  runningJobPage(win, LIST_PAGE_GUARD)?.retire();

  let board: ListBoard | null = null;
  let enabled = true;
  let stopped = false;
  /** Answers by key: the badge, or null (neither saved nor analysed). */
  let known = new Map<string, CardBadge | null>();
  /** Bumped by each refresh: answers to older questions are dropped. */
  let generation = 0;
  const asking = new Set<string>();
  let cards = new Map<string, Element>();
  let frame = 0;
  let scanDue = false;
  let lastScan = -Infinity;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  let storageTimer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver(() => want(true));
  let observing = false;
  const observe = (on: boolean) => {
    if (on && !observing && doc.body) {
      observer.observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-occludable-job-id', 'data-job-id', 'data-jk', 'href'] });
      observing = true;
    } else if (!on && observing) {
      observer.disconnect();
      observing = false;
    }
  };

  function want(scan: boolean): void {
    if (stopped || board === null || !enabled) return;
    if (scan) scanDue = true;
    if (frame === 0) frame = win.requestAnimationFrame(run);
  }

  function run(): void {
    frame = 0;
    if (stopped || board === null || !enabled) return;
    if (scanDue) {
      const since = performance.now() - lastScan;
      if (since >= SCAN_GAP_MS) {
        scanDue = false;
        lastScan = performance.now();
        cards = findCards(doc, board, win.location.href);
        ask([...cards.keys()].filter((k) => !known.has(k) && !asking.has(k)));
      } else if (scanTimer === undefined) {
        scanTimer = setTimeout(() => {
          scanTimer = undefined;
          want(false);
        }, SCAN_GAP_MS - since);
      }
    }
    draw();
  }

  function draw(): void {
    const placements: Placement[] = [];
    for (const [key, card] of cards) {
      const badge = known.get(key);
      if (badge) placements.push({ key, badge, card });
    }
    layer.sync(placements);
  }

  function ask(keys: string[]): void {
    const on = board;
    if (keys.length === 0 || on === null) return;
    const asked = generation;
    for (let i = 0; i < keys.length; i += CARD_BADGES_MAX_KEYS) {
      const chunk = keys.slice(i, i + CARD_BADGES_MAX_KEYS);
      chunk.forEach((k) => asking.add(k));
      void d.fetch(on, chunk).then((answer) => {
        chunk.forEach((k) => asking.delete(k));
        if (stopped || asked !== generation || board !== on) return;
        if (!answer.ok) return; // The background is gone or refused: the next change asks again.
        if (!answer.value.enabled) {
          setEnabled(false);
          return;
        }
        if (known.size + chunk.length > KNOWN_MAX) known = new Map();
        const byKey = new Map(answer.value.badges.map((b) => [b.jobKey, b]));
        for (const k of chunk) known.set(k, byKey.get(k) ?? null);
        want(false);
      });
    }
  }

  function setEnabled(on: boolean): void {
    enabled = on;
    if (!on) {
      layer.clear();
      observe(false);
    }
  }

  /** Where the page is now: a list of this frame's board (badges follow it), or not (none). */
  function locate(): void {
    if (stopped) return;
    const next = listBoardOf(win.location.href);
    if (next !== board) {
      board = next;
      known = new Map();
      generation++;
      cards = new Map();
      layer.clear();
    }
    if (board === null) {
      observe(false);
      return;
    }
    // The list may have been replaced in-app (pagination): scan it and ask about the cards shown.
    refresh();
  }

  /**
   * Asks again about every card shown (storage changed): the badges drawn stay until their new answers replace them,
   * so a change elsewhere does not make them blink.
   */
  function refresh(): void {
    if (stopped || board === null) return;
    generation++;
    asking.clear();
    enabled = true;
    known = new Map([...known].filter(([k]) => cards.has(k)));
    observe(true);
    ask([...cards.keys()]);
    want(true);
  }

  const position = () => want(false);
  d.listen(win, 'scroll', position, { capture: true, passive: true });
  d.listen(win, 'resize', position, { passive: true });
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) d.listen(navigation, 'currententrychange', locate);
  d.listen(win, 'wxt:locationchange', locate);
  const unsubscribe = d.onStorageChange((keys) => {
    if (!concernsBadges(keys)) return;
    clearTimeout(storageTimer);
    storageTimer = setTimeout(refresh, STORAGE_DEBOUNCE_MS);
  });

  function stop(): void {
    if (stopped) return;
    stopped = true;
    observe(false);
    if (frame !== 0) win.cancelAnimationFrame(frame);
    clearTimeout(scanTimer);
    clearTimeout(storageTimer);
    try {
      unsubscribe();
    } catch {
      // The extension context is already gone.
    }
    layer.clear();
  }
  d.signal.addEventListener('abort', stop, { once: true });

  (win as unknown as Record<string, unknown>)[LIST_PAGE_GUARD] = { live: () => !stopped && !d.signal.aborted, retire: stop };
  locate();
  return { refresh, stop };
}
