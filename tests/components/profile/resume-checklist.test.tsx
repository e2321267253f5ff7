// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../../components/compare/compare-view';
import { ResumeChecklist, ResumeChecklistHint } from '../../../components/profile/resume-checklist';
import { GapSidebar } from '../../../components/sidebar/gap-sidebar';
import type { GapSidebarProps } from '../../../components/sidebar/sidebar-props';
import { resumeChecklist, type ResumeLines } from '../../../lib/profile/resume-checklist';
import { axeViolations } from '../../insights/axe';
import { posting, progress as compareProgress } from '../../insights/fixtures';
import { progress, ready, report, skill } from '../sidebar/fixtures';

afterEach(cleanup);

const HOSTILE = 'Built REST APIs <img src=x onerror="alert(1)"> for <b>billing</b>.';

/** A posting asking four skills; the résumé shows one (with markup in its line); the user knows Jira. */
const SKILLS = [
  skill({ id: 'api-development', label: 'API Development', kind: 'transferable', level: 'required' }),
  skill({ id: 'system-architecture', label: 'System Architecture', kind: 'transferable', level: 'required' }),
  skill({ id: 'ai-risk-management', label: 'AI Risk Management', kind: 'toLearn', level: 'required' }),
  skill({ id: 'tableau', label: 'Tableau', kind: 'other', level: 'preferred' }),
];
const LINES: ResumeLines = { language: 'en', lines: [{ id: 'api-development', line: HOSTILE }] };

const rowOf = (container: HTMLElement, id: string) => container.querySelector(`[data-testid="resume-checklist-row"][data-skill-id="${id}"]`) as HTMLElement;

describe('ResumeChecklist', () => {
  it('one row per skill with data-skill-id and data-resume; the line of a shown skill is text, never HTML', async () => {
    const rows = resumeChecklist(SKILLS, LINES, progress());
    const { container } = render(<ResumeChecklist rows={rows} language="en" />);
    const list = screen.getByTestId('resume-checklist');
    const items = within(list).getAllByTestId('resume-checklist-row');
    expect(items.map((r) => [r.dataset.skillId, r.dataset.resume])).toEqual([
      ['api-development', 'shown'],
      ['system-architecture', 'missing'],
      ['ai-risk-management', 'gap'],
      ['tableau', 'gap'],
    ]);
    const shown = rowOf(container, 'api-development');
    expect(shown.textContent).toContain('On your résumé');
    expect(shown.querySelector('q')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('img, b')).toBeNull();
    expect(rowOf(container, 'system-architecture').textContent).toContain('Add a line that shows System Architecture to your résumé.');
    expect(rowOf(container, 'ai-risk-management').textContent).toContain('on your roadmap');
    expect(rowOf(container, 'tableau').textContent).toContain('your pathway does not teach it');
    expect(rowOf(container, 'tableau').textContent).toContain('preferred');
    expect(list.textContent).toContain('1 of 4 skills shown on your résumé · 1 to add evidence for · 2 gaps');
    // Advice only: nothing in it can be clicked or typed into.
    expect(list.querySelectorAll('button, input, select, textarea, a')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names a résumé it cannot read (another language)', () => {
    render(<ResumeChecklist rows={resumeChecklist(SKILLS, { language: 'fr', lines: [] }, progress())} language="fr" />);
    expect(screen.getByRole('note').textContent).toContain('French');
    render(<ResumeChecklist rows={[]} language={null} />);
    expect(screen.getAllByRole('note')).toHaveLength(1);
  });

  it('the hint links to the profile; given a handler it is a button that calls it (no link to the page’s own address)', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ResumeChecklistHint />);
    expect(screen.getByRole('link', { name: 'Open your profile' }).getAttribute('href')).toBe('#profile');
    unmount();
    const onOpenProfile = vi.fn();
    const { container } = render(<ResumeChecklistHint onOpenProfile={onOpenProfile} />);
    expect(container.querySelector('a')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open your profile' }));
    expect(onOpenProfile).toHaveBeenCalledTimes(1);
  });
});

function sidebar(props: Partial<GapSidebarProps>) {
  const all: GapSidebarProps = {
    state: ready(),
    theme: 'light',
    side: 'right',
    collapsed: false,
    highlightsOn: true,
    onToggleCollapsed: vi.fn(),
    onToggleHighlights: vi.fn(),
    onMarkLearned: vi.fn(),
    onMarkKnown: vi.fn(),
    onSave: vi.fn(),
    onStatusChange: vi.fn(),
    onSkillClick: vi.fn(),
    now: () => new Date(2025, 2, 20, 12),
    ...props,
  };
  return render(<GapSidebar {...all} />);
}

