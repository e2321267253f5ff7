// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '../../../components/compare/dashboard-app';
import { PopupApp } from '../../../components/popup/popup-app';
import { ReanalysisProgress, ReanalysisSourceContext, type ReanalysisSource } from '../../../components/saved/reanalysis-progress';
import { pathway } from '../../../data/pathway';
import type { ReanalysisStatus } from '../../../lib/storage/reanalysis';
import { fail, ok } from '../../../lib/storage/result';
import { EMPTY_PROGRESS } from '../../../lib/scoring/progress-snapshot';
import { axeViolations } from '../../insights/axe';
import { fakePopupSource } from '../popup/fake-popup-source';

afterEach(cleanup);

const going = (over: Partial<ReanalysisStatus> = {}): ReanalysisStatus => ({ version: '1.3.0', total: 1000, done: 120, skippedNoText: 0, startedAt: 1, finishedAt: null, ...over });

/** A source whose stored status the test changes, telling subscribers as storage.onChanged would. */
function source(initial: ReanalysisStatus | null) {
  let status = initial;
  const listeners = new Set<() => void>();
  const src = {
    getReanalysisStatus: vi.fn(async () => ok(status)),
    subscribeReanalysis: vi.fn((onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    }),
  } satisfies ReanalysisSource;
  return {
    src,
    listeners,
    async set(next: ReanalysisStatus | null) {
      status = next;
      await act(async () => {
        listeners.forEach((l) => l());
        await Promise.resolve();
      });
    },
  };
}

describe('ReanalysisProgress', () => {
  it('says how far re-analysis is, as a progress bar, and how many postings keep their report', async () => {
    const s = source(going({ skippedNoText: 12 }));
    const { container } = render(<ReanalysisProgress source={s.src} />);
    const box = await screen.findByTestId('reanalysis-progress');
    expect(box.textContent).toContain('Updating 120 of 1,000 saved postings to the improved analysis…');
    expect(box.textContent).toContain('12 saved before full texts were kept stay as they are.');
    const bar = screen.getByRole('progressbar', { name: 'Updating 120 of 1,000 saved postings to the improved analysis…' });
    expect(bar.getAttribute('aria-valuenow')).toBe('120');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('1000');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('follows the stored progress, and is gone when the run finishes', async () => {
    const s = source(going({ done: 0, total: 1, skippedNoText: 1 }));
    render(<ReanalysisProgress source={s.src} />);
    expect((await screen.findByTestId('reanalysis-progress')).textContent).toBe(
      'Updating 0 of 1 saved posting to the improved analysis…1 saved before full texts were kept stays as it is.',
    );
    await s.set(going({ done: 500 }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('500');
    expect(screen.getByTestId('reanalysis-progress').textContent).not.toContain('full texts');
    await s.set(going({ done: 1000, finishedAt: 2 }));
    expect(screen.queryByTestId('reanalysis-progress')).toBeNull();
  });

  it('shows nothing when there is nothing to do, no status, or no source', async () => {
    for (const status of [null, going({ total: 0, done: 0, skippedNoText: 40 }), going({ finishedAt: 5 })]) {
      const s = source(status);
      const { container, unmount } = render(<ReanalysisProgress source={s.src} />);
      await act(async () => undefined);
      expect(s.src.getReanalysisStatus).toHaveBeenCalled();
      expect(container.textContent).toBe('');
      unmount();
    }
    const { container } = render(<ReanalysisProgress source={{ getReanalysisStatus: async () => fail('unavailable', 'no background') }} />);
    await act(async () => undefined);
    expect(container.textContent).toBe('');
    expect(render(<ReanalysisProgress />).container.textContent).toBe('');
  });

  it('stops listening when it goes away', async () => {
    const s = source(going());
    const { unmount } = render(<ReanalysisProgress source={s.src} />);
    await screen.findByTestId('reanalysis-progress');
    expect(s.listeners.size).toBe(1);
    unmount();
    expect(s.listeners.size).toBe(0);
  });

  it('is in the popup (from its source) and in the dashboard (from the page’s context)', async () => {
    const s = source(going());
    render(<PopupApp pathway={pathway} source={{ ...fakePopupSource().source, ...s.src }} />);
    expect((await screen.findByTestId('reanalysis-progress')).textContent).toContain('Updating 120 of 1,000');
    cleanup();
    render(
      <ReanalysisSourceContext value={s.src}>
        <DashboardApp
          data={{ postings: [], corruptCount: 0, readOnlyCount: 0, progress: EMPTY_PROGRESS, progressLog: { baseline: { learnedSkills: [], knownSkills: [] }, events: [] }, usage: null, corrupt: null }}
          onExport={async () => fail('unavailable', 'x')}
          onPreviewImport={async () => fail('unavailable', 'x')}
          onApplyImport={async () => fail('unavailable', 'x')}
        />
      </ReanalysisSourceContext>,
    );
    expect((await screen.findByTestId('reanalysis-progress')).textContent).toContain('Updating 120 of 1,000');
  });
});
