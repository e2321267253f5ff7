import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePostings } from '../../scripts/bench-browser/export-file';
import { IndexShardSchema, INDEX_VERSION, parseShard, PostingSummarySchema, summarize } from '../../lib/storage/summary';

/**
 * The list read validates summaries by hand (lib/storage/summary.ts `parseShard`, fast enough for 5,000 per read);
 * IndexShardSchema is the specification. Both must give the same verdict, and the same value, on anything.
 */
const valid = generatePostings(12, { length: 'full' }).map(summarize);
const fields = Object.keys(PostingSummarySchema.shape);

const json = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'x'.repeat(501), 'https://a.example/x', 'javascript:alert(1)', 'ftp://x', 'saved', 'archived', 'en', 'EN', 'tr', 'op', 'lq', '__proto__', 'constructor', -1, 1.5, 8.64e15 + 1),
  fc.array(fc.constantFrom('a', 'tr', 'op', 'zz', 1, null), { maxLength: 4 }),
  fc.array(fc.array(fc.constantFrom('kubernetes', 'tr', 'op', 'xx', '', 'K'), { maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

const mutated = fc
  .tuple(fc.constantFrom(...valid), fc.array(fc.tuple(fc.constantFrom(...fields, 'extra', 'skills.0', 'skills.0.1', 'skills.0.2'), json, fc.boolean()), { maxLength: 3 }))
  .map(([base, edits]) => {
    const s: Record<string, unknown> = structuredClone(base);
    for (const [field, value, remove] of edits) {
      if (field.startsWith('skills.')) {
        const [, i, j] = field.split('.');
        const skills = s.skills as unknown[][];
        if (!Array.isArray(skills)) continue;
        const skill = skills[Number(i)];
        if (!Array.isArray(skill)) continue;
        if (j === undefined) skills[Number(i)] = value as unknown[];
        else if (remove) skill.length = Number(j);
        else skill[Number(j)] = value;
      } else if (remove) delete s[field];
      else s[field] = value;
    }
    return s;
  });

// `__proto__` is left to its own test: zod's record lets that key through, the hand check refuses it.
const ids = fc.constantFrom('linkedin:4000000001', 'greenhouse:acme:1', 'bad id', '', 'constructor', 'prototype', '$x', 'a'.repeat(201));

describe('summary validation by hand agrees with IndexShardSchema', () => {
  it('on real summaries', () => {
    const shard = { v: INDEX_VERSION, entries: Object.fromEntries(valid.map((s, i) => [`linkedin:${4_000_000_000 + i}`, s])) };
    expect(parseShard(shard)).toEqual(IndexShardSchema.parse(shard));
  });

  it('on summaries with any field changed, removed or added', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, mutated), { maxLength: 3 }), fc.constantFrom<unknown>(INDEX_VERSION, 2, '1', undefined), (entries, v) => {
        const shard = JSON.parse(JSON.stringify({ v, entries: Object.fromEntries(entries) })) as unknown;
        const zod = IndexShardSchema.safeParse(shard);
        const mine = parseShard(shard);
        expect(mine !== null).toBe(zod.success);
        if (zod.success) expect(mine).toEqual(zod.data);
      }),
      { numRuns: 3_000 },
    );
  });

  it('refuses an entry keyed __proto__ (stricter than zod here)', () => {
    const shard = JSON.parse(`{"v":1,"entries":{"__proto__":${JSON.stringify(valid[0])}}}`) as unknown;
    expect(parseShard(shard)).toBeNull();
  });

  it('on things that are not shards at all', () => {
    for (const v of [null, 1, 'x', [], { v: 1 }, { v: 1, entries: [] }, { v: 1, entries: null }]) {
      expect(parseShard(v)).toBeNull();
      expect(IndexShardSchema.safeParse(v).success).toBe(false);
    }
  });
});
