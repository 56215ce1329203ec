/** Reading amounts and percentages from cells: numbers, text with separators and units, %-formatted cells. */
import { CellValue } from '../grid/grid';
import { memoizeString } from '../text/memo';
import { compact, toHalfWidth } from '../text/normalize';

/** True for number formats that show a value as a percentage ("0%", "0.00%"). */
export function isPercentFormat(format: string | null | undefined): boolean {
  return format ? percentFormat(format) : false;
}

// Ignore quoted literals and escaped characters before looking for a % sign.
const percentFormat = memoizeString((format: string): boolean => format.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%'));

/** Money units an amount cell may carry, and their factor in 元. */
const MONEY_FACTORS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 亿元: 1e8, 亿: 1e8 };

const AMOUNT_RE = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(亿元|万元|千元|亿|万|元)?$/;

/**
 * A money amount in the table's unit: 5, "5.00", "8,827,620.53", "250万" (万 = 万元 in a 万元 table).
 * When the table's unit is given, an amount written in another unit is converted ("5000元" in a 万元
 * table is 0.5); without it, 元/万元/万 are taken to be the table's unit and 千元/亿元 are not guessed.
 * Null when the cell is empty or holds no readable number.
 */
export function readAmount(value: CellValue, tableUnit?: string): number | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const amount = amountText(value);
  if (!amount) return null;
  const { n, written } = amount;
  if (!written) return n;
  const from = MONEY_FACTORS[written];
  const to = tableUnit === undefined ? undefined : MONEY_FACTORS[tableUnit];
  if (to === undefined) return from === 1 || from === 1e4 ? n : null;
  // toPrecision drops the binary noise of the conversion (0.3 万元 rather than 0.30000000000000004).
  return from === to ? n : Number(((n * from) / to).toPrecision(15));
}

/** The number and written unit of an amount typed as text; cached, as the live check reads the same cells again and again. */
const amountText = memoizeString((text: string): { readonly n: number; readonly written: string } | null => {
  const m = AMOUNT_RE.exec(compact(toHalfWidth(text)).replace(/,/g, ''));
  return m ? Object.freeze({ n: Number(m[1]), written: m[2] ?? '' }) : null;
});

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
  return percentText(value);
}

const percentText = memoizeString((text: string): number | null => {
  const t = compact(toHalfWidth(text)).replace(/,/g, '');
  if (t === '') return null;
  const m = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(%?)$/.exec(t);
  if (!m) return null;
  return roundPercent(Number(m[1]));
});

/** Removes binary noise from 0.07 * 100 and the like. */
function roundPercent(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
