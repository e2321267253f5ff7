import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** What the eval scripts share (eval.ts on postings, profile-eval.ts on résumés): P/R/F1 counts, their table lines, labels.json. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1; an empty denominator counts as 1. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** A ratio with three decimals. */
export const f3 = (x: number): string => x.toFixed(3);

/** The column heads of the per-skill table. */
export const PRF_HEADER = '  skill                              P      R      F1     tp  fp  fn';

/** One line of the per-skill table. */
export function prfRow(id: string, c: Counts): string {
  const m = prf(c);
  return `  ${id.padEnd(32)} ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
}

/** The micro totals line: "NAME: P … R … F1 … (tp …, fp …, fn …)". */
export function prfMicro(name: string, c: Counts): string {
  const m = prf(c);
  return `${name}: P ${f3(m.p)}  R ${f3(m.r)}  F1 ${f3(m.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/**
 * Reads and checks a labels file. A file that cannot be read or parsed throws "PATH: cannot read labels (…)",
 * one that does not match `schema` "PATH: not in the FORMAT format (…)", both through `makeError`.
 */
export async function loadLabels<S extends z.ZodType>(path: string, schema: S, format: string, makeError: (message: string) => Error): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw makeError(`${path}: cannot read labels (${e instanceof Error ? e.message.split('\n')[0] : 'error'})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw makeError(`${path}: not in the ${format} format (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}
