import type { ToLearnSkillId } from '../../lib/pathway/schema';
import type { SkillState } from '../../lib/profile/skill-state';
import type { Pace } from '../../lib/scoring/progress-snapshot';

/**
 * The user's progress through the roadmap, and how to change it. Optional everywhere: without it the
 * roadmap renders read-only (as in the first popup), with it tasks, action items and skills are checkboxes.
 */
export interface RoadmapProgress {
  readonly doneTasks: ReadonlySet<string>;
  readonly doneActions: ReadonlySet<string>;
  readonly learnedSkills: ReadonlySet<string>;
  /** Skills to learn the user is learning now (offered next to "Learned" when `onSkillState` is given). */
  readonly learningSkills?: ReadonlySet<string>;
  /** The user's hours a week (settings): the roadmap's weeks and this week's place are counted at it. */
  readonly pace?: Pace;
  /** `YYYY-MM-DD`, or null when the user has not set one. */
  readonly startDate: string | null;
  /** UTC midnight of the user's today (lib/insights/roadmap-progress todayUtc). */
  readonly today: number;
  readonly onTaskDone: (taskId: string, done: boolean) => void;
  readonly onActionDone: (itemId: string, done: boolean) => void;
  readonly onSkillLearned: (skillId: ToLearnSkillId, learned: boolean) => void;
  /** A skill to learn moved to a profile state ("learning", back to "not yet"). */
  readonly onSkillState?: (skillId: ToLearnSkillId, state: SkillState) => void;
  readonly onStartDateChange: (day: string | null) => void;
}
