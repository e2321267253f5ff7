import type { DetectedSkill } from '../../lib/analysis/gap-report';
import type { ReadyState, SidebarSide, SidebarState, SidebarTheme } from '../../lib/job-page/sidebar-state';
import type { Pathway } from '../../lib/pathway/schema';
import type { SkillState } from '../../lib/profile/skill-state';
import type { PostingStatus } from '../../lib/storage/statuses';

export interface GapSidebarProps {
  readonly state: SidebarState;
  /** Resolved by the caller from the system preference and the user's setting. */
  readonly theme: SidebarTheme;
  /** Which page edge the panel (and the collapsed tab) sits on. */
  readonly side: SidebarSide;
  readonly collapsed: boolean;
  /** Called with the wanted collapsed state (tab click, collapse button, Escape). */
  readonly onToggleCollapsed: (nextCollapsed: boolean) => void;
  readonly highlightsOn: boolean;
  readonly onToggleHighlights: (nextOn: boolean) => void;
  /** "Mark learned" on a to-learn skill (and its undo). */
  readonly onMarkLearned: (skillId: string, learned: boolean) => void;
  /** "I know this" on a skill outside the pathway (and its undo). */
  readonly onMarkKnown: (skillId: string, known: boolean) => void;
  /**
   * A pathway skill's profile state (session.setSkillState): "I have it" on a transferable skill marked "not yet".
   * Without it the sidebar offers no such button.
   */
  readonly onSetSkillState?: (skillId: string, state: SkillState) => void;
  readonly onSave: () => void;
  readonly onStatusChange: (status: PostingStatus) => void;
  /** A skill's name was activated: scroll the page to where the posting asks for it. */
  readonly onSkillClick: (skill: DetectedSkill) => void;
  /** The compare view's address (an extension page); rendered as a link. */
  readonly compareUrl?: string;
  /** When given, the compare link calls this instead of following the href (e.g. open the tab via the background). */
  readonly onOpenCompare?: () => void;
  /** The résumé checklist's "Open your profile" (a page cannot open an extension page: the background does). */
  readonly onOpenProfile?: () => void;
  /** Offered in the "extension was updated" state. */
  readonly onReload?: () => void;
  /** Move the panel (and its collapsed tab) to the other page edge; remembered per board by the caller. */
  readonly onSideChange?: (side: SidebarSide) => void;
  /** Focus the panel on mount (the sidebar was opened by the keyboard shortcut). */
  readonly autoFocus?: boolean;
  /** The toggle command's current binding (from `browser.commands.getAll()`), shown in the tab's tooltip. */
  readonly shortcutLabel?: string;
  /** Defaults to the bundled pathway. */
  readonly pathway?: Pathway;
  /** The user's clock, for the "ready by" date (tests pin it); defaults to the real one. */
  readonly now?: () => Date;
}

/** What the ready view and its parts get: all of the sidebar's props, with the state ready and the pathway resolved. */
export type ReadyProps = GapSidebarProps & { readonly state: ReadyState; readonly pathway: Pathway };
