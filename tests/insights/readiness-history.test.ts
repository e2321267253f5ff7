import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendReadinessPoint, compactHistory, sanitizeHistory, type ReadinessPoint } from '../../lib/insights/readiness-history';

const MIN = 60_000;
const at = (minutes: number) => Date.UTC(2025, 0, 1) + minutes * MIN;

describe('appendReadinessPoint', () => {
  it('appends a changed value and never mutates the input', () => {
    const h: ReadinessPoint[] = [{ at: at(0), averageReadiness: 40 }];
    const next = appendReadinessPoint(h, { at: at(10), averageReadiness: 45.04 });
    expect(next).toEqual([
      { at: at(0), averageReadiness: 40 },
      { at: at(10), averageReadiness: 45 },
    ]);
    expect(h).toHaveLength(1);
  });

  it('ignores unchanged values, older times and invalid points', () => {
    const h: ReadinessPoint[] = [{ at: at(10), averageReadiness: 40 }];
    expect(appendReadinessPoint(h, { at: at(20), averageReadiness: 40 })).toBe(h);
    expect(appendReadinessPoint(h, { at: at(5), averageReadiness: 50 })).toBe(h);
    expect(appendReadinessPoint(h, { at: at(20), averageReadiness: Number.NaN })).toBe(h);
    expect(appendReadinessPoint(h, { at: at(20), averageReadiness: 101 })).toBe(h);
  });

  it('merges a burst of changes into one point, and drops a burst that changed nothing', () => {
    let h: readonly ReadinessPoint[] = [{ at: at(0), averageReadiness: 40 }];
    h = appendReadinessPoint(h, { at: at(10), averageReadiness: 45 });
    h = appendReadinessPoint(h, { at: at(10) + 1000, averageReadiness: 50 });
    expect(h).toEqual([
      { at: at(0), averageReadiness: 40 },
      { at: at(10) + 1000, averageReadiness: 50 },
    ]);
    h = appendReadinessPoint(h, { at: at(10) + 2000, averageReadiness: 40 });
    expect(h).toEqual([{ at: at(0), averageReadiness: 40 }]);
  });

  it('stays bounded and keeps the first and latest points (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 300 }), fc.integer({ min: 2, max: 50 }), (values, max) => {
        let h: readonly ReadinessPoint[] = [];
        values.forEach((v, i) => {
          h = appendReadinessPoint(h, { at: at(i * 5), averageReadiness: v }, { max });
        });
        expect(h.length).toBeLessThanOrEqual(max);
        for (let i = 1; i < h.length; i++) expect((h[i]?.at ?? 0) > (h[i - 1]?.at ?? 0)).toBe(true);
        const firstChange = values[0];
        if (firstChange !== undefined) expect(h[0]?.averageReadiness).toBe(firstChange);
      }),
    );
  });
});

describe('compactHistory and sanitizeHistory', () => {
  it('thins evenly, keeping both ends', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ at: at(i), averageReadiness: i }));
    const c = compactHistory(points, 4);
    expect(c.map((p) => p.averageReadiness)).toEqual([0, 3, 6, 9]);
    expect(compactHistory(points, 20)).toBe(points);
  });

  it('accepts only valid stored points, in time order', () => {
    const stored: unknown = [{ at: at(2), averageReadiness: 50 }, { at: -1, averageReadiness: 1 }, 'x', { at: at(1), averageReadiness: 40 }, { at: at(3) }];
    expect(sanitizeHistory(stored)).toEqual([
      { at: at(1), averageReadiness: 40 },
      { at: at(2), averageReadiness: 50 },
    ]);
    expect(sanitizeHistory({ not: 'an array' })).toEqual([]);
  });
});
