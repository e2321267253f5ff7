import type { ReactNode } from 'react';

/** The readiness ring: a meter 0..100, coloured by tier (low < 40 ≤ mid < 70 ≤ high). */
export function Gauge({ value, labelledBy }: { value: number; labelledBy: string }): ReactNode {
  const r = 26;
  const c = 2 * Math.PI * r;
  const tier = value >= 70 ? 'high' : value >= 40 ? 'mid' : 'low';
  return (
    <div
      className={`pl-gauge pl-gauge--${tier}`}
      data-testid="readiness"
      data-value={value}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100`}
      aria-labelledby={labelledBy}
    >
      <svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
        <circle className="pl-gauge-track" cx="32" cy="32" r={r} />
        <circle
          className="pl-gauge-value"
          cx="32"
          cy="32"
          r={r}
          strokeDasharray={`${(c * value) / 100} ${c}`}
          transform="rotate(-90 32 32)"
        />
      </svg>
      <span className="pl-gauge-number">{value}</span>
    </div>
  );
}
