/**
 * Walking a sheet plan cell by cell, for hosts that style cells one at a time (ExcelJS, Univer's cell data).
 * Hosts that style whole ranges (Office.js, WPS) apply `plan.styles` in order instead, with the same result.
 */
import { CellRange } from '../grid/address';
import { CellStyle, SheetPlan } from '../model/plan';

export function forEachCell(range: CellRange, fn: (row: number, col: number) => void): void {
  for (let r = range.r0; r <= range.r1; r++) for (let c = range.c0; c <= range.c1; c++) fn(r, c);
}

/**
 * The style of every styled cell: overlapping style ranges (borders on the table, bold on a header)
 * combine per cell, later ones winning, as they do when ranges are styled one after another.
 */
export function resolvedCellStyles(plan: SheetPlan): { row: number; col: number; style: CellStyle }[] {
  const styles = new Map<string, { row: number; col: number; style: CellStyle }>();
  for (const s of plan.styles) {
    forEachCell(s.range, (row, col) => {
      const k = `${row},${col}`;
      const prev = styles.get(k);
      styles.set(k, { row, col, style: { ...(prev?.style ?? {}), ...s.style } });
    });
  }
  return [...styles.values()];
}
