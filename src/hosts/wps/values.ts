/**
 * Parsing what ET's `Value2` and `NumberFormat` hand back into engine values, and preparing values to write.
 *
 * `Value2` comes back as a scalar for one cell and as 0-based JS arrays of rows for a block; the JSAPI's
 * marshalling of single rows and columns is undocumented (some builds flatten them), and an untouched
 * range may give `undefined`. Everything is normalised to rows × columns here so nothing else guesses.
 */
import { CellValue } from '../../engine/grid/grid';
import { needsQuotePrefix } from '../excel/literal';

/** CVErr codes that `Value2` returns for error cells, with the text the user sees. */
const CV_ERRORS: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** One cell of a Value2 answer as an engine value. */
export function parseCell(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return null;
    return CV_ERRORS.get(raw) ?? raw;
  }
  return null;
}

/** A Value2 (or NumberFormat) answer for a rows × cols block as a rows × cols matrix of raw entries. */
export function toMatrix(raw: unknown, rows: number, cols: number): unknown[][] {
  const out: unknown[][] = [];
  if (rows <= 0 || cols <= 0) return out;
  if (!Array.isArray(raw)) {
    // A scalar stands for the whole block: one cell, or one shared number format.
    for (let r = 0; r < rows; r++) out.push(new Array<unknown>(cols).fill(raw));
    return out;
  }
  const nested = raw.length > 0 && raw.every((row) => Array.isArray(row));
  if (nested) {
    for (let r = 0; r < rows; r++) {
      const row: unknown = raw[r];
      const cells: unknown[] = Array.isArray(row) ? row : [];
      out.push(Array.from({ length: cols }, (_, c) => cells[c]));
    }
    return out;
  }
  // A flattened single row or single column.
  if (rows === 1) return [Array.from({ length: cols }, (_, c) => raw[c])];
  for (let r = 0; r < rows; r++) out.push(Array.from({ length: cols }, (_, c) => (c === 0 ? raw[r] : undefined)));
  return out;
}

export function parseValues(raw: unknown, rows: number, cols: number): CellValue[][] {
  return toMatrix(raw, rows, cols).map((row) => row.map(parseCell));
}

/** A number format answer: a string, or null when the cells differ (or the answer is unusable). */
export function parseFormat(raw: unknown): string | null {
  return typeof raw === 'string' ? raw : null;
}

/**
 * The value to assign through Value2 so that ET stores exactly `value`. ET parses assigned strings like
 * typing ("=..." becomes a formula, "2023" a number); the apostrophe prefix keeps them text and is not
 * part of the stored value.
 */
export function writeValue(value: CellValue): string | number | boolean | null {
  if (value === null) return null;
  // "-Infinity" would be typed as a formula: non-finite numbers go through the text path.
  if (typeof value === 'number') return Number.isFinite(value) ? value : writeValue(String(value));
  if (typeof value === 'boolean') return value;
  if (value === '') return null;
  return needsQuotePrefix(value) ? `'${value}` : value;
}

/** Rows of values as one rectangular block for a single Value2 assignment. */
export function writeBlock(values: CellValue[][]): { block: (string | number | boolean | null)[][]; rows: number; cols: number } {
  const rows = values.length;
  let cols = 0;
  for (const row of values) if (row && row.length > cols) cols = row.length;
  const block = values.map((row) => Array.from({ length: cols }, (_, c) => writeValue(row?.[c] ?? null)));
  return { block, rows, cols };
}

/** "#RRGGBB" → ET's BGR integer (r + g·256 + b·65536). */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** ET's BGR integer → "#RRGGBB". */
export function bgrToHex(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
