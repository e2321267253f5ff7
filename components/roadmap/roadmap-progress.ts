import type { ToLearnSkillId } from '../../lib/pathway/schema';

/**
 * The user's progress through the roadmap, and how to change it. Optional everywhere: without it the
 * roadmap renders read-only (as in the first popup), with it tasks, action items and skills are checkboxes.
 */
export interface RoadmapProgress {
  readonly doneTasks: ReadonlySet<string>;
  readonly doneActions: ReadonlySet<string>;
  readonly learnedSkills: ReadonlySet<string>;
  /** `YYYY-MM-DD`, or null when the user has not set one. */
  readonly startDate: string | null;
  /** UTC midnight of the user's today (lib/insights/roadmap-progress todayUtc). */
  readonly today: number;
  readonly onTaskDone: (taskId: string, done: boolean) => void;
  readonly onActionDone: (itemId: string, done: boolean) => void;
  readonly onSkillLearned: (skillId: ToLearnSkillId, learned: boolean) => void;
  readonly onStartDateChange: (day: string | null) => void;
}
