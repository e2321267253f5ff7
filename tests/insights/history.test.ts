import { describe, expect, it } from 'vitest';
import { replayReadiness, replayScore } from '../../lib/insights/history';
import { levelsOf } from '../../lib/insights/coverage';
import { readinessHistory, type ProgressLog } from '../../lib/scoring/readiness-history';
import { computeScore } from '../../lib/scoring/score';
import { manyPostings, progress } from './fixtures';

describe('readiness over time as the dashboard replays it', () => {
  const postings = manyPostings(200);
  const day = 86_400_000;
  const log: ProgressLog = {
    baseline: { learnedSkills: [], knownSkills: [] },
    events: [
      { at: 1 * day, kind: 'skill', id: 'agile-certification', done: true },
      { at: 8 * day, kind: 'skill', id: 'stakeholder-management', done: true },
      { at: 9 * day, kind: 'other', id: 'other-skill-3', done: true },
      { at: 20 * day, kind: 'skill', id: 'ai-ml-fundamentals', done: true },
      { at: 21 * day, kind: 'skill', id: 'ai-ml-fundamentals', done: false },
    ],
  };

  it('equals the replay with the one score', () => {
    const profile = { ...progress(), lackingSkills: new Set(['cloud-platforms']) };
    expect(replayReadiness(postings, log, profile)).toEqual(readinessHistory(postings.map((p) => p.report), log, { profile, score: computeScore }));
  });

  it('its score is the whole score, time to qualify worked out when read', () => {
    const p = progress(['stakeholder-management']);
    for (const x of postings.slice(0, 20)) {
      const s = replayScore(x.report, p);
      expect(s.readiness).toBe(computeScore(x.report, p).readiness);
      expect(s.timeToQualify).toEqual(computeScore(x.report, p).timeToQualify);
      expect({ ...s }).toEqual(computeScore(x.report, p));
    }
  });

  it('levels are worked out once per report', () => {
    const r = postings[0]!.report;
    expect(levelsOf(r)).toBe(levelsOf(r));
  });
});
