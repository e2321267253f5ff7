// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SkillToLearnList } from '../../../components/roadmap/skill-to-learn-list';
import { TransferableSkillList } from '../../../components/roadmap/transferable-skill-list';
import { pathway } from '../../../data/pathway';

afterEach(cleanup);

function card(id: string): HTMLElement {
  const el = screen.getAllByTestId('pathway-skill').find((e) => e.getAttribute('data-skill-id') === id);
  if (!el) throw new Error(`no card for ${id}`);
  return el;
}

describe('TransferableSkillList', () => {
  it('shows the six skills with their explanations', () => {
    render(<TransferableSkillList skills={pathway.transferableSkills} />);
    expect(screen.getAllByTestId('pathway-skill')).toHaveLength(6);
    for (const skill of pathway.transferableSkills) {
      expect(within(card(skill.id)).getByText(skill.explanation)).toBeTruthy();
    }
    expect(within(card('cloud-platforms')).getByRole('heading').textContent).toBe('✓Cloud Platforms (AWS/GCP)');
  });
});

describe('SkillToLearnList', () => {
  it('orders skills by importance, Critical first', () => {
    render(<SkillToLearnList skills={pathway.skillsToLearn} />);
    expect(screen.getAllByTestId('pathway-skill').map((el) => el.getAttribute('data-skill-id'))).toEqual([
      'program-management-frameworks',
      'ai-ml-fundamentals',
      'stakeholder-management',
      'ai-risk-management',
      'agile-certification',
      'financial-budget-management',
    ]);
  });

  it('shows importance, weeks and roadmap phases of each skill', () => {
    render(<SkillToLearnList skills={pathway.skillsToLearn} />);
    const pmf = within(card('program-management-frameworks'));
    expect(pmf.getByText('Critical')).toBeTruthy();
    expect(pmf.getByText('12 weeks')).toBeTruthy();
    const phases = pmf.getByRole('link', { name: 'Phases 1–4' });
    expect(phases.getAttribute('href')).toBe('#phase-1');

    const stakeholders = within(card('stakeholder-management'));
    expect(stakeholders.getByText('Important')).toBeTruthy();
    expect(stakeholders.getByText('6 weeks')).toBeTruthy();
    expect(stakeholders.getByRole('link', { name: 'Phases 2–3' })).toBeTruthy();

    expect(within(card('agile-certification')).getByRole('link', { name: 'Phase 2' })).toBeTruthy();
    expect(within(card('agile-certification')).getByText('Nice to have')).toBeTruthy();
  });

  it('says the budget skill is self-study instead of inventing a phase', () => {
    render(<SkillToLearnList skills={pathway.skillsToLearn} />);
    const budget = within(card('financial-budget-management'));
    expect(budget.getByText('Self-study')).toBeTruthy();
    expect(budget.getByText(/roadmap gives it no phase/)).toBeTruthy();
    expect(budget.queryByRole('link', { name: /Phase/ })).toBeNull();
  });

  it('announces the importance with a label, not only a colour', () => {
    render(<SkillToLearnList skills={pathway.skillsToLearn} />);
    expect(within(card('ai-ml-fundamentals')).getByText('Critical').closest('.tag')?.textContent).toBe('Importance: Critical');
  });

  it('lists how to learn each skill and its resources', () => {
    render(<SkillToLearnList skills={pathway.skillsToLearn} />);
    for (const skill of pathway.skillsToLearn) {
      const c = within(card(skill.id));
      expect(c.getByText(skill.howToLearn)).toBeTruthy();
      expect(within(c.getByRole('list', { name: `Resources for ${skill.name}` })).getAllByRole('listitem')).toHaveLength(
        skill.resources.length,
      );
    }
  });
});
