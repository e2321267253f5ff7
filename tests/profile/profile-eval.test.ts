import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { evaluateProfiles, prf } from '../../scripts/profile-eval';

describe('profile eval over the labelled résumés', () => {
  it('meets the targets: pathway F1 ≥ 0.90, no skill granted from goals or interests', async () => {
    const r = await evaluateProfiles(join('tests', 'fixtures', 'resumes'));
    expect(r.all.files).toBeGreaterThanOrEqual(10);
    expect(r.heldOut.files).toBeGreaterThanOrEqual(2);
    expect(prf(r.all.pathwayMicro).f1).toBeGreaterThanOrEqual(0.9);
    expect(prf(r.heldOut.pathwayMicro).f1).toBeGreaterThanOrEqual(0.9);
    expect(r.grantedFromGoals).toEqual([]);
    expect(r.disagreements.filter((d) => d.includes('language'))).toEqual([]);
  }, 30_000);
});
