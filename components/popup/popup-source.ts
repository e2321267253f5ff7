import type { PageReportAnswer } from '../../lib/messaging/page-report';
import type { FrameResult } from '../../lib/posting/on-demand';
import type { PathwaySkillId, ToLearnSkillId } from '../../lib/pathway/schema';
import type { SkillState } from '../../lib/profile/skill-state';
import type { FollowUpAction } from '../../lib/storage/pipeline';
import type { Result } from '../../lib/storage/result';
import type { PostingStatus, SavedPosting, SavePostingInput } from '../../lib/storage/schemas';
import type { SettingsPatch } from '../../lib/storage/settings';
import type { ExpandedList } from '../../lib/storage/summary';
import type { OverviewValue, ProgressAndSettingsValue } from '../../lib/storage/writer';
import type { ReanalysisSource } from '../saved/reanalysis-progress';

/**
 * Everything the popup reads and does, behind one interface: the messaging client and the tab/scripting
 * APIs in the extension (entrypoints/popup/popup-source.ts), fakes in component tests.
 */
export interface PopupSource extends ReanalysisSource {
  /** Saved postings (the summary index, expanded), progress and settings: one round trip when the popup opens. */
  readonly getOverview: () => Promise<Result<ExpandedList<OverviewValue>>>;
  /**
   * Progress, settings and saved ids without the saved postings (a small read): when given, the popup draws
   * "This page" and the roadmap with it and shows saved postings when getOverview answers.
   */
  readonly getProgressAndSettings?: () => Promise<Result<Pick<ProgressAndSettingsValue, 'progress' | 'settings' | 'savedIds'>>>;
  readonly updateSettings: (patch: SettingsPatch) => Promise<Result<unknown>>;
  readonly setSkillLearned: (skillId: ToLearnSkillId, learned: boolean) => Promise<Result<unknown>>;
  /** A pathway skill's profile state (e.g. a skill to learn marked "learning"). */
  readonly setSkillState: (skillId: PathwaySkillId, state: SkillState) => Promise<Result<unknown>>;
  readonly setTaskDone: (taskId: string, done: boolean) => Promise<Result<unknown>>;
  readonly setActionItemDone: (itemId: string, done: boolean) => Promise<Result<unknown>>;
  readonly savePosting: (input: SavePostingInput) => Promise<Result<{ posting: SavedPosting }>>;
  readonly setPostingStatus: (id: string, status: PostingStatus) => Promise<Result<unknown>>;
  readonly setPostingNotes: (id: string, notes: string) => Promise<Result<unknown>>;
  /** The applied date set by hand (epoch ms of the day, UTC midnight); refused with a message when before 2000 or ahead. */
  readonly setAppliedDate: (id: string, at: number) => Promise<Result<unknown>>;
  /** A follow-up done, snoozed a week, set to a day or cleared. */
  readonly setFollowUp: (id: string, action: FollowUpAction) => Promise<Result<unknown>>;
  readonly deletePosting: (id: string) => Promise<Result<unknown>>;
  readonly restorePosting: (id: string) => Promise<Result<unknown>>;
  readonly mergePostings: (keepId: string, dropId: string) => Promise<Result<unknown>>;
  readonly markDistinct: (id: string, otherId: string) => Promise<Result<unknown>>;
  /** The active tab's report from its content script; null when no content script answers (not a board page). */
  readonly getPageReport: () => Promise<PageReportAnswer | null>;
  /** Runs capture in every frame of the active tab (activeTab + scripting); an error when the page cannot be read. */
  readonly capturePage: () => Promise<Result<FrameResult[]>>;
  readonly openDashboard: () => void;
  /** The profile (skills you have, pace, start date): the dashboard's `#profile` view, in a new tab. */
  readonly openProfile: () => void;
  /**
   * Called once the popup has drawn its first view from progress and settings: work that would hold up that frame
   * (reading and parsing the saved list) may start.
   */
  readonly firstViewDrawn?: () => void;
  /** Storage changed elsewhere (sidebar, dashboard); returns an unsubscribe. */
  readonly subscribe?: (onChange: () => void) => () => void;
  /** The user's today (tests pin it). */
  readonly now?: () => Date;
}