describe('the sidebar’s résumé checklist', () => {
  it('shows the rows for the posting under the groups, classified with the live profile', async () => {
    const { container, rerender } = sidebar({ state: ready({ report: report({ skills: SKILLS }), resume: LINES }) });
    const section = screen.getByRole('region', { name: 'Résumé checklist' });
    expect(within(section).getAllByTestId('resume-checklist-row').map((r) => r.dataset.resume)).toEqual(['shown', 'missing', 'gap', 'gap']);
    expect(await axeViolations(container)).toEqual([]);
    // The user marks Tableau known: a gap becomes "add evidence".
    const all = { theme: 'light', side: 'right', collapsed: false, highlightsOn: true, onToggleCollapsed: vi.fn(), onToggleHighlights: vi.fn(), onMarkLearned: vi.fn(), onMarkKnown: vi.fn(), onSave: vi.fn(), onStatusChange: vi.fn(), onSkillClick: vi.fn() } as const;
    rerender(<GapSidebar {...all} state={ready({ report: report({ skills: SKILLS }), resume: LINES, progress: progress([], ['tableau']) })} />);
    expect(rowOf(container, 'tableau').dataset.resume).toBe('missing');
  });

  it('without a kept résumé: only the hint, which asks the background to open the profile', async () => {
    const user = userEvent.setup();
    const onOpenProfile = vi.fn();
    const { container } = sidebar({ state: ready({ report: report({ skills: SKILLS }), resume: null }), onOpenProfile });
    expect(screen.queryByTestId('resume-checklist')).toBeNull();
    await user.click(screen.getByTestId('resume-checklist-profile-link'));
    expect(onOpenProfile).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('nothing before the background answered', () => {
    sidebar({ state: ready({ report: report({ skills: SKILLS }) }) });
    expect(screen.queryByTestId('resume-checklist')).toBeNull();
    expect(screen.queryByTestId('resume-checklist-hint')).toBeNull();
  });
});

describe('the compare view’s résumé checklist', () => {
  const a = posting({ id: 'a', title: 'TPM, AI Platform', skills: [['api-development', 'required'], ['ai-risk-management', 'required']] });
  const b = posting({ id: 'b', title: 'AI Program Manager', skills: [['system-architecture', 'required'], ['api-development', 'preferred']] });
  const RESUME = 'EXPERIENCE\n- Designed and built REST APIs used by 40 internal teams.\n';

  it('one expander per compared posting, each with its checklist from the kept résumé', async () => {
    const { container } = render(<CompareView postings={[a, b]} progress={compareProgress()} initialSelection={['a', 'b']} resumeText={RESUME} />);
    const expanders = screen.getAllByTestId('compare-resume-posting');
    expect(expanders.map((d) => d.dataset.postingId)).toEqual(['a', 'b']);
    expect((expanders[0] as HTMLDetailsElement).open).toBe(true);
    const first = within(expanders[0] as HTMLElement).getAllByTestId('resume-checklist-row');
    expect(first.map((r) => [r.dataset.skillId, r.dataset.resume])).toEqual([
      ['api-development', 'shown'],
      ['ai-risk-management', 'gap'],
    ]);
    expect(first[0]?.querySelector('q')?.textContent).toBe('Designed and built REST APIs used by 40 internal teams.');
    const second = within(expanders[1] as HTMLElement).getAllByTestId('resume-checklist-row');
    expect(second.map((r) => [r.dataset.skillId, r.dataset.resume])).toEqual([
      ['api-development', 'shown'],
      ['system-architecture', 'missing'],
    ]);
    expect(expanders[1]?.querySelector('summary')?.textContent).toContain('1 shown · 1 to add · 0 gaps');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('without a kept résumé: the hint, linking to the profile view', () => {
    render(<CompareView postings={[a, b]} progress={compareProgress()} initialSelection={['a', 'b']} />);
    expect(screen.queryByTestId('resume-checklist')).toBeNull();
    expect(screen.getByTestId('resume-checklist-profile-link').getAttribute('href')).toBe('#profile');
  });

  it('nothing while no posting is picked', () => {
    render(<CompareView postings={[a, b]} progress={compareProgress()} resumeText={RESUME} />);
    expect(screen.queryByTestId('compare-resume')).toBeNull();
  });
});
