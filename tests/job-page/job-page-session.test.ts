import { describe, expect, it, vi } from 'vitest';
import { failureState, JobPageSession, type JobPageServices, type JobPageStore } from '../../lib/job-page/job-page-session';
import type { CapturedPosting, PageCapture } from '../../lib/capture/capture-result';
import type { GapReport } from '../../lib/analysis/gap-report';
import { EMPTY_PROGRESS_VIEW, type ProgressView } from '../../lib/storage/progress';
import { DEFAULT_SETTINGS, type SavedPosting } from '../../lib/storage/schemas';

function posting(jobKey: string, title: string): CapturedPosting {
  return {
    board: 'linkedin',
    url: `https://www.linkedin.com/jobs/view/${jobKey.split(':')[1]}/`,
    canonicalUrl: `https://www.linkedin.com/jobs/view/${jobKey.split(':')[1]}/`,
    jobKey,
    title,
    company: 'Acme AI',
    location: 'Remote',
    descriptionText: `${title} description`,
    descriptionBlocks: [{ type: 'paragraph', text: `${title} description` }],
    source: 'board',
    capturedAt: '2026-11-27T00:00:00.000Z',
  } as CapturedPosting;
}

function report(title: string): GapReport {
  return {
    posting: { title, company: 'Acme AI', location: null, board: 'linkedin', url: null },
    targetRole: true,
    targetRoleReason: 'test',
    skills: [
      { id: 'program-management-frameworks', label: 'PM', kind: 'toLearn', level: 'required', evidence: 'PMP', mentions: ['PMP'], match: 'exact', score: 1 },
      { id: 'api-development', label: 'APIs', kind: 'transferable', level: 'required', evidence: 'APIs', mentions: ['APIs'], match: 'exact', score: 1 },
    ],
    analysisVersion: 'test',
  };
}

// The session reads only `ok` of these answers; the writer's full values are not needed here.
const ok = { ok: true, value: null } as never;

type FakeStore = { -readonly [K in keyof JobPageStore]: JobPageStore[K] } & {
  learned: Set<string>;
  lacking: Set<string>;
  saved: SavedPosting[];
  /** Every saved-status read, by id: the session asks for its one posting, never for the list. */
  statusReads: string[];
  /** The kept résumé's lines the fake background holds (null: none kept), and every checklist request's skill ids. */
  resume: { language: string | null; lines: { id: string; line: string }[] } | null;
  resumeAsks: string[][];
};

function makeStore(): FakeStore {
  const learned = new Set<string>();
  const lacking = new Set<string>();
  const saved: SavedPosting[] = [];
  const statusReads: string[] = [];
  const view = (): ProgressView => ({ ...EMPTY_PROGRESS_VIEW, learnedSkills: [...learned], lackingSkills: [...lacking] });
  const store: FakeStore = {
    learned,
    lacking,
    saved,
    statusReads,
    resume: null,
    resumeAsks: [],
    // As the background answers: only the lines of the skills asked about.
    getResumeChecklist: async ({ skills }) => {
      store.resumeAsks.push(skills);
      const r = store.resume;
      return { ok: true, value: r ? { language: r.language, lines: r.lines.filter((l) => skills.includes(l.id)) } : null };
    },
    // The background's analysis (the analyser never runs in the page): a report named after the posting.
    analyzePosting: async (p) => ({ ok: true, value: report(p.title) }),
    getProgress: async () => ({ ok: true, value: view() }),
    getSettings: async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, sidebar: { linkedin: { position: 'left', collapsed: true } } } }),
    updateSettings: async () => ok,
    getSavedStatus: async ({ id }) => {
      statusReads.push(id);
      const p = saved.find((x) => x.id === id);
      return { ok: true, value: p ? { status: p.status } : null };
    },
    savePosting: async (input) => {
      const p = { id: input.jobKey, status: 'saved' } as SavedPosting;
      saved.push(p);
      return { ok: true, value: { posting: p, created: true, usage: { bytesInUse: 0, quotaBytes: 1, ratio: 0.85, warn: true } } };
    },
    setPostingStatus: async () => ok,
    setSkillLearned: async ({ skillId, done }) => {
      if (done) learned.add(skillId);
      else learned.delete(skillId);
      return ok;
    },
    // As the writer stores it: have / notYet for a transferable skill, learned or not for one to learn.
    setSkillState: async ({ skillId, state }) => {
      if (state === 'have') lacking.delete(skillId);
      else if (state === 'notYet' && skillId === 'api-development') lacking.add(skillId);
      else if (state === 'learned') learned.add(skillId);
      else learned.delete(skillId);
      return ok;
    },
    setOtherSkillKnown: async () => ok,
    openDashboard: async () => ({ ok: true, value: null }),
  };
  return store;
}

