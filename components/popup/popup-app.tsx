import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { todayUtc } from '../../lib/insights/roadmap-progress';
import { keepProgress } from '../../lib/insights/stable-list';
import type { Pathway } from '../../lib/pathway/schema';
import { toProgressSnapshot } from '../../lib/storage/progress';
import type { PostingStatus } from '../../lib/storage/schemas';
import { applySettingsPatch } from '../../lib/storage/settings';
import { InsightsView } from '../insights/insights-view';
import type { RoadmapProgress } from '../roadmap/roadmap-progress';
import { RoadmapView } from '../roadmap/roadmap-view';
import { ReanalysisProgress } from '../saved/reanalysis-progress';
import type { PipelineActions } from '../saved/pipeline-actions';
import { SavedPostingsView } from '../saved/saved-postings-view';
import { useKept } from '../ui/use-kept';
import { useAppliedTheme } from '../ui/use-theme';
import { FollowUps } from './follow-ups';
import { panelId, PopupHeader, tabId, type PopupTab } from './popup-header';
import type { PopupSource } from './popup-source';
import { SettingsPanel } from './settings-panel';
import { ThisPageView } from './this-page-view';
import { toggled, usePopupData } from './use-popup-data';

export interface PopupAppProps {
  readonly pathway: Pathway;
  readonly source: PopupSource;
  /** The tab shown first (the entry reads it from `popup.html#saved`). */
  readonly initialTab?: PopupTab;
}

/**
 * The toolbar popup: This page, Roadmap (with progress), Saved and Insights, over the background writer.
 * Only the selected panel is rendered, so opening the popup costs one view, whatever is saved.
 */
