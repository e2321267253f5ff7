import type { GapReport } from '../analysis/gap-report';
import type { CapturedPosting, PageCapture } from '../capture/capture-result';
import type { Client } from '../messaging/client';
import { toSaveInput } from '../posting/save-input';
import { DEFAULT_PACE, paceOf, type Pace, type ProgressSnapshot } from '../scoring/progress-snapshot';
import { score as defaultScore, type ScoreFn } from '../scoring/score';
import { toProgressSnapshot } from '../storage/progress';
import type { PathwaySkillId, ToLearnSkillId } from '../pathway/schema';
import { withSkillState, type SkillState } from '../profile/skill-state';
import type { PostingStatus, Settings } from '../storage/schemas';
import { autoOpenFor, highlightsFor, sidebarFor } from '../storage/settings';
import type { SidebarState } from './sidebar-state';

/**
 * The state of the sidebar on one job page, and everything that changes it: capture after (in-page)
 * navigation, analysis, the user's progress, saving. It owns no data: progress, settings and saved postings
 * live in the background writer, reached through `store` (the message client). The analysis runs in the
 * background too (`analyzePosting`: the lexicon, fuse.js and the analyser stay out of the page, issue 14).
 * Pure orchestration over injected services, so it is tested without a browser.
 */
export type JobPageStore = Pick<
  Client,
  | 'analyzePosting'
  | 'getProgress'
  | 'getSettings'
  | 'updateSettings'
  | 'getSavedStatus'
  | 'savePosting'
  | 'setPostingStatus'
  | 'setSkillLearned'
  | 'setSkillState'
  | 'setOtherSkillKnown'
  | 'openDashboard'
  | 'getResumeChecklist'
>;

export interface JobPageServices {
  /**
   * Resolves the URL's job: immediate capture on a static page, bounded wait on a split-pane board.
   * `previous`: the posting shown before (another job's, unless its jobKey is this one's). `paneBefore`: what
   * the pane showed when the URL changed — not this job's text while waiting (see waitForJob).
   */
  capture(url: URL, previous: CapturedPosting | null, signal: AbortSignal, paneBefore?: CapturedPosting | null): Promise<PageCapture | null>;
  /** The page's URL now: a result is shown only if the URL still names its job (URL changes may be seen late). */
  currentUrl?(): URL;
  jobKeyOf(url: URL): string | null;
  isJobPage(url: URL): boolean;
  /** Where the posting text is now, when the element capture found has left the page (the page re-rendered it). */
  locateDescription?(url: URL): Element | null;
  store: JobPageStore;
  /** Default: the one score (lib/scoring/score.ts), computed here from the background's report and your progress. */
  score?: ScoreFn;
}

export interface JobPageView {
  /** False on pages that are not job pages: the host is not mounted at all. */
  readonly active: boolean;
  readonly state: SidebarState;
  readonly posting: CapturedPosting | null;
  readonly collapsed: boolean;
  readonly side: 'left' | 'right';
  readonly theme: Settings['theme'];
  readonly highlightsOn: boolean;
}

type Listener = () => void;

const INITIAL: JobPageView = {
  active: false,
  state: { kind: 'loading' },
  posting: null,
  collapsed: false,
  side: 'right',
  theme: 'system',
  highlightsOn: true,
};

export class JobPageSession {
  private view: JobPageView = INITIAL;
  private readonly listeners = new Set<Listener>();
  private current: AbortController | null = null;
  private currentKey: string | null = null;
  private report: GapReport | null = null;
  private board = 'generic';
  /** The posting the sidebar showed last, kept across navigations: the pane may still show it. */
  private lastShown: CapturedPosting | null = null;
  /** The URL whose capture failed last (a 'no-description' page is retried when the URL changes, same job or not). */
  private failedHref: string | null = null;
  /** The element the shown posting's description was read from (highlights, scroll-to). */
  private described: { href: string; element: Element } | null = null;
  /** The user's pace, from the settings read at navigation and on settings changes (scoring reads it with progress). */
  private pace: Pace = DEFAULT_PACE;
  private readonly score: ScoreFn;

  constructor(private readonly services: JobPageServices) {
    this.score = services.score ?? defaultScore;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): JobPageView => this.view;

  private set(patch: Partial<JobPageView>): void {
    this.view = { ...this.view, ...patch };
    for (const l of this.listeners) l();
  }