function services(store: JobPageStore, capture: JobPageServices['capture']): JobPageServices {
  return {
    capture,
    isJobPage: (url) => url.pathname.startsWith('/jobs/view/'),
    jobKeyOf: (url) => {
      const id = /\/jobs\/view\/(\d+)/.exec(url.pathname)?.[1];
      return id ? `linkedin:${id}` : null;
    },
    store,
  };
}

const url = (id: string) => new URL(`https://www.linkedin.com/jobs/view/${id}/`);

describe('JobPageSession', () => {
  it('stays inactive on pages that are not job pages', async () => {
    const capture = vi.fn();
    const session = new JobPageSession(services(makeStore(), capture));
    await session.navigate(new URL('https://www.linkedin.com/feed/'));
    expect(session.getView().active).toBe(false);
    expect(capture).not.toHaveBeenCalled();
  });

  it('captures, analyses and scores the job, with the board’s sidebar prefs', async () => {
    const session = new JobPageSession(services(makeStore(), async (u): Promise<PageCapture> => ({ ok: true, descriptionElement: null, posting: posting(`linkedin:${u.pathname.split('/')[3]}`, 'Job A') })));
    await session.navigate(url('1'));
    const view = session.getView();
    expect(view.active).toBe(true);
    expect(view.collapsed).toBe(true);
    expect(view.side).toBe('left');
    expect(view.state.kind).toBe('ready');
    if (view.state.kind !== 'ready') return;
    expect(view.state.report.posting.title).toBe('Job A');
    expect(view.state.score.readiness).toBe(50);
  });

  it('drops a stale capture when the user moved on to another job', async () => {
    let releaseFirst: (r: PageCapture) => void = () => {};
    const capture = vi.fn((u: URL, _prev: unknown, signal: AbortSignal) => {
      const id = u.pathname.split('/')[3]!;
      if (id === '1') {
        return new Promise<PageCapture>((resolve, reject) => {
          releaseFirst = resolve;
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        });
      }
      return Promise.resolve<PageCapture>({ ok: true, descriptionElement: null, posting: posting(`linkedin:${id}`, `Job ${id}`) });
    });
    const session = new JobPageSession(services(makeStore(), capture));
    const first = session.navigate(url('1'));
    await session.navigate(url('2'));
    releaseFirst({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') });
    await first;
    const view = session.getView();
    expect(view.state.kind === 'ready' && view.state.report.posting.title).toBe('Job 2');
  });

  it('does not re-analyse an unchanged job', async () => {
    const capture = vi.fn(async (): Promise<PageCapture> => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') }));
    const session = new JobPageSession(services(makeStore(), capture));
    await session.navigate(url('1'));
    await session.navigate(new URL('https://www.linkedin.com/jobs/view/1/?trk=x'));
    expect(capture).toHaveBeenCalledTimes(1);
  });

  it('reports "still loading" and "no posting" failures', async () => {
    const loading = new JobPageSession(services(makeStore(), async () => ({ ok: false, reason: 'loading', message: 'posting still loading' }) as PageCapture));
    await loading.navigate(url('1'));
    expect(loading.getView().state.kind).toBe('still-loading');
    const none = new JobPageSession(services(makeStore(), async () => null));
    await none.navigate(url('1'));
    expect(none.getView().state.kind).toBe('no-posting');
  });

  it('says the description is missing (no report, no score), and captures again when the URL moves to the same job’s description', async () => {
    const missing: PageCapture = { ok: false, reason: 'no-description', message: 'job found, but its description is not on the page' };
    const capture = vi.fn(async (u: URL): Promise<PageCapture> =>
      u.pathname.endsWith('/application') ? missing : { ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') },
    );
    const session = new JobPageSession(services(makeStore(), capture));
    await session.navigate(new URL('https://www.linkedin.com/jobs/view/1/application'));
    expect(session.getView().state).toEqual({ kind: 'no-description' });
    expect(session.getView().posting).toBeNull();
    // Same URL again (a re-render, a repeated event): nothing to redo.
    await session.navigate(new URL('https://www.linkedin.com/jobs/view/1/application'));
    expect(capture).toHaveBeenCalledTimes(1);
    // Same job key, another URL (its Overview tab): captured again, and now reported.
    await session.navigate(url('1'));
    expect(capture).toHaveBeenCalledTimes(2);
    expect(session.getView().state.kind).toBe('ready');
  });

  it('maps every capture failure to a sidebar state without a score', () => {
    const fail = (reason: 'no-posting' | 'loading' | 'no-description'): PageCapture => ({ ok: false, reason, message: reason });
    expect(failureState(fail('loading'))).toEqual({ kind: 'still-loading' });
    expect(failureState(fail('no-description'))).toEqual({ kind: 'no-description' });
    expect(failureState(fail('no-posting'))).toEqual({ kind: 'no-posting' });
    expect(failureState(null)).toEqual({ kind: 'no-posting' });
  });

  it('mark learned re-scores at once and keeps the stored truth', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    await session.setSkillLearned('program-management-frameworks', true);
    const view = session.getView();
    expect(store.learned.has('program-management-frameworks')).toBe(true);
    expect(view.state.kind === 'ready' && view.state.score.readiness).toBe(100);
  });

  it('saves once, then shows the status and the quota warning', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    await Promise.all([session.save(), session.save()]);
    expect(store.saved).toHaveLength(1);
    const view = session.getView();
    expect(view.state.kind === 'ready' && view.state.savedStatus).toBe('saved');
    expect(view.state.kind === 'ready' && view.state.quotaWarningPercent).toBe(85);
  });

  it('shows "reload this tab" once the extension context is gone', async () => {
    const session = new JobPageSession(services(makeStore(), async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    session.invalidate();
    expect(session.getView().state.kind).toBe('context-invalidated');
  });
});

describe('JobPageSession: the profile and the pace (changed here or in the dashboard)', () => {
  const job = async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') }) as PageCapture;
  const readyState = (session: JobPageSession) => {
    const state = session.getView().state;
    if (state.kind !== 'ready') throw new Error(`not ready: ${state.kind}`);
    return state;
  };

  it('a transferable skill marked "not yet" in the profile re-scores the open sidebar; "I have it" undoes it at once', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, job));
    await session.navigate(url('1'));
    // PM (to learn) and APIs (transferable), both required: APIs had, 2 of 4 weighted points.
    expect(readyState(session).score.readiness).toBe(50);
    expect(readyState(session).score.timeToQualify.gaps).toEqual(['program-management-frameworks']);

    // The dashboard's profile writes it; the storage change reaches the tab as refreshProgress (lib/job-page/job-page.ts).
    store.lacking.add('api-development');
    await session.refreshProgress();
    expect(readyState(session).progress.lackingSkills.has('api-development')).toBe(true);
    expect(readyState(session).score.readiness).toBe(0);
    expect(readyState(session).score.timeToQualify.gaps).toEqual(['program-management-frameworks', 'api-development']);
    expect(readyState(session).score.timeToQualify.unestimated).toEqual(['api-development']);

    const done = session.setSkillState('api-development', 'have');
    // Optimistic: the gauge moves on click, before the writer answers.
    expect(readyState(session).score.readiness).toBe(50);
    await done;
    expect(store.lacking.has('api-development')).toBe(false);
    expect(readyState(session).score.readiness).toBe(50);
    expect(readyState(session).score.timeToQualify.gaps).toEqual(['program-management-frameworks']);
  });

  it('a change of hours a week in settings re-scores time to qualify at the new pace', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, job));
    await session.navigate(url('1'));
    // Program Management Frameworks: 12 pathway weeks at the pathway's 10 h/week.
    expect(readyState(session).score.timeToQualify).toMatchObject({ weeks: 12, pathwayWeeks: 12, hoursPerWeek: 10 });
    store.getSettings = async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, hoursPerWeek: 4 } });
    await session.refreshSettings();
    // 12 × 10 / 4 = 30 weeks; readiness does not depend on the pace.
    expect(readyState(session).score.timeToQualify).toMatchObject({ weeks: 30, pathwayWeeks: 12, hoursPerWeek: 4 });
    expect(readyState(session).progress.pace).toEqual({ hoursPerWeek: 4, pathwayHoursPerWeek: 10 });
    expect(readyState(session).score.readiness).toBe(50);
  });

  it('reads settings once per job and once per settings change; a pace change re-scores without reading progress again', async () => {
    const store = makeStore();
    const reads = { settings: 0, progress: 0 };
    const getSettings = store.getSettings;
    const getProgress = store.getProgress;
    store.getSettings = async () => (reads.settings++, getSettings());
    store.getProgress = async () => (reads.progress++, getProgress());
    const session = new JobPageSession(services(store, job));
    await session.navigate(url('1'));
    expect(reads).toEqual({ settings: 1, progress: 1 });
    store.getSettings = async () => (reads.settings++, { ok: true, value: { ...DEFAULT_SETTINGS, hoursPerWeek: 5 } });
    await session.refreshSettings();
    expect(reads).toEqual({ settings: 2, progress: 1 });
    expect(readyState(session).score.timeToQualify).toMatchObject({ weeks: 24, hoursPerWeek: 5 });
  });

  it('a failed state change says so and keeps the stored truth', async () => {
    const store = makeStore();
    store.lacking.add('api-development');
    store.setSkillState = async () => ({ ok: false, error: { code: 'unavailable', message: 'Pathway Lens is not responding.' } }) as never;
    const session = new JobPageSession(services(store, job));
    await session.navigate(url('1'));
    expect(readyState(session).score.readiness).toBe(0);
    await session.setSkillState('api-development', 'have');
    expect(readyState(session).saveError).toEqual({ kind: 'failed', message: 'Pathway Lens is not responding.' });
    expect(readyState(session).score.readiness).toBe(0);
  });
});

