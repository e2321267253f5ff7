// @vitest-environment happy-dom
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GapSidebar } from '../../../components/sidebar/gap-sidebar';
import type { GapSidebarProps } from '../../../components/sidebar/sidebar-props';
import type { SidebarState } from '../../../lib/job-page/sidebar-state';
import type { ProgressSnapshot } from '../../../lib/scoring/progress-snapshot';
import type { PostingStatus } from '../../../lib/storage/statuses';
import { SKILLS, progress, ready, report, skill } from './fixtures';

afterEach(cleanup);

/** The user's clock in these tests: 20 Mar 2025, noon (local), so "ready by" dates are fixed. */
const now = () => new Date(2025, 2, 20, 12);

function callbacks() {
  return {
    onToggleCollapsed: vi.fn<GapSidebarProps['onToggleCollapsed']>(),
    onToggleHighlights: vi.fn<GapSidebarProps['onToggleHighlights']>(),
    onMarkLearned: vi.fn<GapSidebarProps['onMarkLearned']>(),
    onMarkKnown: vi.fn<GapSidebarProps['onMarkKnown']>(),
    onSave: vi.fn<GapSidebarProps['onSave']>(),
    onStatusChange: vi.fn<GapSidebarProps['onStatusChange']>(),
    onSkillClick: vi.fn<GapSidebarProps['onSkillClick']>(),
    onReload: vi.fn<() => void>(),
  };
}

function renderSidebar(props: Partial<GapSidebarProps> = {}) {
  const cb = callbacks();
  const all: GapSidebarProps = {
    state: ready(),
    theme: 'light',
    side: 'right',
    collapsed: false,
    highlightsOn: true,
    compareUrl: 'chrome-extension://abc/compare.html',
    now,
    ...cb,
    ...props,
  };
  const utils = render(<GapSidebar {...all} />);
  return { ...utils, cb, props: all, rerenderWith: (next: Partial<GapSidebarProps>) => utils.rerender(<GapSidebar {...all} {...next} />) };
}

function rowsIn(groupTitle: string): HTMLElement[] {
  const section = screen.getByRole('region', { name: groupTitle });
  return within(section).queryAllByTestId('skill');
}

const ids = (rows: HTMLElement[]): (string | undefined)[] => rows.map((r) => r.dataset.skillId);

/** The text of each paragraph and list item in an element, in order. */
const lines = (el: Element): (string | null)[] => [...el.querySelectorAll('p, li')].map((e) => e.textContent);

describe('GapSidebar states', () => {
  it('loading: a busy status, no skills, no save', () => {
    renderSidebar({ state: { kind: 'loading' } });
    const root = screen.getByTestId('gap-sidebar');
    expect(root.dataset.state).toBe('loading');
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toBe('Reading this posting…');
    expect(screen.queryAllByTestId('skill')).toHaveLength(0);
    expect(screen.queryByTestId('save-posting')).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('no posting: tells the user to paste it in the popup', () => {
    renderSidebar({ state: { kind: 'no-posting' } });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBeNull();
    expect(lines(status)[0]).toBe('No posting found here — paste it in the popup');
    expect(screen.queryByTestId('readiness')).toBeNull();
  });

  it('posting still loading', () => {
    renderSidebar({ state: { kind: 'still-loading' } });
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-busy')).toBe('true');
    expect(lines(status)[0]).toBe('Posting still loading');
    expect(screen.getByTestId('gap-sidebar').dataset.state).toBe('still-loading');
  });

  it('context invalidated: an alert and a reload button', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar({ state: { kind: 'context-invalidated' } });
    expect(lines(screen.getByRole('alert'))[0]).toBe('Extension was updated — reload this tab');
    await user.click(screen.getByRole('button', { name: 'Reload tab' }));
    expect(cb.onReload).toHaveBeenCalledTimes(1);
  });

  it('context invalidated without onReload: no dead button', () => {
    renderSidebar({ state: { kind: 'context-invalidated' }, onReload: undefined });
    expect(screen.queryByRole('button', { name: 'Reload tab' })).toBeNull();
  });

  it('carries theme and side on the root for the stylesheet', () => {
    renderSidebar({ theme: 'dark', side: 'left' });
    const root = screen.getByTestId('gap-sidebar');
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.side).toBe('left');
    expect(root.dataset.collapsed).toBe('false');
    expect(root.classList.contains('pl-root')).toBe(true);
  });
});

