import { postingContent } from '../../../lib/storage/posting-content';
import { vi } from 'vitest';
import type { PopupSource } from '../../../components/popup/popup-source';
import type { PageReportAnswer } from '../../../lib/messaging/page-report';
import type { FrameResult } from '../../../lib/posting/on-demand';
import { followUpDateProblem, pastDateProblem, withAppliedDate, withFollowUp, withStatus, type FollowUpAction } from '../../../lib/storage/pipeline';
import { toProgressView } from '../../../lib/storage/progress';
import { fail, ok, type Result } from '../../../lib/storage/result';
import { DEFAULT_SETTINGS, type ProgressRecord, type SavedPosting, type Settings } from '../../../lib/storage/schemas';
import { applySettingsPatch } from '../../../lib/storage/settings';
import type { SkillState } from '../../../lib/profile/skill-state';

/** The fake's now: 20 Mar 2025, noon (local). */
export const FAKE_NOW = new Date(2025, 2, 20, 12).getTime();

export interface FakeOptions {
  postings?: SavedPosting[];
  corruptCount?: number;
  learned?: string[];
  /** To-learn skills being learned. */
  learning?: string[];
  /** Transferable skills marked "not yet", with the user's own weeks when given. */
  lacking?: Record<string, number | null>;
  /** Phase tasks done. */
  doneTasks?: string[];
  settings?: Partial<Settings>;
  pageReport?: PageReportAnswer | null;
  capture?: Result<FrameResult[]>;
  listError?: string;
}

/** An in-memory stand-in for the background writer and the tab APIs; every call is a vi.fn to assert on. */
export function fakePopupSource(options: FakeOptions = {}) {
  let postings = [...(options.postings ?? [])];
  const records = new Map<string, ProgressRecord>();
  for (const id of options.learned ?? []) records.set(`skill:${id}`, { kind: 'skill', id, done: true, doneAt: 1, updatedAt: 1 });
  for (const id of options.learning ?? []) records.set(`learning:${id}`, { kind: 'learning', id, done: true, doneAt: 1, updatedAt: 1 });
  for (const id of options.doneTasks ?? []) records.set(`task:${id}`, { kind: 'task', id, done: true, doneAt: 1, updatedAt: 1 });
  for (const [id, weeks] of Object.entries(options.lacking ?? {})) {
    records.set(`transferable:${id}`, { kind: 'transferable', id, done: false, doneAt: null, updatedAt: 1, ...(weeks === null ? {} : { weeks }) });
  }
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const setProgress = (kind: ProgressRecord['kind'], id: string, done: boolean) => {
    records.set(`${kind}:${id}`, { kind, id, done, doneAt: done ? 2 : null, updatedAt: 2 });
    return Promise.resolve(ok({ progress: toProgressView(records.values()) }));
  };
  const source = {
    getOverview: vi.fn(async () =>
      options.listError
        ? fail('unavailable', options.listError)
        : ok({ postings, corruptCount: options.corruptCount ?? 0, readOnlyCount: 0, progress: toProgressView(records.values()), settings }),
    ),
    updateSettings: vi.fn(async (patch) => {
      settings = applySettingsPatch(settings, patch, 3);
      return ok({ settings });
    }),
    setSkillLearned: vi.fn((id: string, learned: boolean) => setProgress('skill', id, learned)),
    // The writer's records for a state (lib/storage/writer/progress.ts): transferable → have/notYet; to learn → skill + learning.
    setSkillState: vi.fn((id: string, state: SkillState) => {
      if (state === 'have' || (state === 'notYet' && records.has(`transferable:${id}`))) return setProgress('transferable', id, state === 'have');
      void setProgress('skill', id, state === 'learned');
      return setProgress('learning', id, state === 'learning');
    }),
    setTaskDone: vi.fn((id: string, done: boolean) => setProgress('task', id, done)),
    setActionItemDone: vi.fn((id: string, done: boolean) => setProgress('action', id, done)),
    savePosting: vi.fn(async (input) => {
      const posting: SavedPosting = {
        id: input.jobKey,
        ...postingContent(input),
        savedAt: 5,
        updatedAt: 5,
        status: 'saved',
        notes: '',
        history: [{ status: 'saved', at: 5 }],
        followUpAt: null,
        followUpDoneAt: null,
      };
      postings = [posting, ...postings.filter((p) => p.id !== posting.id)];
      return ok({ posting });
    }),
    setPostingStatus: vi.fn(async (id: string, status: SavedPosting['status']) => {
      postings = postings.map((p) => (p.id === id ? { ...p, status, history: [...withStatus(p.history, status, FAKE_NOW)], updatedAt: p.updatedAt + 1 } : p));
      return ok({});
    }),
    setPostingNotes: vi.fn(async () => ok({})),
    // As the writer applies them (lib/storage/writer/postings.ts), at the fake's fixed now; every change bumps updatedAt.
    setAppliedDate: vi.fn(async (id: string, at: number) => {
      const problem = pastDateProblem(at, FAKE_NOW);
      if (problem) return fail('invalid-input', problem);
      postings = postings.map((p) => {
        if (p.id !== id) return p;
        const next = withAppliedDate(p.history, at);
        return { ...p, status: next.status, history: [...next.history], updatedAt: p.updatedAt + 1 };
      });
      return ok({});
    }),
    setFollowUp: vi.fn(async (id: string, action: FollowUpAction) => {
      const problem = action.kind === 'set' ? followUpDateProblem(action.at, FAKE_NOW) : null;
      if (problem) return fail('invalid-input', problem);
      postings = postings.map((p) => (p.id === id ? { ...p, ...withFollowUp(action, FAKE_NOW), updatedAt: p.updatedAt + 1 } : p));
      return ok({});
    }),
    deletePosting: vi.fn(async (id: string) => {
      postings = postings.filter((p) => p.id !== id);
      return ok({});
    }),
    restorePosting: vi.fn(async () => ok({})),
    mergePostings: vi.fn(async () => ok({})),
    markDistinct: vi.fn(async () => ok({})),
    getPageReport: vi.fn(async () => options.pageReport ?? null),
    capturePage: vi.fn(async () => options.capture ?? fail('forbidden', 'Pathway Lens cannot read this page.')),
    openDashboard: vi.fn(),
    openProfile: vi.fn(),
    now: () => new Date(FAKE_NOW),
  } satisfies PopupSource;
  return { source, getPostings: () => postings, getSettings: () => settings };
}