describe('JobPageSession: compare', () => {
  it('opens the dashboard, preselecting this posting only once it is saved', async () => {
    const store = makeStore();
    const opened: Array<string[] | undefined> = [];
    store.openDashboard = async ({ compare }) => {
      opened.push(compare);
      return { ok: true, value: null };
    };
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    await session.openCompare();
    await session.save();
    await session.openCompare();
    expect(opened).toEqual([undefined, ['linkedin:1']]);
  });
});

describe('JobPageSession: per-board sidebar settings', () => {
  const ready = async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') }) as PageCapture;

  it('starts as a tab on a board whose auto-open is off, and open where it is on', async () => {
    const store = makeStore();
    store.getSettings = async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, autoOpen: { linkedin: false } } });
    const off = new JobPageSession(services(store, ready));
    await off.navigate(url('1'));
    expect(off.getView().collapsed).toBe(true);
    store.getSettings = async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, defaultAutoOpen: false, autoOpen: { linkedin: true } } });
    const on = new JobPageSession(services(store, ready));
    await on.navigate(url('1'));
    expect(on.getView().collapsed).toBe(false);
  });

  it('follows a theme change made in the popup without touching the panel state', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, ready));
    await session.navigate(url('1'));
    const before = session.getView();
    store.getSettings = async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await session.refreshSettings();
    expect(session.getView().theme).toBe('dark');
    expect(session.getView().collapsed).toBe(before.collapsed);
    expect(session.getView().side).toBe(before.side);
  });

  it('remembers the side and the collapsed state for the board', async () => {
    const store = makeStore();
    const patches: unknown[] = [];
    store.updateSettings = async (patch) => {
      patches.push(patch);
      return ok;
    };
    const session = new JobPageSession(services(store, ready));
    await session.navigate(url('1'));
    session.setSide('right');
    session.setCollapsed(false);
    expect(session.getView().side).toBe('right');
    expect(patches).toEqual([
      { sidebar: { board: 'linkedin', position: 'right' } },
      { sidebar: { board: 'linkedin', collapsed: false } },
    ]);
  });
});

