// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InsightsView } from '../../../components/insights/insights-view';
import { ReadinessOverTime } from '../../../components/insights/readiness-over-time';
import { axeViolations } from '../../insights/axe';
import { manyPostings, posting, progress, type SkillSpec } from '../../insights/fixtures';

afterEach(cleanup);

const PMF = 'program-management-frameworks';

function twelve() {
  return Array.from({ length: 12 }, (_, i) => {
    const skills: SkillSpec[] = [['api-development', 'required'], [PMF, i < 9 ? 'required' : 'preferred']];
    if (i === 0) skills.push(['vendor-management', 'required', 'Vendor management']);
    return posting({ id: `p${i}`, skills });
  });
}

describe('InsightsView', () => {
  it('shows an empty state with no postings', async () => {
    const { container } = render(<InsightsView postings={[]} progress={progress()} />);
    expect(screen.getByTestId('insights-empty')).toBeTruthy();
    expect(screen.queryByTestId('insight-next-skill')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('with one posting, recommends its required roadmap skill', () => {
    render(<InsightsView postings={[posting({ id: 'a', skills: [['agile-certification', 'required']] })]} progress={progress()} />);
    expect(screen.getByTestId('insight-next-skill-text').textContent).toBe('Agile Certification: required by 1 of 1 saved posting, 2 weeks');
    expect(screen.getByTestId('insight-next-skill').getAttribute('data-skill-id')).toBe('agile-certification');
  });

  it('a transferable skill marked "not yet" shows as a blocking gap, named as such, while learn-next stays on the roadmap', () => {
    const you = { ...progress(), lackingSkills: new Set(['api-development']), ownWeeks: new Map([['api-development', 5]]) };
    render(<InsightsView postings={twelve()} progress={you} />);
    const items = within(screen.getByTestId('insight-blocking-gaps')).getAllByRole('listitem');
    expect(items.map((li) => li.dataset.skillId)).toEqual(['api-development', PMF, 'vendor-management']);
    expect(items[0]!.textContent).toBe('API Developmentblocks 12 of 12Not yet in your profile, 5 weeks');
    expect(screen.getByTestId('insight-next-skill').getAttribute('data-skill-id')).toBe(PMF);
  });

  it('with many postings: recommendation, demand chart, blocking gaps', async () => {
    const onMarkLearned = vi.fn();
    const { container } = render(<InsightsView postings={twelve()} progress={progress()} onMarkLearned={onMarkLearned} />);
    const card = screen.getByTestId('insight-next-skill');
    expect(within(card).getByTestId('insight-next-skill-text').textContent).toBe('Program Management Frameworks: required by 9 of 12 saved postings, 12 weeks');
    expect(card.textContent).toMatch(/raises your average readiness from [\d.]+% to [\d.]+% \(\+[\d.]+ points; 12 postings gain\)/);
    await userEvent.setup().click(within(card).getByRole('button', { name: 'I have learned Program Management Frameworks' }));
    expect(onMarkLearned).toHaveBeenCalledWith(PMF);

    const chart = within(screen.getByTestId('insight-demand')).getByRole('img', { name: /How often each skill is asked/ });
    expect(chart.querySelector('desc')?.textContent).toContain('Program Management Frameworks: 9 required, 3 preferred.');
    const gaps = within(screen.getByTestId('insight-blocking-gaps')).getAllByRole('listitem');
    expect(gaps.map((g) => g.getAttribute('data-skill-id'))).toEqual([PMF, 'vendor-management']);
    expect(gaps[0]?.textContent).toContain('blocks 9 of 12');
    expect(gaps[1]?.textContent).toContain('Not covered');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains when nothing is left to recommend', () => {
    render(<InsightsView postings={twelve()} progress={progress([PMF], ['vendor-management'])} />);
    const card = screen.getByTestId('insight-next-skill');
    expect(card.getAttribute('data-reason')).toBe('no-required-demand');
    expect(screen.getByText(/you cover every required skill/)).toBeTruthy();
  });

  it('handles 1,000 postings and shows the corrupt-record notice', () => {
    render(<InsightsView postings={manyPostings(1000)} progress={progress()} corruptCount={3} />);
    expect(screen.getByTestId('corrupt-notice').textContent).toContain('3 saved records could not be read');
    expect(screen.getByText(/Based on 1000 saved postings/)).toBeTruthy();
    expect(screen.getByTestId('insight-next-skill').getAttribute('data-skill-id')).toBeTruthy();
  });
});

describe('ReadinessOverTime', () => {
  it('summarises the rise and charts it; empty shows a note', async () => {
    const { container, rerender } = render(<ReadinessOverTime history={[]} />);
    expect(screen.getByText(/No readiness recorded yet/)).toBeTruthy();
    rerender(
      <ReadinessOverTime
        history={[
          { at: Date.UTC(2025, 0, 1), averageReadiness: 40 },
          { at: Date.UTC(2025, 1, 1), averageReadiness: 55.5 },
        ]}
      />,
    );
    expect(screen.getByText(/rose from 40% to 55.5% \(\+15.5 points\)/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /Average readiness over time/ })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
