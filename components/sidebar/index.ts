/** The gap sidebar: pure UI (props in, callbacks out). Its styles (`sidebar.css`) are passed to the shadow root by the content script as a string. */
export { GapSidebar, safeHref, type GapSidebarProps } from './gap-sidebar';
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
