import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REAL_PAGES_DIR, formatSummary, runRealPages, sameText } from '../../scripts/real-pages';

/**
 * The real saved pages (../shared/corpus/html-real, beside the checkout, not part of the project) through the
 * extension's capture: every title and every company right. Skipped where the corpus is absent.
 */
const present = existsSync(join(DEFAULT_REAL_PAGES_DIR, 'expected.json'));

describe('real-pages', () => {
  it.skipIf(!present)(`title and company right on every real saved page${present ? '' : ' (skipped: ../shared/corpus/html-real is absent)'}`, async () => {
    const summary = await runRealPages(DEFAULT_REAL_PAGES_DIR);
    const report = formatSummary(summary);
    expect(summary.total, report).toBeGreaterThanOrEqual(10);
    expect(summary.titleOk, report).toBe(summary.total);
    expect(summary.companyOk, report).toBe(summary.total);
    expect(report).toContain(`Title accuracy: 1.000 (${summary.total}/${summary.total})`);
  }, 60_000);

  it('compares names as a reader would: spacing and dash forms do not matter, case does', () => {
    expect(sameText('PHP Developer - PHP,  JavaScript', 'PHP Developer – PHP, JavaScript')).toBe(true);
    expect(sameText('Senior  DevOps Engineer', 'Senior DevOps Engineer')).toBe(true);
    expect(sameText('nvidia', 'NVIDIA')).toBe(false);
    expect(sameText(null, 'Heidi')).toBe(false);
  });
});
