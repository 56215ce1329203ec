/** Reading amounts and percentages from cells: numbers, text with separators and units, %-formatted cells. */
import { CellValue } from '../grid/grid';
import { compact, toHalfWidth } from '../text/normalize';

/** True for number formats that show a value as a percentage ("0%", "0.00%"). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Ignore quoted literals and escaped characters before looking for a % sign.
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

/**
 * A money amount in the table's unit: 5, "5.00", "8,827,620.53", "250万" (万 = 万元 in a 万元 table).
 * Null when the cell is empty or holds no readable number.
 */
export function readAmount(value: CellValue): number | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const t = compact(toHalfWidth(value)).replace(/,/g, '').replace(/(万元|万|元)$/, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/**
 * A cumulative percentage 0–100 from a spend-plan cell: "50%", " 100%", "50％", 50, or 0.5 in a
 * %-formatted cell. Values outside 0–100 are returned as read (the checker reports them); null when unreadable.
 */
export function readPercent(value: CellValue, format: string | null | undefined): number | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isPercentFormat(format) ? roundPercent(value * 100) : value;
  }
  const t = compact(toHalfWidth(value)).replace(/,/g, '');
  if (t === '') return null;
  const m = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(%?)$/.exec(t);
  if (!m) return null;
  return roundPercent(Number(m[1]));
}

/** Removes binary noise from 0.07 * 100 and the like. */
function roundPercent(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
