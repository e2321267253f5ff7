// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareMatrix } from '../../../components/compare/compare-matrix';
import { axeViolations } from '../../insights/axe';
import { manyPostings, posting, progress } from '../../insights/fixtures';

afterEach(cleanup);

const rowIds = () => screen.getAllByTestId('matrix-row').map((r) => r.getAttribute('data-posting-id'));

describe('CompareMatrix', () => {
  it('shows an empty state with no postings', () => {
    render(<CompareMatrix postings={[]} progress={progress()} />);
    expect(screen.getByTestId('compare-matrix').textContent).toContain('No saved postings yet.');
  });

  it('shows one posting against the skills it asks', async () => {
    const p = posting({ id: 'one', title: 'AI PM', skills: [['program-management-frameworks', 'required'], ['jira', 'preferred', 'Jira']] });
    const { container } = render(<CompareMatrix postings={[p]} progress={progress()} />);
    const table = screen.getByRole('table', { name: 'Skills asked by each saved posting' });
    expect(table.getAttribute('aria-rowcount')).toBe('2');
    expect(table.getAttribute('aria-colcount')).toBe('4');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers[2]).toContain('Program Management Frameworks');
    expect(headers[2]).toContain('Roadmap');
    expect(headers[3]).toContain('Not covered');
    const row = screen.getByTestId('matrix-row');
    expect(within(row).getByRole('rowheader').textContent).toBe('AI PM · Acme');
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0%', 'Required', 'Preferred']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sorts postings by readiness either way', async () => {
    const user = userEvent.setup();
    const postings = [
      posting({ id: 'low', skills: [['program-management-frameworks', 'required']] }),
      posting({ id: 'high', skills: [['api-development', 'required']] }),
      posting({ id: 'mid', skills: [['api-development', 'required'], ['ai-ml-fundamentals', 'required']] }),
    ];
    render(<CompareMatrix postings={postings} progress={progress()} />);
    expect(rowIds()).toEqual(['high', 'mid', 'low']);
    const readinessHeader = screen.getAllByRole('columnheader')[1] as HTMLElement;
    expect(readinessHeader.getAttribute('aria-sort')).toBe('descending');
    await user.click(within(readinessHeader).getByRole('button'));
    expect(rowIds()).toEqual(['low', 'mid', 'high']);
    expect(readinessHeader.getAttribute('aria-sort')).toBe('ascending');
  });

  it('keeps the DOM bounded for 1,000 postings and renders the rows scrolled into view', async () => {
    const postings = manyPostings(1000);
    const start = performance.now();
    const { container } = render(<CompareMatrix postings={postings} progress={progress()} height={480} fallbackWidth={960} rowHeight={36} columnWidth={116} />);
    const ms = performance.now() - start;
    console.info(`CompareMatrix: 1,000 postings rendered in ${ms.toFixed(0)} ms (happy-dom)`);
    const matrix = screen.getByTestId('compare-matrix');
    expect(matrix.getAttribute('data-rows')).toBe('1000');
    const rows = screen.getAllByTestId('matrix-row');
    // (480 − 104) / 36 ≈ 11 visible + 4 overscan.
    expect(rows.length).toBeLessThanOrEqual(20);
    const columns = Number(matrix.getAttribute('data-columns'));
    expect(columns).toBeGreaterThan(40);
    const headerCells = within(matrix).getAllByRole('columnheader');
    expect(headerCells.length).toBeLessThan(20);
    expect(container.querySelectorAll('[role="cell"]').length).toBeLessThan(400);

    const scroller = screen.getByRole('region', { name: /Matrix of saved postings/ });
    await act(async () => {
      scroller.scrollTop = 36 * 500;
      scroller.scrollLeft = 116 * 20;
      fireEvent.scroll(scroller);
    });
    const indexes = screen.getAllByTestId('matrix-row').map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...indexes)).toBeGreaterThanOrEqual(496);
    expect(Math.max(...indexes)).toBeLessThanOrEqual(520);
    const colIndexes = within(matrix)
      .getAllByRole('columnheader')
      .slice(2)
      .map((h) => Number(h.getAttribute('aria-colindex')));
    expect(Math.min(...colIndexes)).toBeGreaterThanOrEqual(18);
    expect(screen.getAllByTestId('matrix-row').length).toBeLessThanOrEqual(20);
    expect(await axeViolations(scroller)).toEqual([]);
  }, 20_000);
});
