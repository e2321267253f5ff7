// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp, DASHBOARD_SECTIONS, PROFILE_LINK, type DashboardData } from '../../../components/compare/dashboard-app';
import { DashboardPage, loadDashboard, type DashboardSource } from '../../../components/compare/dashboard-page';
import { fail, ok } from '../../../lib/storage/result';
import { DEFAULT_SETTINGS, type SavedPosting } from '../../../lib/storage/schemas';
import type { DashboardValue } from '../../../lib/storage/writer';
import { selectionFromUrl } from '../../../entrypoints/dashboard/dashboard-source';
import { axeViolations } from '../../insights/axe';
import { manyPostings, posting, progress } from '../../insights/fixtures';
import { EMPTY_PROGRESS_VIEW } from '../../../lib/storage/progress';
import type { ExpandedList } from '../../../lib/storage/summary';

afterEach(cleanup);

const PMF = 'program-management-frameworks';

const dashboardValue = (postings: SavedPosting[]): ExpandedList<DashboardValue> => ({
  postings,
  corruptCount: 1,
  readOnlyCount: 0,
  progress: { ...EMPTY_PROGRESS_VIEW, learnedSkills: ['ai-ml-fundamentals'] },
  settings: { ...DEFAULT_SETTINGS, theme: 'dark' as const },
  usage: { bytesInUse: 1024, quotaBytes: 10 * 1024 * 1024, ratio: 0.0001, warn: false },
  corrupt: { quarantined: [{ key: 'posting:bad', reason: 'invalid', issues: ['url: invalid'], version: 2, at: 1 }], pending: [], readOnlyKeys: [], backups: 0 },
  progressLog: { baseline: { learnedSkills: [], knownSkills: [] }, events: [] },
});

function fakeSource(postings: SavedPosting[], overrides: Partial<DashboardSource> = {}): DashboardSource {
  return {
    getDashboard: vi.fn(async () => ok(dashboardValue(postings))),
    exportData: vi.fn(async () => ok({ filename: 'x.json', mimeType: 'application/json', text: '{}' })),
    previewImport: vi.fn(async () => fail('import-rejected', 'nope')),
    applyImport: vi.fn(async () => fail('import-rejected', 'nope')),
    setSkillState: vi.fn(async () => ok(null)),
    setOwnWeeks: vi.fn(async () => ok(null)),
    setOtherSkillKnown: vi.fn(async () => ok(null)),
    updateSettings: vi.fn(async () => ok(null)),
    getResume: vi.fn(async () => ok(null)),
    keepResume: vi.fn(async () => ok(null)),
    deleteResume: vi.fn(async () => ok(null)),
    readPdfText: vi.fn(async () => ({ ok: false as const, problem: { code: 'not-pdf' as const, message: 'not a PDF' } })),
    ...overrides,
  };
}

const data = (postings: SavedPosting[]): DashboardData => ({
  postings,
  corruptCount: 0,
  readOnlyCount: 0,
  progress: progress(),
  // Program management frameworks learned on 1 January: the chart replays it over the postings saved now.
  progressLog: { baseline: { learnedSkills: [], knownSkills: [] }, events: [{ at: Date.UTC(2025, 0, 1), kind: 'skill', id: PMF, done: true }] },
  usage: null,
  corrupt: null,
});

const actions = { onExport: vi.fn(), onPreviewImport: vi.fn(), onApplyImport: vi.fn() };

