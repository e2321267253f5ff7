import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../lib/messaging/client';
import { STORAGE_ERROR_CODES, STORAGE_ERROR_MESSAGE_MAX } from '../../lib/storage/result';
import { ResultEnvelopeSchema } from '../../lib/storage/result-schema';

/**
 * The content script cannot bundle zod, so the client checks answers by hand. One source of truth: the hand check
 * must accept exactly what ResultEnvelopeSchema accepts, and return what it returns.
 */
const almostEnvelope = fc.oneof(
  fc.record({ ok: fc.constant(true), value: fc.anything() }, { requiredKeys: ['ok'] }),
  fc.record(
    {
      ok: fc.oneof(fc.constant(false), fc.constant(true), fc.constant('false'), fc.constant(0)),
      error: fc.oneof(
        fc.record(
          {
            code: fc.oneof(fc.constantFrom(...STORAGE_ERROR_CODES), fc.string(), fc.constant('__proto__')),
            message: fc.oneof(fc.string(), fc.constant('x'.repeat(STORAGE_ERROR_MESSAGE_MAX)), fc.constant('x'.repeat(STORAGE_ERROR_MESSAGE_MAX + 1)), fc.integer()),
            extra: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('readEnvelope (zod-free) agrees with ResultEnvelopeSchema', () => {
  it('accepts and returns the same thing for any input (property)', () => {
    fc.assert(
      fc.property(almostEnvelope, (input) => {
        const parsed = ResultEnvelopeSchema.safeParse(input);
        const read = readEnvelope(input);
        expect(read !== null).toBe(parsed.success);
        if (parsed.success) expect(read).toEqual(parsed.data);
      }),
      { numRuns: 2_000 },
    );
  });

  it('turns the usual answers into results', () => {
    expect(readEnvelope({ ok: true, value: 3 })).toEqual({ ok: true, value: 3 });
    expect(readEnvelope({ ok: false, error: { code: 'quota', message: 'full', stack: 'x' } })).toEqual({ ok: false, error: { code: 'quota', message: 'full' } });
    expect(readEnvelope(undefined)).toBeNull();
    expect(readEnvelope({ ok: false, error: { code: 'hacked', message: 'x' } })).toBeNull();
  });
});