describe('GapSidebar header', () => {
  it('shows title, company, the target-role badge with its reason on hover and on click', async () => {
    const user = userEvent.setup();
    const { container } = renderSidebar();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Technical Program Manager, AI Platform');
    expect(container.querySelector('.pl-company')?.textContent).toBe('Acme AI · Remote');
    const badge = screen.getByTestId('role-badge');
    expect(badge.textContent).toBe('AI Program Manager role');
    expect(badge.getAttribute('title')).toBe('Technical program manager for an AI platform team.');
    const reason = document.getElementById(badge.getAttribute('aria-controls')!)!;
    expect(reason.hidden).toBe(true);
    await user.click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(reason.hidden).toBe(false);
    expect(reason.textContent).toBe('Technical program manager for an AI platform team.');
  });

  it('a non-target posting is a stretch, named by its kind', () => {
    renderSidebar({
      state: ready({
        report: report({ posting: { ...report().posting, title: 'Senior Product Manager, Generative AI' }, targetRole: false, targetRoleReason: 'A product manager role, not program management.' }),
      }),
    });
    const badge = screen.getByTestId('role-badge');
    expect(badge.textContent).toBe('Stretch: product role');
    expect(badge.getAttribute('title')).toBe('A product manager role, not program management.');
  });

  it('missing title and company read gracefully', () => {
    const { container } = renderSidebar({
      state: ready({ report: report({ posting: { title: null, company: null, location: null, board: null, url: null }, targetRole: false }) }),
    });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Untitled posting');
    expect(container.querySelector('.pl-company')).toBeNull();
    expect(screen.getByTestId('role-badge').textContent).toBe('Stretch: different role');
  });

  it('readiness gauge 0–100, with the explanation one click away', async () => {
    const user = userEvent.setup();
    const { container } = renderSidebar();
    // Cloud Platforms (required) and Agile/Scrum (preferred) are transferable: (2×1 + 1) / (2×5 + 3) = 3/13.
    const gauge = screen.getByTestId('readiness');
    expect(gauge.textContent).toBe('23');
    expect(gauge.getAttribute('role')).toBe('meter');
    expect(gauge.getAttribute('aria-valuenow')).toBe('23');
    expect(gauge.classList.contains('pl-gauge--low')).toBe(true);
    expect(screen.getByRole('meter', { name: 'Readiness' })).toBe(gauge);
    expect(container.querySelector('.pl-readiness-line')?.textContent).toBe('1 of 5 required skills covered');
    const why = screen.getByRole('button', { name: 'How is this scored?' });
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(lines(panel)).toEqual([
      'You have 1 of 5 required and 1 of 3 preferred skills; required count double: (2×1 + 1) / (2×5 + 3) = 23%.',
      'Required: 1 of 5 covered (count double)',
      'Preferred: 1 of 3 covered (count half as much)',
    ]);
  });

  it('clamps a readiness outside 0–100 (the scorer never gives one: a guard, fed by hand)', () => {
    const state = ready();
    renderSidebar({ state: { ...state, score: { ...state.score, readiness: 140 } } });
    expect(screen.getByTestId('readiness').textContent).toBe('100');
  });

  it('time to qualify: phase end, weeks, and unscheduled gaps phrased honestly', () => {
    // Left: AI/ML Fundamentals (8 weeks, phases 1–2) and Financial and Budget Management (4 weeks, no phase).
    renderSidebar({ state: ready({ progress: progress(['program-management-frameworks']) }) });
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'Required gaps covered by the end of Phase 2 (week 16)',
      'about 12 weeks of focused study',
      // 20 Mar 2025 + 84 days: 11 to the end of March, 30 in April, 31 in May, then 12 June.
      'Ready by 12 Jun 2025 at 10 h/week',
      '+ Financial and Budget Management (self-study, 4 weeks)',
      'Not counted: 1 required skill outside your pathway.',
    ]);
  });

  it('time to qualify: every required skill covered', () => {
    renderSidebar({
      state: ready({
        progress: progress(['financial-budget-management', 'program-management-frameworks', 'ai-ml-fundamentals'], ['vendor-management']),
      }),
    });
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual(['You cover every required skill']);
    // 5 of 5 required, 1 of 3 preferred: (2×5 + 1) / 13.
    expect(screen.getByTestId('readiness').textContent).toBe('85');
  });

  it('time to qualify: no pathway gaps left but a required skill outside the pathway is not claimed as covered', () => {
    renderSidebar({ state: ready({ progress: progress(['financial-budget-management', 'program-management-frameworks', 'ai-ml-fundamentals']) }) });
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'You cover every required skill in your pathway',
      'Not counted: 1 required skill outside your pathway.',
    ]);
    // 4 of 5 required, 1 of 3 preferred: (2×4 + 1) / 13.
    expect(screen.getByTestId('readiness').textContent).toBe('69');
  });

  it('time to qualify: only unscheduled gaps', () => {
    renderSidebar({ state: ready({ progress: progress(['program-management-frameworks', 'ai-ml-fundamentals'], ['vendor-management']) }) });
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'Your roadmap doesn’t schedule these required gaps',
      'about 4 weeks of focused study',
      // 20 Mar 2025 + 28 days: 11 to the end of March, then 17 April.
      'Ready by 17 Apr 2025 at 10 h/week',
      '+ Financial and Budget Management (self-study, 4 weeks)',
    ]);
  });
});