describe('DashboardApp', () => {
  it('has the Compare, Matrix, Insights, Readiness over time and Data sections, navigable', () => {
    render(<DashboardApp data={data([posting({ id: 'a', skills: [[PMF, 'required']] })])} {...actions} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Compare', 'All saved postings', 'Insights', 'Readiness over time', 'Data']);
    const nav = screen.getByRole('navigation', { name: 'Dashboard sections' });
    expect(within(nav).getAllByRole('link').map((l) => l.getAttribute('href'))).toEqual([`#${PROFILE_LINK.id}`, '#pipeline', ...DASHBOARD_SECTIONS.map((s) => `#${s.id}`)]);
    for (const s of DASHBOARD_SECTIONS) expect(document.getElementById(s.id)).not.toBeNull();
    expect(screen.getByTestId('compare-matrix')).toBeTruthy();
  });

  it('replays readiness over time from the progress log over the postings saved now', () => {
    // Posting a requires PMF and API development (transferable): 50 % before PMF was learned, 100 % after.
    render(<DashboardApp data={data([posting({ id: 'a', skills: [[PMF, 'required'], ['api-development', 'required']] })])} {...actions} />);
    expect(screen.getByTestId('readiness-over-time').textContent).toContain('Average readiness rose from 50% to 100% (+50 points).');
  });

  it('replays readiness over time over the current profile (a transferable skill not yet had counts as a gap)', () => {
    const d = data([posting({ id: 'a', skills: [[PMF, 'required'], ['api-development', 'required']] })]);
    render(<DashboardApp data={{ ...d, progress: { ...d.progress, lackingSkills: new Set(['api-development']) } }} {...actions} />);
    expect(screen.getByTestId('readiness-over-time').textContent).toContain('Average readiness rose from 0% to 50% (+50 points).');
  });

  it('shows the profile or the welcome instead of the sections when the view says so', () => {
    const profile = { ...fakeSource([]), refresh: vi.fn(async () => undefined) };
    const { rerender } = render(<DashboardApp data={data([])} view="profile" profile={profile} {...actions} />);
    expect(screen.getByTestId('profile')).toBeTruthy();
    expect(screen.queryByTestId('compare-matrix')).toBeNull();
    expect(screen.getByTestId('nav-profile').getAttribute('aria-current')).toBe('page');
    rerender(<DashboardApp data={data([])} view="welcome" profile={profile} {...actions} />);
    expect(screen.getByTestId('welcome')).toBeTruthy();
    rerender(<DashboardApp data={data([])} view="profile" {...actions} />);
    expect(screen.getByRole('alert').textContent).toBe('Your profile cannot be edited here.');
  });

  it('shows loading, and a load error as text', () => {
    const { rerender } = render(<DashboardApp data={null} {...actions} />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    rerender(<DashboardApp data={null} error="Pathway Lens is not responding." {...actions} />);
    expect(screen.getByRole('alert').textContent).toBe('Pathway Lens is not responding.');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with many postings`, async () => {
      const { container } = render(<DashboardApp data={{ ...data(manyPostings(40)), corruptCount: 2 }} theme={theme} {...actions} initialSelection={['job-1', 'job-2']} />);
      expect(container.querySelector('.dashboard')?.getAttribute('data-theme')).toBe(theme);
      expect(screen.getAllByTestId('compare-column')).toHaveLength(2);
      expect(await axeViolations(container)).toEqual([]);
    }, 20_000);
  }
});

describe('DashboardPage and loadDashboard', () => {
  it('loads through the source: postings, progress, theme, usage, corrupt records', async () => {
    const source = fakeSource([posting({ id: 'a', skills: [['ai-ml-fundamentals', 'required']] }), posting({ id: 'b', skills: [[PMF, 'required']] })]);
    const { container } = render(<DashboardPage source={source} initialSelection={['a', 'b']} />);
    expect(await screen.findAllByTestId('compare-column')).toHaveLength(2);
    expect(container.querySelector('.dashboard')?.getAttribute('data-theme')).toBe('dark');
    // ai-ml-fundamentals is learned: posting a is 100 %.
    expect(screen.getAllByTestId('compare-column')[0]?.textContent).toContain('Readiness 100%');
    expect(screen.getAllByTestId('corrupt-notice')[0]?.textContent).toContain('1 saved record could not be read');
    expect(screen.getByTestId('corrupt-records').textContent).toContain('posting:bad');
  });

  it('reloads when storage changes elsewhere, and stops listening on unmount', async () => {
    let notify: () => void = () => undefined;
    const unsubscribe = vi.fn();
    const source = fakeSource([posting({ id: 'a', skills: [[PMF, 'required']] })], {
      subscribe: (onChange) => {
        notify = onChange;
        return unsubscribe;
      },
    });
    const { unmount } = render(<DashboardPage source={source} />);
    await screen.findByTestId('compare-matrix');
    expect(source.getDashboard).toHaveBeenCalledTimes(1);
    vi.mocked(source.getDashboard).mockResolvedValueOnce(ok(dashboardValue([])));
    await act(async () => notify());
    expect(source.getDashboard).toHaveBeenCalledTimes(2);
    expect(await screen.findByTestId('compare-empty')).toBeTruthy();
    unmount();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('loads the pace, the kept résumé and the sync status beside the postings; either missing is no error', async () => {
    const resume = { text: 'Built REST APIs.', source: 'cv.txt', keptAt: 5 };
    const withAll = fakeSource([], {
      getDashboard: vi.fn(async () => ok({ ...dashboardValue([]), settings: { ...DEFAULT_SETTINGS, hoursPerWeek: 5, startDate: '2025-01-06' } })),
      getResume: vi.fn(async () => ok(resume)),
      getSyncStatus: vi.fn(async () => ok({ state: 'ok' as const, at: 9, detail: '' })),
    });
    const r = await loadDashboard(withAll);
    expect('data' in r && r.data.settings).toEqual({ hoursPerWeek: 5, startDate: '2025-01-06' });
    expect('data' in r && r.data.progress.pace).toEqual({ hoursPerWeek: 5, pathwayHoursPerWeek: 10 });
    expect('data' in r && r.data.resume).toEqual(resume);
    expect('data' in r && r.data.sync).toEqual({ state: 'ok', at: 9, detail: '' });
    const failing = fakeSource([], { getResume: vi.fn(async () => fail('unavailable', 'x')), getSyncStatus: vi.fn(async () => fail('unavailable', 'no such message')) });
    const r2 = await loadDashboard(failing);
    expect('data' in r2 && [r2.data.resume, r2.data.sync]).toEqual([null, null]);
  });

  it('reports a failed load', async () => {
    const source = fakeSource([], { getDashboard: vi.fn(async () => fail('unavailable', 'Pathway Lens is not responding.')) });
    expect(await loadDashboard(source)).toEqual({ error: 'Pathway Lens is not responding.' });
    render(<DashboardPage source={source} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Pathway Lens is not responding.');
  });

  it('reads the compare selection from the page URL, bounded', () => {
    expect(selectionFromUrl('?compare=a,b,%20c')).toEqual(['a', 'b', 'c']);
    expect(selectionFromUrl('?compare=1,2,3,4,5,6,7,8')).toHaveLength(6);
    expect(selectionFromUrl('')).toEqual([]);
  });
});
