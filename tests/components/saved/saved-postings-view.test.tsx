// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedPostingsView, type SavedPostingsViewProps } from '../../../components/saved/saved-postings-view';
import { computeScore } from '../../../lib/scoring/score';
import type { SavedPosting } from '../../../lib/storage/schemas';
import { axeViolations } from '../../insights/axe';
import { manyPostings, posting, progress } from '../../insights/fixtures';

afterEach(cleanup);

/** The user's today in these tests: 20 Mar 2025. */
const TODAY = Date.UTC(2025, 2, 20);

function setup(postings: readonly SavedPosting[], extra: Partial<SavedPostingsViewProps> = {}) {
  const callbacks = { onStatusChange: vi.fn(), onNotesChange: vi.fn(), onDelete: vi.fn(), onRestore: vi.fn(), onOpen: vi.fn() };
  const utils = render(<SavedPostingsView postings={postings} progress={progress()} today={TODAY} {...callbacks} {...extra} />);
  return { ...utils, ...callbacks, user: userEvent.setup() };
}

const titles = () => screen.getAllByTestId('saved-posting').map((r) => within(r).getByRole('heading').textContent?.replace(' (opens the posting in a new tab)', ''));

const PMF = 'program-management-frameworks';
const three = [
  posting({ id: 'low', title: 'Low readiness', skills: [[PMF, 'required'], ['ai-ml-fundamentals', 'required']], savedAt: Date.UTC(2025, 2, 1), board: 'linkedin', status: 'applied' }),
  posting({ id: 'high', title: 'High readiness', company: 'Globex', skills: [['api-development', 'required'], ['agile-certification', 'preferred']], savedAt: Date.UTC(2025, 0, 1) }),
  posting({ id: 'mid', title: 'Mid readiness', skills: [['api-development', 'required'], ['agile-certification', 'required']], savedAt: Date.UTC(2025, 1, 1), targetRole: false, notes: 'Referral from Sam' }),
];

