import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTURE_BOARDS, CAPTURE_SOURCES, DESCRIPTION_BLOCK_TYPES, LIMITS, parseCapturedPosting } from '../../lib/capture/capture-result';
import { CapturedPostingSchema } from '../../lib/capture/capture-result-schema';

/**
 * The content script captures without zod, so `parseCapturedPosting` repeats CapturedPostingSchema's checks by hand.
 * One source of truth: for any input — valid postings, each field pushed past its bounds, wrong types, extra keys —
 * the hand check accepts exactly what the schema accepts, and returns what it returns.
 */
/** Mostly valid (so about a third of the postings pass), sometimes just past a bound or of the wrong type. */
const text = (min: number, max: number) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.string({ minLength: Math.max(min, 3), maxLength: Math.min(max, 40) }) },
    fc.constant('x'.repeat(max)),
    fc.constant('x'.repeat(max + 1)),
    fc.constant(''),
    fc.integer(),
    fc.constant(null),
  );
const nullableField = fc.oneof(fc.constant(null), text(1, LIMITS.fieldChars));
const mostly = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>) => fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: other });
const block = fc.oneof(
  { weight: 20, arbitrary: fc.record({ type: mostly(fc.constantFrom(...DESCRIPTION_BLOCK_TYPES), fc.string()), text: text(1, LIMITS.blockChars), extra: fc.anything() }, { requiredKeys: ['type', 'text'] }) },
  { weight: 1, arbitrary: fc.anything() },
);
const isoDate = mostly(
  fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2024-02-29T10:00:00Z', '2023-02-29T10:00:00Z', '2025-01-01T00:00:00.123456Z', '2025-01-01T00:00:00+01:00', '2025-01-01', 'yesterday', 5),
);
const posting = fc.record(
  {
    board: mostly(fc.constantFrom(...CAPTURE_BOARDS), fc.string()),
    url: text(1, LIMITS.urlChars),
    canonicalUrl: text(1, LIMITS.urlChars),
    jobKey: text(3, LIMITS.jobKeyChars),
    title: text(1, LIMITS.fieldChars),
    company: nullableField,
    location: nullableField,
    descriptionText: text(1, LIMITS.descriptionChars + LIMITS.blocks * 4),
    descriptionBlocks: mostly(fc.array(block, { minLength: 1, maxLength: 4 }), fc.oneof(fc.constant([]), fc.anything())),
    source: mostly(fc.constantFrom(...CAPTURE_SOURCES), fc.string()),
    capturedAt: isoDate,
    extra: fc.anything(),
  },
  { requiredKeys: ['board', 'url', 'canonicalUrl', 'jobKey', 'title', 'company', 'location', 'descriptionText', 'descriptionBlocks', 'source', 'capturedAt'] },
);

describe('parseCapturedPosting (zod-free) agrees with CapturedPostingSchema', () => {
  it('accepts and returns the same thing for any input (property)', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: posting }, { weight: 1, arbitrary: fc.anything() }), (input) => {
        const parsed = CapturedPostingSchema.safeParse(input);
        const read = parseCapturedPosting(input);
        expect(read !== null).toBe(parsed.success);
        if (parsed.success) expect(read).toEqual(parsed.data);
      }),
      { numRuns: 3_000 },
    );
  });

  it('finds valid postings often enough for the property to mean something', () => {
    const samples = fc.sample(posting, 2_000);
    const valid = samples.filter((s) => CapturedPostingSchema.safeParse(s).success).length;
    expect(valid).toBeGreaterThan(20);
  });
});
