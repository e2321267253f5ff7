/** The gap sidebar: pure UI (props in, callbacks out). Importing it brings `sidebar.css` into the shadow root. */
export { GapSidebar, safeHref, type GapSidebarProps } from './GapSidebar';
export { groupSkills, skillGroup, stretchRoleKind, uncoveredRequiredOther, type GroupedSkills, type SkillGroup } from './groups';
export {
  POSTING_STATUSES,
  type PostingStatus,
  type ReadyState,
  type SaveError,
  type SidebarScore,
  type SidebarSide,
  type SidebarState,
  type SidebarTheme,
} from './types';