describe('GapSidebar groups', () => {
  it('puts each skill in the right group with the right kind and level', () => {
    renderSidebar();
    expect(screen.getAllByTestId('skill')).toHaveLength(SKILLS.length);

    const have = rowsIn('You have');
    expect(ids(have)).toEqual(['cloud-platforms', 'agile-scrum']); // required first
    expect(have.map((r) => r.dataset.kind)).toEqual(['transferable', 'transferable']);
    expect(have.map((r) => r.dataset.level)).toEqual(['required', 'preferred']);

    const roadmap = rowsIn('On your roadmap');
    // required first, then by importance (Critical before Nice to have)
    expect(ids(roadmap)).toEqual(['program-management-frameworks', 'ai-ml-fundamentals', 'financial-budget-management', 'agile-certification']);
    expect(roadmap.every((r) => r.dataset.kind === 'toLearn')).toBe(true);
    expect(roadmap.map((r) => r.dataset.level)).toEqual(['required', 'required', 'required', 'preferred']);

    const other = rowsIn('Not in your pathway');
    expect(ids(other)).toEqual(['vendor-management', 'jira']);
    expect(other.map((r) => `${r.dataset.kind}/${r.dataset.level}`)).toEqual(['other/required', 'other/preferred']);
  });

  it('shows required / preferred badges and the transferable reason from the pathway', () => {
    renderSidebar();
    const [cloud, agile] = rowsIn('You have');
    expect(within(cloud!).getByText('Required').className).toBe('pl-level pl-level--required');
    expect(cloud!.querySelector('.pl-reason')?.textContent).toContain('Your cloud expertise helps you oversee infrastructure');
    expect(within(agile!).getByText('Preferred').className).toBe('pl-level pl-level--preferred');
  });

  it('roadmap rows show importance, weeks, phases and the first resource; self-study says so', () => {
    renderSidebar();
    const [pmf, , budget] = rowsIn('On your roadmap');
    const meta = (row: HTMLElement): (string | null)[] => [...row.querySelectorAll('.pl-meta-line > span')].map((s) => s.textContent);
    expect(meta(pmf!)).toEqual(['Critical', '12 weeks', 'Phases 1–4']);
    expect(within(pmf!).getByText('Critical').className).toBe('pl-imp pl-imp--critical');
    expect(pmf!.querySelector('.pl-resource')?.textContent).toBe('Start with PMP certification official training · PMI');
    expect(within(pmf!).getByRole('link', { name: 'PMP certification official training' }).getAttribute('href')).toBe(
      'https://www.pmi.org/certifications/project-management-pmp',
    );
    expect(meta(budget!)).toEqual(['Nice to have', '4 weeks', 'Self-study']);
    expect(within(budget!).getByText('Nice to have').className).toBe('pl-imp pl-imp--nice');
    // A resource without an address is named, not linked.
    expect(budget!.querySelector('.pl-resource')?.textContent).toBe('Start with Financial Planning for Projects · Coursera');
    expect(within(budget!).queryByRole('link')).toBeNull();
  });

  it('learned to-learn skills and known other skills move to "You have"', () => {
    renderSidebar({ state: ready({ progress: progress(['ai-ml-fundamentals'], ['jira']) }) });
    const have = rowsIn('You have');
    expect(ids(have)).toEqual(['cloud-platforms', 'ai-ml-fundamentals', 'agile-scrum', 'jira']);
    expect(have.find((r) => r.dataset.skillId === 'ai-ml-fundamentals')!.dataset.kind).toBe('toLearn');
    expect(have.find((r) => r.dataset.skillId === 'jira')!.dataset.kind).toBe('other');
    expect(ids(rowsIn('On your roadmap'))).not.toContain('ai-ml-fundamentals');
    expect(ids(rowsIn('Not in your pathway'))).toEqual(['vendor-management']);
  });

  it('sections collapse with aria-expanded; rows stay in the DOM, hidden', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const button = screen.getByRole('button', { name: /On your roadmap/ });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const body = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(body.hidden).toBe(true);
    expect(within(body).getAllByTestId('skill')).toHaveLength(4);
    await user.keyboard('{Enter}');
    expect(body.hidden).toBe(false);
  });

  it('empty groups say so', () => {
    renderSidebar({ state: ready({ report: report({ skills: [SKILLS[0]!] }) }) });
    const emptyText = (groupTitle: string): string | null | undefined =>
      screen.getByRole('region', { name: groupTitle }).querySelector('.pl-empty')?.textContent;
    expect(emptyText('You have')).toBeUndefined();
    expect(emptyText('On your roadmap')).toBe('Nothing on your roadmap is asked for here.');
    expect(emptyText('Not in your pathway')).toBe('Everything this job asks for is in your pathway.');
  });

  it('the evidence sentence expands', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const row = rowsIn('On your roadmap')[0]!;
    const toggle = within(row).getByRole('button', { name: 'What the posting says about Program Management Frameworks' });
    const quote = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(quote.hidden).toBe(true);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(quote.hidden).toBe(false);
    expect(quote.textContent).toBe('PMP certification required.');
  });

  it('clicking a skill name asks to scroll the page to it', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar();
    await user.click(screen.getByRole('button', { name: 'Jira' }));
    expect(cb.onSkillClick).toHaveBeenCalledWith(SKILLS.find((s) => s.id === 'jira'));
  });
});

