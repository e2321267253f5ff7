/**
 * Tiny structural checks for page JSON (JSON-LD, inline app data), zod-free so the content script does not bundle zod.
 * They are the only definition of these shapes (no zod twin to drift from): `object` (plain non-array object, unknown
 * keys allowed, a missing key reads as undefined), `text(max)`, `nullish`, `union`, `arrayOf(c, max)` (holes checked),
 * `finiteNumber`, `bool`.
 */
export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text =
  (max: number): Check =>
  (value) =>
    typeof value === 'string' && value.length <= max;

export const finiteNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);

export const bool: Check = (value) => typeof value === 'boolean';

export const nullish =
  (check: Check): Check =>
  (value) =>
    value === null || value === undefined || check(value);

export const union =
  (...checks: Check[]): Check =>
  (value) =>
    checks.some((check) => check(value));

/** Every element is checked, holes included (as undefined), like zod. */
export const arrayOf =
  (check: Check, max: number): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return false;
    for (let i = 0; i < value.length; i += 1) if (!check(value[i])) return false;
    return true;
  };

export const object =
  (shape: Readonly<Record<string, Check>>): Check =>
  (value) => {
    if (!isRecord(value)) return false;
    for (const [key, check] of Object.entries(shape)) if (!check(value[key])) return false;
    return true;
  };
