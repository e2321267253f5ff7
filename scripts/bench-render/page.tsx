/**
 * The page scripts/bench-render.ts loads in Chromium: the popup (PopupApp over an in-memory source) and the dashboard
 * (DashboardApp) with N generated saved postings, the way the extension gets them (summaries → expandList), and the
 * timings of what the user waits for. Bundled by esbuild with the extension's own CSS; no extension APIs.
 */
import { createRoot, type Root } from 'react-dom/client';
import { StrictMode } from 'react';
import { PopupApp } from '../../components/popup/popup-app';
import type { PopupSource } from '../../components/popup/popup-source';
import { DashboardApp, type DashboardData } from '../../components/compare/dashboard-app';
import { pathway } from '../../data/pathway';
import { toProgressSnapshot, toProgressView } from '../../lib/storage/progress';
import { ok } from '../../lib/storage/result';
import { DEFAULT_SETTINGS } from '../../lib/storage/schemas';
import { buildShards, byNewest, expandList, INDEX_KEYS } from '../../lib/storage/summary';
import { manyPostings } from '../../tests/insights/fixtures';
import '../../components/ui/theme.css';
import '../../components/saved/controls.css';
import '../../components/saved/saved.css';
import '../../components/charts/charts.css';
import '../../components/insights/insights.css';
import '../../components/roadmap/roadmap.css';
import '../../components/popup/popup.css';
import '../../components/compare/compare.css';
import '../../components/compare/dashboard.css';

