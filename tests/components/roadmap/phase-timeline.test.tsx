// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhaseTimeline } from '../../../components/roadmap/phase-timeline';
import { pathway } from '../../../data/pathway';

afterEach(cleanup);

function phaseElements() {
  return screen.getAllByTestId('roadmap-phase');
}

describe('PhaseTimeline', () => {
  it('renders the five phases as an ordered list with their titles', () => {
    render(<PhaseTimeline pathway={pathway} />);
    const phases = phaseElements();
    for (const el of phases) expect(el.parentElement?.tagName).toBe('OL');
    expect(phases).toHaveLength(5);
    phases.forEach((el, i) => {
      const phase = pathway.phases[i];
      expect(within(el).getByRole('heading', { level: 3 }).textContent).toContain(phase?.title);
      expect(within(el).getByRole('heading', { level: 3 }).textContent).toContain(`Phase ${i + 1}`);
    });
  });

  it('states the week range and duration of each phase', () => {
    render(<PhaseTimeline pathway={pathway} />);
    const when = phaseElements().map((el) => within(el).getByText(/^Weeks /).textContent);
    expect(when).toEqual([
      'Weeks 1–8 · 8 weeks',
      'Weeks 9–16 · 8 weeks',
      'Weeks 17–24 · 8 weeks',
      'Weeks 25–32 · 8 weeks',
      'Weeks 33–40 · 4–8 weeks',
    ]);
  });

  it('lists every task and resource of a phase', () => {
    render(<PhaseTimeline pathway={pathway} />);
    const [first] = phaseElements();
    if (!first) throw new Error('no phase');
    for (const task of pathway.phases[0]?.tasks ?? []) expect(within(first).getByText(task.text)).toBeTruthy();
    const resources = within(first).getByRole('list', { name: 'Resources for phase 1' });
    expect(within(resources).getAllByRole('listitem')).toHaveLength(3);
    expect(within(resources).getByText('Project Management for the Unofficial Project Manager')).toBeTruthy();
  });

  it('links a resource only where the data has an address, opening a new tab safely', () => {
    render(<PhaseTimeline pathway={pathway} />);
    const [first] = phaseElements();
    if (!first) throw new Error('no phase');
    const link = within(first).getByRole('link', { name: /AI For Everyone/ });
    expect(link.getAttribute('href')).toBe('https://www.coursera.org/learn/ai-for-everyone');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    // The book has no address in the data, so it is plain text.
    expect(within(first).queryByRole('link', { name: /Unofficial Project Manager/ })).toBeNull();
  });

  it('shows which skills each phase builds, and none for the job-search phase', () => {
    render(<PhaseTimeline pathway={pathway} />);
    const phases = phaseElements();
    expect(within(phases[3] as HTMLElement).getByText('Program Management Frameworks')).toBeTruthy();
    expect(phases[4]?.querySelector('.phase__skills')).toBeNull();
  });
});
