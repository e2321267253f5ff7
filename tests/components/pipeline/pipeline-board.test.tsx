// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp, type DashboardData } from '../../../components/compare/dashboard-app';
import { COLUMN_PAGE } from '../../../components/pipeline/pipeline-column';
import { PipelineBoard } from '../../../components/pipeline/pipeline-board';
import { computeScore } from '../../../lib/scoring/score';
import { DAY_MS, type StatusChange } from '../../../lib/storage/pipeline';
import { fail, ok, type Result } from '../../../lib/storage/result';
import type { PostingStatus, SavedPosting } from '../../../lib/storage/schemas';
import { axeViolations } from '../../insights/axe';
import { posting, progress } from '../../insights/fixtures';

afterEach(cleanup);

const NOW = Date.UTC(2026, 5, 15, 12, 0, 0);
const day = (n: number) => NOW - n * DAY_MS;

/** A posting with the given history ([status, days ago]); its status is the last entry's. */
function withHistory(id: string, title: string, company: string | null, steps: readonly (readonly [PostingStatus, number])[]): SavedPosting {
  const history: StatusChange[] = steps.map(([status, ago]) => ({ status, at: day(ago) }));
  const base = posting({ id, title, company, skills: [['program-management-frameworks', 'required'], ['api-development', 'required']], savedAt: history[0]?.at ?? NOW });
  return { ...base, status: history.at(-1)?.status ?? 'saved', history };
}

// 4 applied; 2 replied, after 3 and 9 days → 50 %, median 6 days.
const POSTINGS: SavedPosting[] = [
  withHistory('a', 'AI Program Manager', 'Litware', [['saved', 20], ['applied', 15], ['interviewing', 12]]),
  withHistory('b', 'TPM, ML Platform', 'Proseware', [['saved', 30], ['applied', 25], ['rejected', 16]]),
  withHistory('c', 'Program Lead', 'Contoso', [['saved', 10], ['applied', 4]]),
  withHistory('d', 'Delivery Manager', null, [['applied', 8]]),
  withHistory('e', '<img src=x onerror=alert(1)>', 'Fabrikam', [['saved', 2]]),
];

const columnOf = (status: PostingStatus) => screen.getAllByTestId('pipeline-column').find((c) => c.getAttribute('data-status') === status)!;
const cardIds = (status: PostingStatus) => within(columnOf(status)).queryAllByTestId('pipeline-card').map((c) => c.getAttribute('data-posting-id'));
const card = (id: string) => screen.getAllByTestId('pipeline-card').find((c) => c.getAttribute('data-posting-id') === id)!;

