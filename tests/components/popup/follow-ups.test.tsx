// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOLLOW_UPS_SHOWN, FollowUps } from '../../../components/popup/follow-ups';
import { PopupApp } from '../../../components/popup/popup-app';
import { pathway } from '../../../data/pathway';
import type { StatusChange } from '../../../lib/storage/pipeline';
import type { SavedPosting } from '../../../lib/storage/schemas';
import { axeViolations } from '../../insights/axe';
import { posting } from '../../insights/fixtures';
import { FAKE_NOW, fakePopupSource } from './fake-popup-source';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;

function saved(id: string, title: string, history: StatusChange[], followUpAt: number | null = null, company: string | null = 'Acme'): SavedPosting {
  const p = posting({ id, title, company, skills: [], savedAt: history[0]?.at ?? FAKE_NOW - 40 * DAY });
  return { ...p, status: (history.at(-1) as StatusChange).status, history, followUpAt };
}

/** Applied 16 days before the fake's now, no reply: a suggested follow-up. */
const applied16 = saved('gh:1', 'AI Program Manager', [
  { status: 'saved', at: FAKE_NOW - 20 * DAY },
  { status: 'applied', at: FAKE_NOW - 16 * DAY },
]);
/** A follow-up set by hand for 3 Mar 2025 (17 days before the fake's now of 20 Mar 2025). */
const setFor3Mar = saved('gh:2', 'Technical PM, ML', [{ status: 'saved', at: FAKE_NOW - 30 * DAY }], Date.UTC(2025, 2, 3), 'Globex');
/** Applied 5 days ago: not due. */
const notDue = saved('gh:3', 'Program Lead', [{ status: 'applied', at: FAKE_NOW - 5 * DAY }]);

describe('FollowUps', () => {
  it('lists due follow-ups with why, oldest first; Done and Snooze a week call back with the posting', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const onSnooze = vi.fn();
    const { container } = render(<FollowUps postings={[applied16, notDue, setFor3Mar]} now={FAKE_NOW} onDone={onDone} onSnooze={onSnooze} />);
    const box = screen.getByTestId('follow-ups');
    expect(within(box).getByRole('heading').textContent).toBe('Follow-ups due (2)');
    const items = within(box).getAllByTestId('follow-up');
    expect(items.map((i) => i.getAttribute('data-posting-id'))).toEqual(['gh:2', 'gh:1']);
    expect(items[0]?.textContent).toContain('Technical PM, ML · Globex');
    expect(items[0]?.textContent).toContain(`Follow-up set for ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 3))}`);
    expect(items[1]?.textContent).toContain('AI Program Manager · Acme');
    expect(items[1]?.textContent).toContain('Applied 16 days ago, no reply');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: /^Done/ }));
    expect(onDone).toHaveBeenCalledWith('gh:1');
    // The item is about to go: focus waits on the list's heading.
    expect(document.activeElement).toBe(within(box).getByRole('heading'));
    await user.click(within(items[0] as HTMLElement).getByRole('button', { name: /^Snooze a week/ }));
    expect(onSnooze).toHaveBeenCalledWith('gh:2');
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onSnooze).toHaveBeenCalledTimes(1);
  });

  it('renders nothing when none is due', () => {
    const { container } = render(<FollowUps postings={[notDue]} now={FAKE_NOW} onDone={vi.fn()} onSnooze={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('a long list shows a few, then all on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 12 }, (_, i) => saved(`gh:m${i}`, `Role ${i}`, [{ status: 'saved', at: FAKE_NOW - 40 * DAY }], FAKE_NOW - (i + 1) * DAY));
    render(<FollowUps postings={many} now={FAKE_NOW} onDone={vi.fn()} onSnooze={vi.fn()} />);
    expect(screen.getAllByTestId('follow-up')).toHaveLength(FOLLOW_UPS_SHOWN);
    await user.click(screen.getByRole('button', { name: 'Show all 12 follow-ups' }));
    expect(screen.getAllByTestId('follow-up')).toHaveLength(12);
  });

  it('shows page text as text', () => {
    const hostile = saved('gh:x', '<img src=x onerror=alert(1)>', [{ status: 'saved', at: FAKE_NOW - DAY }], FAKE_NOW - DAY, '<b>Evil</b>');
    const { container } = render(<FollowUps postings={[hostile]} now={FAKE_NOW} onDone={vi.fn()} onSnooze={vi.fn()} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('follow-up').textContent).toContain('<img src=x onerror=alert(1)> · <b>Evil</b>');
  });
});

describe('the popup with follow-ups', () => {
  async function renderPopup(postings: SavedPosting[], tab: 'page' | 'saved' = 'page') {
    const fake = fakePopupSource({ postings });
    const utils = render(<PopupApp pathway={pathway} source={fake.source} initialTab={tab} />);
    await waitFor(() => expect(utils.container.querySelector('.popup')?.getAttribute('data-ready')).toBe('true'));
    return { ...utils, ...fake, user: userEvent.setup() };
  }

  it('lists them at the top on every tab; Done and Snooze are stored and the list follows', async () => {
    const { user, source, getPostings, container } = await renderPopup([applied16, setFor3Mar, notDue]);
    const box = await screen.findByTestId('follow-ups');
    expect(within(box).getAllByTestId('follow-up')).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(box).getByRole('button', { name: /^Done.*AI Program Manager/ }));
    expect(source.setFollowUp).toHaveBeenCalledWith('gh:1', { kind: 'done' });
    await waitFor(() => expect(screen.getAllByTestId('follow-up')).toHaveLength(1));
    expect(getPostings().find((p) => p.id === 'gh:1')?.followUpDoneAt).toBe(FAKE_NOW);

    await user.click(screen.getByRole('button', { name: /^Snooze a week.*Technical PM, ML/ }));
    expect(source.setFollowUp).toHaveBeenCalledWith('gh:2', { kind: 'snooze' });
    await waitFor(() => expect(screen.queryByTestId('follow-ups')).toBeNull());
    expect(getPostings().find((p) => p.id === 'gh:2')?.followUpAt).toBe(FAKE_NOW + 7 * DAY);
  });

  it('Saved tab: each row shows its timeline; a status change adds an entry; the applied date is set in the row', async () => {
    const { user, source } = await renderPopup([notDue], 'saved');
    const row = screen.getByTestId('saved-posting');
    expect(within(row).getByTestId('status-history').querySelectorAll('li')).toHaveLength(1);
    await user.selectOptions(within(row).getByRole('combobox', { name: /Status of/ }), 'interviewing');
    await waitFor(() => expect(within(screen.getByTestId('saved-posting')).getByTestId('status-history').querySelectorAll('li')).toHaveLength(2));
    const entries = [...within(screen.getByTestId('saved-posting')).getByTestId('status-history').querySelectorAll('li')].map((li) => li.getAttribute('data-status'));
    expect(entries).toEqual(['applied', 'interviewing']);

    await user.click(within(screen.getByTestId('saved-posting')).getByText(/^Dates/));
    const input = await screen.findByLabelText(/Applied on/);
    await user.clear(input);
    await user.type(input, '2025-03-01');
    await user.tab();
    await waitFor(() => expect(source.setAppliedDate).toHaveBeenCalledWith('gh:3', Date.UTC(2025, 2, 1)));
    await waitFor(() => expect(within(screen.getByTestId('saved-posting')).getByTestId('status-history').textContent).toContain('(set by hand)'));
  });
});