describe('GapSidebar toggles', () => {
  it('mark learned: click, Enter and Space all call back with the next value', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar();
    const toggle = screen.getByRole('button', { name: 'Mark learned: AI/ML Fundamentals' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(cb.onMarkLearned).toHaveBeenLastCalledWith('ai-ml-fundamentals', true);
    toggle.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(cb.onMarkLearned).toHaveBeenCalledTimes(3);
    expect(cb.onMarkKnown).not.toHaveBeenCalled();
  });

  it('a learned skill can be un-marked from "You have"', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar({ state: ready({ progress: progress(['ai-ml-fundamentals']) }) });
    const row = rowsIn('You have').find((r) => r.dataset.skillId === 'ai-ml-fundamentals')!;
    const toggle = within(row).getByRole('button', { name: 'Mark learned: AI/ML Fundamentals' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(toggle);
    expect(cb.onMarkLearned).toHaveBeenCalledWith('ai-ml-fundamentals', false);
  });

  it('mark learned re-renders the row into "You have" once the caller updates progress', async () => {
    const user = userEvent.setup();
    function Harness(): ReactNode {
      const [learned, setLearned] = useState<string[]>([]);
      return (
        <GapSidebar
          {...callbacks()}
          state={ready({ progress: progress(learned) })}
          theme="light"
          side="right"
          collapsed={false}
          highlightsOn
          now={now}
          onMarkLearned={(id, on) => setLearned((l) => (on ? [...l, id] : l.filter((x) => x !== id)))}
        />
      );
    }
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Mark learned: Agile Certification' }));
    expect(ids(rowsIn('You have'))).toContain('agile-certification');
    expect(ids(rowsIn('On your roadmap'))).not.toContain('agile-certification');
  });

  it('with the real scorer: mark learned and "I know this" raise readiness and clear time to qualify', async () => {
    const user = userEvent.setup();
    function Harness(): ReactNode {
      const [learned, setLearned] = useState<string[]>([]);
      const [known, setKnown] = useState<string[]>([]);
      const p = progress(learned, known);
      return (
        <GapSidebar
          {...callbacks()}
          state={ready({ progress: p })}
          theme="light"
          side="right"
          collapsed={false}
          highlightsOn
          now={now}
          onMarkLearned={(id, on) => setLearned((l) => (on ? [...l, id] : l.filter((x) => x !== id)))}
          onMarkKnown={(id, on) => setKnown((l) => (on ? [...l, id] : l.filter((x) => x !== id)))}
        />
      );
    }
    render(<Harness />);
    const readinessNow = (): string | null => screen.getByTestId('readiness').textContent;
    // 13 weighted points (5 required × 2 + 3 preferred); each required skill gained adds 2.
    expect(readinessNow()).toBe('23');
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'Required gaps covered by the end of Phase 4 (week 32)',
      'about 24 weeks of focused study',
      // 20 Mar 2025 + 168 days: 31 Jul is day 133, 31 Aug day 164, then 4 September.
      'Ready by 4 Sep 2025 at 10 h/week',
      '+ Financial and Budget Management (self-study, 4 weeks)',
      'Not counted: 1 required skill outside your pathway.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Mark learned: Program Management Frameworks' }));
    expect(readinessNow()).toBe('38');
    await user.click(screen.getByRole('button', { name: 'Mark learned: AI/ML Fundamentals' }));
    expect(readinessNow()).toBe('54');
    await user.click(screen.getByRole('button', { name: 'Mark learned: Financial and Budget Management' }));
    expect(readinessNow()).toBe('69');
    await user.click(screen.getByRole('button', { name: 'I know this: Vendor management' }));
    expect(readinessNow()).toBe('85');
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual(['You cover every required skill']);
  });

  it('"I know this" on skills outside the pathway', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar({ state: ready({ progress: progress([], ['jira']) }) });
    const vendor = screen.getByRole('button', { name: 'I know this: Vendor management' });
    expect(vendor.getAttribute('aria-pressed')).toBe('false');
    vendor.focus();
    await user.keyboard(' ');
    expect(cb.onMarkKnown).toHaveBeenCalledWith('vendor-management', true);
    await user.click(screen.getByRole('button', { name: 'I know this: Jira' }));
    expect(cb.onMarkKnown).toHaveBeenLastCalledWith('jira', false);
  });

  it('transferable skills have no toggle', () => {
    renderSidebar();
    const cloud = rowsIn('You have')[0]!;
    expect(within(cloud).queryByRole('button', { pressed: false })).toBeNull();
    expect(within(cloud).queryByRole('button', { pressed: true })).toBeNull();
  });

  it('the highlights switch', async () => {
    const user = userEvent.setup();
    const { cb, rerenderWith } = renderSidebar();
    const sw = screen.getByRole('switch', { name: 'Highlights' });
    expect(sw.getAttribute('aria-checked')).toBe('true');
    await user.click(sw);
    expect(cb.onToggleHighlights).toHaveBeenCalledWith(false);
    rerenderWith({ highlightsOn: false });
    expect(screen.getByRole('switch', { name: 'Highlights' }).getAttribute('aria-checked')).toBe('false');
    await user.click(screen.getByRole('switch', { name: 'Highlights' }));
    expect(cb.onToggleHighlights).toHaveBeenLastCalledWith(true);
  });
});

