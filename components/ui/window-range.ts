/**
 * The arithmetic of a windowed list (components/ui/windowed-list.tsx), kept pure so it is tested without layout.
 *
 * A list of n items stacks them top to bottom; item i takes `size(i)` px (its height plus the gap after it).
 * `offsets[i]` is where item i starts, `offsets[n]` the height of the whole list.
 */

/** Prefix sums of the item sizes: n + 1 entries, offsets[0] = 0. */
export function offsetsOf(n: number, size: (index: number) => number): Float64Array {
  const offsets = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + Math.max(0, size(i));
  return offsets;
}

/** The first index whose item ends below `y` (n when none does). */
function firstEndingAfter(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid + 1] as number) > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index whose item starts at or below `y` (n when none does). */
function firstStartingAtOrAfter(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((offsets[mid] as number) >= y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface IndexRange {
  /** First item rendered. */
  readonly start: number;
  /** One past the last item rendered (start === end: none). */
  readonly end: number;
}

/**
 * The items that overlap the band [top, bottom) of the list (px from the list's top; either may be outside the list),
 * widened by `overscan` px each way.
 */
export function rangeFor(offsets: Float64Array, top: number, bottom: number, overscan = 0): IndexRange {
  const n = offsets.length - 1;
  if (n <= 0 || bottom <= top) return { start: 0, end: 0 };
  const start = firstEndingAfter(offsets, top - overscan);
  const end = Math.max(start, firstStartingAtOrAfter(offsets, bottom + overscan));
  return { start: Math.min(start, n), end: Math.min(end, n) };
}

/** One run of consecutive items to render. */
export type Segment = IndexRange;

/**
 * The runs to render: the window plus the pinned indices (the row holding focus and its neighbours), merged where they
 * touch, in order. Out-of-range pins are dropped.
 */
export function segmentsOf(range: IndexRange, pinned: readonly number[], n: number): Segment[] {
  const runs: Segment[] = [];
  if (range.end > range.start) runs.push(range);
  for (const i of pinned) if (Number.isInteger(i) && i >= 0 && i < n) runs.push({ start: i, end: i + 1 });
  runs.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}

export function sameRange(a: IndexRange, b: IndexRange): boolean {
  return a.start === b.start && a.end === b.end;
}
