import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scoreReport } from '../../lib/scoring/score-report';
import { createWriter } from '../../lib/storage/writer';
import { makeInput, tickingClock } from './helpers';

// The writer drops a score that does not match CachedScoreSchema (to never block a save); this catches drift.
describe('cached score with the real scoreReport', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a score for a saved posting and updates it when a skill is learned', async () => {
    const writer = createWriter({ score: (r, p) => scoreReport(r, p), now: tickingClock() });
    const saved = await writer.savePosting(makeInput('greenhouse:acme:1'));
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.posting.score).not.toBeNull();
    const before = saved.value.posting.score?.readiness ?? -1;
    await writer.setProgress('skill', 'stakeholder-management', true);
    const list = await writer.listPostings();
    expect(list.ok && list.value.postings[0]?.score?.readiness).toBeGreaterThan(before);
  });
});
