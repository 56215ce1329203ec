/**
 * Clamping an edit to the table it touched: the live check re-reads only that table's rows (plus room
 * for rows the user appends below it), not the whole sheet.
 */
import { CellRange, parseRange, rangesIntersect } from '../engine/grid/address';
import { SheetAnalysis } from '../engine/model/analysis';

/** Rows below a table's last indicator that still belong to it when the user types there. */
export const APPEND_ROWS = 30;

/**
 * The region to re-read for a change on a sheet, or null when the change lies outside every known table
 * (then the whole sheet is re-read).
 */
export function regionForChange(sheet: SheetAnalysis, change: CellRange): CellRange | null {
  // A flat list's projects mean nothing without the list's header row: an edit in one re-reads the list.
  const seen = new Set<string>();
  const tables = sheet.tables
    .map((t) => t.list ?? t.bounds)
    .filter((b) => {
      const key = `${b.r0},${b.c0},${b.r1},${b.c1}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.r0 - b.r0);
  for (let i = 0; i < tables.length; i++) {
    const b = tables[i];
    const nextTop = i + 1 < tables.length ? tables[i + 1].r0 - 1 : b.r1 + APPEND_ROWS;
    const region: CellRange = { r0: b.r0, c0: b.c0, r1: Math.max(b.r1, Math.min(nextTop, b.r1 + APPEND_ROWS)), c1: b.c1 + 1 };
    if (rangesIntersect(region, change)) return region;
  }
  return null;
}

/** Replaces what a sheet analysis knew about `region` with a fresh reading of it. */
export function mergeRegion(old: SheetAnalysis, region: CellRange, fresh: SheetAnalysis): SheetAnalysis {
  const inside = (r: CellRange): boolean => rangesIntersect(r, region);
  const tables = [...old.tables.filter((t) => !inside(t.bounds)), ...fresh.tables].sort(
    (a, b) => a.bounds.r0 - b.bounds.r0 || a.bounds.c0 - b.bounds.c0,
  );
  const freshCells = new Set(fresh.unclaimed.map((u) => u.cell));
  const keep = old.unclaimed.filter((u) => !freshCells.has(u.cell) && !cellInRegion(u.cell, region));
  return { sheet: old.sheet, tables, unclaimed: [...keep, ...fresh.unclaimed] };
}

function cellInRegion(a1: string, region: CellRange): boolean {
  const r = parseRange(a1);
  return r !== null && rangesIntersect(r, region);
}
