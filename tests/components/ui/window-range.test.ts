import { describe, expect, it } from 'vitest';
import { offsetsOf, rangeFor, segmentsOf } from '../../../components/ui/window-range';

describe('window arithmetic', () => {
  const offsets = offsetsOf(100, () => 50);

  it('offsets are prefix sums of the sizes', () => {
    expect([...offsetsOf(4, (i) => [10, 20, 30, 40][i] ?? 0)]).toEqual([0, 10, 30, 60, 100]);
    expect(offsets[100]).toBe(5000);
  });

  it('the range covers the items that overlap the band, widened by the overscan', () => {
    expect(rangeFor(offsets, 0, 300)).toEqual({ start: 0, end: 6 });
    // 1,000 px down: items 20 (1000–1050) to 25 (1250–1300).
    expect(rangeFor(offsets, 1000, 1300)).toEqual({ start: 20, end: 26 });
    // A band that cuts items in half takes both halves.
    expect(rangeFor(offsets, 1025, 1275)).toEqual({ start: 20, end: 26 });
    expect(rangeFor(offsets, 1000, 1300, 100)).toEqual({ start: 18, end: 28 });
  });

  it('clamps at both ends; a band outside the list renders nothing', () => {
    expect(rangeFor(offsets, -500, 120)).toEqual({ start: 0, end: 3 });
    expect(rangeFor(offsets, 4900, 9000)).toEqual({ start: 98, end: 100 });
    expect(rangeFor(offsets, 6000, 6600)).toEqual({ start: 100, end: 100 });
    expect(rangeFor(offsets, -900, -100)).toEqual({ start: 0, end: 0 });
    expect(rangeFor(offsetsOf(0, () => 50), 0, 600)).toEqual({ start: 0, end: 0 });
  });

  it('items of different heights', () => {
    const mixed = offsetsOf(5, (i) => (i === 1 ? 400 : 50)); // 0, 50, 450, 500, 550, 600
    expect(rangeFor(mixed, 100, 200)).toEqual({ start: 1, end: 2 });
    expect(rangeFor(mixed, 460, 520)).toEqual({ start: 2, end: 4 });
  });

  it('segments: the window plus pinned items, merged where they touch, pins out of range dropped', () => {
    expect(segmentsOf({ start: 0, end: 6 }, [], 100)).toEqual([{ start: 0, end: 6 }]);
    expect(segmentsOf({ start: 0, end: 6 }, [5, 6, 7], 100)).toEqual([{ start: 0, end: 8 }]);
    expect(segmentsOf({ start: 20, end: 26 }, [1, 2, 3], 100)).toEqual([
      { start: 1, end: 4 },
      { start: 20, end: 26 },
    ]);
    expect(segmentsOf({ start: 0, end: 6 }, [98, 99, 100], 100)).toEqual([
      { start: 0, end: 6 },
      { start: 98, end: 100 },
    ]);
    expect(segmentsOf({ start: 0, end: 0 }, [-1, 0, 1], 100)).toEqual([{ start: 0, end: 2 }]);
  });
});
