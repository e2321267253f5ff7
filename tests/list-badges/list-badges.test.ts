// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListBoard } from '../../lib/capture/job-key';
import { LIST_PAGE_GUARD, runningJobPage } from '../../lib/job-page/detector';
import type { BadgeLayer, Placement } from '../../lib/list-badges/badge-layer';
import { CARD_BADGES_MAX_KEYS, type CardBadge } from '../../lib/list-badges/badge-text';
import { startListBadges } from '../../lib/list-badges/list-badges';

/**
 * The list badges' bookkeeping in a DOM (happy-dom), with the background and the drawing faked: which keys are asked
 * about, how often, in chunks of at most CARD_BADGES_MAX_KEYS; what is drawn after cards come and go, after a storage
 * change, with the board's switch off, after navigating away and after the context ends. Browser behaviour (positions,
 * occlusion, real hostnames) is tests/e2e/list-badges.e2e.ts.
 */

const LIST = 'https://www.linkedin.com/jobs/search/?keywords=ai';
/** Moves the test window to `url` (happy-dom: a same-document change to another origin, as no browser allows). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const slot = (id: number) => `<li data-occludable-job-id="${id}"><a href="/jobs/view/${id}/">Job ${id}</a></li>`;

function harness({ saved = new Set<string>(), enabled = () => true }: { saved?: Set<string>; enabled?: () => boolean } = {}) {
  goTo(LIST);
  const asked: string[][] = [];
  const drawn: string[][] = [];
  let cleared = 0;
  const layer: BadgeLayer = {
    sync: (placements: readonly Placement[]) => drawn.push(placements.map((p) => `${p.key}=${p.badge.readiness}`)),
    clear: () => void cleared++,
  };
  let storageListener: ((keys: string[]) => void) | null = null;
  const listeners: { target: EventTarget; type: string; listener: (e: Event) => void }[] = [];
  const controller = new AbortController();
  const fetch = vi.fn(async (_board: ListBoard, keys: string[]) => {
    asked.push(keys);
    const badges: CardBadge[] = keys.filter((k) => saved.has(k)).map((jobKey) => ({ jobKey, readiness: 50, language: null, status: 'saved' }));
    return { ok: true as const, value: { enabled: enabled(), badges: enabled() ? badges : [] } };
  });
  const badges = startListBadges({
    win: window,
    layer,
    fetch,
    listen: (target, type, listener) => {
      listeners.push({ target, type, listener });
      target.addEventListener(type, listener, { signal: controller.signal });
    },
    signal: controller.signal,
    onStorageChange: (l) => {
      storageListener = l;
      return () => (storageListener = null);
    },
  });
  return {
    asked,
    drawn,
    fetch,
    cleared: () => cleared,
    badges,
    controller,
    last: () => drawn[drawn.length - 1] ?? [],
    storage: (keys: string[]) => storageListener?.(keys),
    navigate: (url: string) => {
      goTo(url);
      for (const l of listeners) if (l.type === 'wxt:locationchange' || l.type === 'currententrychange') l.listener(new Event(l.type));
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('list badges: following the list with bounded work', () => {
  it('asks about the cards on the page in chunks of at most 200 keys, each key once, and draws the badges it gets back', async () => {
    document.body.innerHTML = `<ul id="l">${Array.from({ length: 450 }, (_, i) => slot(4100000000 + i)).join('')}</ul>`;
    const h = harness({ saved: new Set(['linkedin:4100000003', 'linkedin:4100000420']) });
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000003=50', 'linkedin:4100000420=50']));
    expect(h.asked.map((c) => c.length)).toEqual([200, 200, 50]);
    expect(h.asked.every((c) => c.length <= CARD_BADGES_MAX_KEYS)).toBe(true);
    expect(new Set(h.asked.flat()).size).toBe(450);

    // Cards added (infinite scroll): only the new ones are asked about; a card removed loses its badge.
    document.getElementById('l')!.insertAdjacentHTML('beforeend', slot(4100000999));
    document.querySelector('li[data-occludable-job-id="4100000003"]')!.remove();
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000420=50']));
    expect(h.asked.slice(3)).toEqual([['linkedin:4100000999']]);
    h.badges.stop();
  });

  it('a storage change asks again about the cards shown, keeping the badges drawn meanwhile; bookkeeping does not', async () => {
    document.body.innerHTML = `<ul>${slot(4100000001)}${slot(4100000002)}</ul>`;
    const saved = new Set(['linkedin:4100000001']);
    const h = harness({ saved });
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000001=50']));
    h.storage(['sync-status']);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fetch).toHaveBeenCalledTimes(1);
    saved.add('linkedin:4100000002');
    h.storage(['posting:linkedin:4100000002', 'index:3']);
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000001=50', 'linkedin:4100000002=50']));
    expect(h.fetch).toHaveBeenCalledTimes(2);
    const first = h.drawn.findIndex((d) => d.length > 0);
    expect(h.drawn.slice(first).some((d) => d.length === 0)).toBe(false); // once drawn, never blinked off
    h.badges.stop();
  });

  it('off for the board: clears and stops observing; on again after a settings change: back', async () => {
    document.body.innerHTML = `<ul id="l">${slot(4100000001)}</ul>`;
    let on = true;
    const h = harness({ saved: new Set(['linkedin:4100000001']), enabled: () => on });
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000001=50']));
    on = false;
    const clearedBefore = h.cleared();
    h.storage(['settings']);
    await vi.waitFor(() => expect(h.cleared()).toBeGreaterThan(clearedBefore));
    const calls = h.fetch.mock.calls.length;
    document.getElementById('l')!.insertAdjacentHTML('beforeend', slot(4100000002));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fetch).toHaveBeenCalledTimes(calls); // no observer, no questions
    on = true;
    h.storage(['settings']);
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000001=50']));
    h.badges.stop();
  });

  it('navigating away from the list clears the badges; the context ending stops everything and releases the guard', async () => {
    document.body.innerHTML = `<ul id="l">${slot(4100000001)}</ul>`;
    const h = harness({ saved: new Set(['linkedin:4100000001']) });
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000001=50']));
    expect(runningJobPage(window, LIST_PAGE_GUARD)?.live()).toBe(true);
    const clearedBefore = h.cleared();
    h.navigate('https://www.linkedin.com/feed/');
    expect(h.cleared()).toBeGreaterThan(clearedBefore);
    const calls = h.fetch.mock.calls.length;
    document.getElementById('l')!.insertAdjacentHTML('beforeend', slot(4100000002));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fetch).toHaveBeenCalledTimes(calls);
    h.navigate(LIST);
    await vi.waitFor(() => expect(h.last()).toEqual(['linkedin:4100000001=50']));
    h.controller.abort();
    expect(runningJobPage(window, LIST_PAGE_GUARD)?.live()).toBe(false);
    h.storage(['settings']);
    document.getElementById('l')!.insertAdjacentHTML('beforeend', slot(4100000003));
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fetch.mock.calls.flat(2)).not.toContain('linkedin:4100000003');
  });
});
