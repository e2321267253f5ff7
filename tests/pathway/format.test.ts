import { describe, expect, it } from 'vitest';
import { formatPhaseSpan, formatWeekRange, formatWeeks } from '../../lib/pathway/format';

describe('pathway wording', () => {
  it('formats weeks', () => {
    expect(formatWeeks(1)).toBe('1 week');
    expect(formatWeeks(12)).toBe('12 weeks');
  });

  it('formats week ranges with an en dash', () => {
    expect(formatWeekRange({ start: 1, end: 8 })).toBe('Weeks 1–8');
    expect(formatWeekRange({ start: 3, end: 3 })).toBe('Week 3');
  });

  it('collapses consecutive phases into ranges', () => {
    expect(formatPhaseSpan([])).toBe('');
    expect(formatPhaseSpan([2])).toBe('Phase 2');
    expect(formatPhaseSpan([2, 3])).toBe('Phases 2–3');
    expect(formatPhaseSpan([1, 2, 3, 4])).toBe('Phases 1–4');
    expect(formatPhaseSpan([1, 3])).toBe('Phases 1, 3');
    expect(formatPhaseSpan([5, 1, 2, 2])).toBe('Phases 1–2, 5');
  });
});
