import { useSvgId } from './use-svg-id';

export interface LinePoint {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly value: number;
}

export interface LineChartProps {
  readonly title: string;
  readonly description: string;
  readonly points: readonly LinePoint[];
  /** Top of the value axis (readiness: 100). */
  readonly yMax?: number;
  /** Appended to values in text: "%". */
  readonly unit?: string;
  /** Heading of the table's value column. */
  readonly valueLabel?: string;
  /** How a time is written; defaults to a UTC date. */
  readonly formatTime?: (at: number) => string;
  /** Shown instead of the chart when there is no point. */
  readonly emptyText?: string;
}

const WIDTH = 480;
const HEIGHT = 200;
const PAD = { top: 12, right: 16, bottom: 28, left: 40 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];
const MAX_MARKERS = 60;

const defaultTime = (at: number): string =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(at));

/**
 * A line over time, drawn as SVG: one image with a title and a description that names the first, latest,
 * lowest and highest values; every value is also in a table below.
 */
export function LineChart({ title, description, points, yMax = 100, unit = '', valueLabel = 'Value', formatTime = defaultTime, emptyText = 'Nothing recorded yet.' }: LineChartProps) {
  const id = useSvgId('line-chart');
  if (points.length === 0) {
    return (
      <p className="chart__empty" role="note">
        {emptyText}
      </p>
    );
  }
  const sorted = [...points].sort((a, b) => a.at - b.at);
  const first = sorted[0] as LinePoint;
  const last = sorted[sorted.length - 1] as LinePoint;
  const span = Math.max(1, last.at - first.at);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (at: number) => (sorted.length === 1 ? PAD.left + plotW / 2 : PAD.left + ((at - first.at) / span) * plotW);
  const y = (v: number) => PAD.top + plotH - (Math.min(yMax, Math.max(0, v)) / yMax) * plotH;
  const path = sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const values = sorted.map((p) => p.value);
  const fmt = (v: number) => `${v}${unit}`;
  const summary =
    sorted.length === 1
      ? `One point: ${fmt(first.value)} on ${formatTime(first.at)}.`
      : `${sorted.length} points from ${formatTime(first.at)} (${fmt(first.value)}) to ${formatTime(last.at)} (${fmt(last.value)}); lowest ${fmt(Math.min(...values))}, highest ${fmt(Math.max(...values))}.`;

  return (
    <figure className="chart">
      <svg className="chart__svg" role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{`${description} ${summary}`}</desc>
        {TICKS.map((t) => (
          <g key={t}>
            <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t * yMax)} y2={y(t * yMax)} />
            <text className="chart__axis" x={PAD.left - 6} y={y(t * yMax)} textAnchor="end" dominantBaseline="middle">
              {fmt(Math.round(t * yMax))}
            </text>
          </g>
        ))}
        <text className="chart__axis" x={PAD.left} y={HEIGHT - 8} textAnchor="start">
          {formatTime(first.at)}
        </text>
        {sorted.length > 1 ? (
          <text className="chart__axis" x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end">
            {formatTime(last.at)}
          </text>
        ) : null}
        <path className="chart__line" d={path} fill="none" />
        {sorted.length <= MAX_MARKERS
          ? sorted.map((p) => <circle key={p.at} className="chart__point" cx={x(p.at)} cy={y(p.value)} r={3.5} />)
          : null}
        <text className="chart__value" x={Math.min(x(last.at), WIDTH - PAD.right) - 4} y={y(last.value) - 8} textAnchor="end">
          {fmt(last.value)}
        </text>
      </svg>
      <details className="chart__data">
        <summary>Show the numbers</summary>
        <table className="chart__table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p) => (
              <tr key={p.at}>
                <th scope="row">
                  <time dateTime={new Date(p.at).toISOString()}>{formatTime(p.at)}</time>
                </th>
                <td>{fmt(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