  /**
   * Called at start and on every in-page navigation. Re-analyses only when the job changed.
   * `paneBefore`: the posting the page showed at the moment its URL changed, when the change was seen at once.
   */
  async navigate(url: URL, paneBefore?: CapturedPosting | null): Promise<void> {
    const { services } = this;
    if (!services.isJobPage(url)) {
      this.abortCurrent();
      this.currentKey = null;
      if (this.view.active) this.set({ active: false });
      return;
    }
    const key = services.jobKeyOf(url);
    // Same job: nothing to redo — unless its description was missing and the URL moved (e.g. to its Overview tab).
    const retry = this.view.state.kind === 'no-description' && url.href !== this.failedHref;
    if (key !== null && key === this.currentKey && !retry) return;
    this.abortCurrent();
    this.currentKey = key;
    const controller = new AbortController();
    this.current = controller;
    // Not the posting of the navigation just aborted (null while it loaded): the last one shown, which the
    // pane may still show. A pane that shows this very job (back to the job shown last) is no stale text.
    const previous = this.lastShown;
    const before = paneBefore && !(previous?.jobKey === key && previous.descriptionText === paneBefore.descriptionText) ? paneBefore : null;
    this.report = null;
    this.set({ active: true, state: { kind: 'loading' }, posting: null });
    // The settings (this board's panel state, the pace scoring reads) are read while the page is captured: one round
    // trip less between a posting appearing and its report (the 150 ms of tests/e2e/job-detector.e2e.ts).
    const settingsRead = this.loadSettings(url);

    let result: PageCapture | null;
    try {
      result = await services.capture(url, previous, controller.signal, before);
    } catch {
      if (controller.signal.aborted) return;
      result = null;
    }
    await settingsRead;
    // A newer navigation owns the sidebar now: drop this job's result.
    if (controller.signal.aborted || this.current !== controller) return;
    if (!result || !result.ok) {
      this.failedHref = url.href;
      this.set({ state: failureState(result) });
      return;
    }
    const posting = result.posting;
    // The analysis (background, lib/posting/flow.ts), progress and saved status in one round of messages.
    const [analysis, progress, savedStatus] = await Promise.all([services.store.analyzePosting(posting), this.loadProgress(), this.savedStatusOf(posting.jobKey)]);
    if (controller.signal.aborted || this.current !== controller) return;
    if (!analysis.ok) {
      // 'unavailable': the background cannot be reached (extension reloaded or updated under this tab).
      // Anything else (the background refused this capture): no readiness, as for a page without a posting.
      this.failedHref = url.href;
      this.set({ state: analysis.error.code === 'unavailable' ? { kind: 'context-invalidated' } : failureState(null) });
      return;
    }
    const report = analysis.value;
    this.report = report;
    // The URL moved on while this job loaded and nobody told us yet: never show this job under another's URL.
    const now = services.currentUrl?.();
    if (now && services.jobKeyOf(now) !== key) {
      void this.navigate(now);
      return;
    }
    this.lastShown = posting;
    this.described = result.descriptionElement ? { href: url.href, element: result.descriptionElement } : null;
    this.set({
      posting,
      state: { kind: 'ready', report, score: this.score(report, progress), progress, savedStatus, saveError: null },
    });
    // After the first paint: the résumé checklist is below the groups, and the report must not wait for it.
    void this.refreshResume();
  }

  /**
   * The kept résumé's lines for the shown posting's skills (asked after the report is shown, and again when the kept
   * résumé changes): the background answers with only those lines, never the résumé.
   */
  async refreshResume(): Promise<void> {
    const report = this.report;
    if (!report || this.view.state.kind !== 'ready' || report.skills.length === 0) return;
    const skills = [...new Set(report.skills.map((s) => s.id))];
    const answer = await this.services.store.getResumeChecklist({ skills });
    const latest = this.view.state;
    if (this.report !== report || latest.kind !== 'ready') return;
    if (!answer.ok) {
      // Unreadable: show no checklist rather than a wrong one.
      if (latest.resume !== undefined) this.set({ state: { ...latest, resume: undefined } });
      return;
    }
    this.set({ state: { ...latest, resume: answer.value } });
  }

  /**
   * The page element holding the shown posting's text, for highlights and scroll-to — never the page's header or
   * navigation. The element capture read; located again only if the page replaced it. Null: no highlights.
   */
  descriptionRoot = (): Element | null => {
    const now = this.services.currentUrl?.();
    if (this.described?.element.isConnected && (!now || now.href === this.described.href)) return this.described.element;
    if (!now || this.view.state.kind !== 'ready') return null;
    const element = this.services.locateDescription?.(now) ?? null;
    this.described = element ? { href: now.href, element } : null;
    return element;
  };

