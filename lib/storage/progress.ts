import type { ProgressSnapshot } from '../scoring/progress-snapshot';
import type { ProgressRecord } from './schemas';

/** What pages get for progress: the records and the ids that are currently done, per kind. */
export interface ProgressView {
  items: ProgressRecord[];
  learnedSkills: string[];
  doneTasks: string[];
  knownSkills: string[];
  doneActions: string[];
}

export function toProgressView(records: Iterable<ProgressRecord>): ProgressView {
  const items = [...records].sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));
  const doneOf = (kind: ProgressRecord['kind']) => items.filter((r) => r.kind === kind && r.done).map((r) => r.id);
  return { items, learnedSkills: doneOf('skill'), doneTasks: doneOf('task'), knownSkills: doneOf('other'), doneActions: doneOf('action') };
}

/** Reduces stored records to what scoring takes. */
export function toProgressSnapshot(view: Pick<ProgressView, 'learnedSkills' | 'knownSkills'>): ProgressSnapshot {
  return { learnedSkills: new Set(view.learnedSkills), knownSkills: new Set(view.knownSkills) };
}