describe('GapSidebar: the profile (transferable skills marked "not yet", learning, pace)', () => {
  const lackingCloud = (ownWeeks?: number): ProgressSnapshot => ({
    ...progress(),
    lackingSkills: new Set(['cloud-platforms']),
    ownWeeks: new Map(ownWeeks === undefined ? [] : [['cloud-platforms', ownWeeks]]),
  });

  it('a transferable skill marked "not yet" is a gap: in the roadmap group, readiness lower, in time to qualify without an estimate', () => {
    renderSidebar({ onSetSkillState: vi.fn() });
    expect(screen.getByTestId('readiness').textContent).toBe('23');
    cleanup();
    renderSidebar({ state: ready({ progress: lackingCloud() }), onSetSkillState: vi.fn() });
    const row = screen.getAllByTestId('skill').find((r) => r.dataset.skillId === 'cloud-platforms')!;
    expect(row.dataset.group).toBe('roadmap');
    expect(row.closest('section')?.dataset.group).toBe('roadmap');
    // Required first, by importance; the transferable skill has none, so it follows the required skills to learn.
    expect(ids(rowsIn('On your roadmap'))).toEqual(['program-management-frameworks', 'ai-ml-fundamentals', 'financial-budget-management', 'cloud-platforms', 'agile-certification']);
    expect(ids(rowsIn('You have'))).toEqual(['agile-scrum']);
    expect(within(row).getByTestId('not-yet').textContent).toBe('You marked this “not yet” in your profile · no estimate — add one in your profile');
    // Only Agile/Scrum (preferred) is had now: (2×0 + 1) / (2×5 + 3) = 1/13 = 8%.
    expect(screen.getByTestId('readiness').textContent).toBe('8');
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'Required gaps covered by the end of Phase 4 (week 32)',
      'about 24 weeks of focused study',
      // PMF 12 + AI/ML 8 + budget 4 weeks; Cloud Platforms has no weeks: 20 Mar 2025 + 168 days = 4 Sep 2025.
      'Ready by 4 Sep 2025 at 10 h/week (plus 1 skill without an estimate)',
      '+ Cloud Platforms (not yet in your profile, no estimate — add one in your profile)',
      '+ Financial and Budget Management (self-study, 4 weeks)',
      'Not counted: 1 required skill outside your pathway.',
    ]);
  });

  it('the user’s own estimate for it counts in the weeks and the date', () => {
    renderSidebar({ state: ready({ progress: lackingCloud(6) }) });
    const row = screen.getAllByTestId('skill').find((r) => r.dataset.skillId === 'cloud-platforms')!;
    expect(within(row).getByTestId('not-yet').textContent).toBe('You marked this “not yet” in your profile · your estimate: 6 weeks');
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'Required gaps covered by the end of Phase 4 (week 32)',
      'about 30 weeks of focused study',
      // 20 Mar 2025 + 210 days: 30 Sep is day 194, then 16 October.
      'Ready by 16 Oct 2025 at 10 h/week',
      '+ Cloud Platforms (not yet in your profile, your estimate 6 weeks)',
      '+ Financial and Budget Management (self-study, 4 weeks)',
      'Not counted: 1 required skill outside your pathway.',
    ]);
  });

  it('"I have it" asks to set the state to have; once the profile says so the row is had again', async () => {
    const user = userEvent.setup();
    const onSetSkillState = vi.fn<NonNullable<GapSidebarProps['onSetSkillState']>>();
    function Harness(): ReactNode {
      const [lacking, setLacking] = useState(true);
      return (
        <GapSidebar
          {...callbacks()}
          state={ready({ progress: lacking ? lackingCloud() : progress() })}
          theme="light"
          side="right"
          collapsed={false}
          highlightsOn
          now={now}
          onSetSkillState={(id, state) => {
            onSetSkillState(id, state);
            if (state === 'have') setLacking(false);
          }}
        />
      );
    }
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'I have it: Cloud Platforms' }));
    expect(onSetSkillState).toHaveBeenCalledWith('cloud-platforms', 'have');
    expect(ids(rowsIn('You have'))).toEqual(['cloud-platforms', 'agile-scrum']);
    expect(screen.getByTestId('readiness').textContent).toBe('23');
    expect(screen.queryByRole('button', { name: 'I have it: Cloud Platforms' })).toBeNull();
  });

  it('offers no "I have it" when the caller cannot set a state', () => {
    renderSidebar({ state: ready({ progress: lackingCloud() }) });
    expect(screen.queryByRole('button', { name: /I have it/ })).toBeNull();
  });

  it('a skill being learned is still a gap, badged "Learning"', () => {
    renderSidebar({ state: ready({ progress: { ...progress(), learningSkills: new Set(['ai-ml-fundamentals']) } }) });
    const roadmap = rowsIn('On your roadmap');
    expect(ids(roadmap)).toContain('ai-ml-fundamentals');
    expect(roadmap.filter((r) => within(r).queryByTestId('learning-badge')).map((r) => r.dataset.skillId)).toEqual(['ai-ml-fundamentals']);
    expect(within(roadmap.find((r) => r.dataset.skillId === 'ai-ml-fundamentals')!).getByTestId('learning-badge').textContent).toBe('Learning');
    expect(screen.getByTestId('readiness').textContent).toBe('23');
  });

  it('at 6 h/week instead of the pathway’s 10, weeks, the phase end and the date stretch', () => {
    renderSidebar({ state: ready({ progress: { ...progress(['program-management-frameworks']), pace: { hoursPerWeek: 6, pathwayHoursPerWeek: 10 } } }) });
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      // Phase 2 ends at pathway week 16: 16 × 10 / 6 = 26.7 → week 27.
      'Required gaps covered by the end of Phase 2 (week 27)',
      // AI/ML 8 + budget 4 = 12 pathway weeks × 10 / 6 = 20 weeks.
      'about 20 weeks of focused study at 6 h/week',
      // 20 Mar 2025 + 140 days: 31 Jul is day 133, then 7 August.
      'Ready by 7 Aug 2025 at 6 h/week',
      '+ Financial and Budget Management (self-study, 4 weeks)',
      'Not counted: 1 required skill outside your pathway.',
    ]);
    expect(screen.getByTestId('ready-by').dataset.kind).toBe('date');
  });

  it('only gaps without an estimate: no date, and says where to give one', () => {
    const onlyCloud = report({ skills: [SKILLS[1]!] });
    renderSidebar({ state: ready({ report: onlyCloud, progress: lackingCloud() }) });
    expect(lines(screen.getByTestId('time-to-qualify'))).toEqual([
      'Your roadmap doesn’t schedule these required gaps',
      'No date yet: give your gap an estimate in your profile',
      '+ Cloud Platforms (not yet in your profile, no estimate — add one in your profile)',
    ]);
    expect(screen.getByTestId('ready-by').dataset.kind).toBe('unknown');
  });
});