  private abortCurrent(): void {
    this.current?.abort();
    this.current = null;
  }

  private async loadSettings(url: URL): Promise<void> {
    const settings = await this.services.store.getSettings();
    this.board = boardOf(url, this.services);
    if (!settings.ok) return;
    const value = settings.value;
    this.pace = paceOf(value);
    // A board's remembered state wins; without one, "auto-open" decides whether the panel starts open or as a tab.
    const remembered = Object.hasOwn(value.sidebar, this.board);
    const collapsed = remembered ? sidebarFor(value, this.board).collapsed : !autoOpenFor(value, this.board);
    this.set({ collapsed, side: sidebarFor(value, this.board).position, theme: value.theme, highlightsOn: highlightsFor(value, this.board) });
  }

  /** The profile and tasks scoring reads, with the pace from the settings this session already read. */
  private async loadProgress(): Promise<ProgressSnapshot> {
    const progress = await this.services.store.getProgress();
    return { ...toProgressSnapshot(progress.ok ? progress.value : {}), pace: this.pace };
  }

  /** This one posting's status (null: not saved), read from its own record: never the whole saved list. */
  private async savedStatusOf(jobKey: string): Promise<PostingStatus | null> {
    const saved = await this.services.store.getSavedStatus({ id: jobKey });
    return saved.ok ? (saved.value?.status ?? null) : null;
  }

  /** This posting was saved, changed or deleted elsewhere (the popup, the dashboard, another tab): follow its status. */
  async refreshSavedStatus(): Promise<void> {
    const posting = this.view.posting;
    if (!posting || this.view.state.kind !== 'ready') return;
    const savedStatus = await this.savedStatusOf(posting.jobKey);
    const latest = this.view.state;
    if (latest.kind !== 'ready' || this.view.posting !== posting || latest.savedStatus === savedStatus) return;
    this.set({ state: { ...latest, savedStatus } });
  }

  /** Progress changed (here, in the popup or another tab): re-score with the same pure functions. */
  async refreshProgress(): Promise<void> {
    const report = this.report;
    const state = this.view.state;
    if (!report || state.kind !== 'ready') return;
    const progress = await this.loadProgress();
    if (this.report !== report) return;
    const latest = this.view.state;
    if (latest.kind !== 'ready') return;
    this.set({ state: { ...latest, progress, score: this.score(report, progress) } });
  }

  async setSkillLearned(skillId: string, learned: boolean): Promise<void> {
    this.optimisticProgress((p) => withSkillState(p, skillId, learned ? 'learned' : 'notYet'));
    // The background checks the id against the pathway (ToLearnSkillIdSchema); the type is the schema's.
    const r = await this.services.store.setSkillLearned({ skillId: skillId as ToLearnSkillId, done: learned });
    if (!r.ok) this.setSaveError(r.error.message);
    await this.refreshProgress();
  }

  /** A pathway skill's profile state, from the sidebar (e.g. "I have it" on a transferable skill marked not yet). */
  async setSkillState(skillId: string, state: SkillState): Promise<void> {
    this.optimisticProgress((p) => withSkillState(p, skillId, state));
    const r = await this.services.store.setSkillState({ skillId: skillId as PathwaySkillId, state });
    if (!r.ok) this.setSaveError(r.error.message);
    await this.refreshProgress();
  }

  async setOtherSkillKnown(skillId: string, known: boolean): Promise<void> {
    this.optimisticProgress((p) => ({ ...p, knownSkills: toggled(p.knownSkills, skillId, known) }));
    const r = await this.services.store.setOtherSkillKnown({ skillId, done: known });
    if (!r.ok) this.setSaveError(r.error.message);
    await this.refreshProgress();
  }

  /** Re-score at once so the gauge moves on click; the stored truth follows in refreshProgress. */
  private optimisticProgress(change: (p: ProgressSnapshot) => ProgressSnapshot): void {
    const state = this.view.state;
    if (state.kind !== 'ready' || !this.report) return;
    const progress = change(state.progress);
    this.set({ state: { ...state, progress, score: this.score(this.report, progress) } });
  }

