import { clip, useSvgId } from './use-svg-id';

export type BarTone = 'accent' | 'nice' | 'important' | 'success' | 'critical';

export interface BarSeries {
  readonly key: string;
  readonly label: string;
  readonly tone: BarTone;
  /** Hatched fill, so series differ by more than colour. */
  readonly hatched?: boolean;
}

export interface BarDatum {
  readonly id: string;
  readonly label: string;
  /** One value per series, in series order. */
  readonly values: readonly number[];
}

export interface BarChartProps {
  readonly title: string;
  readonly description: string;
  readonly series: readonly BarSeries[];
  readonly data: readonly BarDatum[];
  /** Unit of the values, for the text: "postings". */
  readonly unit?: string;
  /** The scale's top; defaults to the largest total. */
  readonly max?: number;
  /** Heading of the table's first column: "Skill". */
  readonly categoryLabel?: string;
}

const WIDTH = 480;
const LABEL_W = 176;
const VALUE_W = 40;
const ROW_H = 26;
const BAR_H = 16;
const PAD_TOP = 4;

/**
 * Horizontal stacked bar chart, drawn as SVG. The SVG is one image with a title and a description that
 * spells out every value; the same values are in a table below, and drawn as text beside each bar.
 */
export function BarChart({ title, description, series, data, unit = '', max, categoryLabel = 'Item' }: BarChartProps) {
  const id = useSvgId('bar-chart');
  const totals = data.map((d) => d.values.reduce((s, v) => s + Math.max(0, v), 0));
  const top = Math.max(1, max ?? 0, ...totals);
  const barArea = WIDTH - LABEL_W - VALUE_W;
  const height = PAD_TOP * 2 + data.length * ROW_H;
  const valueText = (d: BarDatum) => series.map((s, i) => `${d.values[i] ?? 0} ${s.label.toLowerCase()}`).join(', ');
  const desc = `${description} ${data.map((d) => `${d.label}: ${valueText(d)}.`).join(' ')}`.trim();

  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <defs>
          {series.map((s) =>
            s.hatched ? (
              <pattern key={s.key} id={`${id}-hatch-${s.key}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" className={`chart__fill--${s.tone}-soft`} />
                <line x1="0" y1="0" x2="0" y2="6" className={`chart__stroke--${s.tone}`} strokeWidth="3" />
              </pattern>
            ) : null,
          )}
        </defs>
        {data.map((d, row) => {
          const y = PAD_TOP + row * ROW_H;
          let x = LABEL_W;
          return (
            <g key={d.id} data-bar-id={d.id}>
              <title>{`${d.label}: ${valueText(d)}`}</title>
              <text className="chart__label" x={LABEL_W - 8} y={y + ROW_H / 2} textAnchor="end" dominantBaseline="middle">
                {clip(d.label, 22)}
              </text>
              {series.map((s, i) => {
                const v = Math.max(0, d.values[i] ?? 0);
                const w = (v / top) * barArea;
                const rect = (
                  <rect
                    key={s.key}
                    x={x}
                    y={y + (ROW_H - BAR_H) / 2}
                    width={w}
                    height={BAR_H}
                    className={s.hatched ? `chart__bar chart__stroke--${s.tone}` : `chart__bar chart__fill--${s.tone}`}
                    fill={s.hatched ? `url(#${id}-hatch-${s.key})` : undefined}
                  />
                );
                x += w;
                return rect;
              })}
              <text className="chart__value" x={x + 6} y={y + ROW_H / 2} dominantBaseline="middle">
                {totals[row] ?? 0}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <span className="visually-hidden">Legend: </span>
        {series.map((s) => (
          <span key={s.key} className="chart__legend-item">
            <svg className="chart__swatch" width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" rx="2" className={s.hatched ? `chart__stroke--${s.tone}` : `chart__fill--${s.tone}`} fill={s.hatched ? `url(#${id}-hatch-${s.key})` : undefined} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        <table className="chart__table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">Total{unit ? ` ${unit}` : ''}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, row) => (
              <tr key={d.id}>
                <th scope="row">{d.label}</th>
                {series.map((s, i) => (
                  <td key={s.key}>{d.values[i] ?? 0}</td>
                ))}
                <td>{totals[row] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