describe('SavedPostingsView', () => {
  it('shows an empty state with no postings', async () => {
    const { container } = setup([]);
    expect(screen.getByTestId('saved-empty').textContent).toContain('No saved postings yet.');
    expect(screen.queryAllByTestId('saved-posting')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows one posting with readiness, time to qualify, status, date and a link that opens it', async () => {
    const p = posting({ id: 'one', title: 'AI Program Manager', company: 'Initech', skills: [['api-development', 'required'], [PMF, 'required']], savedAt: Date.UTC(2025, 2, 12) });
    const { user, onOpen, container } = setup([p]);
    const row = screen.getByTestId('saved-posting');
    expect(row.getAttribute('data-posting-id')).toBe('one');
    expect(within(row).getByTestId('saved-readiness').textContent).toBe('50%');
    expect(within(row).getByTestId('saved-time').textContent).toBe('12 weeks at 10 h/week, by the end of Phase 4');
    // 20 Mar 2025 + 12 weeks (84 days): 11 to the end of March, 30 in April, 31 in May, then 12 June.
    expect(within(row).getByTestId('ready-by').textContent).toBe('Ready by 12 Jun 2025 at 10 h/week');
    expect(within(row).getByRole('combobox', { name: 'Status of AI Program Manager' })).toHaveProperty('value', 'saved');
    const time = row.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(new Date(Date.UTC(2025, 2, 12)).toISOString());
    expect(time?.textContent).toMatch(/12/);
    expect(time?.textContent).toMatch(/2025/);
    const link = within(row).getByRole('link', { name: /AI Program Manager/ });
    expect(link.getAttribute('href')).toBe(p.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    link.addEventListener('click', (e) => e.preventDefault());
    await user.click(link);
    expect(onOpen).toHaveBeenCalledWith('one', p.url);
    expect(screen.getByTestId('saved-count').textContent).toBe('1 saved posting');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('dates each posting at the user’s pace; a transferable skill marked "not yet" is a gap, with or without an estimate', () => {
    const pmfOnly = posting({ id: 'pmf', title: 'PMF only', skills: [[PMF, 'required']] });
    const cloud = posting({ id: 'cloud', title: 'Cloud only', skills: [['cloud-platforms', 'required']] });
    const both = posting({ id: 'both', title: 'Both', skills: [[PMF, 'required'], ['cloud-platforms', 'required']] });
    const slow = { ...progress(), pace: { hoursPerWeek: 6, pathwayHoursPerWeek: 10 } };
    setup([pmfOnly], { progress: slow });
    // 12 pathway weeks at 6 h/week instead of 10: 12 × 10 / 6 = 20 weeks = 140 days; 31 Jul is day 133, then 7 August.
    expect(screen.getByTestId('saved-time').textContent).toBe('20 weeks at 6 h/week, by the end of Phase 4');
    expect(screen.getByTestId('ready-by').textContent).toBe('Ready by 7 Aug 2025 at 6 h/week');
    cleanup();

    const lacking = { ...progress(), lackingSkills: new Set(['cloud-platforms']) };
    setup([cloud, both], { progress: lacking });
    const rowOf = (id: string) => screen.getAllByTestId('saved-posting').find((r) => r.dataset.postingId === id)!;
    expect(within(rowOf('cloud')).getByTestId('saved-readiness').textContent).toBe('0%');
    expect(within(rowOf('cloud')).getByTestId('saved-time').textContent).toBe('No estimate yet for 1 skill: add one in your profile');
    expect(within(rowOf('cloud')).getByTestId('ready-by').textContent).toBe('No date yet: give your gap an estimate in your profile');
    expect(within(rowOf('both')).getByTestId('saved-time').textContent).toBe('12 weeks at 10 h/week, by the end of Phase 4, 1 skill without an estimate');
    expect(within(rowOf('both')).getByTestId('ready-by').textContent).toBe('Ready by 12 Jun 2025 at 10 h/week (plus 1 skill without an estimate)');
    cleanup();

    // With the user's own 3 weeks for it: 12 + 3 = 15 weeks = 105 days; 30 Jun is day 102, then 3 July.
    setup([both], { progress: { ...lacking, ownWeeks: new Map([['cloud-platforms', 3]]) } });
    expect(screen.getByTestId('saved-time').textContent).toBe('15 weeks at 10 h/week, by the end of Phase 4, 1 self-study skill');
    expect(screen.getByTestId('ready-by').textContent).toBe('Ready by 3 Jul 2025 at 10 h/week');
  });

  it('sorts by readiness, date and time to qualify', async () => {
    const { user } = setup(three);
    expect(titles()).toEqual(['High readiness', 'Mid readiness', 'Low readiness']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'date');
    expect(titles()).toEqual(['Low readiness', 'Mid readiness', 'High readiness']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'time');
    expect(titles()).toEqual(['High readiness', 'Mid readiness', 'Low readiness']);
  });

  it('filters by status, board and role check, and searches title, company and notes', async () => {
    const { user } = setup(three);
    await user.selectOptions(screen.getByLabelText('Status'), 'applied');
    expect(titles()).toEqual(['Low readiness']);
    await user.selectOptions(screen.getByLabelText('Status'), 'all');
    await user.selectOptions(screen.getByLabelText('Board'), 'greenhouse');
    expect(titles()).toEqual(['High readiness', 'Mid readiness']);
    await user.selectOptions(screen.getByLabelText('Role check'), 'other');
    expect(titles()).toEqual(['Mid readiness']);
    expect(screen.getByText(/Role check/, { selector: '.tag' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Role check'), 'all');
    await user.selectOptions(screen.getByLabelText('Board'), 'all');
    await user.type(screen.getByLabelText('Search'), 'globex');
    expect(titles()).toEqual(['High readiness']);
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'sam');
    expect(titles()).toEqual(['Mid readiness']);
    expect(screen.getByTestId('saved-count').textContent).toBe('Showing 1 of 3 saved postings');
    await user.type(screen.getByLabelText('Search'), ' nothing-matches');
    expect(screen.getByTestId('saved-no-match')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(titles()).toHaveLength(3);
  });

  it('changes status and saves notes through the callbacks', async () => {
    const { user, onStatusChange, onNotesChange } = setup(three);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of High readiness' }), 'interviewing');
    expect(onStatusChange).toHaveBeenCalledWith('high', 'interviewing');
    const row = screen.getAllByTestId('saved-posting')[0] as HTMLElement;
    await user.click(within(row).getByText('Notes', { exact: false, selector: 'summary' }));
    const field = within(row).getByLabelText('Notes for High readiness');
    await user.type(field, 'Call recruiter');
    await user.click(within(row).getByRole('button', { name: 'Save notes for High readiness' }));
    expect(onNotesChange).toHaveBeenCalledWith('high', 'Call recruiter');
  });

  it('deletes with undo (the parent removes and restores the posting)', async () => {
    const onDelete = vi.fn();
    const onRestore = vi.fn();
    function Harness() {
      const [list, setList] = useState(three);
      return (
        <SavedPostingsView
          postings={list}
          progress={progress()}
          onStatusChange={vi.fn()}
          onNotesChange={vi.fn()}
          onDelete={(id) => {
            onDelete(id);
            setList((l) => l.filter((p) => p.id !== id));
          }}
          onRestore={(id) => {
            onRestore(id);
            setList(three);
          }}
        />
      );
    }
    render(<Harness />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete Mid readiness' }));
    expect(onDelete).toHaveBeenCalledWith('mid');
    expect(titles()).toEqual(['High readiness', 'Low readiness']);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    expect(screen.getByText('Deleted “Mid readiness”.')).toBeTruthy();
    await user.click(undo);
    expect(onRestore).toHaveBeenCalledWith('mid');
    expect(titles()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('renders many postings windowed: only the rows in view, in order, each with its place in the list; accessible', async () => {
    const postings = manyPostings(200);
    const start = performance.now();
    const { container } = setup(postings);
    const ms = performance.now() - start;
    const rows = screen.getAllByTestId('saved-posting');
    // A 600 px view of ~320 px rows (and 400 px either side): a handful of rows, not 200.
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(12);
    console.info(`SavedPostingsView: 200 postings, ${rows.length} rows rendered in ${ms.toFixed(0)} ms (happy-dom)`);
    expect(screen.getByTestId('saved-count').textContent).toBe('200 saved postings');
    expect(rows.map((r) => r.getAttribute('aria-posinset'))).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.every((r) => r.getAttribute('aria-setsize') === '200')).toBe(true);
    const readiness = screen.getAllByTestId('saved-readiness').map((el) => Number(el.textContent?.replace('%', '')));
    expect(readiness).toEqual([...readiness].sort((a, b) => b - a));
    expect(screen.getByRole('list', { name: 'Saved postings' }).getAttribute('aria-describedby')).toBe('saved-keys');
    expect(await axeViolations(container)).toEqual([]);
  }, 20_000);

  it('renders the rows scrolled into view, finds by search a posting never rendered, and reaches the last row by keyboard', async () => {
    const postings = manyPostings(200);
    const callbacks = { onStatusChange: vi.fn(), onNotesChange: vi.fn(), onDelete: vi.fn(), onRestore: vi.fn() };
    render(
      <div data-testid="scroller" style={{ overflowY: 'auto', height: 600 }}>
        <SavedPostingsView postings={postings} progress={progress()} today={TODAY} {...callbacks} />
      </div>,
    );
    const user = userEvent.setup();
    const firstIds = screen.getAllByTestId('saved-posting').map((r) => r.dataset.postingId);
    const scroller = screen.getByTestId('scroller');
    act(() => {
      scroller.scrollTop = 320 * 100;
      fireEvent.scroll(scroller);
    });
    const later = screen.getAllByTestId('saved-posting');
    expect(later[0]?.getAttribute('aria-posinset')).not.toBe('1');
    expect(Number(later[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(90);
    expect(later.some((r) => firstIds.includes(r.dataset.postingId))).toBe(false);
    act(() => {
      scroller.scrollTop = 0;
      fireEvent.scroll(scroller);
    });

    // Keyboard: from the first row to the last (the lowest readiness, not rendered until now).
    const first = screen.getAllByTestId('saved-posting')[0] as HTMLElement;
    act(() => within(first).getByRole('link').focus());
    await user.keyboard('{Control>}{End}{/Control}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.dataset.testid).toBe('saved-posting');
    expect(focused.getAttribute('aria-posinset')).toBe('200');
    const lowest = Math.min(...postings.map((p) => computeScore(p.report, progress()).readiness));
    expect(within(focused).getByTestId('saved-readiness').textContent).toBe(`${lowest}%`);

    // Search: a posting far down the list is found.
    const target = postings[137] as SavedPosting;
    await user.type(screen.getByLabelText('Search'), target.title);
    await waitFor(() => expect(screen.getByTestId('saved-count').textContent).toMatch(/^Showing \d+ of 200 saved postings$/));
    expect(titles()).toContain(target.title);
  }, 20_000);

  it('says how many records were set aside as corrupt, even with no postings', async () => {
    const onShowCorrupt = vi.fn();
    const { user, container } = setup([], { corruptCount: 2, readOnlyCount: 1, onShowCorrupt });
    const notice = screen.getByTestId('corrupt-notice');
    expect(notice.textContent).toContain('2 saved records could not be read and were set aside.');
    expect(notice.textContent).toContain('1 record was written by a newer version');
    await user.click(within(notice).getByRole('button', { name: 'Show details' }));
    expect(onShowCorrupt).toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders hostile page text as text and never links a non-http address', () => {
    const evil = posting({ id: 'evil', title: '<img src=x onerror=alert(1)>', company: '<b>Bold</b>', skills: [], notes: '<script>alert(1)</script>' });
    const { container } = setup([{ ...evil, url: 'javascript:alert(1)' }]);
    expect(container.querySelector('img[src=x], b, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByText('<b>Bold</b> · Remote · Greenhouse')).toBeTruthy();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });
});