  async save(): Promise<void> {
    const state = this.view.state;
    const posting = this.view.posting;
    if (state.kind !== 'ready' || !posting || state.saving) return;
    this.set({ state: { ...state, saving: true, saveError: null } });
    const result = await this.services.store.savePosting(toSaveInput(posting, state.report));
    const latest = this.view.state;
    if (latest.kind !== 'ready' || latest.report !== state.report) return;
    if (result.ok) {
      const percent = Math.round(result.value.usage.ratio * 100);
      this.set({
        state: { ...latest, saving: false, savedStatus: result.value.posting.status, quotaWarningPercent: result.value.usage.warn ? percent : null },
      });
    } else {
      this.set({
        state: { ...latest, saving: false, saveError: result.error.code === 'quota' ? { kind: 'quota' } : { kind: 'failed', message: result.error.message } },
      });
    }
  }

  async setStatus(status: PostingStatus): Promise<void> {
    const state = this.view.state;
    const posting = this.view.posting;
    if (state.kind !== 'ready' || !posting) return;
    const r = await this.services.store.setPostingStatus({ id: posting.jobKey, status });
    const latest = this.view.state;
    if (latest.kind !== 'ready') return;
    this.set({ state: r.ok ? { ...latest, savedStatus: status } : { ...latest, saveError: { kind: 'failed', message: r.error.message } } });
  }

  private setSaveError(message: string): void {
    const state = this.view.state;
    if (state.kind === 'ready') this.set({ state: { ...state, saveError: { kind: 'failed', message } } });
  }

  setCollapsed(collapsed: boolean): void {
    this.set({ collapsed });
    void this.services.store.updateSettings({ sidebar: { board: this.board, collapsed } });
  }

  /** Settings changed in the popup: follow the theme and this board's highlights (side and collapsed state stay as the user left them). */
  async refreshSettings(): Promise<void> {
    const settings = await this.services.store.getSettings();
    if (!settings.ok) return;
    const theme = settings.value.theme;
    const highlightsOn = highlightsFor(settings.value, this.board);
    if (theme !== this.view.theme || highlightsOn !== this.view.highlightsOn) this.set({ theme, highlightsOn });
    // The pace lives in settings: time to qualify follows it (the progress itself did not change).
    const pace = paceOf(settings.value);
    if (pace.hoursPerWeek === this.pace.hoursPerWeek && pace.pathwayHoursPerWeek === this.pace.pathwayHoursPerWeek) return;
    this.pace = pace;
    const state = this.view.state;
    if (state.kind !== 'ready' || !this.report) return;
    const progress = { ...state.progress, pace };
    this.set({ state: { ...state, progress, score: this.score(this.report, progress) } });
  }

  /** The dashboard's compare view, with this posting preselected once it is saved. */
  async openCompare(): Promise<void> {
    const state = this.view.state;
    const posting = this.view.posting;
    const saved = state.kind === 'ready' && state.savedStatus !== null && posting ? [posting.jobKey] : undefined;
    const r = await this.services.store.openDashboard(saved ? { compare: saved } : {});
    if (!r.ok) this.setSaveError(r.error.message);
  }

  /** The dashboard's profile (the résumé checklist's hint: keep a résumé there). */
  async openProfile(): Promise<void> {
    const r = await this.services.store.openDashboard({ view: 'profile' });
    if (!r.ok) this.setSaveError(r.error.message);
  }

  setSide(side: 'left' | 'right'): void {
    this.set({ side });
    void this.services.store.updateSettings({ sidebar: { board: this.board, position: side } });
  }

  toggleCollapsed(): void {
    this.setCollapsed(!this.view.collapsed);
  }

  /** Highlights on or off, remembered for this board. */
  setHighlights(on: boolean): void {
    this.set({ highlightsOn: on });
    void this.services.store.updateSettings({ highlights: { board: this.board, enabled: on } });
  }

  /** The extension was reloaded or updated under this tab: nothing can reach the background any more. */
  invalidate(): void {
    this.abortCurrent();
    this.set({ state: { kind: 'context-invalidated' } });
  }

  dispose(): void {
    this.abortCurrent();
    this.listeners.clear();
  }
}

/** What the sidebar says when capture found no posting to analyse: never a readiness number. */
export function failureState(result: PageCapture | null): Extract<SidebarState, { kind: 'no-posting' | 'still-loading' | 'no-description' }> {
  if (result && !result.ok && result.reason === 'loading') return { kind: 'still-loading' };
  if (result && !result.ok && result.reason === 'no-description') return { kind: 'no-description' };
  return { kind: 'no-posting' };
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

function boardOf(url: URL, services: Pick<JobPageServices, 'jobKeyOf'>): string {
  const key = services.jobKeyOf(url);
  const board = key?.split(':')[0];
  return board && /^[a-z0-9-]{1,40}$/.test(board) ? board : 'generic';
}