describe('pipeline board', () => {
  it('has one column per status in order, each posting in its column with title, company, readiness and days in stage', async () => {
    const onMove = vi.fn(async () => ok(null));
    // In the dashboard the board is inside <main> (axe's landmark rule).
    render(<PipelineBoard postings={POSTINGS} progress={progress()} onMove={onMove} now={NOW} />, { container: document.body.appendChild(document.createElement('main')) });
    expect(screen.getAllByTestId('pipeline-column').map((c) => c.getAttribute('data-status'))).toEqual(['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected', 'archived']);
    expect(cardIds('saved')).toEqual(['e']);
    expect(cardIds('applied')).toEqual(['c', 'd']); // 4 days in stage before 8: newest first
    expect(cardIds('interviewing')).toEqual(['a']);
    expect(cardIds('rejected')).toEqual(['b']);
    expect(cardIds('applying')).toEqual([]);
    expect(within(columnOf('applying')).getByText('No postings')).toBeTruthy();

    const a = card('a');
    expect(within(a).getByTestId('pipeline-card-handle').textContent).toBe('AI Program Manager');
    expect(a.textContent).toContain('Litware');
    expect(within(a).getByTestId('pipeline-card-readiness').textContent).toBe(`${computeScore(POSTINGS[0]!.report, progress()).readiness}%`);
    expect(within(a).getByTestId('pipeline-card-days').textContent).toBe('12 days');
    expect(within(card('e')).getByTestId('pipeline-card-days').textContent).toBe('2 days');
    // Page text is text: the title is not parsed as HTML.
    expect(within(card('e')).getByTestId('pipeline-card-handle').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();

    // The funnel: 4 applied, 2 of them replied (3 and 9 days), median 6 days.
    expect(screen.getByTestId('funnel-applied').textContent).toBe('4');
    expect(screen.getByTestId('funnel-response-rate').textContent).toBe('50%');
    expect(screen.getByTestId('funnel-median-days').textContent).toBe('6 days');
    expect(screen.getByRole('region', { name: 'Funnel' })).toBeTruthy();
    // dnd-kit's screen-reader instructions, in our words, describe every handle.
    const handle = within(a).getByTestId('pipeline-card-handle');
    const described = document.getElementById(handle.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain('press Space or Enter to pick it up');
    expect(handle.getAttribute('aria-roledescription')).toBe('movable posting');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('shows "—" (read as "nothing to compute yet") when nothing was applied to', () => {
    render(<PipelineBoard postings={[POSTINGS[4]!]} progress={progress()} onMove={vi.fn()} now={NOW} />);
    expect(screen.getByTestId('funnel-applied').textContent).toBe('0');
    expect(screen.getByTestId('funnel-response-rate').textContent).toBe('—nothing to compute yet');
    expect(screen.getByTestId('funnel-median-days').textContent).toBe('—nothing to compute yet');
  });

  it('"Move to" moves the card at once, writes through onMove, says so, and keeps it there once storage agrees', async () => {
    let resolve: (r: Result<unknown>) => void = () => undefined;
    const onMove = vi.fn(() => new Promise<Result<unknown>>((r) => (resolve = r)));
    const { rerender } = render(<PipelineBoard postings={POSTINGS} progress={progress()} onMove={onMove} now={NOW} />);
    fireEvent.change(within(card('c')).getByTestId('pipeline-card-move'), { target: { value: 'interviewing' } });
    expect(onMove).toHaveBeenCalledWith('c', 'interviewing');
    expect(cardIds('interviewing')).toEqual(['c', 'a']);
    expect(cardIds('applied')).toEqual(['d']);
    expect(within(card('c')).getByTestId('pipeline-card-days').textContent).toBe('Today');
    expect(screen.getByTestId('pipeline-status').textContent).toBe('Moved Program Lead to Interviewing.');
    await act(async () => resolve(ok(null)));
    // Storage read back: the posting is interviewing now, with its new entry.
    const moved = POSTINGS.map((p) => (p.id === 'c' ? { ...p, status: 'interviewing' as const, history: [...p.history, { status: 'interviewing' as const, at: NOW }] } : p));
    rerender(<PipelineBoard postings={moved} progress={progress()} onMove={onMove} now={NOW} />);
    expect(cardIds('interviewing')).toEqual(['c', 'a']);
    // The funnel follows: 3 of 4 replied.
    expect(screen.getByTestId('funnel-response-rate').textContent).toBe('75%');
  });

  it('puts the card back and says why when the write fails', async () => {
    const onMove = vi.fn(async () => fail('read-only', 'This posting is read-only.'));
    render(<PipelineBoard postings={POSTINGS} progress={progress()} onMove={onMove} now={NOW} />);
    await act(async () => {
      fireEvent.change(within(card('d')).getByTestId('pipeline-card-move'), { target: { value: 'offer' } });
    });
    expect(cardIds('offer')).toEqual([]);
    expect(cardIds('applied')).toEqual(['c', 'd']);
    expect(screen.getByRole('alert').textContent).toBe('Delivery Manager could not be moved: This posting is read-only.');
  });

  it(`draws ${COLUMN_PAGE} cards of a long column, then ${COLUMN_PAGE} more per "Show more"; the count says how many there are`, () => {
    const many = Array.from({ length: 120 }, (_, i) => withHistory(`m${String(i).padStart(3, '0')}`, `Role ${i}`, 'Acme', [['saved', i % 30]]));
    render(<PipelineBoard postings={many} progress={progress()} onMove={vi.fn()} now={NOW} />);
    const saved = columnOf('saved');
    expect(saved.getAttribute('data-count')).toBe('120');
    expect(within(saved).getAllByTestId('pipeline-card')).toHaveLength(COLUMN_PAGE);
    const more = within(saved).getByTestId('pipeline-show-more');
    expect(more.textContent).toBe('Show 50 more in Saved (70 not shown)');
    fireEvent.click(more);
    expect(within(saved).getAllByTestId('pipeline-card')).toHaveLength(100);
    fireEvent.click(within(saved).getByTestId('pipeline-show-more'));
    expect(within(saved).getAllByTestId('pipeline-card')).toHaveLength(120);
    expect(within(saved).queryByTestId('pipeline-show-more')).toBeNull();
  });

  it('is the dashboard\'s pipeline view, with a nav link marked current; moves go to onSetPostingStatus', () => {
    const data: DashboardData = {
      postings: POSTINGS,
      corruptCount: 0,
      readOnlyCount: 0,
      progress: progress(),
      progressLog: { baseline: { learnedSkills: [], knownSkills: [] }, events: [] },
      usage: null,
      corrupt: null,
    };
    const onSetPostingStatus = vi.fn(async () => ok(null));
    const actions = { onExport: vi.fn(), onPreviewImport: vi.fn(), onApplyImport: vi.fn() };
    render(<DashboardApp data={data} view="pipeline" onSetPostingStatus={onSetPostingStatus} {...actions} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your pipeline');
    expect(screen.getByTestId('pipeline-board')).toBeTruthy();
    expect(screen.getByTestId('nav-pipeline').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-pipeline').getAttribute('href')).toBe('#pipeline');
    expect(screen.queryByTestId('compare-table')).toBeNull();
    fireEvent.change(within(card('e')).getByTestId('pipeline-card-move'), { target: { value: 'applying' } });
    expect(onSetPostingStatus).toHaveBeenCalledWith('e', 'applying');
  });
});
