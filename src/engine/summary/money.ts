/** Money arithmetic for the summary: amounts are shown with two decimals, so they are rounded to cents. */

export function roundCents(n: number): number {
  return Math.round((n + Number.EPSILON * Math.sign(n)) * 100) / 100;
}

/** Budget × cumulative percent, in the budget's unit; null when either is unknown. */
export function checkpointAmount(budget: number | null, percent: number | null): number | null {
  if (budget === null || percent === null) return null;
  return roundCents((budget * percent) / 100);
}

/** Sum of the known values (blank counts as 0, as rule B02 treats blank money cells). */
export function sumKnown(values: (number | null)[]): number {
  return roundCents(values.reduce<number>((s, v) => s + (v ?? 0), 0));
}
