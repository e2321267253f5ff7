// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../../components/charts/bar-chart';
import { LineChart } from '../../../components/charts/line-chart';
import { axeViolations } from '../../insights/axe';

afterEach(cleanup);

const SERIES = [
  { key: 'required', label: 'Required', tone: 'accent' as const },
  { key: 'preferred', label: 'Preferred', tone: 'nice' as const, hatched: true },
];

describe('BarChart', () => {
  it('is one labelled image whose description and table carry every value', async () => {
    const { container } = render(
      <BarChart
        title="How often each skill is asked"
        description="Across 12 saved postings."
        series={SERIES}
        data={[
          { id: 'pmf', label: 'Program Management Frameworks', values: [9, 3] },
          { id: 'jira', label: '<img src=x onerror=alert(1)>', values: [0, 2] },
        ]}
        categoryLabel="Skill"
        unit="postings"
      />,
    );
    const img = screen.getByRole('img', { name: /How often each skill is asked/ });
    expect(img.tagName.toLowerCase()).toBe('svg');
    const desc = img.querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('Program Management Frameworks: 9 required, 3 preferred.');
    // Hostile labels stay text.
    expect(container.querySelector('img[src=x]')).toBeNull();
    expect(desc).toContain('<img src=x onerror=alert(1)>');
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows.map((r) => r.textContent)).toEqual(['SkillRequiredPreferredTotal postings', 'Program Management Frameworks9312', '<img src=x onerror=alert(1)>022']);
    // Totals are drawn beside the bars.
    expect([...img.querySelectorAll('.chart__value')].map((t) => t.textContent)).toEqual(['12', '2']);
    // Series differ by pattern, not colour alone; legend names them.
    expect(img.querySelector('pattern')).not.toBeNull();
    expect(screen.getByText('Legend:', { exact: false })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('scales bars to max and draws zero-width bars for zero', () => {
    const { container } = render(<BarChart title="t" description="d" series={SERIES} data={[{ id: 'a', label: 'A', values: [5, 0] }]} max={10} />);
    const widths = [...container.querySelectorAll('g[data-bar-id="a"] rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBeCloseTo(132);
    expect(widths[1]).toBe(0);
  });
});

describe('LineChart', () => {
  const fmt = (at: number) => new Date(at).toISOString().slice(0, 10);

  it('shows a note instead of an empty chart', () => {
    render(<LineChart title="Readiness" description="d" points={[]} emptyText="No readiness recorded yet." />);
    expect(screen.getByText('No readiness recorded yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('draws one point', () => {
    render(<LineChart title="Readiness" description="Average." points={[{ at: Date.UTC(2025, 0, 1), value: 40 }]} unit="%" formatTime={fmt} />);
    expect(screen.getByRole('img', { name: /Readiness/ }).querySelector('desc')?.textContent).toContain('One point: 40% on 2025-01-01.');
  });

  it('draws many points in time order, with values as text', async () => {
    const points = [
      { at: Date.UTC(2025, 2, 1), value: 61 },
      { at: Date.UTC(2025, 0, 1), value: 40 },
      { at: Date.UTC(2025, 1, 1), value: 52.5 },
    ];
    const { container } = render(<LineChart title="Average readiness over time" description="Average." points={points} unit="%" valueLabel="Average readiness" formatTime={fmt} />);
    const img = screen.getByRole('img', { name: /Average readiness over time/ });
    expect(img.querySelector('desc')?.textContent).toContain('3 points from 2025-01-01 (40%) to 2025-03-01 (61%); lowest 40%, highest 61%.');
    expect(img.querySelectorAll('circle')).toHaveLength(3);
    const d = img.querySelector('path')?.getAttribute('d') ?? '';
    expect(d.startsWith('M40.0,')).toBe(true);
    const cells = [...container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(cells).toEqual(['2025-01-0140%', '2025-02-0152.5%', '2025-03-0161%']);
    expect(await axeViolations(container)).toEqual([]);
  });
});