describe('JobPageSession: quick in-page navigation', () => {
  const capturing = () =>
    vi.fn((u: URL, _previous: CapturedPosting | null, signal: AbortSignal, _before?: CapturedPosting | null): Promise<PageCapture> => {
      const id = /\/jobs\/view\/(\d+)/.exec(u.pathname)?.[1] ?? '';
      if (id === '2') return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
      return Promise.resolve({ ok: true, descriptionElement: null, posting: posting(`linkedin:${id}`, `Job ${id}`) });
    });

  it('gives the capture the posting shown last as "previous", even after a navigation that was aborted while loading', async () => {
    const capture = capturing();
    const session = new JobPageSession(services(makeStore(), capture));
    await session.navigate(url('1'));
    void session.navigate(url('2')); // clicked past before it loaded
    await session.navigate(url('3'));
    expect(capture.mock.calls[2]?.[1]?.jobKey).toBe('linkedin:1');
  });

  it('passes what the pane showed at the URL change, unless it is the very job navigated back to', async () => {
    const capture = capturing();
    const session = new JobPageSession(services(makeStore(), capture));
    await session.navigate(url('1'));
    const shown1 = posting('linkedin:1', 'Job 1');
    await session.navigate(url('3'), shown1);
    expect(capture.mock.calls[1]?.[3]).toBe(shown1);
    // Back to job 3's neighbour 1 while the pane still shows job 3 (shown last): job 3's text is stale for job 1…
    const shown3 = posting('linkedin:3', 'Job 3');
    await session.navigate(url('1'), shown3);
    expect(capture.mock.calls[2]?.[3]).toBe(shown3);
    // …but clicking past job 2 back to job 1 (shown last) while the pane still shows job 1 is no stale text.
    void session.navigate(url('2'), posting('linkedin:1', 'Job 1'));
    await session.navigate(url('1'), posting('linkedin:2', 'Job 1'));
    expect(capture.mock.calls[4]?.[3]).toBeNull();
    expect(capture.mock.calls[4]?.[1]?.jobKey).toBe('linkedin:1');
    const last = session.getView();
    expect(last.state.kind === 'ready' && last.state.report.posting.title).toBe('Job 1');
  });

  it('never shows a job whose URL the page has already left; follows the current URL instead', async () => {
    let pageUrl = url('1');
    const capture = vi.fn(async (u: URL): Promise<PageCapture> => {
      const id = /\/jobs\/view\/(\d+)/.exec(u.pathname)?.[1] ?? '';
      if (id === '1') pageUrl = url('4'); // the user clicked on while job 1 was captured; the poll has not seen it yet
      return { ok: true, descriptionElement: null, posting: posting(`linkedin:${id}`, `Job ${id}`) };
    });
    const seen: string[] = [];
    const session = new JobPageSession({ ...services(makeStore(), capture), currentUrl: () => pageUrl });
    session.subscribe(() => {
      const v = session.getView();
      if (v.state.kind === 'ready') seen.push(v.state.report.posting.title ?? '');
    });
    await session.navigate(url('1'));
    await vi.waitFor(() => expect(seen).toContain('Job 4'));
    expect(seen).not.toContain('Job 1');
  });
});

