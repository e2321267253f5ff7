// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/popup-app';
import { pathway } from '../../../data/pathway';
import { PATHWAY_SKILL_IDS } from '../../../lib/pathway/schema';

afterEach(cleanup);

describe('PopupApp', () => {
  it('shows the headline: roles, timeline, salary change, difficulty and demand', () => {
    render(<PopupApp pathway={pathway} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Backend Developer to AI Program Manager' })).toBeTruthy();
    const headline = screen.getByTestId('pathway-headline');
    expect(within(headline).getByText(pathway.meta.headline)).toBeTruthy();
    expect(screen.getByTestId('pathway-timeline').textContent).toBe('9–12 months');
    expect(screen.getByTestId('pathway-salary-change').textContent).toBe('+20%');
    expect(screen.getByTestId('pathway-difficulty').textContent).toBe('Challenging');
    expect(screen.getByTestId('pathway-demand').textContent).toMatch(/^Very high demand/);
    // The numbers are labelled, not bare.
    expect(within(headline).getByText('Salary change')).toBeTruthy();
  });

  it('shows exactly five roadmap phases, in order', () => {
    render(<PopupApp pathway={pathway} />);
    const phases = screen.getAllByTestId('roadmap-phase');
    expect(phases).toHaveLength(5);
    expect(phases.map((el) => el.getAttribute('data-phase'))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('shows the twelve skills, six of each kind', () => {
    render(<PopupApp pathway={pathway} />);
    const skills = screen.getAllByTestId('pathway-skill');
    expect(skills).toHaveLength(12);
    expect(new Set(skills.map((el) => el.getAttribute('data-skill-id')))).toEqual(new Set(PATHWAY_SKILL_IDS));
    expect(skills.filter((el) => el.getAttribute('data-skill-kind') === 'transferable')).toHaveLength(6);
    expect(skills.filter((el) => el.getAttribute('data-skill-kind') === 'toLearn')).toHaveLength(6);
  });

  it('is organised by headings and navigable to each section', () => {
    render(<PopupApp pathway={pathway} />);
    const sectionTitles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sectionTitles).toEqual([
      'Skills you already have',
      'Skills to learn',
      'Your learning roadmap',
      'Reality check',
      'Your action plan',
      'Frequently asked questions',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    for (const link of within(nav).getAllByRole('link')) {
      const target = link.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(target), `nav target #${target}`).not.toBeNull();
    }
    expect(screen.getByRole('main')).toBeTruthy();
  });

  it('keeps the reality check and FAQ present but collapsed', () => {
    render(<PopupApp pathway={pathway} />);
    const question = screen.getByText(pathway.faq[0]?.question ?? '');
    const details = question.closest('details');
    expect(details).not.toBeNull();
    expect(details?.open).toBe(false);
    expect(screen.getByText(/What you'll love/).closest('details')?.open).toBe(false);
  });
});
