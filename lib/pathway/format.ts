/** Wording shared by the popup and the sidebar, so the same numbers read the same everywhere. */

const EN_DASH = '–';

/** "1 week", "8 weeks". */
export function formatWeeks(weeks: number): string {
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** "Weeks 1–8"; a single week reads "Week 3". */
export function formatWeekRange(range: { readonly start: number; readonly end: number }): string {
  return range.start === range.end ? `Week ${range.start}` : `Weeks ${range.start}${EN_DASH}${range.end}`;
}

/**
 * Phase numbers as words: [] → "", [2] → "Phase 2", [2, 3] → "Phases 2–3", [1, 2, 3, 4] → "Phases 1–4",
 * [1, 3] → "Phases 1, 3". Consecutive runs collapse to ranges.
 */
export function formatPhaseSpan(phases: readonly number[]): string {
  if (phases.length === 0) return '';
  const sorted = [...new Set(phases)].sort((a, b) => a - b);
  const runs: string[] = [];
  let runStart = sorted[0] ?? 0;
  let previous = runStart;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === previous + 1) {
      previous = n;
      continue;
    }
    runs.push(runStart === previous ? String(runStart) : `${runStart}${EN_DASH}${previous}`);
    runStart = n;
    previous = n;
  }
  return `${sorted.length === 1 ? 'Phase' : 'Phases'} ${runs.join(', ')}`;
}