export function PopupApp({ pathway, source, initialTab = 'page' }: PopupAppProps) {
  const [tab, setTab] = useState<PopupTab>(initialTab);
  const { data, error, reload, patchProgress, patchSettings } = usePopupData(source);
  const [actionError, setActionError] = useState<string | null>(null);
  useAppliedTheme(data?.settings?.theme ?? null);
  // Saved and Insights need the saved postings; "This page" and the roadmap need only progress and settings.
  const needsPostings = tab === 'saved' || tab === 'insights';
  const drawn = data !== null && (!needsPostings || data.postingsLoaded);
  const marked = useRef(false);
  useEffect(() => {
    // A User Timing mark when the open tab first shows its data: browser tests read it to time the popup.
    if (drawn && !marked.current && typeof performance.mark === 'function') {
      marked.current = true;
      performance.mark('pathway-lens:popup-ready');
    }
  }, [drawn]);

  const hasData = data !== null;
  useEffect(() => {
    if (hasData) source.firstViewDrawn?.();
  }, [hasData, source]);

  const progressView = data?.progress;
  const settings = data?.settings ?? null;
  // Scores use the profile and the pace in settings, as the sidebar and the dashboard do.
  // A reload with the same progress keeps the snapshot object: nothing scored under it is worked out again.
  const snapshot = useKept(
    useMemo(() => toProgressSnapshot(progressView ?? { learnedSkills: [], knownSkills: [] }, settings), [progressView, settings]),
    keepProgress,
  );
  const savedIds = useMemo(() => new Set(data?.savedIds ?? []), [data?.savedIds]);

  /** Runs a write, reports its error in the popup, then reloads from the writer. */
  const write = useCallback(
    (run: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
      setActionError(null);
      void run().then((r) => {
        if (!r.ok) setActionError(r.error?.message ?? 'That change could not be saved.');
        void reload();
      });
    },
    [reload],
  );
  // Stable across renders, so the saved list's memoised rows do not re-render when the popup does.
  const onStatusChange = useCallback((id: string, status: PostingStatus) => write(() => source.setPostingStatus(id, status)), [write, source]);
  const onNotesChange = useCallback((id: string, notes: string) => write(() => source.setPostingNotes(id, notes)), [write, source]);
  const onDelete = useCallback((id: string) => write(() => source.deletePosting(id)), [write, source]);
  const onRestore = useCallback((id: string) => write(() => source.restorePosting(id)), [write, source]);
  const onMerge = useCallback((keepId: string, dropId: string) => write(() => source.mergePostings(keepId, dropId)), [write, source]);
  const onMarkDistinct = useCallback((id: string, otherId: string) => write(() => source.markDistinct(id, otherId)), [write, source]);
  const onFollowUpDone = useCallback((id: string) => write(() => source.setFollowUp(id, { kind: 'done' })), [write, source]);
  const onFollowUpSnooze = useCallback((id: string) => write(() => source.setFollowUp(id, { kind: 'snooze' })), [write, source]);
  // The rows' date fields (components/saved/pipeline-dates.tsx) show a refusal next to the field: they get the result.
  const pipelineActions = useMemo<PipelineActions>(() => {
    const reloaded = <T,>(r: T) => {
      void reload();
      return r;
    };
    return {
      setAppliedDate: (id, at) => source.setAppliedDate(id, at).then(reloaded),
      setFollowUp: (id, action) => source.setFollowUp(id, action).then(reloaded),
      now: () => (source.now ?? (() => new Date()))().getTime(),
    };
  }, [source, reload]);

  const now = source.now ?? (() => new Date());
  const today = todayUtc(now());
  const roadmapProgress: RoadmapProgress | undefined = data
    ? {
        doneTasks: new Set(data.progress.doneTasks),
        doneActions: new Set(data.progress.doneActions),
        learnedSkills: snapshot.learnedSkills,
        learningSkills: snapshot.learningSkills,
        pace: snapshot.pace,
        startDate: data.settings?.startDate ?? null,
        today,
        onTaskDone: (id, done) => {
          patchProgress((p) => ({ ...p, doneTasks: toggled(p.doneTasks, id, done) }));
          write(() => source.setTaskDone(id, done));
        },
        onActionDone: (id, done) => {
          patchProgress((p) => ({ ...p, doneActions: toggled(p.doneActions, id, done) }));
          write(() => source.setActionItemDone(id, done));
        },
        onSkillLearned: (id, learned) => {
          patchProgress((p) => ({ ...p, learnedSkills: toggled(p.learnedSkills, id, learned) }));
          write(() => source.setSkillLearned(id, learned));
        },
        onSkillState: (id, state) => {
          patchProgress((p) => ({ ...p, learnedSkills: toggled(p.learnedSkills, id, state === 'learned'), learningSkills: toggled(p.learningSkills, id, state === 'learning') }));
          write(() => source.setSkillState(id, state));
        },
        onStartDateChange: (day) => {
          patchSettings((s) => {
            const next = { ...s };
            if (day === null) delete next.startDate;
            else next.startDate = day;
            return next;
          });
          write(() => source.updateSettings({ startDate: day }));
        },
      }
    : undefined;

  const markLearned = (id: string) => {
    const skill = pathway.skillsToLearn.find((s) => s.id === id);
    if (skill) roadmapProgress?.onSkillLearned(skill.id, true);
  };

  return (
    <div className="popup" data-ready={data?.postingsLoaded ? 'true' : 'false'}>
      <PopupHeader
        tab={tab}
        onTabChange={setTab}
        onOpenDashboard={source.openDashboard}
        onOpenProfile={source.openProfile}
        savedCount={data?.postingsLoaded ? data.postings.length : null}
      />
      <main className="popup__main">
        <ReanalysisProgress source={source} />
        {data?.postingsLoaded ? <FollowUps postings={data.postings} now={now().getTime()} onDone={onFollowUpDone} onSnooze={onFollowUpSnooze} /> : null}
        <div id={panelId(tab)} role="tabpanel" aria-labelledby={tabId(tab)}>
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        {actionError ? (
          <p className="notice notice--error" role="alert">
            {actionError}
          </p>
        ) : null}
        {tab === 'roadmap' ? (
          <RoadmapView pathway={pathway} {...(roadmapProgress ? { progress: roadmapProgress } : {})} />
        ) : !data || (needsPostings && !data.postingsLoaded) ? (
          <p className="popup__loading" role="status">
            Loading…
          </p>
        ) : tab === 'page' ? (
          <div className="popup__panel">
            <h2 className="popup__title">This page</h2>
            <ThisPageView source={source} progress={snapshot} today={today} savedIds={savedIds} onSaved={() => void reload()} />
            {data.settings ? (
              <SettingsPanel
                settings={data.settings}
                onChange={(patch) => {
                  patchSettings((s) => applySettingsPatch(s, patch, s.updatedAt));
                  write(() => source.updateSettings(patch));
                }}
              />
            ) : null}
          </div>
        ) : tab === 'saved' ? (
          <div className="popup__panel">
            <h2 className="popup__title">Saved postings</h2>
            <SavedPostingsView
              postings={data.postings}
              progress={snapshot}
              corruptCount={data.corruptCount}
              readOnlyCount={data.readOnlyCount}
              idPrefix="popup-saved"
              onStatusChange={onStatusChange}
              onNotesChange={onNotesChange}
              onDelete={onDelete}
              onRestore={onRestore}
              onMerge={onMerge}
              onMarkDistinct={onMarkDistinct}
              pipelineActions={pipelineActions}
              onShowCorrupt={source.openDashboard}
              today={today}
            />
          </div>
        ) : (
          <div className="popup__panel">
            <h2 className="popup__title">Insights</h2>
            <InsightsView postings={data.postings} progress={snapshot} pathway={pathway} corruptCount={data.corruptCount} onMarkLearned={markLearned} />
          </div>
        )}
        </div>
        <footer className="popup__footer">
          <p>Nothing you do in Pathway Lens leaves your browser.</p>
        </footer>
      </main>
    </div>
  );
}