describe('JobPageSession: the posting flow', () => {
  it('saves exactly the flow’s payload (lib/posting/flow.ts), the full description included', async () => {
    const store = makeStore();
    const inputs: unknown[] = [];
    const save = store.savePosting;
    store.savePosting = async (input) => {
      inputs.push(input);
      return save(input);
    };
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    await session.save();
    expect(inputs).toEqual([
      {
        jobKey: 'linkedin:1',
        url: 'https://www.linkedin.com/jobs/view/1/',
        board: 'linkedin',
        title: 'Job 1',
        company: 'Acme AI',
        location: 'Remote',
        report: report('Job 1'),
        description: 'Job 1 description',
        descriptionBlocks: [{ type: 'paragraph', text: 'Job 1 description' }],
      },
    ]);
  });

  it('highlights inside the element capture read, and looks again only when the page replaced it', async () => {
    const first = { isConnected: true } as { isConnected: boolean } & Element;
    const second = { isConnected: true } as Element;
    const locate = vi.fn(() => second);
    const session = new JobPageSession({
      ...services(makeStore(), async () => ({ ok: true, descriptionElement: first, posting: posting('linkedin:1', 'Job 1') })),
      currentUrl: () => url('1'),
      locateDescription: locate,
    });
    await session.navigate(url('1'));
    expect(session.descriptionRoot()).toBe(first);
    expect(locate).not.toHaveBeenCalled();
    first.isConnected = false; // the page re-rendered the description
    expect(session.descriptionRoot()).toBe(second);
    expect(locate).toHaveBeenCalledTimes(1);
  });

  it('remembers highlights per board and follows a change made elsewhere', async () => {
    const store = makeStore();
    const patches: unknown[] = [];
    store.updateSettings = async (patch) => {
      patches.push(patch);
      return ok;
    };
    store.getSettings = async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, highlights: { linkedin: false, indeed: true } } });
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    expect(session.getView().highlightsOn).toBe(false);
    session.setHighlights(true);
    expect(patches).toEqual([{ highlights: { board: 'linkedin', enabled: true } }]);
    store.getSettings = async () => ({ ok: true, value: { ...DEFAULT_SETTINGS, highlights: { linkedin: false } } });
    await session.refreshSettings();
    expect(session.getView().highlightsOn).toBe(false);
  });
});

