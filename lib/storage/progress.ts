import { paceOf, type ProgressSnapshot } from '../scoring/progress-snapshot';
import type { ProgressRecord, Settings } from './schemas';

/** What pages get for progress: the records and the ids that are currently done, per kind. */
export interface ProgressView {
  items: ProgressRecord[];
  learnedSkills: string[];
  doneTasks: string[];
  knownSkills: string[];
  doneActions: string[];
  /** To-learn skills the user is learning now. */
  learningSkills: string[];
  /** Transferable skills the user marked "not yet". */
  lackingSkills: string[];
  /** Own week estimates of lacking transferable skills, by id. */
  ownWeeks: Record<string, number>;
}

export const EMPTY_PROGRESS_VIEW: ProgressView = {
  items: [],
  learnedSkills: [],
  doneTasks: [],
  knownSkills: [],
  doneActions: [],
  learningSkills: [],
  lackingSkills: [],
  ownWeeks: {},
};

export function toProgressView(records: Iterable<ProgressRecord>): ProgressView {
  const items = [...records].sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
  const doneOf = (kind: ProgressRecord['kind']) => items.filter((r) => r.kind === kind && r.done).map((r) => r.id);
  const lacking = items.filter((r) => r.kind === 'transferable' && !r.done);
  const learnedSkills = doneOf('skill');
  const learned = new Set(learnedSkills);
  const ownWeeks: Record<string, number> = {};
  for (const r of lacking) if (r.weeks !== undefined) ownWeeks[r.id] = r.weeks;
  return {
    items,
    learnedSkills,
    doneTasks: doneOf('task'),
    knownSkills: doneOf('other'),
    doneActions: doneOf('action'),
    // Learned wins over learning: a skill is in one state.
    learningSkills: doneOf('learning').filter((id) => !learned.has(id)),
    lackingSkills: lacking.map((r) => r.id),
    ownWeeks,
  };
}

/** Reduces stored records (and the pace in settings) to what scoring takes. Missing fields read as defaults. */
export function toProgressSnapshot(view: Partial<ProgressView>, settings?: Pick<Settings, 'hoursPerWeek' | 'pathwayHoursPerWeek'> | null): ProgressSnapshot {
  return {
    learnedSkills: new Set(view.learnedSkills ?? []),
    learningSkills: new Set(view.learningSkills ?? []),
    lackingSkills: new Set(view.lackingSkills ?? []),
    ownWeeks: new Map(Object.entries(view.ownWeeks ?? {})),
    knownSkills: new Set(view.knownSkills ?? []),
    doneTasks: new Set(view.doneTasks ?? []),
    pace: paceOf(settings),
  };
}