describe('GapSidebar save and status', () => {
  it('save → status menu → status change', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const onStatusChange = vi.fn();
    function Harness(): ReactNode {
      const [status, setStatus] = useState<PostingStatus | null>(null);
      return (
        <GapSidebar
          {...callbacks()}
          state={ready({ savedStatus: status })}
          theme="light"
          side="right"
          collapsed={false}
          highlightsOn
          now={now}
          onSave={() => {
            onSave();
            setStatus('saved');
          }}
          onStatusChange={(s) => {
            onStatusChange(s);
            setStatus(s);
          }}
        />
      );
    }
    render(<Harness />);
    expect(screen.queryByRole('combobox', { name: 'Application status' })).toBeNull();
    const save = screen.getByTestId('save-posting');
    expect(save.textContent).toBe('Save posting');
    await user.click(save);
    expect(onSave).toHaveBeenCalledTimes(1);

    expect(screen.getByTestId('save-posting').textContent).toBe('Saved');
    expect((screen.getByTestId('save-posting') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId('save-posting'));
    expect(onSave).toHaveBeenCalledTimes(1);

    const menu = screen.getByRole('combobox', { name: 'Application status' }) as HTMLSelectElement;
    expect([...menu.options].map((o) => o.value)).toEqual(['saved', 'applying', 'applied', 'interviewing', 'offer', 'rejected']);
    expect(menu.value).toBe('saved');
    await user.selectOptions(menu, 'interviewing');
    expect(onStatusChange).toHaveBeenCalledWith('interviewing');
    expect((screen.getByRole('combobox', { name: 'Application status' }) as HTMLSelectElement).value).toBe('interviewing');
  });

  it('an archived posting keeps its status visible in the menu', () => {
    renderSidebar({ state: ready({ savedStatus: 'archived' }) });
    const menu = screen.getByRole('combobox', { name: 'Application status' }) as HTMLSelectElement;
    expect(menu.value).toBe('archived');
  });

  it('while saving the button is busy and cannot double-save', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar({ state: ready({ saving: true }) });
    const save = screen.getByTestId('save-posting') as HTMLButtonElement;
    expect(save.textContent).toBe('Saving…');
    expect(save.disabled).toBe(true);
    expect(save.getAttribute('aria-busy')).toBe('true');
    await user.click(save);
    expect(cb.onSave).not.toHaveBeenCalled();
  });

  it('quota error: an alert that says the data is safe; save can be retried', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar({ state: ready({ saveError: { kind: 'quota' } }) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Storage is full — this posting wasn’t saved.');
    expect(alert.textContent).toContain('safe');
    await user.click(screen.getByTestId('save-posting'));
    expect(cb.onSave).toHaveBeenCalledTimes(1);
  });

  it('other save errors show their message as text', () => {
    renderSidebar({ state: ready({ saveError: { kind: 'failed', message: '<b>boom</b>' } }) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Couldn’t save this posting. <b>boom</b>');
    expect(alert.querySelector('b')).toBeNull();
  });

  it('warns when storage is nearly full', () => {
    renderSidebar({ state: ready({ quotaWarningPercent: 86.4 }) });
    expect(screen.getByRole('status').textContent).toBe('Storage is 86% full. Export or remove old postings soon.');
  });

  it('links to the compare view; onOpenCompare takes over the click; unsafe URLs are not links', async () => {
    const user = userEvent.setup();
    const onOpenCompare = vi.fn();
    const { rerenderWith } = renderSidebar({ onOpenCompare });
    const link = screen.getByRole('link', { name: 'Compare saved' });
    expect(link.getAttribute('href')).toBe('chrome-extension://abc/compare.html');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    await user.click(link);
    expect(onOpenCompare).toHaveBeenCalledTimes(1);

    rerenderWith({ compareUrl: 'javascript:alert(1)', onOpenCompare: undefined });
    expect(screen.queryByRole('link', { name: 'Compare saved' })).toBeNull();
  });
});

describe('GapSidebar collapse and focus', () => {
  function Harness({ initial, onToggle }: { initial: boolean; onToggle?: (next: boolean) => void }): ReactNode {
    const [collapsed, setCollapsed] = useState(initial);
    return (
      <>
        <button type="button">page button</button>
        <GapSidebar
          {...callbacks()}
          state={ready()}
          theme="light"
          side="right"
          collapsed={collapsed}
          highlightsOn
          onToggleCollapsed={(next) => {
            onToggle?.(next);
            setCollapsed(next);
          }}
        />
      </>
    );
  }

  it('collapsed shows only the tab, with the readiness in its label', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar({ collapsed: true, shortcutLabel: 'Alt+Shift+L' });
    const root = screen.getByTestId('gap-sidebar');
    expect(root.dataset.collapsed).toBe('true');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.queryAllByTestId('skill')).toHaveLength(0);
    expect(screen.queryByTestId('readiness')).toBeNull();
    expect(screen.queryByTestId('save-posting')).toBeNull();
    expect(root.querySelectorAll('button')).toHaveLength(1);
    const tab = screen.getByTestId('toggle-sidebar');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.getAttribute('aria-label')).toBe('Open Pathway Lens, readiness 23 of 100');
    expect(tab.getAttribute('title')).toBe('Open Pathway Lens (Alt+Shift+L)');
    await user.click(tab);
    expect(cb.onToggleCollapsed).toHaveBeenCalledWith(false);
  });

  it('the collapse button in the panel', async () => {
    const user = userEvent.setup();
    const { cb } = renderSidebar();
    const toggle = screen.getByTestId('toggle-sidebar');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(cb.onToggleCollapsed).toHaveBeenCalledWith(true);
  });

  it('Escape inside the panel collapses it and leaves focus on the tab', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<Harness initial={false} onToggle={onToggle} />);
    await user.click(screen.getByRole('switch', { name: 'Highlights' }));
    await user.keyboard('{Escape}');
    expect(onToggle).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('toggle-sidebar'));
  });

  it('Escape on the page (outside the sidebar) does nothing', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<Harness initial={false} onToggle={onToggle} />);
    screen.getByRole('button', { name: 'page button' }).focus();
    await user.keyboard('{Escape}');
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('opening (tab click, or the shortcut re-rendering collapsed=false) moves focus into the panel', async () => {
    const user = userEvent.setup();
    render(<Harness initial />);
    await user.click(screen.getByTestId('toggle-sidebar'));
    const panel = screen.getByRole('complementary', { name: 'Pathway Lens' });
    expect(document.activeElement).toBe(panel);
    await user.tab();
    expect(panel.contains(document.activeElement)).toBe(true);
  });

  it('does not steal focus from the page on first render, unless autoFocus asks', () => {
    const { unmount } = renderSidebar();
    expect(document.activeElement).toBe(document.body);
    unmount();
    renderSidebar({ autoFocus: true });
    expect(document.activeElement).toBe(screen.getByRole('complementary'));
  });
});