const painted = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
/** Resolves when `selector` is in the document (checked after each mutation), then after the next paint. */
function paintedWhen(selector: string, timeout = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      void painted().then(resolve);
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) done();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out waiting for ${selector}`));
    }, timeout);
    if (document.querySelector(selector)) done();
    else observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
}

/** The summaries the background sends for n postings (newest first), built before any timing starts. */
/** The index shards the background would send for `n` saved postings (as stored: JSON strings), and their ids. */
function shards(n: number): { shards: string[]; ids: string[] } {
  const postings = manyPostings(n).sort(byNewest);
  const built = buildShards(postings);
  return { shards: INDEX_KEYS.map((k) => built[k] as string), ids: postings.map((p) => p.id) };
}

const SMALL_LATENCY_MS = 5;
const OVERVIEW_LATENCY_MS = 60;

let root: Root | null = null;
function mount(): HTMLElement {
  root?.unmount();
  const el = document.getElementById('root') as HTMLElement;
  root = createRoot(el);
  return el;
}

export interface Timings {
  [name: string]: number;
}

async function popup(n: number, initialTab: 'page' | 'saved'): Promise<Timings> {
  const index = shards(n);
  const wire = { shards: index.shards, corruptCount: 0, readOnlyCount: 0, progress: toProgressView([]), settings: DEFAULT_SETTINGS };
  // Structured clone: what crossing the message channel costs the page, in the page.
  const noop = () => Promise.resolve(ok({}));
  let expandMs = 0;
  const source: PopupSource = {
    // The background answers the small read first and the list later (simulated latencies; the list's transfer
    // and expansion are done here, on the page's thread, as the extension does them).
    getOverview: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          const t = performance.now();
          const value = expandList(structuredClone(wire));
          expandMs = performance.now() - t;
          resolve(ok(value));
        }, OVERVIEW_LATENCY_MS),
      ),
    getProgressAndSettings: () =>
      new Promise((resolve) => setTimeout(() => resolve(ok({ progress: wire.progress, settings: wire.settings, savedIds: index.ids })), SMALL_LATENCY_MS)),
    updateSettings: noop,
    setSkillLearned: noop,
    setSkillState: noop,
    setTaskDone: noop,
    setActionItemDone: noop,
    savePosting: () => Promise.reject(new Error('not in the bench')),
    setPostingStatus: noop,
    setPostingNotes: noop,
    setAppliedDate: noop,
    setFollowUp: noop,
    deletePosting: noop,
    restorePosting: noop,
    mergePostings: noop,
    markDistinct: noop,
    getPageReport: () => Promise.resolve(null),
    capturePage: () => Promise.resolve(ok([])),
    openDashboard: () => undefined,
    openProfile: () => undefined,
  };
  mount();
  performance.clearMarks();
  const t0 = performance.now();
  root?.render(
    <StrictMode>
      <PopupApp pathway={pathway} source={source} initialTab={initialTab} />
    </StrictMode>,
  );
  const out: Timings = {};
  if (initialTab === 'page') {
    out.firstView = (await paintedWhen('.popup__panel .popup__title')) - t0;
    await paintedWhen('.popup[data-ready="true"]');
    out.postingsIn = (performance.getEntriesByName('pathway-lens:popup-postings')[0]?.startTime ?? NaN) - t0;
    out.expand = expandMs;
    // Let the popup settle (what it does in idle time after the data arrives happens before the user can click).
    await new Promise((r) => setTimeout(r, 300));
    await painted();
    const tab = document.querySelector<HTMLButtonElement>('[data-testid="popup-tab-saved"]');
    const t1 = performance.now();
    tab?.click();
    out.savedClick = (await paintedWhen('[data-testid="saved-posting"]')) - t1;
    await new Promise((r) => setTimeout(r, 300));
    out.savedRows = document.querySelectorAll('[data-testid="saved-posting"]').length;
    const heights = [...document.querySelectorAll<HTMLElement>('[data-testid="saved-posting"]')].map((r) => r.getBoundingClientRect().height);
    out.rowHeight = heights.reduce((a, b) => a + b, 0) / Math.max(1, heights.length);
    // Scroll the popup far down: the rows there painted.
    const main = document.querySelector<HTMLElement>('.popup__main');
    if (main) {
      const t4 = performance.now();
      main.scrollTo({ top: main.scrollHeight / 2, behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(r));
      out.savedScroll = (await painted()) - t4;
      out.savedRowsScrolled = document.querySelectorAll('[data-testid="saved-posting"]').length;
      out.firstRowScrolled = Number(document.querySelector('[data-testid="saved-posting"]')?.getAttribute('aria-posinset'));
      main.scrollTo({ top: 0, behavior: 'instant' });
      await painted();
    }
    // Re-sort and search in the open list.
    const sort = document.getElementById('popup-saved-sort') as HTMLSelectElement | null;
    if (sort) {
      const t2 = performance.now();
      setSelect(sort, 'date');
      out.savedSort = (await painted()) - t2;
    }
    const search = document.getElementById('popup-saved-search') as HTMLInputElement | null;
    if (search) {
      const t3 = performance.now();
      setInput(search, 'role 12');
      out.savedSearch = (await painted()) - t3;
    }
  } else {
    out.savedDirect = (await paintedWhen('[data-testid="saved-posting"]')) - t0;
  }
  return out;
}

/** Sets a controlled <select>'s value the way a user does (React listens for the native event). */
function setSelect(el: HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
function setInput(el: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function dashboard(n: number): Promise<Timings> {
  const wire = { shards: shards(n).shards, corruptCount: 0, readOnlyCount: 0 };
  const out: Timings = {};
  const t0 = performance.now();
  const expanded = expandList(structuredClone(wire));
  out.expand = performance.now() - t0;
  // A user some weeks in: three skills learned, one un-learned again, one other skill known.
  const day = 86_400_000;
  const at0 = Date.UTC(2025, 0, 1);
  const events: DashboardData['progressLog']['events'] = [
    { at: at0 + 1 * day, kind: 'skill', id: 'agile-certification', done: true },
    { at: at0 + 8 * day, kind: 'skill', id: 'stakeholder-management', done: true },
    { at: at0 + 9 * day, kind: 'other', id: 'other-skill-3', done: true },
    { at: at0 + 20 * day, kind: 'skill', id: 'ai-ml-fundamentals', done: true },
    { at: at0 + 21 * day, kind: 'skill', id: 'ai-ml-fundamentals', done: false },
    { at: at0 + 30 * day, kind: 'skill', id: 'ai-risk-management', done: true },
  ];
  const progress = toProgressSnapshot({ ...toProgressView([]), learnedSkills: ['agile-certification', 'stakeholder-management', 'ai-risk-management'], knownSkills: ['other-skill-3'] });
  const data: DashboardData = {
    ...expanded,
    progress,
    progressLog: { baseline: { learnedSkills: [], knownSkills: [] }, events },
    usage: null,
    corrupt: null,
  };
  mount();
  performance.clearMarks();
  const t1 = performance.now();
  root?.render(
    <StrictMode>
      <DashboardApp data={data} onExport={() => Promise.reject(new Error('no'))} onPreviewImport={() => Promise.reject(new Error('no'))} onApplyImport={() => Promise.reject(new Error('no'))} />
    </StrictMode>,
  );
  out.matrix = (await paintedWhen('[data-testid="matrix-row"]')) - t1;
  out.matrixCommit = (performance.getEntriesByName('pathway-lens:matrix')[0]?.startTime ?? NaN) - t1;
  out.insights = (await paintedWhen('[data-testid="insight-next-skill"]')) - t1;
  await new Promise((r) => setTimeout(r, 200));
  const button = document.querySelector<HTMLButtonElement>('.matrix__sort');
  const t2 = performance.now();
  button?.click();
  out.matrixResort = (await painted()) - t2;
  const scroller = document.querySelector<HTMLElement>('.matrix__scroller');
  if (scroller) {
    const t3 = performance.now();
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.dispatchEvent(new Event('scroll'));
    out.matrixScroll = (await painted()) - t3;
  }
  out.domNodes = document.getElementsByTagName('*').length;
  return out;
}

declare global {
  interface Window {
    bench: { popup: typeof popup; dashboard: typeof dashboard };
  }
}
window.bench = { popup, dashboard };
