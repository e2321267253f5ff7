// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardPage } from '../../../components/compare/dashboard-page';
import { dashboardViewOf, PROFILE_PATH, WELCOME_PATH } from '../../../lib/profile/welcome';
import { axeViolations } from '../../insights/axe';
import { storedKeys, WRITE_METHODS, writerSource } from './fake-dashboard-source';

const API = 'api-development';
const SQL = 'sql-data-management';

beforeEach(() => {
  fakeBrowser.reset();
  window.location.hash = '#welcome';
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function openWelcome() {
  const env = writerSource();
  const utils = render(<DashboardPage source={env.source} />);
  await screen.findByTestId('welcome');
  return { ...env, ...utils };
}

const row = (id: string) => screen.getAllByTestId('profile-skill').find((r) => r.getAttribute('data-skill-id') === id)!;
const stateButton = (id: string, state: string) => within(row(id)).getAllByTestId('set-state').find((b) => b.getAttribute('data-state') === state)!;

describe('first-run welcome', () => {
  it('asks about the six transferable skills, a résumé and the pace, on one page', async () => {
    await openWelcome();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Pathway Lens');
    expect(screen.getAllByTestId('profile-skill').map((r) => r.getAttribute('data-skill-kind'))).toEqual(Array(6).fill('transferable'));
    expect(screen.getAllByTestId('profile-skill').every((r) => r.getAttribute('data-state') === 'have')).toBe(true);
    expect(screen.getByTestId('resume-import')).toBeTruthy();
    expect(screen.getByTestId('hours-per-week')).toBeTruthy();
    expect(screen.getByTestId('start-date')).toBeTruthy();
    expect(document.title).toBe('Welcome to Pathway Lens');
  });

  it('skip writes nothing, even after answers were changed, and leaves for the dashboard', async () => {
    const { source } = await openWelcome();
    const before = await storedKeys();
    await userEvent.click(stateButton(API, 'notYet'));
    expect(row(API).getAttribute('data-state')).toBe('notYet');
    await userEvent.type(screen.getByTestId('hours-per-week'), '5');
    await userEvent.tab();
    await userEvent.click(screen.getByTestId('welcome-skip'));
    await waitFor(() => expect(screen.queryByTestId('welcome')).toBeNull());
    expect(window.location.hash).toBe('');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your saved postings, side by side');
    for (const m of WRITE_METHODS) expect(source[m]).not.toHaveBeenCalled();
    expect(await storedKeys()).toEqual(before);
    expect(before.filter((k) => k.startsWith('progress:') || k === 'settings' || k === 'resume')).toEqual([]);
  });

  it('done saves the answers (skills, own weeks, résumé skills, pace, start date) and opens the profile', async () => {
    const { source } = await openWelcome();
    await userEvent.click(stateButton(SQL, 'notYet'));
    await userEvent.type(within(row(SQL)).getByTestId('own-weeks'), '4');
    await userEvent.tab();
    // An answer changed back is not written.
    await userEvent.click(stateButton(API, 'notYet'));
    await userEvent.click(stateButton(API, 'have'));

    const importer = screen.getByTestId('resume-import');
    fireEvent.change(within(importer).getByTestId('resume-text'), { target: { value: 'Experience\n- Managed a $1M budget for the platform group.\n- Wrote Python services.' } });
    await userEvent.click(within(importer).getByTestId('resume-find'));
    await userEvent.click(within(importer).getByTestId('resume-confirm-all'));
    await userEvent.click(within(importer).getByTestId('resume-apply'));
    expect(within(importer).getByTestId('resume-status').textContent).toBe('2 skills added to your answers; they are saved when you finish.');
    expect(screen.getByTestId('welcome-more').textContent).toContain('Financial and Budget Management (learned)');
    expect(screen.getByTestId('welcome-more').textContent).toContain('python (known)');

    await userEvent.type(screen.getByTestId('hours-per-week'), '6');
    await userEvent.tab();
    fireEvent.change(screen.getByTestId('start-date'), { target: { value: '2025-09-01' } });
    // Still nothing written: answers wait for "done".
    for (const m of WRITE_METHODS) expect(source[m]).not.toHaveBeenCalled();

    await userEvent.click(screen.getByTestId('welcome-done'));
    await screen.findByTestId('profile');
    expect(window.location.hash).toBe('#profile');
    expect(source.setSkillState.mock.calls).toEqual([
      [SQL, 'notYet'],
      ['financial-budget-management', 'learned'],
    ]);
    expect(source.setOwnWeeks.mock.calls).toEqual([[SQL, 4]]);
    expect(source.setOtherSkillKnown.mock.calls).toEqual([['python', true]]);
    expect(source.updateSettings.mock.calls).toEqual([[{ hoursPerWeek: 6, startDate: '2025-09-01' }]]);
    expect(source.keepResume).not.toHaveBeenCalled();
    expect(row(SQL).getAttribute('data-state')).toBe('notYet');
    expect((within(row(SQL)).getByTestId('own-weeks') as HTMLInputElement).value).toBe('4');
    expect(row('financial-budget-management').getAttribute('data-state')).toBe('learned');
  });

  it('done without answers writes nothing', async () => {
    const { source } = await openWelcome();
    await userEvent.click(screen.getByTestId('welcome-done'));
    await screen.findByTestId('profile');
    for (const m of WRITE_METHODS) expect(source[m]).not.toHaveBeenCalled();
  });

  it('a failed save says why and stays on the welcome', async () => {
    const { source } = await openWelcome();
    source.setSkillState.mockResolvedValueOnce({ ok: false, error: { code: 'quota', message: 'Storage is full.' } });
    await userEvent.click(stateButton(API, 'notYet'));
    await userEvent.click(screen.getByTestId('welcome-done'));
    expect((await screen.findByTestId('welcome-error')).textContent).toBe('Storage is full.');
    expect(screen.getByTestId('welcome')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = await openWelcome();
    await userEvent.click(stateButton(API, 'notYet'));
    expect(await axeViolations(container)).toEqual([]);
  }, 20_000);
});

describe('dashboard views by hash', () => {
  it('maps hashes to views; the welcome and profile paths are the dashboard’s', () => {
    expect(dashboardViewOf('#profile')).toBe('profile');
    expect(dashboardViewOf('#welcome')).toBe('welcome');
    expect(dashboardViewOf('#profile-pace')).toBe('profile');
    expect(dashboardViewOf('#compare')).toBe('main');
    expect(dashboardViewOf('#pipeline')).toBe('pipeline');
    expect(dashboardViewOf('#pipeline-x')).toBe('main');
    expect(dashboardViewOf('')).toBe('main');
    expect(dashboardViewOf(`#${'x'.repeat(10_000)}`)).toBe('main');
    expect(WELCOME_PATH).toBe('/dashboard.html#welcome');
    expect(PROFILE_PATH).toBe('/dashboard.html#profile');
  });
});
