import { badgeLabel, badgeText, type CardBadge } from './badge-text';

/**
 * Draws the list badges in OUR shadow root (entrypoints/list-ui.ts: one host on `<html>`, closed in shipped builds),
 * never in the page's DOM: a badge is a fixed-position element over its card's bottom-right corner, so the page's
 * layout cannot move (nothing is inserted into it), and the page's scripts can neither read the badges nor hit-test
 * them (`pointer-events: none`: clicks reach the card beneath). Text only (`textContent`): nothing here is HTML.
 *
 * Each frame that needs it (scroll, resize, a card list change), `sync` measures every badged card first, then writes
 * every position (no read after a write). A badge shows only where its corner is really on screen and on its card:
 * the two points it covers must hit-test (`elementFromPoint`) to the card, so a card scrolled out of its list, under
 * the board's sticky header, a menu, a dialog or the sidebar hides its badge instead of floating over them. The
 * bottom-right corner first; where that is covered (a wide card under the sidebar), the bottom-left one.
 */
export const BADGES_CSS = `
:host { pointer-events: none !important; }
.pl-card-badge {
  position: fixed; top: 0; left: 0; z-index: 2147483646; pointer-events: none; box-sizing: border-box;
  max-width: 14em; padding: 1px 7px; border-radius: 9px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: 0;
  color: #fff; background: #35506e; box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.9), 0 1px 3px rgba(0, 0, 0, 0.25);
}
.pl-card-badge[data-saved] { background: #1f6f43; }
.pl-card-badge[hidden] { display: none; }
`;

/** Gap between the card's bottom-right corner and the badge, in CSS pixels. */
const INSET = 8;
/** Badges drawn at once (cards with a badge in the list; the rest wait for the next pass). */
export const BADGES_DRAWN_MAX = 200;

export interface Placement {
  readonly key: string;
  readonly badge: CardBadge;
  readonly card: Element;
}

export interface BadgeLayer {
  /** Shows exactly these badges, each on its card (the others are removed). */
  sync(placements: readonly Placement[]): void;
  clear(): void;
}

interface Drawn {
  el: HTMLElement;
  text: string;
  width: number;
  height: number;
}

export function createBadgeLayer(container: HTMLElement, doc: Document): BadgeLayer {
  const drawn = new Map<string, Drawn>();

  function draw(key: string, badge: CardBadge): Drawn {
    const text = badgeText(badge);
    let d = drawn.get(key);
    if (!d) {
      const el = doc.createElement('div');
      el.className = 'pl-card-badge';
      el.setAttribute('data-testid', 'card-badge');
      el.setAttribute('role', 'note');
      el.hidden = true;
      container.append(el);
      d = { el, text: '', width: 0, height: 0 };
      drawn.set(key, d);
    }
    if (d.text !== text || d.el.getAttribute('data-job-key') !== key) {
      const label = badgeLabel(badge);
      d.el.textContent = text;
      d.el.title = label;
      d.el.setAttribute('aria-label', label);
      d.el.setAttribute('data-job-key', key);
      d.el.setAttribute('data-readiness', badge.readiness === null ? '' : String(badge.readiness));
      d.el.setAttribute('data-status', badge.status ?? '');
      d.el.toggleAttribute('data-saved', badge.status !== null);
      d.text = text;
      d.width = 0;
    }
    return d;
  }

  const onCard = (card: Element, x: number, y: number): boolean => {
    const hit = doc.elementFromPoint(x, y);
    return hit !== null && (hit === card || card.contains(hit));
  };

  return {
    sync(placements) {
      const wanted = new Set<string>();
      const items = placements.slice(0, BADGES_DRAWN_MAX).map((p) => {
        wanted.add(p.key);
        return { p, d: draw(p.key, p.badge) };
      });
      for (const [key, d] of drawn) {
        if (!wanted.has(key)) {
          d.el.remove();
          drawn.delete(key);
        }
      }
      // Sizes of new or changed badges: measured once, while shown at the origin (fixed, so nothing else moves).
      const unmeasured = items.filter(({ d }) => d.width === 0);
      for (const { d } of unmeasured) d.el.hidden = false;
      for (const { d } of unmeasured) {
        const r = d.el.getBoundingClientRect();
        d.width = Math.ceil(r.width);
        d.height = Math.ceil(r.height);
      }
      // Reads: every card's box and the hit tests. Then writes.
      const vw = doc.documentElement.clientWidth;
      const vh = doc.documentElement.clientHeight;
      const spots = items.map(({ p, d }) => {
        if (!p.card.isConnected || d.width === 0) return null;
        const r = p.card.getBoundingClientRect();
        if (r.width < d.width + 2 * INSET || r.height < d.height + 2 * INSET) return null;
        const y = Math.round(r.bottom - d.height - INSET);
        // The bottom-right corner, else the bottom-left one (the right end covered: the sidebar, a pane over a wide card).
        for (const x of [Math.round(r.right - d.width - INSET), Math.round(r.left + INSET)]) {
          if (x < 0 || y < 0 || x + d.width > vw || y + d.height > vh) continue;
          if (onCard(p.card, x + 1, y + 1) && onCard(p.card, x + d.width - 1, y + d.height - 1)) return { x, y };
        }
        return null;
      });
      items.forEach(({ d }, i) => {
        const spot = spots[i];
        d.el.hidden = spot == null;
        if (spot) d.el.style.transform = `translate(${spot.x}px, ${spot.y}px)`;
      });
    },
    clear() {
      for (const d of drawn.values()) d.el.remove();
      drawn.clear();
    },
  };
}
