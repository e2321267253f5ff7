// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardPage } from '../../../components/compare/dashboard-page';
import { fail, ok } from '../../../lib/storage/result';
import { axeViolations } from '../../insights/axe';
import { storedKeys, writerSource } from './fake-dashboard-source';

const API = 'api-development';
const PMF = 'program-management-frameworks';

beforeEach(() => {
  fakeBrowser.reset();
  window.location.hash = '#profile';
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const row = (id: string) => screen.getAllByTestId('profile-skill').find((r) => r.getAttribute('data-skill-id') === id)!;
const stateButton = (id: string, state: string) => within(row(id)).getAllByTestId('set-state').find((b) => b.getAttribute('data-state') === state)!;

async function openProfile(options: Parameters<typeof writerSource>[0] = {}) {
  const env = writerSource(options);
  const utils = render(<DashboardPage source={env.source} />);
  await screen.findByTestId('profile');
  return { ...env, ...utils };
}

describe('profile: pathway skills', () => {
  it('lists the twelve pathway skills, one button per state, the current one pressed', async () => {
    await openProfile();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your profile');
    const rows = screen.getAllByTestId('profile-skill');
    expect(rows).toHaveLength(12);
    const states = (id: string) => within(row(id)).getAllByTestId('set-state').map((b) => b.getAttribute('data-state'));
    expect(states(API)).toEqual(['have', 'notYet']);
    expect(states(PMF)).toEqual(['notYet', 'learning', 'learned']);
    expect(row(API).getAttribute('data-state')).toBe('have');
    expect(row(PMF).getAttribute('data-state')).toBe('notYet');
    expect(stateButton(API, 'have').getAttribute('aria-pressed')).toBe('true');
    expect(stateButton(API, 'notYet').getAttribute('aria-pressed')).toBe('false');
    // Skills to learn show their importance and weeks.
    expect(row(PMF).textContent).toMatch(/Critical|Important|Nice to have/);
    expect(row(PMF).textContent).toMatch(/\d+ weeks?/);
    // A transferable skill had shows no weeks input.
    expect(within(row(API)).queryByTestId('own-weeks')).toBeNull();
  });

  it('a click shows the new state at once, writes it, and keeps it once storage has it', async () => {
    const { source } = await openProfile();
    let release: () => void = () => undefined;
    const original = source.setSkillState.getMockImplementation()!;
    source.setSkillState.mockImplementationOnce((id, state) => new Promise((resolve) => (release = () => resolve(original(id, state)))));
    fireEvent.click(stateButton(API, 'notYet'));
    // Before the writer answers: the row already says "not yet".
    expect(row(API).getAttribute('data-state')).toBe('notYet');
    expect(stateButton(API, 'notYet').getAttribute('aria-pressed')).toBe('true');
    expect(source.setSkillState).toHaveBeenCalledWith(API, 'notYet');
    await act(async () => release());
    await waitFor(() => expect(source.getDashboard).toHaveBeenCalledTimes(2));
    expect(row(API).getAttribute('data-state')).toBe('notYet');
    const stored = await fakeBrowser.storage.local.get(`progress:transferable:${API}`);
    expect(stored[`progress:transferable:${API}`]).toMatchObject({ kind: 'transferable', id: API, done: false });
  });

  it('skills to learn move between not yet, learning and learned', async () => {
    const { source } = await openProfile();
    await userEvent.click(stateButton(PMF, 'learning'));
    await waitFor(() => expect(row(PMF).getAttribute('data-state')).toBe('learning'));
    await userEvent.click(stateButton(PMF, 'learned'));
    await waitFor(() => expect(row(PMF).getAttribute('data-state')).toBe('learned'));
    expect(source.setSkillState.mock.calls).toEqual([
      [PMF, 'learning'],
      [PMF, 'learned'],
    ]);
    // Pressing the current state writes nothing.
    await userEvent.click(stateButton(PMF, 'learned'));
    expect(source.setSkillState).toHaveBeenCalledTimes(2);
  });

  it('a failed write goes back to the stored state and says why', async () => {
    const { source } = await openProfile();
    source.setSkillState.mockResolvedValueOnce(fail('quota', 'Storage is full.'));
    await userEvent.click(stateButton(API, 'notYet'));
    expect((await screen.findByTestId('profile-error')).textContent).toBe('Storage is full.');
    expect(row(API).getAttribute('data-state')).toBe('have');
  });

  it('a transferable skill marked not yet takes the user’s own weeks (empty: no estimate)', async () => {
    const { source, writer } = await openProfile();
    await userEvent.click(stateButton(API, 'notYet'));
    const input = await within(row(API)).findByTestId('own-weeks');
    expect(row(API).textContent).toContain('counts this skill as unscheduled');
    await userEvent.type(input, '6{Enter}');
    await userEvent.tab();
    expect(source.setOwnWeeks.mock.calls).toEqual([[API, 6]]);
    await waitFor(async () => {
      const p = await writer.getProgress();
      expect(p.ok && p.value.ownWeeks[API]).toBe(6);
    });
    await waitFor(() => expect(row(API).textContent).toContain('Time to qualify counts these weeks'));
    await userEvent.clear(within(row(API)).getByTestId('own-weeks'));
    await userEvent.tab();
    expect(source.setOwnWeeks.mock.calls).toEqual([
      [API, 6],
      [API, null],
    ]);
  });

  it('refuses weeks out of range with a message and writes nothing', async () => {
    const { source } = await openProfile();
    await userEvent.click(stateButton(API, 'notYet'));
    const input = await within(row(API)).findByTestId('own-weeks');
    for (const bad of ['0', '261', '2.5', 'soon']) {
      await userEvent.clear(input);
      await userEvent.type(input, bad);
      await userEvent.tab();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(within(row(API)).getByRole('alert').textContent).toBe('A whole number from 1 to 260, or empty.');
    }
    expect(source.setOwnWeeks).not.toHaveBeenCalled();
  });

  it('reflects a change made elsewhere (the sidebar) without a reload', async () => {
    const { writer, notify } = await openProfile();
    await writer.setSkillState(PMF, 'learned');
    await writer.setProgress('other', 'kubernetes', true);
    await act(async () => notify());
    await waitFor(() => expect(row(PMF).getAttribute('data-state')).toBe('learned'));
    expect(screen.getAllByTestId('known-skill').map((r) => r.getAttribute('data-skill-id'))).toEqual(['kubernetes']);
  });
});

describe('profile: other skills you know', () => {
  it('lists them with a remove button each, and adds one found in the lexicon', async () => {
    const env = writerSource();
    await env.writer.setProgress('other', 'kubernetes', true);
    render(<DashboardPage source={env.source} />);
    const known = await screen.findAllByTestId('known-skill');
    expect(known.map((r) => r.getAttribute('data-skill-id'))).toEqual(['kubernetes']);
    expect(known[0]?.textContent).toContain('kubernetes');

    await userEvent.type(screen.getByTestId('known-skill-search'), 'pyth');
    const add = screen.getAllByTestId('known-skill-add');
    expect(add[0]?.getAttribute('data-skill-id')).toBe('python');
    await userEvent.click(add[0]!);
    expect(env.source.setOtherSkillKnown).toHaveBeenCalledWith('python', true);
    await waitFor(() => expect(screen.getAllByTestId('known-skill').map((r) => r.getAttribute('data-skill-id'))).toEqual(['kubernetes', 'python']));

    await userEvent.click(within(screen.getAllByTestId('known-skill')[0]!).getByTestId('known-skill-remove'));
    expect(env.source.setOtherSkillKnown).toHaveBeenLastCalledWith('kubernetes', false);
    await waitFor(() => expect(screen.getAllByTestId('known-skill').map((r) => r.getAttribute('data-skill-id'))).toEqual(['python']));
  });

  it('offers no pathway skill and no skill already known; says when nothing matches', async () => {
    const env = writerSource();
    await env.writer.setProgress('other', 'python', true);
    render(<DashboardPage source={env.source} />);
    const search = await screen.findByTestId('known-skill-search');
    await userEvent.type(search, 'python');
    expect(screen.queryAllByTestId('known-skill-add').map((b) => b.getAttribute('data-skill-id'))).not.toContain('python');
    await userEvent.clear(search);
    await userEvent.type(search, 'zzzz-no-such-skill');
    expect(screen.getByRole('status').textContent).toContain('No other skill matches');
    await userEvent.clear(search);
    await userEvent.type(search, 'API Development');
    expect(screen.queryAllByTestId('known-skill-add').map((b) => b.getAttribute('data-skill-id'))).not.toContain(API);
  });
});

describe('profile: your pace', () => {
  it('shows the pathway’s assumed hours as an editable assumption and saves hours a week once', async () => {
    const { source } = await openProfile();
    expect(screen.getByTestId('pace-assumption').textContent).toBe("The pathway's weeks assume 10 h/week of study.");
    expect(screen.getByTestId('pace-summary').textContent).toBe('At 10 h/week, the 40-week roadmap takes 40 weeks.');
    const hours = screen.getByTestId('hours-per-week');
    await userEvent.type(hours, '5{Enter}');
    await userEvent.tab();
    expect(source.updateSettings.mock.calls).toEqual([[{ hoursPerWeek: 5 }]]);
    await waitFor(() => expect(screen.getByTestId('pace-summary').textContent).toBe('At 5 h/week, the 40-week roadmap takes 80 weeks.'));

    const assumed = screen.getByTestId('pathway-hours');
    await userEvent.type(assumed, '12');
    await userEvent.tab();
    expect(source.updateSettings).toHaveBeenLastCalledWith({ pathwayHoursPerWeek: 12 });
    await waitFor(() => expect(screen.getByTestId('pace-assumption').textContent).toBe("The pathway's weeks assume 12 h/week of study."));
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    expect(stored).toMatchObject({ hoursPerWeek: 5, pathwayHoursPerWeek: 12 });
  });

  it('saves the roadmap start date, and clears it', async () => {
    const { source } = await openProfile();
    fireEvent.change(screen.getByTestId('start-date'), { target: { value: '2025-03-01' } });
    expect(source.updateSettings).toHaveBeenCalledWith({ startDate: '2025-03-01' });
    await waitFor(() => expect((screen.getByTestId('start-date') as HTMLInputElement).value).toBe('2025-03-01'));
    await userEvent.click(screen.getByRole('button', { name: 'Clear start date' }));
    expect(source.updateSettings).toHaveBeenLastCalledWith({ startDate: null });
    await waitFor(() => expect((screen.getByTestId('start-date') as HTMLInputElement).value).toBe(''));
  });

  it('refuses hours out of range and writes nothing', async () => {
    const { source } = await openProfile();
    const hours = screen.getByTestId('hours-per-week');
    await userEvent.type(hours, '200');
    await userEvent.tab();
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('A number from 1 to 80, or empty.');
    expect(source.updateSettings).not.toHaveBeenCalled();
  });

  it('a change of the sync status alone re-reads the status, not the saved postings', async () => {
    const { source, notify } = await openProfile({ sync: ok({ state: 'idle', at: Date.UTC(2025, 0, 2, 9, 30), detail: '' }) });
    const reads = source.getDashboard.mock.calls.length;
    source.getSyncStatus.mockResolvedValue(ok({ state: 'quota', at: Date.UTC(2025, 0, 2, 9, 31), detail: '' }));
    await act(async () => notify('sync-status'));
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toContain('sync storage is full'));
    expect(source.getDashboard.mock.calls.length).toBe(reads);
  });

  it('shows the sync status when the background reports one, nothing otherwise', async () => {
    await openProfile({ sync: ok({ state: 'quota', at: Date.UTC(2025, 0, 2, 9, 30), detail: '' }) });
    expect(screen.getByTestId('sync-status').textContent).toContain('sync storage is full');
    cleanup();
    await openProfile({ sync: ok({ state: 'ok', at: Date.UTC(2025, 0, 2, 9, 30), detail: "Your profile, progress and settings are mirrored to this browser's sync storage." }) });
    // One sentence: the background's detail for `ok` would only say it again.
    expect(screen.getByTestId('sync-status').textContent).toMatch(/^Your profile and settings are synced with your browser account \(last 2 Jan, \d\d:\d\d\)\.$/);
    cleanup();
    await openProfile({ sync: fail('unavailable', 'no such message') });
    expect(screen.queryByTestId('sync-status')).toBeNull();
  });
});

describe('profile: routing and accessibility', () => {
  it('#profile shows the profile, other hashes the saved-postings sections; the nav links both', async () => {
    const { source } = await openProfile();
    expect(screen.getByTestId('nav-profile').getAttribute('aria-current')).toBe('page');
    await act(async () => {
      window.location.hash = '#compare';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.queryByTestId('profile')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your saved postings, side by side');
    expect(screen.getByTestId('nav-profile').getAttribute('aria-current')).toBeNull();
    expect(source.getDashboard).toHaveBeenCalledTimes(1);
  });

  it('has no axe violations', async () => {
    const { container } = await openProfile({ sync: ok({ state: 'unavailable', at: 1, detail: '' }) });
    await userEvent.click(stateButton(API, 'notYet'));
    await within(row(API)).findByTestId('own-weeks');
    await userEvent.type(screen.getByTestId('known-skill-search'), 'ku');
    fireEvent.change(screen.getByTestId('resume-text'), { target: { value: 'Experience\n- Designed REST APIs on AWS.\n- Wrote Python services.' } });
    await userEvent.click(screen.getByTestId('resume-find'));
    await screen.findAllByTestId('resume-detected');
    expect(await axeViolations(container)).toEqual([]);
  }, 20_000);
});

describe('profile: hostile text stays text', () => {
  it('renders pasted markup as text, never as HTML', async () => {
    await openProfile();
    const evil = 'Experience\n- Built REST APIs <img src=x onerror="alert(1)"> <b>bold</b> on AWS.';
    fireEvent.change(screen.getByTestId('resume-text'), { target: { value: evil } });
    await userEvent.click(screen.getByTestId('resume-find'));
    const rows = await screen.findAllByTestId('resume-detected');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.resume-skill__evidence b')).toBeNull();
    expect(rows.some((r) => within(r).getByTestId('resume-evidence').textContent?.includes('<img'))).toBe(true);
    expect(await storedKeys()).not.toContain('resume');
  });
});
