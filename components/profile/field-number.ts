/** How a number field reads what was typed. */
export interface NumberRule {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (weeks); otherwise rounded to one decimal (hours). */
  readonly integer?: boolean;
  /** Whether an empty field is allowed (it means "no value"). */
  readonly allowEmpty?: boolean;
}

/** Parses what the user typed: a number in range, null for empty (when allowed), or undefined when invalid. */
export function parseFieldNumber(text: string, { min, max, integer = false, allowEmpty = true }: NumberRule): number | null | undefined {
  const t = text.trim();
  if (t === '') return allowEmpty ? null : undefined;
  if (t.length > 12 || !/^\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  const n = Number(t.replace(',', '.'));
  if (!Number.isFinite(n) || n < min || n > max) return undefined;
  if (integer && !Number.isInteger(n)) return undefined;
  return integer ? n : Math.round(n * 10) / 10;
}

