// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PipelineActions } from '../../../components/saved/pipeline-actions';
import { PipelineDates } from '../../../components/saved/pipeline-dates';
import type { StatusChange } from '../../../lib/storage/pipeline';
import { fail, ok } from '../../../lib/storage/result';
import { axeViolations } from '../../insights/axe';

afterEach(cleanup);

/** Now in these tests: 7 Dec 2026, 09:00 UTC. */
const NOW = Date.UTC(2026, 11, 7, 9);

function setup(posting: { history: StatusChange[]; followUpAt: number | null }, actions: Partial<PipelineActions> = {}) {
  const value: PipelineActions = {
    setAppliedDate: vi.fn(async () => ok({})),
    setFollowUp: vi.fn(async () => ok({})),
    now: () => NOW,
    ...actions,
  };
  const utils = render(
    <PipelineDates posting={{ id: 'p1', ...posting }} postingTitle="AI PM" actions={value} />,
  );
  return { ...utils, actions: value, user: userEvent.setup() };
}

async function open(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText(/^Dates/));
  await waitFor(() => expect(screen.getByLabelText(/Applied on/)).toBeTruthy());
}

/** Types a day and leaves the field (the day is sent when the field is left, not at every digit). */
function typeDay(label: RegExp, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

const saved: StatusChange[] = [{ status: 'saved', at: Date.UTC(2026, 10, 20) }];

describe('PipelineDates', () => {
  it('nothing without the page’s actions (a row then shows its timeline only)', () => {
    const { container } = render(<PipelineDates posting={{ id: 'p1', history: saved, followUpAt: null }} postingTitle="AI PM" actions={undefined} />);
    expect(container.textContent).toBe('');
  });

  it('shows the stored applied and follow-up days; sets the applied day by hand', async () => {
    const { user, actions, container } = setup({ history: [...saved, { status: 'applied', at: Date.UTC(2026, 10, 25) }], followUpAt: Date.UTC(2026, 11, 9) });
    await open(user);
    expect((screen.getByLabelText(/Applied on/) as HTMLInputElement).value).toBe('2026-11-25');
    expect((screen.getByLabelText(/Follow up on/) as HTMLInputElement).value).toBe('2026-12-09');
    expect(await axeViolations(container)).toEqual([]);
    typeDay(/Applied on/, '2026-11-02');
    await waitFor(() => expect(actions.setAppliedDate).toHaveBeenCalledWith('p1', Date.UTC(2026, 10, 2)));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends nothing while a day is being typed, only when the field is left or Enter is pressed', async () => {
    const { user, actions } = setup({ history: saved, followUpAt: null });
    await open(user);
    const input = screen.getByLabelText(/Applied on/);
    fireEvent.change(input, { target: { value: '0002-11-02' } });
    fireEvent.change(input, { target: { value: '2026-11-02' } });
    expect(actions.setAppliedDate).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(actions.setAppliedDate).toHaveBeenCalledTimes(1));
    expect(actions.setAppliedDate).toHaveBeenCalledWith('p1', Date.UTC(2026, 10, 2));
  });

  it.each([
    ['in the future', '2027-01-15', 'That date is in the future. Choose the date you applied.'],
    ['before 2000', '1999-12-31', 'That date is before 2000. Choose the date you applied.'],
  ])('an applied day %s: a clear message in role="alert", nothing sent', async (_, value, message) => {
    const { user, actions, container } = setup({ history: saved, followUpAt: null });
    await open(user);
    typeDay(/Applied on/, value);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(actions.setAppliedDate).not.toHaveBeenCalled();
    const input = screen.getByLabelText(/Applied on/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    // What was typed stays, so the user sees what was refused.
    expect((input as HTMLInputElement).value).toBe(value);
    expect(await axeViolations(container)).toEqual([]);
    // A good day clears it.
    typeDay(/Applied on/, '2026-12-01');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(actions.setAppliedDate).toHaveBeenCalledWith('p1', Date.UTC(2026, 11, 1));
  });

  it('shows the writer’s refusal in role="alert" too', async () => {
    const { user } = setup({ history: saved, followUpAt: null }, { setAppliedDate: vi.fn(async () => fail('not-found', 'That posting is no longer saved.')) });
    await open(user);
    typeDay(/Applied on/, '2026-12-01');
    expect((await screen.findByRole('alert')).textContent).toBe('That posting is no longer saved.');
  });

  it('sets a follow-up day, refuses one before 2000, and clears one', async () => {
    const { user, actions, rerender } = setup({ history: saved, followUpAt: null });
    await open(user);
    expect(screen.queryByRole('button', { name: /Clear/ })).toBeNull();
    typeDay(/Follow up on/, '1999-05-01');
    expect((await screen.findByRole('alert')).textContent).toBe('That date is before 2000.');
    expect(actions.setFollowUp).not.toHaveBeenCalled();
    typeDay(/Follow up on/, '2026-12-14');
    await waitFor(() => expect(actions.setFollowUp).toHaveBeenCalledWith('p1', { kind: 'set', at: Date.UTC(2026, 11, 14) }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    // The stored day comes back from the writer: the field shows it, with a Clear button.
    rerender(
      <PipelineDates posting={{ id: 'p1', history: saved, followUpAt: Date.UTC(2026, 11, 14) }} postingTitle="AI PM" actions={actions} />,
    );
    const field = screen.getByTestId('follow-up-date');
    await user.click(within(field).getByRole('button', { name: 'Clear the follow-up date of AI PM' }));
    expect(actions.setFollowUp).toHaveBeenLastCalledWith('p1', { kind: 'clear' });
  });
});