describe('GapSidebar renders page text as text', () => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  it('title, company, reason, labels and evidence are never parsed as HTML', async () => {
    const user = userEvent.setup();
    const hostile = skill({ id: 'x-<svg onload=alert(1)>', label: `Skill ${evil}`, kind: 'other', level: 'required', evidence: `Needs ${evil}` });
    const state: SidebarState = ready({
      report: report({
        posting: { title: `Title ${evil}`, company: `Co ${evil}`, location: null, board: null, url: 'javascript:alert(1)' },
        targetRoleReason: `Reason ${evil}`,
        skills: [hostile],
      }),
      saveError: { kind: 'failed', message: evil },
    });
    const { container } = renderSidebar({ state });
    await user.click(screen.getByRole('button', { name: `What the posting says about Skill ${evil}` }));
    await user.click(screen.getByTestId('role-badge'));

    expect(container.querySelector('img, script, svg[onload]')).toBeNull();
    expect(container.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Title ${evil}`);
    expect(container.textContent).toContain(`Co ${evil}`);
    expect(container.textContent).toContain(`Reason ${evil}`);
    expect(container.textContent).toContain(`Needs ${evil}`);
    expect(screen.getByTestId('skill').dataset.skillId).toBe('x-<svg onload=alert(1)>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('GapSidebar: moving to the other edge', () => {
  it('offers the opposite side and reports it', () => {
    const onSideChange = vi.fn();
    renderSidebar({ side: 'right', onSideChange });
    const button = screen.getByTestId('sidebar-side');
    expect(button.getAttribute('aria-label')).toBe('Move Pathway Lens to the left edge');
    fireEvent.click(button);
    expect(onSideChange).toHaveBeenCalledWith('left');
  });

  it('has no side button when the caller cannot remember a side', () => {
    renderSidebar({ side: 'left' });
    expect(screen.queryByTestId('sidebar-side')).toBeNull();
  });
});
