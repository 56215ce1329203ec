/**
 * Builds a sparse SheetGrid cell by cell in worksheet coordinates, as host adapters read it: empty cells
 * are skipped, "General" formats are not stored, and number formats are kept only when some cell has one.
 *
 * @example
 *   const b = new GridBuilder('Sheet1');
 *   b.set(6, 1, 0.5, '0%');          // B7 = 50%
 *   const grid = b.build(merges);
 */
import { CellRange } from './address';
import { CellValue, SheetGrid } from './grid';

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private anyFormat = false;

  constructor(private readonly name: string) {}

  /** Stores a non-empty value (null is ignored) and its number format. */
  set(row: number, col: number, value: CellValue, format?: string | null): void {
    if (value === null) return;
    const vals = (this.values[row] ??= []);
    while (vals.length < col) vals.push(null);
    vals[col] = value;
    if (typeof format === 'string' && format !== '' && format !== 'General') {
      const fmts = (this.formats[row] ??= []);
      while (fmts.length < col) fmts.push(null);
      fmts[col] = format;
      this.anyFormat = true;
    }
  }

  build(merges: CellRange[]): SheetGrid {
    // Rows never set stay holes in the arrays; the engine reads missing rows as empty.
    const values = Array.from({ length: this.values.length }, (_, r) => this.values[r] ?? []);
    const grid: SheetGrid = { name: this.name, values, merges };
    if (this.anyFormat) grid.numberFormats = Array.from({ length: this.formats.length }, (_, r) => this.formats[r] ?? []);
    return grid;
  }
}
