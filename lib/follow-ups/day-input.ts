/**
 * The days of `<input type="date">` fields (the applied date, the follow-up date) as the stored epoch ms: a day is
 * its UTC midnight, as every date of the saved list is shown in UTC (lib/insights/format.ts `formatDate`), so the day
 * typed is the day shown, in every time zone.
 */

const DAY_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-03-12" → that day's UTC midnight; NaN for anything else (an empty field, a partial or impossible date). */
export function parseDayInput(value: string): number {
  const m = DAY_INPUT.exec(value);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC (which maps years 0–99 to 1900–1999): "0002-01-01" is the year 2, refused as before 2000.
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d);
  // An impossible day (31 Feb) rolls over to the next month: refused.
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? back.getTime() : Number.NaN;
}

/** Epoch ms → the field's value for its UTC day ("2026-03-12"); '' for none. */
export function dayInputValue(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return '';
  const d = new Date(epochMs);
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return '';
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
