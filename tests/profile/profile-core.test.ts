import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pathway } from '../../data/pathway';
import type { DetectedSkill, GapReport } from '../../lib/analysis/gap-report';
import { pacedPhaseRanges, parseDay, thisWeek } from '../../lib/insights/roadmap-progress';
import { skillState, statesFor, withSkillState } from '../../lib/profile/skill-state';
import { EMPTY_PROGRESS, type ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import { readiness } from '../../lib/scoring/readiness';
import { formatHours, readyBy } from '../../lib/scoring/ready-by';
import { timeToQualify } from '../../lib/scoring/time-to-qualify';
import { toProgressSnapshot, toProgressView } from '../../lib/storage/progress';
import { PROGRESS_LOG_KEY } from '../../lib/storage/progress-log';
import { RESUME_KEY } from '../../lib/storage/keys';
import type { ProgressRecord } from '../../lib/storage/schemas';
import { createWriter, type Writer } from '../../lib/storage/writer';
import { rawStorage, seed, tickingClock } from '../storage/helpers';

// The bundled pathway (data/pathway.ts): five phases of three tasks each, at most 8 weeks each (ending at weeks
// 8, 16, 24, 32, 40). To learn: AI/ML fundamentals 8 weeks (phases 1–2), stakeholder management 6 (phases 2–3),
// program management frameworks 12 (phases 1–4), financial & budget management 4 (no phase).

const DAY = 86_400_000;
const day = (s: string) => parseDay(s) as number;

function skill(id: string, kind: DetectedSkill['kind'], level: DetectedSkill['level'] = 'required'): DetectedSkill {
  return { id, label: id, kind, level, evidence: '', mentions: [id], match: 'exact', score: 1 };
}
function report(skills: DetectedSkill[]): GapReport {
  return { posting: { title: null, company: null, location: null, board: null, url: null }, targetRole: true, targetRoleReason: 'test', skills, analysisVersion: 'test' };
}
function you(p: Partial<{ learned: string[]; learning: string[]; lacking: string[]; ownWeeks: Record<string, number>; tasks: string[]; hours: number; pathwayHours: number }> = {}): ProgressSnapshot {
  return {
    ...EMPTY_PROGRESS,
    learnedSkills: new Set(p.learned ?? []),
    learningSkills: new Set(p.learning ?? []),
    lackingSkills: new Set(p.lacking ?? []),
    ownWeeks: new Map(Object.entries(p.ownWeeks ?? {})),
    doneTasks: new Set(p.tasks ?? []),
    pace: { hoursPerWeek: p.hours ?? 10, pathwayHoursPerWeek: p.pathwayHours ?? 10 },
  };
}

describe('skill states', () => {
  it('lists the states each kind of pathway skill can take, none outside the pathway', () => {
    expect(statesFor('api-development')).toEqual(['have', 'notYet']);
    expect(statesFor('stakeholder-management')).toEqual(['notYet', 'learning', 'learned']);
    expect(statesFor('kubernetes')).toEqual([]);
  });

  it('reads a state from the snapshot: transferable "have" unless lacking; to-learn learned over learning over not yet', () => {
    expect(skillState('cloud-platforms', you())).toBe('have');
    expect(skillState('cloud-platforms', you({ lacking: ['cloud-platforms'] }))).toBe('notYet');
    expect(skillState('ai-risk-management', you())).toBe('notYet');
    expect(skillState('ai-risk-management', you({ learning: ['ai-risk-management'] }))).toBe('learning');
    expect(skillState('ai-risk-management', you({ learning: ['ai-risk-management'], learned: ['ai-risk-management'] }))).toBe('learned');
    expect(skillState('kubernetes', you())).toBeNull();
  });

  it('moves one skill to a state without touching the original or the other sets', () => {
    const base = you({ learned: ['agile-certification'], learning: ['ai-ml-fundamentals'] });
    const lacking = withSkillState(base, 'devops-cicd', 'notYet');
    expect([...lacking.lackingSkills]).toEqual(['devops-cicd']);
    expect(base.lackingSkills.size).toBe(0);
    expect(lacking.learnedSkills).toBe(base.learnedSkills);
    expect([...withSkillState(lacking, 'devops-cicd', 'have').lackingSkills]).toEqual([]);

    const learned = withSkillState(base, 'ai-ml-fundamentals', 'learned');
    expect([...learned.learnedSkills].sort()).toEqual(['agile-certification', 'ai-ml-fundamentals']);
    expect([...learned.learningSkills]).toEqual([]);
    const learning = withSkillState(base, 'agile-certification', 'learning');
    expect([...learning.learnedSkills]).toEqual([]);
    expect([...learning.learningSkills].sort()).toEqual(['agile-certification', 'ai-ml-fundamentals']);
    const notYet = withSkillState(base, 'ai-ml-fundamentals', 'notYet');
    expect([...notYet.learningSkills]).toEqual([]);
    expect(notYet.learnedSkills).toBe(base.learnedSkills); // unchanged sets are shared
    expect(withSkillState(base, 'kubernetes', 'have')).toBe(base);
  });
});

describe('writer: skill states, own weeks, the kept résumé', () => {
  let writer: Writer;
  beforeEach(() => {
    fakeBrowser.reset();
    writer = createWriter({ now: tickingClock(1_000) });
  });
  const progress = async () => {
    const r = await writer.getProgress();
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as ProgressRecord | undefined;

  it('transferable: not yet, then have again (stored as done, so the later "have" wins a merge)', async () => {
    expect(await writer.setSkillState('api-development', 'notYet')).toMatchObject({ ok: true, value: { progress: { lackingSkills: ['api-development'] } } });
    expect(await stored('progress:transferable:api-development')).toMatchObject({ kind: 'transferable', id: 'api-development', done: false, doneAt: null });
    expect(await writer.setSkillState('api-development', 'have')).toMatchObject({ ok: true, value: { progress: { lackingSkills: [] } } });
    expect(await stored('progress:transferable:api-development')).toMatchObject({ done: true });
  });

  it('rejects a state the skill cannot take and an id outside the pathway, writing nothing', async () => {
    const before = await rawStorage();
    expect(await writer.setSkillState('api-development', 'learning')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await writer.setSkillState('stakeholder-management', 'have')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await writer.setSkillState('kubernetes', 'have')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await rawStorage()).toBe(before);
  });

  it('to learn: not yet → learning → learned (learned clears learning); unmarking learned goes back to not yet', async () => {
    expect((await writer.setSkillState('ai-ml-fundamentals', 'learning')).ok).toBe(true);
    expect(await progress()).toMatchObject({ learningSkills: ['ai-ml-fundamentals'], learnedSkills: [] });
    expect((await writer.setSkillState('ai-ml-fundamentals', 'learned')).ok).toBe(true);
    expect(await progress()).toMatchObject({ learningSkills: [], learnedSkills: ['ai-ml-fundamentals'] });
    expect(await stored('progress:learning:ai-ml-fundamentals')).toMatchObject({ done: false });
    expect((await writer.setProgress('skill', 'ai-ml-fundamentals', false)).ok).toBe(true);
    expect(await progress()).toMatchObject({ learningSkills: [], learnedSkills: [] });
    // From learning, unmarking also leaves no "learning" behind.
    await writer.setSkillState('ai-risk-management', 'learning');
    await writer.setProgress('skill', 'ai-risk-management', false);
    expect((await progress()).learningSkills).toEqual([]);
    // Marking learned on a skill never marked learning writes no learning record at all.
    await writer.setProgress('skill', 'agile-certification', true);
    expect(await stored('progress:learning:agile-certification')).toBeUndefined();
  });

  it('logs only changes of skills learned and other skills known', async () => {
    await writer.setSkillState('cloud-platforms', 'notYet');
    await writer.setOwnWeeks('cloud-platforms', 4);
    await writer.setSkillState('stakeholder-management', 'learning');
    await writer.setSkillState('stakeholder-management', 'learned');
    await writer.setProgress('task', 'p2-lead-cross-functional-project', true);
    await writer.setProgress('action', 'week-update-linkedin-headline', true);
    await writer.setProgress('other', 'kubernetes', true);
    await writer.setProgress('skill', 'stakeholder-management', false);
    const log = (await fakeBrowser.storage.local.get(PROGRESS_LOG_KEY))[PROGRESS_LOG_KEY] as { events: { kind: string; id: string; done: boolean }[] };
    expect(log.events.map(({ kind, id, done }) => [kind, id, done])).toEqual([
      ['skill', 'stakeholder-management', true],
      ['other', 'kubernetes', true],
      ['skill', 'stakeholder-management', false],
    ]);
  });

  it('own weeks mark the skill not yet; null removes the estimate and keeps not yet', async () => {
    expect(await writer.setOwnWeeks('system-architecture', 6)).toMatchObject({ ok: true, value: { progress: { lackingSkills: ['system-architecture'], ownWeeks: { 'system-architecture': 6 } } } });
    expect(await stored('progress:transferable:system-architecture')).toMatchObject({ done: false, weeks: 6 });
    expect(await writer.setOwnWeeks('system-architecture', null)).toMatchObject({ ok: true, value: { progress: { lackingSkills: ['system-architecture'], ownWeeks: {} } } });
    expect(await stored('progress:transferable:system-architecture')).not.toHaveProperty('weeks');
    // Marking "have" keeps no estimate in the view (it is for skills the user lacks).
    await writer.setOwnWeeks('system-architecture', 3);
    await writer.setSkillState('system-architecture', 'have');
    expect(await progress()).toMatchObject({ lackingSkills: [], ownWeeks: {} });
  });

  it('own weeks only for a transferable skill, and only whole weeks from 1 to 260: nothing invalid is stored', async () => {
    const before = await rawStorage();
    expect(await writer.setOwnWeeks('ai-ml-fundamentals', 3)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await writer.setOwnWeeks('api-development', 0)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await writer.setOwnWeeks('api-development', 261)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await writer.setOwnWeeks('api-development', 2.5)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await rawStorage()).toBe(before);
    expect((await writer.setOwnWeeks('api-development', 260)).ok).toBe(true);
  });

  it('keeps, reads and deletes the résumé; an invalid stored value reads as none', async () => {
    expect(await writer.getResume()).toEqual({ ok: true, value: null });
    const kept = await writer.keepResume({ text: 'Backend developer, 8 years.', source: 'cv.pdf' });
    expect(kept).toMatchObject({ ok: true, value: { resume: { text: 'Backend developer, 8 years.', source: 'cv.pdf', keptAt: 1_000 } } });
    expect(await writer.getResume()).toEqual({ ok: true, value: { text: 'Backend developer, 8 years.', source: 'cv.pdf', keptAt: 1_000 } });
    expect((await writer.deleteResume()).ok).toBe(true);
    expect(await fakeBrowser.storage.local.get(RESUME_KEY)).toEqual({});
    expect(await writer.getResume()).toEqual({ ok: true, value: null });
    await seed({ [RESUME_KEY]: { text: '', source: 'x', keptAt: 1 } });
    expect(await writer.getResume()).toEqual({ ok: true, value: null });
    await seed({ [RESUME_KEY]: 'just a string' });
    expect(await writer.getResume()).toEqual({ ok: true, value: null });
  });
});

describe('progress view and snapshot', () => {
  const r = (kind: ProgressRecord['kind'], id: string, done: boolean, weeks?: number): ProgressRecord => ({ kind, id, done, doneAt: done ? 1 : null, updatedAt: 1, ...(weeks ? { weeks } : {}) });
  const records = [
    r('task', 'p1-read-pm-books', true),
    r('skill', 'ai-ml-fundamentals', true),
    r('learning', 'ai-ml-fundamentals', true), // learned wins
    r('learning', 'stakeholder-management', true),
    r('skill', 'stakeholder-management', false),
    r('transferable', 'devops-cicd', false, 4),
    r('transferable', 'agile-scrum', false),
    r('transferable', 'api-development', true),
    r('other', 'python', true),
    r('other', 'rust', false),
    r('action', 'week-update-linkedin-headline', false),
  ];

  it('reduces records to the done ids per kind, the lacking transferable skills and their own weeks', () => {
    const view = toProgressView(records);
    expect(view).toMatchObject({
      learnedSkills: ['ai-ml-fundamentals'],
      learningSkills: ['stakeholder-management'],
      lackingSkills: ['agile-scrum', 'devops-cicd'],
      ownWeeks: { 'devops-cicd': 4 },
      doneTasks: ['p1-read-pm-books'],
      knownSkills: ['python'],
      doneActions: [],
    });
    expect(view.items.map((i) => `${i.kind}:${i.id}`).slice(0, 3)).toEqual(['action:week-update-linkedin-headline', 'learning:ai-ml-fundamentals', 'learning:stakeholder-management']);
  });

  it('the snapshot carries the pace from settings: absent hours are the pathway\'s, the assumption defaults to 10', () => {
    const view = toProgressView(records);
    const snap = toProgressSnapshot(view, { hoursPerWeek: 6 });
    expect(snap.pace).toEqual({ hoursPerWeek: 6, pathwayHoursPerWeek: 10 });
    expect([...snap.lackingSkills]).toEqual(['agile-scrum', 'devops-cicd']);
    expect([...snap.ownWeeks]).toEqual([['devops-cicd', 4]]);
    expect([...snap.learningSkills]).toEqual(['stakeholder-management']);
    expect(toProgressSnapshot(view, { pathwayHoursPerWeek: 12 }).pace).toEqual({ hoursPerWeek: 12, pathwayHoursPerWeek: 12 });
    expect(toProgressSnapshot({}, null).pace).toEqual({ hoursPerWeek: 10, pathwayHoursPerWeek: 10 });
    expect(toProgressSnapshot({}).lackingSkills.size).toBe(0);
  });
});

describe('time to qualify with the profile', () => {
  const cloud = report([skill('cloud-platforms', 'transferable')]);

  it('a lacking transferable required skill without an estimate is an unscheduled, unestimated gap of 0 weeks', () => {
    expect(timeToQualify(cloud, you({ lacking: ['cloud-platforms'] }), pathway)).toEqual({
      weeks: 0,
      pathwayWeeks: 0,
      hoursPerWeek: 10,
      phase: null,
      phaseEndWeek: null,
      unscheduled: ['cloud-platforms'],
      unestimated: ['cloud-platforms'],
      gaps: ['cloud-platforms'],
    });
    // Had (the default), or only preferred: no gap at all.
    expect(timeToQualify(cloud, you(), pathway).gaps).toEqual([]);
    expect(timeToQualify(report([skill('cloud-platforms', 'transferable', 'preferred')]), you({ lacking: ['cloud-platforms'] }), pathway).gaps).toEqual([]);
  });

  it('with the user\'s own weeks the gap counts them, at the user\'s pace', () => {
    const t = timeToQualify(cloud, you({ lacking: ['cloud-platforms'], ownWeeks: { 'cloud-platforms': 5 } }), pathway);
    expect(t).toMatchObject({ weeks: 5, pathwayWeeks: 5, unscheduled: ['cloud-platforms'], unestimated: [], gaps: ['cloud-platforms'] });
    // 6 h/week where the pathway assumes 10: 5 × 10 / 6 = 8.33 → 9 weeks.
    expect(timeToQualify(cloud, you({ lacking: ['cloud-platforms'], ownWeeks: { 'cloud-platforms': 5 }, hours: 6 }), pathway)).toMatchObject({ weeks: 9, pathwayWeeks: 5, hoursPerWeek: 6 });
  });

  it('done tasks of the phases that teach a skill shorten its weeks; tasks of other phases do not', () => {
    const ml = report([skill('ai-ml-fundamentals', 'toLearn')]);
    expect(timeToQualify(ml, you(), pathway)).toMatchObject({ weeks: 8, phase: 2, phaseEndWeek: 16 });
    // 2 of the 6 tasks of phases 1–2 done: 8 × 4/6 = 5.33 → 6 weeks.
    expect(timeToQualify(ml, you({ tasks: ['p1-ai-for-everyone', 'p2-ml-specialization'] }), pathway)).toMatchObject({ weeks: 6, phase: 2 });
    expect(timeToQualify(ml, you({ tasks: ['p3-ai-poc-project', 'p4-pass-pmp-exam'] }), pathway).weeks).toBe(8);
    // Every task done but the skill not marked learned: still a gap, with nothing left to study.
    const all = ['p1-ai-for-everyone', 'p1-read-pm-books', 'p1-start-pmp-study', 'p2-ml-specialization', 'p2-agile-certification', 'p2-lead-cross-functional-project'];
    expect(timeToQualify(ml, you({ tasks: all }), pathway)).toMatchObject({ weeks: 0, gaps: ['ai-ml-fundamentals'] });
    // "Learning" is not learned: the full weeks still count.
    expect(timeToQualify(ml, you({ learning: ['ai-ml-fundamentals'] }), pathway).weeks).toBe(8);
  });

  it('adds every gap, credits tasks per skill and scales the total by the pace', () => {
    const r = report([skill('ai-ml-fundamentals', 'toLearn'), skill('stakeholder-management', 'toLearn'), skill('cloud-platforms', 'transferable')]);
    const profile = { lacking: ['cloud-platforms'], ownWeeks: { 'cloud-platforms': 5 }, tasks: ['p1-ai-for-everyone', 'p2-ml-specialization'] };
    // AI/ML 8 × 4/6 = 5.33; stakeholder management (phases 2–3: 1 of 6 done) 6 × 5/6 = 5; cloud 5 → 15.33.
    expect(timeToQualify(r, you(profile), pathway)).toMatchObject({ weeks: 16, pathwayWeeks: 16, phase: 3, phaseEndWeek: 24, unscheduled: ['cloud-platforms'], unestimated: [] });
    // At 6 h/week: 15.33 × 10/6 = 25.56 → 26. At 20 h/week: 7.67 → 8.
    expect(timeToQualify(r, you({ ...profile, hours: 6 }), pathway)).toMatchObject({ weeks: 26, pathwayWeeks: 16 });
    expect(timeToQualify(r, you({ ...profile, hours: 20 }), pathway)).toMatchObject({ weeks: 8, pathwayWeeks: 16 });
    // A pathway assuming 12 h/week read at 6: twice the weeks, 30.67 → 31.
    expect(timeToQualify(r, you({ ...profile, hours: 6, pathwayHours: 12 }), pathway).weeks).toBe(31);
  });
});

describe('readiness with the profile', () => {
  it('drops when a transferable skill is marked not yet', () => {
    const r = report([skill('cloud-platforms', 'transferable'), skill('stakeholder-management', 'toLearn'), skill('api-development', 'transferable', 'preferred')]);
    // Required count double: (2×1 + 1) / (2×2 + 1) = 60 %.
    expect(readiness(r, you()).readiness).toBe(60);
    // (2×0 + 1) / 5 = 20 %, and (2×1 + 0) / 5 = 40 %.
    expect(readiness(r, you({ lacking: ['cloud-platforms'] })).readiness).toBe(20);
    expect(readiness(r, you({ lacking: ['api-development'] })).readiness).toBe(40);
    // Learning is not having: still 60 %; learned: (2×2 + 1) / 5 = 100 %.
    expect(readiness(r, you({ learning: ['stakeholder-management'] })).readiness).toBe(60);
    expect(readiness(r, you({ learned: ['stakeholder-management'] })).readiness).toBe(100);
  });
});

describe('ready by', () => {
  it('is today plus the weeks at the user\'s pace, with the pace in the text', () => {
    // 15 Aug 2026 + 52 weeks (364 days) = 14 Aug 2027.
    expect(readyBy({ weeks: 52, hoursPerWeek: 6, gaps: ['a'], unestimated: [] }, day('2026-08-15'))).toEqual({
      kind: 'date',
      day: day('2027-08-14'),
      unestimated: 0,
      text: 'Ready by 14 Aug 2027 at 6 h/week',
    });
    // Program management frameworks (12 weeks) at 6 h/week is 20 weeks: 1 Jan 2026 + 140 days = 21 May 2026.
    const t = timeToQualify(report([skill('program-management-frameworks', 'toLearn')]), you({ hours: 6 }), pathway);
    expect(t.weeks).toBe(20);
    expect(readyBy(t, day('2026-01-01')).text).toBe('Ready by 21 May 2026 at 6 h/week');
  });

  it('says what it leaves out, gives no date when nothing is estimated, and says ready when no gap is left', () => {
    expect(readyBy({ weeks: 4, hoursPerWeek: 10, gaps: ['a', 'b'], unestimated: ['b'] }, day('2026-01-01')).text).toBe('Ready by 29 Jan 2026 at 10 h/week (plus 1 skill without an estimate)');
    expect(readyBy({ weeks: 4, hoursPerWeek: 7.25, gaps: ['a', 'b', 'c'], unestimated: ['b', 'c'] }, day('2026-01-01'))).toMatchObject({ unestimated: 2, text: 'Ready by 29 Jan 2026 at 7.3 h/week (plus 2 skills without an estimate)' });
    expect(readyBy({ weeks: 0, hoursPerWeek: 10, gaps: ['a'], unestimated: ['a'] }, day('2026-01-01'))).toEqual({ kind: 'unknown', text: 'No date yet: give your gap an estimate in your profile' });
    expect(readyBy({ weeks: 0, hoursPerWeek: 10, gaps: ['a', 'b'], unestimated: ['a', 'b'] }, day('2026-01-01')).text).toBe('No date yet: give your gaps an estimate in your profile');
    expect(readyBy({ weeks: 0, hoursPerWeek: 10, gaps: [], unestimated: [] }, day('2026-01-01'))).toEqual({ kind: 'ready', text: 'Ready now: no required pathway gap' });
    // A gap with nothing left to study is due today.
    expect(readyBy({ weeks: 0, hoursPerWeek: 10, gaps: ['a'], unestimated: [] }, day('2026-01-01'))).toMatchObject({ kind: 'date', day: day('2026-01-01') });
    expect(formatHours(7.24)).toBe('7.2 h/week');
  });
});

describe('the roadmap at the user\'s pace', () => {
  it('phase week ranges scale with the pace, each phase at least a week', () => {
    const ranges = (hoursPerWeek: number, pathwayHoursPerWeek = 10) => pacedPhaseRanges(pathway, { hoursPerWeek, pathwayHoursPerWeek }).map((r) => [r.start, r.end]);
    expect(pacedPhaseRanges(pathway).map((r) => [r.phase, r.start, r.end])).toEqual([
      [1, 1, 8],
      [2, 9, 16],
      [3, 17, 24],
      [4, 25, 32],
      [5, 33, 40],
    ]);
    // 6 h/week: 8, 16, 24, 32, 40 × 10/6 = 13.3, 26.7, 40, 53.3, 66.7 → 14, 27, 40, 54, 67.
    expect(ranges(6)).toEqual([
      [1, 14],
      [15, 27],
      [28, 40],
      [41, 54],
      [55, 67],
    ]);
    expect(ranges(20)).toEqual([
      [1, 4],
      [5, 8],
      [9, 12],
      [13, 16],
      [17, 20],
    ]);
    // 80 h/week where 1 is assumed: 0.1, 0.2, … weeks; each phase still takes a week of its own.
    expect(ranges(80, 1)).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
  });

  const start = '2026-01-01';
  const phaseTasks = (n: number) => pathway.phases[n - 1]!.tasks.map((t) => t.id);

  it('this week: no start date, not started yet', () => {
    expect(thisWeek(pathway, null, day(start), new Set())).toBeNull();
    expect(thisWeek(pathway, '2026-02-30', day(start), new Set())).toBeNull();
    const early = thisWeek(pathway, '2026-03-10', day('2026-03-01'), new Set());
    expect(early).toMatchObject({ position: { kind: 'not-started', daysUntilStart: 9 }, phaseRange: null, due: [], overdue: [], done: 0, expected: 0, standing: 'on-track' });
    expect(thisWeek(pathway, '2026-03-10', day('2026-03-01'), new Set(['p1-read-pm-books']))).toMatchObject({ standing: 'ahead', text: 'You are ahead: 1 task done, 0 expected by now.' });
  });

  it('this week in phase 2: due and overdue tasks, behind, on track and ahead', () => {
    // 70 days in: week 11 of phase 2 (weeks 9–16). Expected: phase 1's 3 tasks + 2/8 of phase 2's 3 = 3.75 → 3.
    const today = day(start) + 70 * DAY;
    const behind = thisWeek(pathway, start, today, new Set());
    expect(behind).toMatchObject({ position: { kind: 'in-progress', week: 11, phase: 2, totalWeeks: 40 }, phaseRange: { start: 9, end: 16 }, done: 0, expected: 3, standing: 'behind', text: 'You are behind: 0 tasks done, 3 expected by now.' });
    expect(behind?.due.map((t) => t.id)).toEqual(phaseTasks(2));
    expect(behind?.overdue.map((t) => t.id)).toEqual(phaseTasks(1));

    const onTrack = thisWeek(pathway, start, today, new Set(phaseTasks(1)));
    expect(onTrack).toMatchObject({ standing: 'on-track', done: 3, overdue: [], text: 'You are on track: 3 tasks done, 3 expected by now.' });
    expect(onTrack?.due).toHaveLength(3);

    const ahead = thisWeek(pathway, start, today, new Set([...phaseTasks(1), 'p2-ml-specialization']));
    expect(ahead).toMatchObject({ standing: 'ahead', done: 4, text: 'You are ahead: 4 tasks done, 3 expected by now.' });
    expect(ahead?.due.map((t) => t.id)).toEqual(['p2-agile-certification', 'p2-lead-cross-functional-project']);
  });

  it('this week at 6 h/week: the same day is still phase 1 (weeks 1–14)', () => {
    // Expected: 10 of phase 1's 14 weeks gone, 3 × 10/14 = 2.14 → 2.
    const w = thisWeek(pathway, start, day(start) + 70 * DAY, new Set(), { hoursPerWeek: 6, pathwayHoursPerWeek: 10 });
    expect(w).toMatchObject({ position: { kind: 'in-progress', week: 11, phase: 1, totalWeeks: 67 }, phaseRange: { start: 1, end: 14 }, expected: 2, standing: 'behind', overdue: [] });
    expect(w?.due.map((t) => t.id)).toEqual(phaseTasks(1));
  });

  it('this week after the end: finished, every open task overdue', () => {
    const w = thisWeek(pathway, start, day(start) + 280 * DAY, new Set(phaseTasks(5)));
    expect(w).toMatchObject({ position: { kind: 'finished', week: 41, totalWeeks: 40 }, phaseRange: null, due: [], done: 3, expected: 15, standing: 'behind' });
    expect(w?.overdue).toHaveLength(12);
  });
});
