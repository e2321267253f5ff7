import { Fragment, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { offsetsOf, rangeFor, sameRange, segmentsOf, type IndexRange } from './window-range';

/** What each rendered item's root `<li>` must take (spread it): measuring, position in the set, keyboard moves. */
export interface WindowedItemProps {
  readonly ref: (el: HTMLElement | null) => (() => void) | undefined;
  readonly tabIndex: -1;
  readonly 'data-window-index': number;
  readonly 'data-window-key': string;
  readonly 'aria-posinset': number;
  readonly 'aria-setsize': number;
}

export interface WindowedListProps<T> {
  readonly items: readonly T[];
  /** A stable, unique key per item (heights are remembered by key, so they survive re-sorting and filtering). */
  readonly getKey: (item: T) => string;
  /** One item; its root element is an `<li>` that spreads `itemProps`. */
  readonly renderItem: (item: T, itemProps: WindowedItemProps, index: number) => ReactNode;
  /** Height of an item not measured yet, px (gap included by the list). */
  readonly estimateHeight: number;
  /** Extra px rendered above and below what is in view. */
  readonly overscan?: number;
  /** Height of the view assumed when there is no layout to measure (tests; before the first layout). */
  readonly fallbackViewport?: number;
  /** Lists this short are rendered whole (as cheap as a window, and every item is in the page: find in page, tests). */
  readonly renderAllUpTo?: number;
  readonly className?: string;
  /** The list's accessible name. */
  readonly label?: string;
  /** id of an element describing the list (e.g. the keyboard hint). */
  readonly describedBy?: string;
  readonly testId?: string;
}

/** Keys that move between items when focus is on an item or on one of its links or buttons (not in a field). */
const FIELD = 'input, select, textarea, [contenteditable="true"]';

/** The nearest ancestor that scrolls vertically; null: the document. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if (o === 'auto' || o === 'scroll' || o === 'overlay') return p;
  }
  return null;
}

/** The band of the list in view, px from the list's top. Without layout (happy-dom, hidden): scroll position + fallback height. */
function viewOf(list: HTMLElement, scroller: HTMLElement | null, fallback: number): { top: number; bottom: number } {
  const viewportH = window.innerHeight || document.documentElement.clientHeight;
  if (scroller) {
    const h = scroller.clientHeight;
    if (h === 0) return { top: scroller.scrollTop, bottom: scroller.scrollTop + fallback };
    const s = scroller.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    return { top: Math.max(s.top, 0) - l.top, bottom: Math.min(s.top + h, viewportH || s.top + h) - l.top };
  }
  if (!document.documentElement.clientHeight) return { top: window.scrollY, bottom: window.scrollY + fallback };
  const l = list.getBoundingClientRect();
  return { top: -l.top, bottom: viewportH - l.top };
}

/** The rendered items' elements by key, and the observer that watches their size: one per list, outside React's state. */
class ItemRegistry {
  readonly elements = new Map<string, HTMLElement>();
  private observer: ResizeObserver | null = null;

  /** The ref callback of every item (React 19 calls the returned cleanup when the item goes). */
  readonly register = (el: HTMLElement | null): (() => void) | undefined => {
    if (!el) return undefined;
    const key = el.dataset.windowKey ?? '';
    this.elements.set(key, el);
    this.observer?.observe(el);
    return () => {
      if (this.elements.get(key) === el) this.elements.delete(key);
      this.observer?.unobserve(el);
    };
  };

  /** Watches every item's size (now and as they come) with `onResize`; returns the disconnect. */
  watch(onResize: () => void): () => void {
    if (typeof ResizeObserver === 'undefined') return () => undefined;
    const ro = new ResizeObserver(onResize);
    this.observer = ro;
    for (const el of this.elements.values()) ro.observe(el);
    return () => {
      ro.disconnect();
      if (this.observer === ro) this.observer = null;
    };
  }
}

/**
 * A list that renders only the items in view (plus `overscan` px either way): a few thousand items cost what a
 * screenful does. Items may differ in height: each is measured once rendered (and again when it resizes, e.g. notes
 * opened), the rest are estimated; padding above and below stands in for the items not rendered, so the scrollbar and
 * the page around the list behave as if every item were there. It scrolls with its nearest scrolling ancestor (or the
 * page): no scroll area of its own.
 *
 * Accessibility and keyboard: every item says its place (`aria-posinset` of `aria-setsize`); the item holding focus and
 * its neighbours stay rendered wherever the view scrolls, so Tab and Shift+Tab always reach the next and previous item;
 * Page Down / Page Up move focus to the next / previous item and Ctrl+Home / Ctrl+End to the first / last (rendering it
 * first when it is out of view).
 */
export function WindowedList<T>({ items, getKey, renderItem, estimateHeight, overscan = 400, fallbackViewport = 600, renderAllUpTo = 20, className, label, describedBy, testId }: WindowedListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const scrollerRef = useRef<HTMLElement | null>(null);
  const [registry] = useState(() => new ItemRegistry());
  /** Key of the item to focus once it is rendered (a keyboard move to an item out of view). */
  const pendingFocus = useRef<string | null>(null);
  const [sizes, setSizes] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [gap, setGap] = useState(0);
  // Before the first layout: what a fallback-high view at the top shows, every item at its estimate.
  const [range, setRange] = useState<IndexRange>(() => rangeFor(offsetsOf(items.length, () => estimateHeight), 0, fallbackViewport, overscan));
  /** Key of the item holding focus (or about to): it and its neighbours stay rendered. */
  const [focusKey, setFocusKey] = useState<string | null>(null);

  const n = items.length;
  const offsets = useMemo(() => offsetsOf(n, (i) => (sizes.get(getKey(items[i] as T)) ?? estimateHeight) + gap), [n, items, getKey, sizes, estimateHeight, gap]);
  const indexOfKey = useMemo(() => {
    const m = new Map<string, number>();
    items.forEach((item, i) => m.set(getKey(item), i));
    return m;
  }, [items, getKey]);
  const offsetsRef = useRef(offsets);

  /** Measures the rendered items and the list's gap; state changes only when something did. */
  const measure = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const g = parseFloat(getComputedStyle(list).rowGap) || 0;
    setGap((prev) => (Math.abs(prev - g) > 0.5 ? g : prev));
    const changed: [string, number][] = [];
    for (const [key, el] of registry.elements) {
      const h = el.getBoundingClientRect().height;
      if (h > 0) changed.push([key, h]);
    }
    setSizes((prev) => {
      const fresh = changed.filter(([key, h]) => Math.abs((prev.get(key) ?? -1) - h) > 0.5);
      if (fresh.length === 0) return prev;
      const next = new Map(prev);
      for (const [key, h] of fresh) next.set(key, h);
      return next;
    });
  }, [registry]);

  /** Works out which items are in view now (after a scroll, a resize, or new offsets). */
  const update = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const view = viewOf(list, scrollerRef.current, fallbackViewport);
    // A list that starts below the fold (notices above it) keeps its first rows drawn: they are what the user scrolls
    // to, and what is on screen as soon as the list is.
    const next = view.bottom <= 0 ? rangeFor(offsetsRef.current, 0, fallbackViewport, 0) : rangeFor(offsetsRef.current, view.top, view.bottom, overscan);
    setRange((prev) => (sameRange(prev, next) ? prev : next));
  }, [fallbackViewport, overscan]);

  // The scroller, the resize observer and the listeners: once.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const scroller = scrollParent(list);
    scrollerRef.current = scroller;
    const unwatch = registry.watch(() => {
      measure();
      update();
    });
    const target: HTMLElement | Window = scroller ?? window;
    target.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      target.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      unwatch();
    };
  }, [registry, measure, update]);

  // After every commit: measure what is rendered, then the range for the (possibly new) offsets; then a pending focus.
  useLayoutEffect(() => {
    offsetsRef.current = offsets;
    // Measuring the DOM after a commit, before paint, is what layout effects are for; state changes only when a size did.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    measure();
    update();
  });
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const el = registry.elements.get(key);
    if (!el) return;
    pendingFocus.current = null;
    el.focus();
  });

  // A focused item that left the list (deleted, filtered out) pins nothing.
  const focusIndex = focusKey === null ? undefined : indexOfKey.get(focusKey);
  const pinned = focusIndex === undefined ? [] : [focusIndex - 1, focusIndex, focusIndex + 1];
  const segments = n <= renderAllUpTo ? segmentsOf({ start: 0, end: n }, [], n) : segmentsOf({ start: Math.min(range.start, n), end: Math.min(range.end, n) }, pinned, n);

  const total = offsets[n] ?? 0;
  const first = segments[0];
  const last = segments[segments.length - 1];
  const paddingTop = first ? (offsets[first.start] ?? 0) : 0;
  const paddingBottom = last ? Math.max(0, total - (offsets[last.end] ?? total)) : Math.max(0, total - gap);

  const moveTo = (index: number) => {
    const item = items[Math.max(0, Math.min(n - 1, index))];
    if (item === undefined) return;
    const key = getKey(item);
    const el = registry.elements.get(key);
    if (el) {
      el.focus();
      return;
    }
    // Out of view: render it (pinned), then focus it after the commit (the browser scrolls it into view).
    pendingFocus.current = key;
    setFocusKey(key);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement;
    if (e.altKey || e.shiftKey || e.metaKey || target.closest(FIELD)) return;
    const li = target.closest<HTMLElement>('[data-window-index]');
    if (!li || !listRef.current?.contains(li)) return;
    const i = Number(li.dataset.windowIndex);
    const to = e.key === 'PageDown' && !e.ctrlKey ? i + 1 : e.key === 'PageUp' && !e.ctrlKey ? i - 1 : e.key === 'Home' && e.ctrlKey ? 0 : e.key === 'End' && e.ctrlKey ? n - 1 : null;
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  };

  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('[data-window-key]')?.dataset.windowKey;
    if (key !== undefined && key !== focusKey) setFocusKey(key);
  };
  const onBlur = (e: FocusEvent<HTMLUListElement>) => {
    const next = e.relatedTarget as Node | null;
    if (!next || !listRef.current?.contains(next)) setFocusKey(null);
  };

  const children: ReactNode[] = [];
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k] as IndexRange;
    const prev = segments[k - 1];
    if (prev) {
      const h = Math.max(0, (offsets[seg.start] ?? 0) - (offsets[prev.end] ?? 0) - gap);
      children.push(<li key={`gap-${prev.end}-${seg.start}`} aria-hidden="true" className="windowed-list__gap" style={{ height: h, listStyle: 'none' }} />);
    }
    for (let i = seg.start; i < seg.end; i++) {
      const item = items[i] as T;
      const key = getKey(item);
      const itemProps: WindowedItemProps = { ref: registry.register, tabIndex: -1, 'data-window-index': i, 'data-window-key': key, 'aria-posinset': i + 1, 'aria-setsize': n };
      children.push(<Fragment key={key}>{renderItem(item, itemProps, i)}</Fragment>);
    }
  }

  return (
    <ul
      ref={listRef}
      className={className ? `windowed-list ${className}` : 'windowed-list'}
      aria-label={label}
      aria-describedby={describedBy}
      data-testid={testId}
      data-window-start={segments[0]?.start ?? 0}
      data-window-end={last?.end ?? 0}
      style={{ paddingTop, paddingBottom }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {children}
    </ul>
  );
}

/** Shallow equality of two items' list props (for memoised rows). */
export function sameItemProps(a: WindowedItemProps, b: WindowedItemProps): boolean {
  return a.ref === b.ref && a['data-window-index'] === b['data-window-index'] && a['data-window-key'] === b['data-window-key'] && a['aria-setsize'] === b['aria-setsize'];
}
