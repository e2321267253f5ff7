import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { analyzePosting } from '../../lib/analysis/analyze-posting';
import { classifyHeading, headingKindOfLine, structureText } from '../../lib/analysis/sections';
import { negatedLinePrefix } from '../../lib/analysis/negation';
import { GapReportSchema } from '../../lib/analysis/gap-report';

// Generous bounds: the shared CI machine is slow; the real numbers are in `npm run bench`.
const BOUND_MS = 1500;

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

describe('hostile input stays bounded', () => {
  analyzePosting({ text: 'warm up: SQL and PMP' });

  it('analyses a 1 MB posting', () => {
    const unit = 'Requirements:\n- Stakeholder managment, SQL, AWS, PMP not required; budgets a plus.\n';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const [r, ms] = timed(() => analyzePosting({ title: 'AI Program Manager', text }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(GapReportSchema.safeParse(r).success).toBe(true);
  });

  it('analyses one 200,000-character line without spaces', () => {
    const [r, ms] = timed(() => analyzePosting({ text: 'a'.repeat(200_000) }));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(r.skills).toEqual([]);
    const [r2, ms2] = timed(() => analyzePosting({ text: `Requirements:\n${'sql,'.repeat(50_000)}` }));
    expect(ms2).toBeLessThan(BOUND_MS);
    expect(r2.skills.find((s) => s.id === 'sql-data-management')?.evidence.length).toBeLessThanOrEqual(600);
  });

  it('bounds evidence, mentions and skills on huge sentences', () => {
    const text = `Requirements:\n${'SQL and Python and '.repeat(20_000)}`;
    const r = analyzePosting({ text });
    for (const s of r.skills) {
      expect(s.evidence.length).toBeLessThanOrEqual(600);
      expect(s.mentions.length).toBeLessThanOrEqual(20);
    }
  });
});

describe('no catastrophic regex backtracking', () => {
  const evil = [
    'a'.repeat(50_000),
    `about ${'a '.repeat(30_000)}!`,
    `${':'.repeat(30_000)}x`,
    `${'-'.repeat(30_000)}x`,
    `${'*'.repeat(30_000)}`,
    `what you ${'ll '.repeat(20_000)}`,
    `${' '.repeat(50_000)}not required`,
    `${'preferred '.repeat(10_000)}x`,
  ];
  it.each(evil.map((e, i) => [i, e] as const))('heading and negation regexes are linear on pattern %i', (_i, s) => {
    const [, ms] = timed(() => {
      classifyHeading(s);
      headingKindOfLine(s);
      negatedLinePrefix(s);
      structureText(s);
      analyzePosting({ text: s, title: s.slice(0, 300) });
    });
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
