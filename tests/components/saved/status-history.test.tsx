// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_HEAD, HISTORY_TAIL, StatusHistory } from '../../../components/saved/status-history';
import type { StatusChange } from '../../../lib/storage/pipeline';
import type { PostingStatus } from '../../../lib/storage/schemas';
import { axeViolations } from '../../insights/axe';

afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const CYCLE: readonly PostingStatus[] = ['saved', 'applying', 'applied', 'interviewing', 'applied', 'archived'];

/** n changes, one a day from 1 Jan 2026, cycling through stages (moves back included). */
function history(n: number): StatusChange[] {
  return Array.from({ length: n }, (_, i) => ({ status: CYCLE[i % CYCLE.length] as PostingStatus, at: Date.UTC(2026, 0, 1) + i * DAY }));
}

// Plain selectors, not role queries: role queries over 3,000 items take seconds in happy-dom.
const entries = () => [...screen.getByTestId('status-history').querySelectorAll(':scope > li')];

describe('StatusHistory', () => {
  it('shows one entry per change, oldest first, with its day and whether it was set by hand', async () => {
    const h: StatusChange[] = [
      { status: 'saved', at: Date.UTC(2026, 2, 14) },
      { status: 'applied', at: Date.UTC(2026, 2, 12), hand: true },
      { status: 'interviewing', at: Date.UTC(2026, 2, 20, 15, 30) },
    ];
    const { container } = render(<StatusHistory history={h} postingTitle="AI PM" postingId="p1" />);
    const list = screen.getByRole('list', { name: 'Status history of AI PM' });
    expect(list.getAttribute('data-testid')).toBe('status-history');
    const items = entries();
    expect(items).toHaveLength(3);
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['saved', 'applied', 'interviewing']);
    expect(items[1]?.textContent).toBe(`Applied · ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 12))} (set by hand)`);
    expect(items[1]?.textContent).toMatch(/12/);
    expect(items[0]?.textContent).not.toContain('set by hand');
    // A day, not a time: the machine-readable date too is the change's moment, the text its day only.
    expect(items[2]?.querySelector('time')?.getAttribute('datetime')).toBe(new Date(Date.UTC(2026, 2, 20, 15, 30)).toISOString());
    expect(items[2]?.textContent).not.toMatch(/15:30|3:30/);
    expect(screen.queryByRole('button')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a history of thousands shows its first and latest entries, and "Show all N" reaches every one', async () => {
    const user = userEvent.setup();
    const h = history(3_000);
    const { container } = render(<StatusHistory history={h} postingTitle="AI PM" postingId="p1" />);
    const collapsed = entries();
    expect(collapsed).toHaveLength(HISTORY_HEAD + HISTORY_TAIL);
    // Numbered as in the whole history: 1, 2, then 2998–3000.
    expect(collapsed.map((li) => li.getAttribute('value'))).toEqual(['1', '2', '2998', '2999', '3000']);
    expect(collapsed[HISTORY_HEAD]?.textContent?.startsWith('…')).toBe(true);
    const toggle = screen.getByRole('button', { name: /Show all 3,000 changes/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(toggle);
    const all = entries();
    expect(all).toHaveLength(3_000);
    expect(all.map((li) => li.getAttribute('value'))).toEqual(h.map((_, i) => String(i + 1)));
    expect(all.some((li) => li.textContent?.includes('…'))).toBe(false);
    const fewer = screen.getByRole('button', { name: /Show fewer changes/ });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    await user.click(fewer);
    expect(entries()).toHaveLength(HISTORY_HEAD + HISTORY_TAIL);
    // Drawing 3,000 list items takes happy-dom a few seconds (a browser, milliseconds).
  }, 30_000);

  it('shows a history one entry longer than the collapsed view whole (nothing to hide worth a button)', () => {
    render(<StatusHistory history={history(HISTORY_HEAD + HISTORY_TAIL + 1)} postingTitle="AI PM" postingId="p1" />);
    expect(entries()).toHaveLength(HISTORY_HEAD + HISTORY_TAIL + 1);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
