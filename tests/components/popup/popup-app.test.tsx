// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import type { PopupTab } from '../../../components/popup/popup-header';
import { pathway } from '../../../data/pathway';
import { PATHWAY_SKILL_IDS } from '../../../lib/pathway/schema';
import type { CaptureResult } from '../../../lib/capture/capture-result';
import { axeViolations } from '../../insights/axe';
import { manyPostings, posting, report } from '../../insights/fixtures';
import type { PopupSource } from '../../../components/popup/popup-source';
import { fakePopupSource, type FakeOptions } from './fake-popup-source';

afterEach(() => {
  cleanup();
  window.scrollTo(0, 0);
  document.documentElement.removeAttribute('data-theme');
  localStorage.clear();
});

const PMF = 'program-management-frameworks';

async function renderPopup(tab: PopupTab, options: FakeOptions = {}) {
  const fake = fakePopupSource(options);
  const utils = render(<PopupApp pathway={pathway} source={fake.source} initialTab={tab} />);
  await waitFor(() => expect(utils.container.querySelector('.popup')?.getAttribute('data-ready')).toBe('true'));
  return { ...utils, ...fake, user: userEvent.setup() };
}

describe('PopupApp shell', () => {
  it('has four tabs (WAI-ARIA), keyboard-operable, and an Open dashboard button', async () => {
    const { user, source } = await renderPopup('page');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['This page', 'Roadmap', 'Saved (0)', 'Insights']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[0]?.id);
    tabs[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Roadmap' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Roadmap' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Insights' }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByTestId('open-dashboard'));
    expect(source.openDashboard).toHaveBeenCalledTimes(1);
  });

  it('opens the profile from every tab (the dashboard’s #profile view)', async () => {
    const { user, source } = await renderPopup('roadmap');
    const link = screen.getByTestId('open-profile');
    expect(link.textContent).toBe('Your profile (opens in a new tab)');
    await user.click(link);
    expect(source.openProfile).toHaveBeenCalledTimes(1);
    expect(source.openDashboard).not.toHaveBeenCalled();
  });

  it('applies the theme setting to the root element (dark overrides the system)', async () => {
    await renderPopup('page', { settings: { theme: 'dark' } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(localStorage.getItem('pathway-lens-theme')).toBe('dark');
  });

  it('shows a load error as text instead of crashing', async () => {
    await renderPopup('saved', { listError: 'Pathway Lens is not responding.' });
    expect(screen.getByRole('alert').textContent).toContain('not responding');
  });
});

describe('Settings (This page tab)', () => {
  it('changes the theme and where the sidebar opens by itself, and stores each change', async () => {
    const { user, source, getSettings } = await renderPopup('page');
    const settings = screen.getByTestId('settings');
    await user.click(within(settings).getByText('Settings'));
    await user.selectOptions(within(settings).getByLabelText('Theme'), 'dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    const linkedin = settings.querySelector<HTMLInputElement>('input[data-board="linkedin"]');
    expect(linkedin?.checked).toBe(true);
    await user.click(linkedin!);
    await user.click(within(settings).getByLabelText('Open the sidebar by itself on job pages'));
    expect(source.updateSettings).toHaveBeenCalledWith({ theme: 'dark' });
    expect(source.updateSettings).toHaveBeenCalledWith({ autoOpen: { board: 'linkedin', enabled: false } });
    expect(source.updateSettings).toHaveBeenCalledWith({ defaultAutoOpen: false });
    await waitFor(() => expect(getSettings()).toMatchObject({ theme: 'dark', defaultAutoOpen: false, autoOpen: { linkedin: false } }));
    // LinkedIn keeps its own choice; the other boards follow the new default.
    await waitFor(() => expect(settings.querySelector<HTMLInputElement>('input[data-board="indeed"]')?.checked).toBe(false));
    expect(settings.querySelector<HTMLInputElement>('input[data-board="linkedin"]')?.checked).toBe(false);
  });

  it('turns highlights off for one board (the choice the sidebar’s Highlights switch also sets)', async () => {
    const { user, source, getSettings } = await renderPopup('page');
    const settings = screen.getByTestId('settings');
    await user.click(within(settings).getByText('Settings'));
    const boxes = within(settings).getAllByTestId('highlights-board') as HTMLInputElement[];
    expect(boxes.map((b) => [b.dataset.board, b.checked])).toEqual(boxes.map((b) => [b.dataset.board, true]));
    await user.click(boxes.find((b) => b.dataset.board === 'indeed')!);
    expect(source.updateSettings).toHaveBeenCalledWith({ highlights: { board: 'indeed', enabled: false } });
    await waitFor(() => expect(getSettings()).toMatchObject({ highlights: { indeed: false } }));
    await waitFor(() => expect((within(settings).getAllByTestId('highlights-board') as HTMLInputElement[]).filter((b) => !b.checked).map((b) => b.dataset.board)).toEqual(['indeed']));
  });

  it('turns the list badges off for one board: LinkedIn and Indeed only, each its own choice', async () => {
    const { user, source, getSettings } = await renderPopup('page');
    const settings = screen.getByTestId('settings');
    await user.click(within(settings).getByText('Settings'));
    const boxes = () => within(settings).getAllByTestId('list-badges-board') as HTMLInputElement[];
    expect(boxes().map((b) => [b.dataset.board, b.checked])).toEqual([
      ['linkedin', true],
      ['indeed', true],
    ]);
    expect(within(within(settings).getByRole('group', { name: 'Badges on job lists on' })).getByLabelText('LinkedIn')).toBe(boxes()[0]);
    await user.click(boxes()[0]!);
    expect(source.updateSettings).toHaveBeenCalledWith({ listBadges: { board: 'linkedin', enabled: false } });
    await waitFor(() => expect(getSettings()).toMatchObject({ listBadges: { linkedin: false } }));
    await waitFor(() => expect(boxes().map((b) => b.checked)).toEqual([false, true]));
    // The other per-board choices are untouched.
    expect((within(settings).getAllByTestId('highlights-board') as HTMLInputElement[]).every((b) => b.checked)).toBe(true);
  });
});

describe('Roadmap tab', () => {
  it('shows the headline, five phases, twelve skills; reality check and FAQ collapsed', async () => {
    await renderPopup('roadmap');
    expect(screen.getByRole('heading', { level: 1, name: 'Backend Developer to AI Program Manager' })).toBeTruthy();
    expect(screen.getAllByTestId('roadmap-phase').map((el) => el.getAttribute('data-phase'))).toEqual(['1', '2', '3', '4', '5']);
    const skills = screen.getAllByTestId('pathway-skill');
    expect(new Set(skills.map((el) => el.getAttribute('data-skill-id')))).toEqual(new Set(PATHWAY_SKILL_IDS));
    expect(screen.getByText(pathway.faq[0]?.question ?? '').closest('details')?.open).toBe(false);
    expect(screen.getByText(/What you'll love/).closest('details')?.open).toBe(false);
  });

  it('phase tasks are checkboxes with progress per phase and overall', async () => {
    const { user, source } = await renderPopup('roadmap');
    const tasks = screen.getAllByTestId('phase-task');
    expect(tasks).toHaveLength(pathway.phases.reduce((n, p) => n + p.tasks.length, 0));
    const phase1 = screen.getAllByTestId('roadmap-phase')[0]!;
    const first = within(phase1).getAllByTestId('phase-task')[0] as HTMLInputElement;
    expect(first.checked).toBe(false);
    await user.click(first);
    expect(first.checked).toBe(true);
    expect(source.setTaskDone).toHaveBeenCalledWith(pathway.phases[0]!.tasks[0]!.id, true);
    await waitFor(() => expect(within(phase1).getByTestId('phase-progress').getAttribute('data-done')).toBe('1'));
    expect(screen.getByTestId('overall-progress').getAttribute('data-done')).toBe('1');
    expect(screen.getByTestId('overall-progress').textContent).toContain(`1 of ${tasks.length + 6} done`);
  });

  it('the six skills to learn have a learned toggle that is stored', async () => {
    const { user, source } = await renderPopup('roadmap', { learned: ['ai-ml-fundamentals'] });
    const toggles = screen.getAllByTestId('skill-learned-toggle') as HTMLInputElement[];
    expect(toggles.map((t) => t.dataset.skillId).sort()).toEqual(pathway.skillsToLearn.map((s) => s.id).sort());
    expect(toggles.find((t) => t.dataset.skillId === 'ai-ml-fundamentals')?.checked).toBe(true);
    const pmf = toggles.find((t) => t.dataset.skillId === PMF)!;
    await user.click(pmf);
    expect(source.setSkillLearned).toHaveBeenCalledWith(PMF, true);
    await waitFor(() => expect(screen.getByTestId('overall-progress').getAttribute('data-done')).toBe('2'));
    expect(screen.getByRole('checkbox', { name: /Learned\s*: Program Management Frameworks/ })).toBeTruthy();
  });

  it('action plan items are checklists', async () => {
    const { user, source } = await renderPopup('roadmap');
    const items = screen.getAllByTestId('action-item');
    const count = pathway.actionPlan.thisWeek.length + pathway.actionPlan.thisMonth.length + pathway.actionPlan.next90Days.length;
    expect(items).toHaveLength(count);
    await user.click(items[0]!);
    expect(source.setActionItemDone).toHaveBeenCalledWith(pathway.actionPlan.thisWeek[0]!.id, true);
    await waitFor(() => expect(screen.getByText(`(1 of ${pathway.actionPlan.thisWeek.length} done)`)).toBeTruthy());
  });

  it('a start date places "you are in week N, Phase K" and is stored in settings', async () => {
    // Today is 20 Mar 2025 (fake source); started 1 Jan 2025 → day 78 → week 12, phase 2.
    const { source, getSettings } = await renderPopup('roadmap', { settings: { startDate: '2025-01-01' } });
    expect(screen.getByTestId('roadmap-position').textContent).toBe(`You are in week 12 of 40, Phase 2: ${pathway.phases[1]!.title}.`);
    const current = screen.getAllByTestId('roadmap-phase').find((p) => p.getAttribute('aria-current') === 'step');
    expect(current?.getAttribute('data-phase')).toBe('2');
    expect(within(current!).getByText('You are here')).toBeTruthy();

    const input = screen.getByLabelText('Roadmap start date') as HTMLInputElement;
    expect(input.value).toBe('2025-01-01');
    fireEvent.change(input, { target: { value: '2025-03-20' } });
    await waitFor(() => expect(source.updateSettings).toHaveBeenCalledWith({ startDate: '2025-03-20' }));
    expect(getSettings().startDate).toBe('2025-03-20');
    await waitFor(() => expect(screen.getByTestId('roadmap-position').textContent).toMatch(/^You are in week 1 of 40, Phase 1/));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear start date' }));
    await waitFor(() => expect(source.updateSettings).toHaveBeenLastCalledWith({ startDate: null }));
    expect(screen.queryByTestId('roadmap-position')).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = await renderPopup('roadmap', { settings: { startDate: '2025-01-01' } });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a skill to learn can be marked "learning now" (a profile state), and back', async () => {
    const { user, source } = await renderPopup('roadmap', { learning: ['ai-ml-fundamentals'], learned: ['stakeholder-management'] });
    const learning = () => screen.getAllByTestId('skill-learning-toggle') as HTMLInputElement[];
    // A learned skill has no "learning" toggle.
    expect(learning().map((t) => t.dataset.skillId).sort()).toEqual(pathway.skillsToLearn.map((s) => s.id).filter((id) => id !== 'stakeholder-management').sort());
    expect(learning().find((t) => t.dataset.skillId === 'ai-ml-fundamentals')?.checked).toBe(true);
    await user.click(learning().find((t) => t.dataset.skillId === PMF)!);
    expect(source.setSkillState).toHaveBeenCalledWith(PMF, 'learning');
    await waitFor(() => expect(learning().find((t) => t.dataset.skillId === PMF)?.checked).toBe(true));
    await user.click(learning().find((t) => t.dataset.skillId === 'ai-ml-fundamentals')!);
    expect(source.setSkillState).toHaveBeenLastCalledWith('ai-ml-fundamentals', 'notYet');
  });
});

describe('Roadmap tab: this week', () => {
  const phase = (n: number) => pathway.phases[n - 1]!;
  const taskIds = (els: HTMLElement[]) => els.map((e) => e.dataset.taskId);

  it('opens on this week: week and phase, the tasks due, those left from earlier phases, and behind', async () => {
    // Today 20 Mar 2025, started 1 Jan 2025: day 78, week 12 of 40, Phase 2 (weeks 9–16).
    // Expected by now: Phase 1's 3 tasks (8 weeks elapsed of 8) + 3 × (78/7 − 8)/8 = 1.18 of Phase 2 → 4; none done.
    const { user, source } = await renderPopup('roadmap', { settings: { startDate: '2025-01-01' } });
    const card = screen.getByTestId('this-week');
    expect(card.compareDocumentPosition(screen.getByTestId('pathway-headline')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(card.dataset.standing).toBe('behind');
    expect(within(card).getByTestId('roadmap-position').textContent).toBe(`You are in week 12 of 40, Phase 2: ${phase(2).title}.`);
    expect(within(card).getByText('Phase 2 runs weeks 9–16 of 40 at 10 h/week.')).toBeTruthy();
    expect(within(card).getByTestId('this-week-standing').textContent).toBe('Behind You are behind: 0 tasks done, 4 expected by now.');
    expect(taskIds(within(card).getAllByTestId('this-week-task'))).toEqual(phase(2).tasks.map((t) => t.id));
    expect(taskIds(within(card).getAllByTestId('this-week-overdue'))).toEqual(phase(1).tasks.map((t) => t.id));

    // Ticking a due task marks it done, as in the phase card.
    await user.click(within(card).getAllByTestId('this-week-task')[0]!);
    expect(source.setTaskDone).toHaveBeenCalledWith(phase(2).tasks[0]!.id, true);
    await waitFor(() => expect(taskIds(within(card).queryAllByTestId('this-week-task'))).toEqual(phase(2).tasks.slice(1).map((t) => t.id)));
    const phase2 = screen.getAllByTestId('roadmap-phase').find((p) => p.dataset.phase === '2')!;
    expect(within(phase2).getByTestId('phase-progress').getAttribute('data-done')).toBe('1');
  });

  it('on track when the tasks done match the schedule', async () => {
    const done = [...phase(1).tasks.map((t) => t.id), phase(2).tasks[0]!.id];
    await renderPopup('roadmap', { settings: { startDate: '2025-01-01' }, doneTasks: done });
    const card = screen.getByTestId('this-week');
    expect(card.dataset.standing).toBe('on-track');
    expect(within(card).getByTestId('this-week-standing').textContent).toBe('On track You are on track: 4 tasks done, 4 expected by now.');
    expect(taskIds(within(card).getAllByTestId('this-week-task'))).toEqual(phase(2).tasks.slice(1).map((t) => t.id));
    expect(within(card).queryAllByTestId('this-week-overdue')).toEqual([]);
  });

  it('ahead when more is done than the schedule expects (started today, one task done)', async () => {
    await renderPopup('roadmap', { settings: { startDate: '2025-03-20' }, doneTasks: [phase(1).tasks[0]!.id] });
    const card = screen.getByTestId('this-week');
    expect(card.dataset.standing).toBe('ahead');
    expect(within(card).getByTestId('roadmap-position').textContent).toBe(`You are in week 1 of 40, Phase 1: ${phase(1).title}.`);
    expect(within(card).getByTestId('this-week-standing').textContent).toBe('Ahead You are ahead: 1 task done, 0 expected by now.');
  });

  it('counts the weeks at the user’s pace: 5 h/week doubles the 40-week roadmap', async () => {
    // Week 12 of 80; Phase 1 ends at 8 × 10 / 5 = week 16. Expected: 3 × (78/7)/16 = 2.09 → 2 of Phase 1.
    await renderPopup('roadmap', { settings: { startDate: '2025-01-01', hoursPerWeek: 5 } });
    const card = screen.getByTestId('this-week');
    expect(within(card).getByTestId('roadmap-position').textContent).toBe(`You are in week 12 of 80, Phase 1: ${phase(1).title}.`);
    expect(within(card).getByText('Phase 1 runs weeks 1–16 of 80 at 5 h/week.')).toBeTruthy();
    expect(card.dataset.standing).toBe('behind');
    expect(within(card).getByTestId('this-week-standing').textContent).toBe('Behind You are behind: 0 tasks done, 2 expected by now.');
    // The phase cards say the weeks at that pace too.
    const phase1 = screen.getAllByTestId('roadmap-phase')[0]!;
    expect(phase1.getAttribute('aria-current')).toBe('step');
    expect(phase1.querySelector('.phase__when')?.textContent).toMatch(/^Weeks 1–16 · /);
  });

  it('the current phase is the one expanded; the others fold and open on request', async () => {
    const { user } = await renderPopup('roadmap', { settings: { startDate: '2025-01-01' } });
    const details = (n: number) => document.getElementById(screen.getByRole('button', { name: new RegExp(`tasks and resources of Phase ${n}$`) }).getAttribute('aria-controls')!)!;
    expect([1, 2, 3, 4, 5].map((n) => details(n).hidden)).toEqual([true, false, true, true, true]);
    await user.click(screen.getByRole('button', { name: 'Show tasks and resources of Phase 1' }));
    expect(details(1).hidden).toBe(false);
    expect(screen.getByRole('button', { name: 'Hide tasks and resources of Phase 1' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('without a start date: a prompt to set one, every phase open; setting it fills the card', async () => {
    const { source } = await renderPopup('roadmap');
    const card = screen.getByTestId('this-week');
    expect(card.hasAttribute('data-standing')).toBe(false);
    expect(within(card).getByTestId('this-week-prompt').textContent).toContain('Set the day you started');
    expect(within(card).queryByTestId('roadmap-position')).toBeNull();
    expect(screen.getAllByTestId('roadmap-phase').every((p) => !p.querySelector<HTMLElement>('.phase__details')!.hidden)).toBe(true);
    fireEvent.change(within(card).getByLabelText('Roadmap start date'), { target: { value: '2025-03-20' } });
    await waitFor(() => expect(source.updateSettings).toHaveBeenCalledWith({ startDate: '2025-03-20' }));
    await waitFor(() => expect(card.dataset.standing).toBe('on-track'));
    expect(within(card).getByTestId('this-week-standing').textContent).toBe('On track You are on track: 0 tasks done, 0 expected by now.');
  });

  it('before the start day: says when it starts', async () => {
    await renderPopup('roadmap', { settings: { startDate: '2025-03-23' } });
    const card = screen.getByTestId('this-week');
    expect(within(card).getByTestId('roadmap-position').textContent).toBe('Your roadmap starts in 3 days.');
    expect(card.dataset.standing).toBe('on-track');
    expect(within(card).queryAllByTestId('this-week-task')).toEqual([]);
  });
});

describe('Saved tab', () => {
  it('empty: says how to save', async () => {
    const { container } = await renderPopup('saved');
    expect(screen.getByTestId('saved-empty')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('one posting: readiness, change status (stored), delete with undo', async () => {
    const p = posting({ id: 'greenhouse:acme:1', title: 'AI Program Manager', skills: [['api-development', 'required'], [PMF, 'required']] });
    const { user, source } = await renderPopup('saved', { postings: [p] });
    expect(screen.getByRole('tab', { name: 'Saved (1)' })).toBeTruthy();
    const row = screen.getByTestId('saved-posting');
    expect(within(row).getByTestId('saved-readiness').textContent).toBe('50%');
    await user.selectOptions(within(row).getByRole('combobox', { name: /Status of/ }), 'applied');
    expect(source.setPostingStatus).toHaveBeenCalledWith('greenhouse:acme:1', 'applied');
    await user.click(within(row).getByRole('button', { name: /Delete/ }));
    expect(source.deletePosting).toHaveBeenCalledWith('greenhouse:acme:1');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(source.restorePosting).toHaveBeenCalledWith('greenhouse:acme:1');
  });

  it('many postings: 200 saved, only the rows in view rendered; scrolling renders the next ones', async () => {
    await renderPopup('saved', { postings: manyPostings(200) });
    expect(screen.getByRole('tab', { name: 'Saved (200)' })).toBeTruthy();
    expect(screen.getByTestId('saved-count').textContent).toBe('200 saved postings');
    const rows = screen.getAllByTestId('saved-posting');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(12);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('200');
    // The popup scrolls as a whole (its main area in the extension; the page here, without its CSS).
    act(() => {
      window.scrollTo(0, 320 * 150);
      fireEvent.scroll(window);
    });
    await waitFor(() => expect(Number(screen.getAllByTestId('saved-posting')[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(140));
    act(() => {
      window.scrollTo(0, 0);
      fireEvent.scroll(window);
    });
  });

  it('corrupt records: a notice, never a crash; Show details opens the dashboard', async () => {
    const { user, source, container } = await renderPopup('saved', { postings: [posting({ id: 'a', skills: [] })], corruptCount: 2 });
    expect(screen.getByTestId('corrupt-notice').textContent).toContain('2 saved records could not be read');
    await user.click(screen.getByRole('button', { name: 'Show details' }));
    expect(source.openDashboard).toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Insights tab', () => {
  it('empty, and with many postings recommends what to learn next; marking it learned is stored', async () => {
    await renderPopup('insights');
    expect(screen.getByTestId('insights-empty')).toBeTruthy();
    cleanup();
    const { user, source, container } = await renderPopup('insights', { postings: manyPostings(12), corruptCount: 1 });
    const next = screen.getByTestId('insight-next-skill');
    const recommended = next.getAttribute('data-skill-id');
    expect(recommended).toBeTruthy();
    expect(screen.getByTestId('corrupt-notice')).toBeTruthy();
    await user.click(within(next).getByRole('button', { name: /I have learned/ }));
    expect(source.setSkillLearned).toHaveBeenCalledWith(recommended, true);
    // Learned at once: the recommendation moves on to another skill.
    await waitFor(() => expect(screen.getByTestId('insight-next-skill').getAttribute('data-skill-id')).not.toBe(recommended));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('This page tab', () => {
  // What the sidebar answers: the posting as the popup would save it (the flow's payload, report included).
  const pageReport = {
    kind: 'report' as const,
    posting: {
      jobKey: 'linkedin:4087213345',
      url: 'https://www.linkedin.com/jobs/view/4087213345/',
      board: 'linkedin',
      title: 'AI Program Manager',
      company: 'Harborlight Health',
      location: 'Remote',
      description: 'Lead AI programs.',
      report: report([
        [PMF, 'required'],
        ['stakeholder-management', 'required'],
        ['kubernetes', 'required', 'Kubernetes'],
        ['ai-ml-fundamentals', 'preferred'],
        ['api-development', 'required'],
      ]),
    },
  };


  it("shows the sidebar's gap summary: readiness, time to qualify, top 3 gaps; saves it", async () => {
    const { user, source, container } = await renderPopup('page', { pageReport });
    const summary = await screen.findByTestId('gap-summary');
    expect(within(summary).getByRole('heading', { name: /AI Program Manager/ })).toBeTruthy();
    expect(within(summary).getByTestId('popup-readiness').textContent).toMatch(/^\d+%$/);
    expect(within(summary).getByTestId('popup-time-to-qualify').textContent).toContain('weeks');
    expect(within(summary).getAllByTestId('top-gap').map((g) => g.getAttribute('data-skill-id'))).toEqual(['stakeholder-management', PMF, 'kubernetes']);
    await user.click(within(summary).getByTestId('popup-save'));
    expect(source.savePosting).toHaveBeenCalledWith(expect.objectContaining({ jobKey: 'linkedin:4087213345', board: 'linkedin' }));
    expect(await within(summary).findByTestId('popup-saved')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('scores with the profile and the pace: ready by a date at the user’s hours a week', async () => {
    // Required gaps: Program Management Frameworks (12 weeks) and Stakeholder Management (6): 18 pathway weeks.
    await renderPopup('page', { pageReport });
    let summary = await screen.findByTestId('gap-summary');
    // 18 weeks = 126 days after 20 Mar 2025: 30 Jun is day 102, then 24 July.
    expect(within(summary).getByTestId('ready-by').textContent).toBe('Ready by 24 Jul 2025 at 10 h/week');
    expect(within(summary).getByTestId('popup-readiness').textContent).toBe('22%');
    cleanup();

    // At 5 h/week: 36 weeks = 252 days: 31 Oct is day 225, then 27 November. API Development marked "not yet".
    await renderPopup('page', { pageReport, settings: { hoursPerWeek: 5 }, lacking: { 'api-development': null } });
    summary = await screen.findByTestId('gap-summary');
    expect(within(summary).getByTestId('popup-time-to-qualify').textContent).toBe('36 weeks at 5 h/week, by the end of Phase 4, 1 skill without an estimate');
    expect(within(summary).getByTestId('ready-by').textContent).toBe('Ready by 27 Nov 2025 at 5 h/week (plus 1 skill without an estimate)');
    // Had before, a gap now: (2×1 + 0) / (2×4 + 1) = 22% → 0%.
    expect(within(summary).getByTestId('popup-readiness').textContent).toBe('0%');
    const gaps = within(summary).getAllByTestId('top-gap');
    expect(gaps.map((g) => g.getAttribute('data-skill-id'))).toEqual(['stakeholder-management', PMF, 'api-development']);
    expect(gaps[2]!.textContent).toBe('API Development required · marked “not yet” in your profile, no estimate');
  });

  it('without a sidebar: "Analyze this page" reads the best frame (an embedded board frame) and reports it', async () => {
    const capture = (frameId: number, source: 'generic' | 'board', title: string, text: string): { frameId: number; result: CaptureResult } => ({
      frameId,
      result: {
        ok: true,
        posting: {
          board: source === 'board' ? 'greenhouse' : 'generic',
          url: source === 'board' ? 'https://job-boards.greenhouse.io/embed/job_app?for=acme&token=123' : 'https://careers.example.com/jobs/1',
          canonicalUrl: 'https://careers.example.com/jobs/1',
          jobKey: source === 'board' ? 'greenhouse:acme:123' : 'generic:careers.example.com/jobs/1',
          title,
          company: 'Acme',
          location: null,
          descriptionText: text,
          descriptionBlocks: [{ type: 'paragraph', text }],
          source,
          capturedAt: '2025-03-20T12:00:00.000Z',
        },
      },
    });
    const { user, source } = await renderPopup('page', {
      capture: {
        ok: true,
        value: [
          capture(0, 'generic', 'Careers at Acme', 'Join our team. We value curiosity and kindness in everything we do every day.'),
          capture(7, 'board', 'AI Program Manager', 'Requirements: PMP certification and stakeholder management experience; familiarity with machine learning.'),
          { frameId: 9, result: { ok: true, posting: { title: '<script>' } } },
        ],
      },
    });
    await user.click(await screen.findByTestId('analyze-page'));
    const result = await screen.findByTestId('analyze-report', {}, { timeout: 5_000 });
    expect(within(result).getByRole('heading', { level: 3 }).textContent).toContain('AI Program Manager');
    expect(within(result).getAllByTestId('top-gap').length).toBeGreaterThan(0);
    await user.click(within(result).getByTestId('popup-save'));
    expect(source.savePosting).toHaveBeenCalledWith(expect.objectContaining({ jobKey: 'greenhouse:acme:123', board: 'greenhouse' }));
  });

  it('"Analyze this page" on a page it cannot read says so', async () => {
    const { user } = await renderPopup('page');
    await user.click(await screen.findByTestId('analyze-page'));
    expect((await screen.findByTestId('analyze-error')).textContent).toContain('cannot read this page');
  });

  it('paste a posting → the same gap report, saved as pasted:<hash>', async () => {
    const { user, source, container } = await renderPopup('page');
    const form = await screen.findByTestId('paste-posting');
    const text = 'Senior AI Program Manager\nRequirements:\n- PMP or PRINCE2 certification\n- Stakeholder management across engineering and legal\n- Kubernetes experience\nNice to have: budget ownership';
    await user.click(within(form).getByLabelText('Posting text'));
    await user.paste(text);
    await user.type(within(form).getByLabelText('Company (optional)'), 'Initech');
    await user.click(within(form).getByTestId('paste-analyze'));
    const result = await screen.findByTestId('paste-report', {}, { timeout: 5_000 });
    expect(within(result).getByRole('heading', { level: 3 }).textContent).toBe('Senior AI Program Manager · Initech');
    const gaps = within(result).getAllByTestId('top-gap').map((g) => g.getAttribute('data-skill-id'));
    expect(gaps).toContain(PMF);
    await user.click(within(result).getByTestId('popup-save'));
    const input = source.savePosting.mock.calls[0]?.[0];
    expect(input?.jobKey).toMatch(/^pasted:[0-9a-f]{24}$/);
    expect(input?.board).toBe('pasted');
    expect(input?.url).toMatch(/^https:\/\/pasted\.pathway-lens\.invalid\//);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('first paint before the saved postings', () => {
  it('draws the roadmap and "This page" from progress and settings; Saved waits for the postings', async () => {
    const fake = fakePopupSource({ postings: manyPostings(3), learned: ['stakeholder-management'], settings: { theme: 'dark' } });
    let answer: (() => void) | undefined;
    const overview = fake.source.getOverview;
    const source = {
      ...fake.source,
      getOverview: () => new Promise<Awaited<ReturnType<typeof overview>>>((resolve) => (answer = () => void overview().then(resolve))),
      getProgressAndSettings: async () => {
        const o = await overview();
        if (!o.ok) return o;
        return { ok: true as const, value: { progress: o.value.progress, settings: o.value.settings, savedIds: o.value.postings.map((p) => p.id) } };
      },
    };
    const { container } = render(<PopupApp pathway={pathway} source={source} initialTab="roadmap" />);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    const toggle = container.querySelector<HTMLInputElement>('[data-testid="skill-learned-toggle"][data-skill-id="stakeholder-management"]');
    expect(toggle?.checked).toBe(true);
    // Not everything is in yet: the popup says so, and the Saved count waits.
    expect(container.querySelector('.popup')?.getAttribute('data-ready')).toBe('false');
    expect(screen.getByRole('tab', { name: 'Saved' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Saved' }));
    expect(screen.getByRole('status').textContent).toContain('Loading');
    answer?.();
    await waitFor(() => expect(container.querySelector('.popup')?.getAttribute('data-ready')).toBe('true'));
    expect(screen.getByRole('tab', { name: 'Saved (3)' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('saved-posting')).toHaveLength(3));
  });

  it('tells the source once its first view is drawn from progress and settings, so the list is read after it (on any tab, Saved too)', async () => {
    for (const tab of ['page', 'saved'] as const) {
      const fake = fakePopupSource({ postings: manyPostings(3) });
      const overview = fake.source.getOverview;
      let smallAnswer: (() => void) | undefined;
      const calls: string[] = [];
      const source = {
        ...fake.source,
        // The list waits until the popup has said its first view is drawn (as the extension's source does).
        getOverview: () => new Promise<Awaited<ReturnType<typeof overview>>>((resolve) => (answer = () => void overview().then(resolve))),
        getProgressAndSettings: () =>
          new Promise<Awaited<ReturnType<NonNullable<PopupSource['getProgressAndSettings']>>>>((resolve) => {
            smallAnswer = () =>
              void overview().then((o) => resolve(o.ok ? { ok: true, value: { progress: o.value.progress, settings: o.value.settings, savedIds: o.value.postings.map((p) => p.id) } } : o));
          }),
        firstViewDrawn: () => {
          calls.push('drawn');
          answer?.();
        },
      };
      let answer: (() => void) | undefined;
      const { container, unmount } = render(<PopupApp pathway={pathway} source={source} initialTab={tab} />);
      await act(async () => new Promise((r) => setTimeout(r, 20)));
      expect(calls).toEqual([]); // nothing drawn from data yet
      smallAnswer?.();
      await waitFor(() => expect(calls).toEqual(['drawn']));
      await waitFor(() => expect(container.querySelector('.popup')?.getAttribute('data-ready')).toBe('true'));
      if (tab === 'saved') await waitFor(() => expect(screen.getAllByTestId('saved-posting')).toHaveLength(3));
      expect(calls).toEqual(['drawn']); // once, not again when the postings arrive
      unmount();
    }
  });
});
