/**
 * The grid model every host parses into: one worksheet's values, number formats and merged areas.
 * Hosts convert their own cell types at the edge (dates become Excel serial numbers, rich text becomes
 * plain text, formulas become their cached result), so the engine only ever sees these four kinds.
 */
import { isWhiteSpaceCode } from '../text/normalize';
import { CellRange, rangeContains } from './address';

export type CellValue = string | number | boolean | null;

export interface SheetGrid {
  /** Worksheet name as the host shows it. */
  name: string;
  /** Row-major values; rows may be ragged or missing (treated as empty). Index 0 is worksheet row 1. */
  values: CellValue[][];
  /** Number formats in the same shape; missing entries mean "General". */
  numberFormats?: (string | null | undefined)[][];
  /** Merged areas. The value of a merged area sits in its top-left cell, as in every spreadsheet. */
  merges: CellRange[];
}

export function valueAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formatAt(grid: SheetGrid, row: number, col: number): string | null {
  const r = grid.numberFormats?.[row];
  const f = r?.[col];
  return f == null || f === '' ? null : f;
}

/** Height of the grid in rows (the last row that has a value array). */
export function rowCount(grid: SheetGrid): number {
  return grid.values.length;
}

/** Width of the widest row. */
export function colCount(grid: SheetGrid): number {
  let w = 0;
  for (const r of grid.values) if (r && r.length > w) w = r.length;
  return w;
}

export function isBlank(v: CellValue | undefined): boolean {
  // Ragged rows from hosts have holes (undefined); they are empty cells too.
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Returns at the first visible character, which for almost every cell is the first one.
  for (let i = 0; i < v.length; i++) if (!isWhiteSpaceCode(v.charCodeAt(i))) return false;
  return true;
}

/** Text of a cell as the engine reads it (numbers in their plain JS form). */
export function textAt(grid: SheetGrid, row: number, col: number): string {
  const v = valueAt(grid, row, col);
  if (v === null) return '';
  return typeof v === 'string' ? v : String(v);
}

/**
 * Cells (rows down to the last merge × width) up to which the merge index is a flat array, 8 bytes a
 * cell: a few tables' worth. Larger sheets, and malformed merges with negative corners, use a map of the
 * merged cells only, so one merge far down a sheet does not cost an array of every cell above it.
 */
const MERGE_ARRAY_LIMIT = 65_536;

/** Finds the merged area covering a cell, with an index built once per grid. */
export class MergeIndex {
  private readonly merges: readonly CellRange[];
  /** Per cell, 1 + the index of the merge covering it (0: none). The reader asks for every cell it takes. */
  private readonly cells: number[] | null = null;
  private readonly byCell: Map<number, CellRange> | null = null;
  private readonly width: number;

  /** `width`, when the caller knows it, is the grid's width including merges (saves a pass over the rows). */
  constructor(grid: SheetGrid, width?: number) {
    this.merges = grid.merges;
    this.width = Math.max(width ?? grid.merges.reduce((w, m) => Math.max(w, m.c1 + 1), colCount(grid)), 1);
    if (grid.merges.length === 0) return;
    const height = grid.merges.reduce((h, m) => Math.max(h, m.r1 + 1), 0);
    if (height * this.width <= MERGE_ARRAY_LIMIT && grid.merges.every((m) => m.r0 >= 0 && m.c0 >= 0)) {
      // A plain array: typed arrays of this size live outside the heap and cost more to allocate per sheet.
      const cells = new Array<number>(height * this.width).fill(0);
      grid.merges.forEach((m, i) => {
        for (let r = m.r0; r <= m.r1; r++) cells.fill(i + 1, r * this.width + m.c0, r * this.width + m.c1 + 1);
      });
      this.cells = cells;
    } else {
      const byCell = new Map<number, CellRange>();
      for (const m of grid.merges) {
        for (let r = m.r0; r <= m.r1; r++) {
          for (let c = m.c0; c <= m.c1; c++) byCell.set(r * this.width + c, m);
        }
      }
      this.byCell = byCell;
    }
  }

  /** The merged area containing (row, col), or null. */
  at(row: number, col: number): CellRange | null {
    // Outside the sheet there is no merge (a negative column would otherwise alias the row above).
    if (row < 0 || col < 0 || col >= this.width) return null;
    const key = row * this.width + col;
    if (this.cells !== null) {
      const i = key < this.cells.length ? this.cells[key] : 0;
      return i === 0 ? null : this.merges[i - 1];
    }
    return this.byCell === null ? null : (this.byCell.get(key) ?? null);
  }

  /** True when (row, col) is inside a merge but not its top-left cell (so it holds no value of its own). */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== null && !(m.r0 === row && m.c0 === col) && rangeContains(m, row, col);
  }
}

/** A grid built from rows of values, for tests and generated fixtures. */
export function gridFromRows(name: string, rows: CellValue[][], merges: CellRange[] = []): SheetGrid {
  return { name, values: rows.map((r) => r.slice()), merges: merges.slice() };
}