describe('JobPageSession: saved elsewhere', () => {
  it('follows this posting being saved, moved on or deleted in the popup or another tab', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    const status = () => {
      const s = session.getView().state;
      return s.kind === 'ready' ? s.savedStatus : 'not ready';
    };
    expect(status()).toBeNull();
    store.saved.push({ id: 'linkedin:1', status: 'applied' } as SavedPosting);
    await session.refreshSavedStatus();
    expect(status()).toBe('applied');
    store.saved.length = 0;
    await session.refreshSavedStatus();
    expect(status()).toBeNull();
    // One record read each time (getSavedStatus), for this posting only: the tab never receives the saved list.
    expect(store.statusReads).toEqual(['linkedin:1', 'linkedin:1', 'linkedin:1']);
  });

  it('a failed status read shows the posting as not saved', async () => {
    const store = makeStore();
    store.saved.push({ id: 'linkedin:1', status: 'applied' } as SavedPosting);
    store.getSavedStatus = async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } }) as never;
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
    await session.navigate(url('1'));
    const state = session.getView().state;
    expect(state.kind === 'ready' && state.savedStatus).toBeNull();
  });
});

describe('JobPageSession: analysis in the background', () => {
  it('sends the captured posting itself to analyzePosting and shows the report it answers', async () => {
    const store = makeStore();
    const sent: CapturedPosting[] = [];
    store.analyzePosting = async (p) => {
      sent.push(p as CapturedPosting);
      return { ok: true, value: report('From the background') };
    };
    const captured = posting('linkedin:1', 'Job 1');
    const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: captured })));
    await session.navigate(url('1'));
    expect(sent).toEqual([captured]);
    const state = session.getView().state;
    expect(state.kind === 'ready' && state.report.posting.title).toBe('From the background');
  });

  it('background unreachable: "reload this tab"; a refused capture: no posting, never a readiness', async () => {
    for (const [code, kind] of [
      ['unavailable', 'context-invalidated'],
      ['invalid-input', 'no-posting'],
    ] as const) {
      const store = makeStore();
      store.analyzePosting = async () => ({ ok: false, error: { code, message: 'x' } });
      const session = new JobPageSession(services(store, async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') })));
      await session.navigate(url('1'));
      expect(session.getView().state.kind).toBe(kind);
      expect(session.getView().posting).toBeNull();
    }
  });

  it('drops an analysis answered after the user moved on to another job', async () => {
    const store = makeStore();
    let release: (() => void) | null = null;
    store.analyzePosting = async (p) => {
      if (p.jobKey === 'linkedin:1') await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, value: report(p.title) };
    };
    const capture = async (u: URL): Promise<PageCapture> => {
      const id = /\/jobs\/view\/(\d+)/.exec(u.pathname)?.[1] ?? '';
      return { ok: true, descriptionElement: null, posting: posting(`linkedin:${id}`, `Job ${id}`) };
    };
    const session = new JobPageSession(services(store, capture));
    const first = session.navigate(url('1'));
    await vi.waitFor(() => expect(release).not.toBeNull());
    await session.navigate(url('2'));
    (release as unknown as () => void)();
    await first;
    const state = session.getView().state;
    expect(state.kind === 'ready' && state.report.posting.title).toBe('Job 2');
  });
});

