/** The readiness as shown (gauge, collapsed tab): a whole number 0..100, 0 for anything not finite. */
export function clampReadiness(n: number): number {
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0;
}
