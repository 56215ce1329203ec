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

/** Factor in 元 of a table's money unit ("万元", "单位：万元"); null when it is not a known unit. */
export function unitFactor(moneyUnit: string, factors: Record<string, number>): number | null {
  const key = moneyUnit.replace(/[\s\u00a0\u3000]+/g, '').replace(/^(?:金额)?单位[:：]?/, '');
  return factors[key] ?? null;
}

/**
 * An amount of a table in `from` units expressed in `to` units (both factors in 元), so tables kept in 元
 * and in 万元 add up; unchanged when either unit is unknown.
 */
export function convertAmount(n: number | null, from: number | null, to: number | null): number | null {
  if (n === null || from === null || to === null || from === to) return n;
  return Number(((n * from) / to).toPrecision(15));
}