describe('JobPageSession: résumé checklist', () => {
  const ready = async () => ({ ok: true, descriptionElement: null, posting: posting('linkedin:1', 'Job 1') }) as PageCapture;
  const flush = () => new Promise((r) => setTimeout(r, 0));
  const readyState = (session: JobPageSession) => {
    const { state } = session.getView();
    if (state.kind !== 'ready') throw new Error(`not ready: ${state.kind}`);
    return state;
  };

  it('asks the background for the lines of this posting’s skills only, after the report is shown', async () => {
    const store = makeStore();
    store.resume = { language: 'en', lines: [{ id: 'api-development', line: 'Built REST APIs for 40 teams.' }, { id: 'kubernetes', line: 'Ran Kubernetes.' }] };
    let answer: (() => void) | null = null;
    const asked = store.getResumeChecklist;
    store.getResumeChecklist = (input) => new Promise((resolve) => (answer = () => resolve(asked(input))));
    const session = new JobPageSession(services(store, ready));
    await session.navigate(url('1'));
    // The report is on screen before the résumé's answer.
    expect(readyState(session).resume).toBeUndefined();
    answer!();
    await flush();
    expect(store.resumeAsks).toEqual([['program-management-frameworks', 'api-development']]);
    expect(readyState(session).resume).toEqual({ language: 'en', lines: [{ id: 'api-development', line: 'Built REST APIs for 40 teams.' }] });
  });

  it('null without a kept résumé; follows a résumé kept or deleted later; keeps it across progress changes', async () => {
    const store = makeStore();
    const session = new JobPageSession(services(store, ready));
    await session.navigate(url('1'));
    await flush();
    expect(readyState(session).resume).toBeNull();
    store.resume = { language: 'en', lines: [{ id: 'api-development', line: 'Built REST APIs.' }] };
    await session.refreshResume();
    expect(readyState(session).resume?.lines).toEqual([{ id: 'api-development', line: 'Built REST APIs.' }]);
    await session.setSkillLearned('program-management-frameworks', true);
    expect(readyState(session).resume?.lines).toHaveLength(1);
    store.resume = null;
    await session.refreshResume();
    expect(readyState(session).resume).toBeNull();
  });

  it('shows no checklist when the answer is a failure', async () => {
    const store = makeStore();
    store.resume = { language: 'en', lines: [] };
    const session = new JobPageSession(services(store, ready));
    await session.navigate(url('1'));
    await flush();
    expect(readyState(session).resume).toEqual({ language: 'en', lines: [] });
    store.getResumeChecklist = async () => ({ ok: false, error: { code: 'unavailable', message: 'x' } });
    await session.refreshResume();
    expect(readyState(session).resume).toBeUndefined();
  });

  it('opens the profile through the background (a page cannot open an extension page)', async () => {
    const store = makeStore();
    const opened: unknown[] = [];
    store.openDashboard = async (input) => {
      opened.push(input);
      return { ok: true, value: null };
    };
    const session = new JobPageSession(services(store, ready));
    await session.navigate(url('1'));
    await session.openProfile();
    expect(opened).toEqual([{ view: 'profile' }]);
  });
});
