// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareView } from '../../../components/compare/compare-view';
import { axeViolations } from '../../insights/axe';
import { manyPostings, posting, progress } from '../../insights/fixtures';

afterEach(cleanup);

const PMF = 'program-management-frameworks';
const a = posting({ id: 'a', title: 'TPM, AI Platform', company: 'Acme', skills: [[PMF, 'required'], ['api-development', 'required'], ['jira', 'preferred', 'Jira']] });
const b = posting({ id: 'b', title: 'AI Program Manager', company: 'Globex', skills: [[PMF, 'required'], ['api-development', 'preferred']] });
const c = posting({ id: 'c', title: 'ML Program Lead', company: 'Initech', skills: [[PMF, 'required'], ['ai-ml-fundamentals', 'required']] });

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((td) => td.textContent);

describe('CompareView', () => {
  it('shows an empty state with no postings', async () => {
    const { container } = render(<CompareView postings={[]} progress={progress()} />);
    expect(screen.getByTestId('compare-empty').textContent).toContain('Save at least two postings');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('with one posting, asks for one more', async () => {
    const user = userEvent.setup();
    render(<CompareView postings={[a]} progress={progress()} />);
    expect(screen.getByTestId('compare-need-more').textContent).toBe('Pick two postings to compare.');
    await user.click(screen.getByRole('checkbox', { name: /TPM, AI Platform/ }));
    expect(screen.getByTestId('compare-need-more').textContent).toBe('Pick one more posting to compare.');
    expect(screen.queryByTestId('compare-table')).toBeNull();
  });

  it('puts picked postings side by side with required / preferred / not asked cells and coverage in words', async () => {
    const user = userEvent.setup();
    const { container } = render(<CompareView postings={[a, b, c]} progress={progress(['ai-ml-fundamentals'])} />);
    for (const name of [/TPM, AI Platform/, /AI Program Manager/, /ML Program Lead/]) await user.click(screen.getByRole('checkbox', { name }));
    const columns = screen.getAllByTestId('compare-column');
    expect(columns.map((col) => col.getAttribute('data-posting-id'))).toEqual(['a', 'b', 'c']);
    expect(columns[0]?.textContent).toContain('Acme');
    expect(columns[0]?.textContent).toMatch(/Readiness \d+%/);
    expect(columns[0]?.textContent).toContain('12 weeks to qualify');
    const rows = screen.getAllByTestId('compare-row');
    expect(rows.map((r) => r.getAttribute('data-skill-id'))).toEqual([PMF, 'api-development', 'ai-ml-fundamentals', 'jira']);
    expect(cellTexts(rows[0] as HTMLElement)).toEqual(['Required', 'Required', 'Required']);
    expect(cellTexts(rows[1] as HTMLElement)).toEqual(['Required', 'Preferred', 'Not asked']);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toContain('On your roadmap');
    expect(within(rows[1] as HTMLElement).getByRole('rowheader').textContent).toContain('You have it');
    expect(within(rows[2] as HTMLElement).getByRole('rowheader').textContent).toContain('You have it');
    expect(within(rows[3] as HTMLElement).getByRole('rowheader').textContent).toContain('Not covered');
    // Rows where the postings differ are marked in words as well as style.
    expect(rows.map((r) => r.getAttribute('data-differs'))).toEqual(['false', 'true', 'true', 'true']);
    expect(within(rows[1] as HTMLElement).getByText('Differs')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).queryByText('Differs')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Only rows where the postings differ' }));
    expect(screen.getAllByTestId('compare-row')).toHaveLength(3);
    await user.selectOptions(screen.getByLabelText('Order rows'), 'name');
    expect(screen.getAllByTestId('compare-row').map((r) => r.getAttribute('data-skill-id'))).toEqual(['ai-ml-fundamentals', 'api-development', 'jira']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('dates each column at the user’s pace; a transferable skill marked "not yet" is a gap row like a roadmap one', () => {
    // Today 20 Mar 2025, 8 h/week for the pathway's 10; API Development marked "not yet" with the user's own 2 weeks.
    const you = { ...progress(['ai-ml-fundamentals']), pace: { hoursPerWeek: 8, pathwayHoursPerWeek: 10 }, lackingSkills: new Set(['api-development']), ownWeeks: new Map([['api-development', 2]]) };
    render(<CompareView postings={[a, b, c]} progress={you} initialSelection={['a', 'b', 'c']} today={Date.UTC(2025, 2, 20)} />);
    const columns = screen.getAllByTestId('compare-column');
    expect(columns.map((col) => within(col).getAllByTestId('ready-by').length)).toEqual([1, 1, 1]);
    // a: PMF 12 + API 2 (required) = 14 pathway weeks × 10/8 = 17.5 → 18 weeks = 126 days: 30 Jun is day 102, then 24 July.
    // b: PMF 12 (API only preferred) → 15 weeks = 105 days: 3 July. c: PMF 12 (AI/ML learned) → 15 weeks: 3 July.
    expect(columns.map((col) => within(col).getByTestId('ready-by').textContent)).toEqual([
      'Ready by 24 Jul 2025 at 8 h/week',
      'Ready by 3 Jul 2025 at 8 h/week',
      'Ready by 3 Jul 2025 at 8 h/week',
    ]);
    expect(columns[0]?.textContent).toContain('18 weeks to qualify');
    const api = screen.getAllByTestId('compare-row').find((r) => r.dataset.skillId === 'api-development')!;
    expect(within(api).getByRole('rowheader').textContent).toContain('On your roadmap');
    // a: PMF and API required, both gaps (0 of 2); Jira preferred, not known: 0%. b: (0 + 0)/(2 + 1) = 0%. c: AI/ML had: 2/4 = 50%.
    expect(columns.map((col) => /Readiness (\d+)%/.exec(col.textContent ?? '')?.[1])).toEqual(['0', '0', '50']);
  });

  it('allows at most six postings, and searches the picker among many', async () => {
    const user = userEvent.setup();
    const postings = manyPostings(100);
    render(<CompareView postings={postings} progress={progress()} initialSelection={['job-1', 'job-2', 'job-3', 'job-4', 'job-5', 'job-6', 'job-7', 'missing']} corruptCount={1} />);
    expect(screen.getAllByTestId('compare-column')).toHaveLength(6);
    expect(screen.getByTestId('corrupt-notice')).toBeTruthy();
    const boxes = screen.getAllByTestId('compare-pick') as HTMLInputElement[];
    expect(boxes.filter((x) => x.checked)).toHaveLength(6);
    expect(boxes.filter((x) => !x.checked).every((x) => x.disabled)).toBe(true);
    expect(screen.getByText(/Showing the 30 closest matches of 100/)).toBeTruthy();
    await user.type(screen.getByLabelText('Find a posting'), 'Role 42');
    expect(screen.getAllByTestId('compare-pick').map((x) => x.getAttribute('data-posting-id'))).toContain('job-42');
    // Selected postings stay listed so they can be unticked.
    await user.click(screen.getByRole('checkbox', { name: /^Role 1 ·/ }));
    expect(screen.getAllByTestId('compare-column')).toHaveLength(5);
  });
});
