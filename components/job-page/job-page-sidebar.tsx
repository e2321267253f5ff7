import { useEffect, useState, useSyncExternalStore } from 'react';
import { GapSidebar } from '../sidebar/gap-sidebar';
import { skillGroup } from '../sidebar/groups';
import { applyPageHighlights, scrollToSkill } from '../../lib/highlights/page-highlights';
import type { JobPageSession } from '../../lib/job-page/job-page-session';

export interface JobPageSidebarProps {
  readonly session: JobPageSession;
  /** The page's document, where mentions are highlighted (never modified: CSS Custom Highlight API). */
  readonly pageDocument: Document;
  readonly onOpenCompare?: () => void;
  readonly onReload?: () => void;
  readonly shortcutLabel?: string;
  readonly autoFocus?: boolean;
}

function useSystemDark(win: Window | null): boolean {
  const query = win?.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
  const [dark, setDark] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return dark;
}

/** Connects the pure GapSidebar to the page session: state in, user actions out, highlights on the page. */
export function JobPageSidebar({ session, pageDocument, onOpenCompare, onReload, shortcutLabel, autoFocus }: JobPageSidebarProps) {
  const view = useSyncExternalStore(session.subscribe, session.getView);
  const { descriptionRoot } = session;
  const systemDark = useSystemDark(pageDocument.defaultView);
  const theme = view.theme === 'system' ? (systemDark ? 'dark' : 'light') : view.theme;
  const { highlightsOn } = view;
  const { state } = view;

  useEffect(() => {
    if (state.kind !== 'ready' || !highlightsOn) return;
    // Only the posting text is highlighted: when its element is unknown, nothing is (never the page's own chrome).
    const root = descriptionRoot();
    if (!root) return;
    const skills = state.report.skills.map((s) => ({ id: s.id, mentions: s.mentions, group: skillGroup(s, state.progress) }));
    return applyPageHighlights(pageDocument, root, skills);
  }, [state, highlightsOn, pageDocument, descriptionRoot]);

  if (!view.active) return null;
  return (
    <GapSidebar
      state={state}
      theme={theme}
      side={view.side}
      collapsed={view.collapsed}
      onToggleCollapsed={(next) => session.setCollapsed(next)}
      onSideChange={(next) => session.setSide(next)}
      highlightsOn={highlightsOn}
      onToggleHighlights={(on) => session.setHighlights(on)}
      onMarkLearned={(id, learned) => void session.setSkillLearned(id, learned)}
      onMarkKnown={(id, known) => void session.setOtherSkillKnown(id, known)}
      onSetSkillState={(id, state) => void session.setSkillState(id, state)}
      onSave={() => void session.save()}
      onStatusChange={(status) => void session.setStatus(status)}
      onSkillClick={(skill) => {
        scrollToSkill(pageDocument, skill.mentions, { root: descriptionRoot() ?? pageDocument.body, flash: highlightsOn });
      }}
      onOpenCompare={onOpenCompare ?? (() => void session.openCompare())}
      onOpenProfile={() => void session.openProfile()}
      onReload={onReload}
      shortcutLabel={shortcutLabel}
      autoFocus={autoFocus}
    />
  );
}
