import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { DetectedSkill } from '../../lib/analysis/gap-report';
import type { Pathway, Resource, SkillToLearn } from '../../lib/pathway/schema';
import { formatPhaseSpan, formatWeeks } from '../../lib/pathway/format';
import { STATUS_LABEL } from '../../lib/insights/format';
import { pathway as bundledPathway } from '../../data/pathway';
import { pathwaySkill } from './pathway-view';
import { groupSkills, stretchRoleKind, uncoveredRequiredOther, type SkillGroup } from './groups';
import {
  POSTING_STATUSES,
  type PostingStatus,
  type ReadyState,
  type SidebarScore,
  type SidebarSide,
  type SidebarState,
  type SidebarTheme,
} from './types';

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
  readonly onSave: () => void;
  readonly onStatusChange: (status: PostingStatus) => void;
  /** A skill's name was activated: scroll the page to where the posting asks for it. */
  readonly onSkillClick: (skill: DetectedSkill) => void;
  /** The compare view's address (an extension page); rendered as a link. */
  readonly compareUrl?: string;
  /** When given, the compare link calls this instead of following the href (e.g. open the tab via the background). */
  readonly onOpenCompare?: () => void;
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
}



const SAFE_LINK_PROTOCOLS = new Set(['https:', 'http:', 'chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/** Only ordinary web and extension addresses become links (never `javascript:` and friends). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_LINK_PROTOCOLS.has(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function clampReadiness(n: number): number {
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0;
}

export function GapSidebar(props: GapSidebarProps): ReactNode {
  const { state, theme, side, collapsed, onToggleCollapsed, autoFocus = false } = props;
  const pathway = props.pathway ?? bundledPathway;
  const panelRef = useRef<HTMLElement>(null);
  const tabRef = useRef<HTMLButtonElement>(null);
  const wasCollapsed = useRef(collapsed);
  const focusTabAfterCollapse = useRef(false);

  // Opening moves focus into the panel (tab click or shortcut); collapsing with the keyboard leaves it on the tab.
  useEffect(() => {
    if (wasCollapsed.current && !collapsed) panelRef.current?.focus({ preventScroll: true });
    if (!wasCollapsed.current && collapsed && focusTabAfterCollapse.current) tabRef.current?.focus({ preventScroll: true });
    focusTabAfterCollapse.current = false;
    wasCollapsed.current = collapsed;
  }, [collapsed]);

  useEffect(() => {
    if (autoFocus) panelRef.current?.focus({ preventScroll: true });
    // Only on mount: later openings are handled above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Escape' || collapsed || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    focusTabAfterCollapse.current = true;
    onToggleCollapsed(true);
  };

  const readiness = state.kind === 'ready' ? clampReadiness(state.score.readiness) : null;

  return (
    <div
      className="pl-root"
      data-testid="gap-sidebar"
      data-theme={theme}
      data-side={side}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-state={state.kind}
      onKeyDown={onKeyDown}
    >
      {collapsed ? (
        <button
          ref={tabRef}
          type="button"
          className="pl-tab"
          data-testid="toggle-sidebar"
          aria-expanded="false"
          aria-label={readiness === null ? 'Open Pathway Lens' : `Open Pathway Lens, readiness ${readiness} of 100`}
          title={props.shortcutLabel ? `Open Pathway Lens (${props.shortcutLabel})` : 'Open Pathway Lens'}
          onClick={() => onToggleCollapsed(false)}
        >
          <LensMark />
          {readiness !== null && <span className="pl-tab-score">{readiness}</span>}
        </button>
      ) : (
        <aside ref={panelRef} className="pl-panel" tabIndex={-1} aria-label="Pathway Lens">
          <div className="pl-bar">
            <span className="pl-brand">
              <LensMark />
              Pathway Lens
            </span>
            <span className="pl-bar-actions">
              {state.kind === 'ready' && (
                <button
                  type="button"
                  role="switch"
                  aria-checked={props.highlightsOn}
                  className="pl-switch"
                  onClick={() => props.onToggleHighlights(!props.highlightsOn)}
                >
                  <span className="pl-switch-track" aria-hidden="true">
                    <span className="pl-switch-thumb" />
                  </span>
                  Highlights
                </button>
              )}
              {props.onSideChange && (
                <button
                  type="button"
                  className="pl-icon-btn"
                  data-testid="sidebar-side"
                  aria-label={side === 'right' ? 'Move Pathway Lens to the left edge' : 'Move Pathway Lens to the right edge'}
                  title={side === 'right' ? 'Move to the left' : 'Move to the right'}
                  onClick={() => props.onSideChange?.(side === 'right' ? 'left' : 'right')}
                >
                  <SideSwapMark />
                </button>
              )}
              <button
                type="button"
                className="pl-icon-btn"
                data-testid="toggle-sidebar"
                aria-expanded="true"
                aria-label="Collapse Pathway Lens"
                title="Collapse (Esc)"
                onClick={() => onToggleCollapsed(true)}
              >
                <Chevron direction={side === 'right' ? 'right' : 'left'} />
              </button>
            </span>
          </div>
          {state.kind === 'ready' ? (
            <ReadyView {...props} state={state} pathway={pathway} />
          ) : (
            <div className="pl-body">
              <StateMessage state={state} onReload={props.onReload} />
            </div>
          )}
        </aside>
      )}
    </div>
  );
}

/** Two opposed arrows: "move to the other edge". */
function SideSwapMark(): ReactNode {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 5h10M9 2l3 3-3 3M14 11H4M7 8l-3 3 3 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function StateMessage({ state, onReload }: { state: Exclude<SidebarState, ReadyState>; onReload: (() => void) | undefined }): ReactNode {
  switch (state.kind) {
    case 'loading':
      return (
        <div className="pl-state" role="status" aria-busy="true">
          <div className="pl-skeleton pl-skeleton--title" aria-hidden="true" />
          <div className="pl-skeleton" aria-hidden="true" />
          <div className="pl-skeleton pl-skeleton--short" aria-hidden="true" />
          <p className="pl-state-text">Reading this posting…</p>
        </div>
      );
    case 'no-posting':
      return (
        <div className="pl-state" role="status">
          <p className="pl-state-title">No posting found here — paste it in the popup</p>
          <p className="pl-state-text">
            Pathway Lens couldn’t find a job description on this page. Open Pathway Lens from the toolbar and paste the posting
            to see it against your pathway.
          </p>
        </div>
      );
    case 'still-loading':
      return (
        <div className="pl-state" role="status" aria-busy="true">
          <p className="pl-state-title">Posting still loading</p>
          <p className="pl-state-text">The job description hasn’t appeared yet. This panel fills in as soon as it does.</p>
        </div>
      );
    case 'context-invalidated':
      return (
        <div className="pl-state" role="alert">
          <p className="pl-state-title">Extension was updated — reload this tab</p>
          <p className="pl-state-text">Pathway Lens was updated or restarted, so this page lost its connection to it. Nothing you saved is lost.</p>
          {onReload && (
            <button type="button" className="pl-btn pl-btn--primary" onClick={onReload}>
              Reload tab
            </button>
          )}
        </div>
      );
  }
}

type ReadyProps = GapSidebarProps & { readonly state: ReadyState; readonly pathway: Pathway };

function ReadyView(props: ReadyProps): ReactNode {
  const { state, pathway } = props;
  const { report, score, progress } = state;
  const groups = groupSkills(report.skills, progress, pathway);
  const outside = uncoveredRequiredOther(report.skills, progress);

  return (
    <>
      <div className="pl-body">
        <Header report={report} />
        <Summary score={score} pathway={pathway} report={report} outsideRequired={outside.length} />
        <Group
          group="have"
          title="You have"
          hint="Skills from your backend experience, plus what you’ve learned or know."
          empty="None of this posting’s skills are covered yet."
          skills={groups.have}
          {...props}
        />
        <Group
          group="roadmap"
          title="On your roadmap"
          hint="Gaps your pathway teaches. Mark one learned when you have it."
          empty="Nothing on your roadmap is asked for here."
          skills={groups.roadmap}
          {...props}
        />
        <Group
          group="other"
          title="Not in your pathway"
          hint="Skills this job asks for that your roadmap doesn’t teach."
          empty="Everything this job asks for is in your pathway."
          skills={groups.other}
          {...props}
        />
      </div>
      <Footer {...props} />
    </>
  );
}

function Header({ report }: { report: ReadyState['report'] }): ReactNode {
  const [showReason, setShowReason] = useState(false);
  const reasonId = useId();
  const { title, company, location } = report.posting;
  const badge = report.targetRole ? 'AI Program Manager role' : `Stretch: ${stretchRoleKind(title)} role`;
  return (
    <header className="pl-head">
      {(company || location) && (
        <p className="pl-company">
          {company}
          {company && location ? ' · ' : ''}
          {location}
        </p>
      )}
      <h2 className="pl-title">{title ?? 'Untitled posting'}</h2>
      <button
        type="button"
        className={`pl-role ${report.targetRole ? 'pl-role--target' : 'pl-role--stretch'}`}
        data-testid="role-badge"
        title={report.targetRoleReason}
        aria-expanded={showReason}
        aria-controls={reasonId}
        onClick={() => setShowReason((v) => !v)}
      >
        {badge}
      </button>
      <p id={reasonId} className="pl-role-reason" hidden={!showReason}>
        {report.targetRoleReason}
      </p>
    </header>
  );
}

function Summary({
  score,
  pathway,
  report,
  outsideRequired,
}: {
  score: SidebarScore;
  pathway: Pathway;
  report: ReadyState['report'];
  outsideRequired: number;
}): ReactNode {
  const [showWhy, setShowWhy] = useState(false);
  const whyId = useId();
  const labelId = useId();
  const value = clampReadiness(score.readiness);
  const ex = score.explanation;
  return (
    <section className="pl-summary" aria-label="Readiness and time to qualify">
      <div className="pl-readiness-row">
        <Gauge value={value} labelledBy={labelId} />
        <div className="pl-readiness-text">
          <span className="pl-kicker" id={labelId}>
            Readiness
          </span>
          <span className="pl-readiness-line">
            {ex.requiredTotal === 0 ? 'No required skills detected' : `${ex.requiredCovered} of ${ex.requiredTotal} required skills covered`}
          </span>
          <button type="button" className="pl-link-btn" aria-expanded={showWhy} aria-controls={whyId} onClick={() => setShowWhy((v) => !v)}>
            How is this scored?
          </button>
        </div>
      </div>
      <div id={whyId} className="pl-explain" hidden={!showWhy}>
        <p>{ex.text}</p>
        <ul className="pl-explain-list">
          <li>
            Required: {ex.requiredCovered} of {ex.requiredTotal} covered (count double)
          </li>
          <li>
            Preferred: {ex.preferredCovered} of {ex.preferredTotal} covered (count half as much)
          </li>
        </ul>
      </div>
      <TimeToQualify score={score} pathway={pathway} report={report} outsideRequired={outsideRequired} />
    </section>
  );
}

function Gauge({ value, labelledBy }: { value: number; labelledBy: string }): ReactNode {
  const r = 26;
  const c = 2 * Math.PI * r;
  const tier = value >= 70 ? 'high' : value >= 40 ? 'mid' : 'low';
  return (
    <div
      className={`pl-gauge pl-gauge--${tier}`}
      data-testid="readiness"
      data-value={value}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100`}
      aria-labelledby={labelledBy}
    >
      <svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
        <circle className="pl-gauge-track" cx="32" cy="32" r={r} />
        <circle
          className="pl-gauge-value"
          cx="32"
          cy="32"
          r={r}
          strokeDasharray={`${(c * value) / 100} ${c}`}
          transform="rotate(-90 32 32)"
        />
      </svg>
      <span className="pl-gauge-number">{value}</span>
    </div>
  );
}

function skillName(pathway: Pathway, id: string, fallback: string): string {
  return pathwaySkill(pathway, id)?.skill.name ?? fallback;
}

function TimeToQualify({
  score,
  pathway,
  report,
  outsideRequired,
}: {
  score: SidebarScore;
  pathway: Pathway;
  report: ReadyState['report'];
  outsideRequired: number;
}): ReactNode {
  const t = score.timeToQualify;
  const labelOf = (id: string): string => skillName(pathway, id, report.skills.find((s) => s.id === id)?.label ?? id);
  const unscheduled = t.unscheduled.map((id) => {
    const view = pathwaySkill(pathway, id);
    const weeks = view?.kind === 'toLearn' ? view.skill.weeks : null;
    return { id, text: `+ ${labelOf(id)} (self-study${weeks === null ? '' : `, ${formatWeeks(weeks)}`})` };
  });
  let main: string;
  if (t.gaps.length === 0) main = outsideRequired === 0 ? 'You cover every required skill' : 'You cover every required skill in your pathway';
  else if (t.phase !== null && t.phaseEndWeek !== null) main = `Required gaps covered by the end of Phase ${t.phase} (week ${t.phaseEndWeek})`;
  else main = 'Your roadmap doesn’t schedule these required gaps';

  return (
    <div className="pl-ttq" data-testid="time-to-qualify">
      <span className="pl-kicker">Time to qualify</span>
      <p className="pl-ttq-main">{main}</p>
      {t.gaps.length > 0 && t.weeks > 0 && <p className="pl-ttq-sub">about {formatWeeks(t.weeks)} of focused study</p>}
      {unscheduled.length > 0 && (
        <ul className="pl-ttq-list">
          {unscheduled.map((u) => (
            <li key={u.id}>{u.text}</li>
          ))}
        </ul>
      )}
      {outsideRequired > 0 && (
        <p className="pl-ttq-note">
          Not counted: {outsideRequired} required {outsideRequired === 1 ? 'skill' : 'skills'} outside your pathway.
        </p>
      )}
    </div>
  );
}

const GROUP_IDS: Readonly<Record<SkillGroup, string>> = { have: 'have', roadmap: 'roadmap', other: 'other' };

function Group(
  props: ReadyProps & { group: SkillGroup; title: string; hint: string; empty: string; skills: readonly DetectedSkill[] },
): ReactNode {
  const { group, title, hint, empty, skills } = props;
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const required = skills.filter((s) => s.level === 'required').length;
  return (
    <section className={`pl-group pl-group--${group}`} data-group={GROUP_IDS[group]} aria-label={title}>
      <h3 className="pl-group-h">
        <button type="button" className="pl-group-btn" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((v) => !v)}>
          <span className={`pl-dot pl-dot--${group}`} aria-hidden="true" />
          <span className="pl-group-title">{title}</span>
          <span className="pl-count" aria-hidden="true">
            {skills.length}
          </span>
          <span className="pl-visually-hidden">
            {`, ${skills.length} ${skills.length === 1 ? 'skill' : 'skills'}, ${required} required`}
          </span>
          <Chevron direction={open ? 'up' : 'down'} />
        </button>
      </h3>
      <div id={bodyId} className="pl-group-body" hidden={!open}>
        <p className="pl-hint">{hint}</p>
        {skills.length === 0 ? (
          <p className="pl-empty">{empty}</p>
        ) : (
          <ul className="pl-skills">
            {skills.map((skill, i) => (
              <SkillRow key={`${skill.id}:${i}`} {...props} skill={skill} group={group} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function SkillRow(props: ReadyProps & { skill: DetectedSkill; group: SkillGroup }): ReactNode {
  const { skill, group, pathway, state } = props;
  const [showEvidence, setShowEvidence] = useState(false);
  const evidenceId = useId();
  const view = pathwaySkill(pathway, skill.id);
  const toLearn: SkillToLearn | undefined = view?.kind === 'toLearn' ? view.skill : undefined;

  let detail: ReactNode = null;
  if (skill.kind === 'transferable') {
    detail = view?.kind === 'transferable' ? <p className="pl-reason">{view.skill.explanation}</p> : null;
  } else if (skill.kind === 'toLearn' && group === 'have') {
    detail = <p className="pl-reason">You marked this learned.</p>;
  } else if (skill.kind === 'toLearn' && toLearn) {
    detail = <RoadmapMeta skill={toLearn} />;
  } else if (skill.kind === 'other' && group === 'have') {
    detail = <p className="pl-reason">You said you know this.</p>;
  }

  let toggle: ReactNode = null;
  if (skill.kind === 'toLearn') {
    const learned = state.progress.learnedSkills.has(skill.id);
    toggle = (
      <ToggleButton text="Mark learned" label={skill.label} pressed={learned} onChange={(next) => props.onMarkLearned(skill.id, next)} />
    );
  } else if (skill.kind === 'other') {
    const known = state.progress.knownSkills.has(skill.id);
    toggle = <ToggleButton text="I know this" label={skill.label} pressed={known} onChange={(next) => props.onMarkKnown(skill.id, next)} />;
  }

  return (
    <li className="pl-skill" data-testid="skill" data-skill-id={skill.id} data-kind={skill.kind} data-level={skill.level} data-group={group}>
      <div className="pl-skill-top">
        <button type="button" className="pl-skill-name" title="Show where the posting asks for it" onClick={() => props.onSkillClick(skill)}>
          {skill.label}
        </button>
        <span className={`pl-level pl-level--${skill.level}`}>{skill.level === 'required' ? 'Required' : 'Preferred'}</span>
      </div>
      {detail}
      <div className="pl-skill-actions">
        {skill.evidence.trim().length > 0 && (
          <button
            type="button"
            className="pl-link-btn pl-evidence-btn"
            aria-expanded={showEvidence}
            aria-controls={evidenceId}
            aria-label={`What the posting says about ${skill.label}`}
            onClick={() => setShowEvidence((v) => !v)}
          >
            What the posting says
            <Chevron direction={showEvidence ? 'up' : 'down'} />
          </button>
        )}
        {toggle}
      </div>
      <blockquote id={evidenceId} className="pl-evidence" hidden={!showEvidence}>
        {skill.evidence}
      </blockquote>
    </li>
  );
}

function RoadmapMeta({ skill }: { skill: SkillToLearn }): ReactNode {
  const first: Resource | undefined = skill.resources[0];
  const when = skill.phases.length > 0 ? formatPhaseSpan(skill.phases) : 'Self-study';
  const importanceClass = skill.importance === 'Critical' ? 'critical' : skill.importance === 'Important' ? 'important' : 'nice';
  const href = safeHref(first?.url);
  return (
    <div className="pl-meta">
      <p className="pl-meta-line">
        <span className={`pl-imp pl-imp--${importanceClass}`}>{skill.importance}</span>
        <span>{formatWeeks(skill.weeks)}</span>
        <span>{when}</span>
      </p>
      {first && (
        <p className="pl-resource">
          <span className="pl-resource-label">Start with </span>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {first.title}
            </a>
          ) : (
            <span className="pl-resource-title">{first.title}</span>
          )}
          <span className="pl-resource-provider"> · {first.provider}</span>
        </p>
      )}
    </div>
  );
}

function ToggleButton({ text, label, pressed, onChange }: { text: string; label: string; pressed: boolean; onChange: (next: boolean) => void }): ReactNode {
  return (
    <button type="button" className="pl-toggle" aria-pressed={pressed} aria-label={`${text}: ${label}`} onClick={() => onChange(!pressed)}>
      <span className="pl-toggle-box" aria-hidden="true">
        <svg viewBox="0 0 12 12" width="12" height="12" focusable="false">
          <path d="M2.5 6.2 5 8.6 9.6 3.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      {text}
    </button>
  );
}

function Footer(props: ReadyProps): ReactNode {
  const { state } = props;
  const statusId = useId();
  const saved = state.savedStatus !== null;
  const statuses: PostingStatus[] =
    state.savedStatus !== null && !(POSTING_STATUSES as readonly string[]).includes(state.savedStatus)
      ? [...POSTING_STATUSES, state.savedStatus]
      : [...POSTING_STATUSES];
  const compareHref = safeHref(props.compareUrl);
  const onCompareClick = props.onOpenCompare
    ? (e: MouseEvent<HTMLAnchorElement>): void => {
        e.preventDefault();
        props.onOpenCompare?.();
      }
    : undefined;
  const quota = state.quotaWarningPercent;

  return (
    <footer className="pl-footer">
      {state.saveError && (
        <div className="pl-alert" role="alert">
          {state.saveError.kind === 'quota' ? (
            <>
              <strong>Storage is full — this posting wasn’t saved.</strong> Your saved postings and progress are safe. Export or remove
              old postings in the compare view, then save again.
            </>
          ) : (
            <>
              <strong>Couldn’t save this posting.</strong> {state.saveError.message ?? 'Please try again.'}
            </>
          )}
        </div>
      )}
      {!state.saveError && typeof quota === 'number' && quota >= 80 && (
        <p className="pl-warn" role="status">
          Storage is {Math.min(100, Math.round(quota))}% full. Export or remove old postings soon.
        </p>
      )}
      <div className="pl-footer-row">
        <button
          type="button"
          className={`pl-btn ${saved ? 'pl-btn--done' : 'pl-btn--primary'}`}
          data-testid="save-posting"
          data-saved={saved ? 'true' : 'false'}
          disabled={saved || state.saving === true}
          aria-busy={state.saving === true}
          onClick={props.onSave}
        >
          {saved ? 'Saved' : state.saving ? 'Saving…' : 'Save posting'}
        </button>
        {saved && state.savedStatus !== null && (
          <span className="pl-status">
            <label htmlFor={statusId} className="pl-visually-hidden">
              Application status
            </label>
            <select
              id={statusId}
              className="pl-select"
              value={state.savedStatus}
              onChange={(e) => props.onStatusChange(e.currentTarget.value as PostingStatus)}
            >
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </span>
        )}
        {compareHref ? (
          <a className="pl-compare" href={compareHref} target="_blank" rel="noopener noreferrer" onClick={onCompareClick}>
            Compare saved
          </a>
        ) : (
          props.onOpenCompare && (
            <button type="button" className="pl-compare pl-link-btn" data-testid="open-compare" onClick={() => props.onOpenCompare?.()}>
              Compare saved
            </button>
          )
        )}
      </div>
    </footer>
  );
}

function LensMark(): ReactNode {
  return (
    <svg className="pl-mark" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      <path d="M6 9.2 8 11l3-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function Chevron({ direction }: { direction: 'up' | 'down' | 'left' | 'right' }): ReactNode {
  const rotate = { down: 0, up: 180, left: 90, right: -90 }[direction];
  return (
    <svg className="pl-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false" style={{ transform: `rotate(${rotate}deg)` }}>
      <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
