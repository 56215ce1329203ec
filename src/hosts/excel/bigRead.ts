/**
 * Reading sheets too big for one response. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded) and every Excel stops at 5,000,000 cells (where `values` may come
 * back null instead of failing), so a sheet's used area is read in one go only when it fits a bounded
 * window; a bigger one is read in row bands of at most `cellsPerRead` cells, one sync per band (that is
 * the point of the bands), and a band the host still refuses is halved.
 *
 * Sizes: a template sheet (≈ 20 columns × a few hundred rows) fits the window, so the normal read stays
 * one sync. A sheet with more than `cellsPerRead` cells costs 1 + ⌈cells / cellsPerRead⌉ syncs.
 */
import { CellRange, columnLetters } from '../../engine/grid/address';
import { a1, parseExcelArea } from './address';
import { RawBlock } from './parse';

/** Cells per sync: well below 5 MB even for long Chinese text in every cell of both loaded arrays. */
export const CELLS_PER_READ = 100_000;
/** Columns of the one-sync window; rows follow from the cell budget. */
export const WINDOW_COLS = 50;
/** A sheet always gets at least this many window cells, however many sheets share one sync. */
export const MIN_WINDOW_CELLS = 10_000;

/** "A1:AX2000" – the area read in the first sync; the used range must lie inside it to be read there. */
export function windowAddress(cells: number): string {
  const rows = Math.max(1, Math.floor(cells / WINDOW_COLS));
  return `A1:${columnLetters(WINDOW_COLS - 1)}${rows}`;
}

/** Window cells per sheet when `sheets` sheets are read in one sync within `budget` cells. */
export function windowCells(budget: number, sheets: number): number {
  return Math.max(Math.min(MIN_WINDOW_CELLS, budget), Math.floor(budget / Math.max(1, sheets)));
}

/** Row bands of `area`, each at most `cells` cells (at least one row). */
export function rowBands(area: CellRange, cells: number): CellRange[] {
  const cols = area.c1 - area.c0 + 1;
  const step = Math.max(1, Math.floor(cells / cols));
  const out: CellRange[] = [];
  for (let r = area.r0; r <= area.r1; r += step) out.push({ r0: r, c0: area.c0, r1: Math.min(area.r1, r + step - 1), c1: area.c1 });
  return out;
}

function officeCode(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = (e as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

/** Errors that mean "ask for less" rather than "this cannot be read". */
export function isTooLarge(e: unknown): boolean {
  const code = officeCode(e);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
}

/** True when the window read (`head`) covered the whole used range (`usedAddress`). */
export function coversUsed(usedAddress: string, headAddress: string | null, headValues: unknown): boolean {
  if (headAddress === null || !Array.isArray(headValues)) return false;
  const used = parseExcelArea(usedAddress);
  const head = parseExcelArea(headAddress);
  return !!used && !!head && used.r0 === head.r0 && used.c0 === head.c0 && used.r1 === head.r1 && used.c1 === head.c1;
}

/**
 * Reads `area` of `sheet` band by band, one sync each, and returns it as one block. A band the host
 * refuses as too large is split in two until single rows.
 */
export async function readInBands(context: Excel.RequestContext, sheet: Excel.Worksheet, area: CellRange, cells: number): Promise<RawBlock> {
  const values: unknown[][] = [];
  const formats: unknown[][] = [];
  const pending = rowBands(area, cells);
  while (pending.length > 0) {
    const band = pending.shift() as CellRange;
    const range = sheet.getRange(a1(band));
    range.load('values,numberFormat');
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per band is the point: Excel caps each response
      await context.sync();
    } catch (e) {
      if (!isTooLarge(e) || band.r0 === band.r1) throw e;
      const mid = (band.r0 + band.r1) >> 1;
      pending.unshift({ ...band, r1: mid }, { ...band, r0: mid + 1 });
      continue;
    }
    const rows = band.r1 - band.r0 + 1;
    const vals: unknown = range.values;
    const fmts: unknown = range.numberFormat;
    for (let i = 0; i < rows; i++) {
      values.push(Array.isArray(vals) && Array.isArray(vals[i]) ? (vals[i] as unknown[]) : []);
      formats.push(Array.isArray(fmts) && Array.isArray(fmts[i]) ? (fmts[i] as unknown[]) : []);
    }
  }
  return { address: a1(area), values, numberFormat: formats };
}
