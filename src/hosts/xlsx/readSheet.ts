/** One ExcelJS worksheet read into a `SheetGrid`: the used area's values, number formats and merges. */
import { GridBuilder } from '../../engine/grid/gridBuilder';
import type { Worksheet } from 'exceljs';
import { CellRange, parseRange, rangesIntersect } from '../../engine/grid/address';
import { SheetGrid } from '../../engine/grid/grid';
import { parseCellValue } from './cellValue';

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/**
 * Merged areas, 0-based. ExcelJS keeps them in the private `_merges` index (its public `model` getter would
 * serialise every row, which is slow on large sheets); the public model is the fallback.
 */
export function worksheetMerges(ws: Worksheet): CellRange[] {
  const out: CellRange[] = [];
  const index: unknown = (ws as unknown as { _merges?: unknown })._merges;
  if (typeof index === 'object' && index !== null) {
    for (const m of Object.values(index as Record<string, unknown>)) {
      if (typeof m !== 'object' || m === null) continue;
      const r = m as Record<string, unknown>;
      const top = num(r.top);
      const left = num(r.left);
      const bottom = num(r.bottom);
      const right = num(r.right);
      if (top && left && bottom && right) out.push({ r0: top - 1, c0: left - 1, r1: bottom - 1, c1: right - 1 });
    }
    return out;
  }
  const merges: unknown = (ws.model as unknown as { merges?: unknown }).merges;
  if (Array.isArray(merges)) {
    for (const m of merges) {
      const r = typeof m === 'string' ? parseRange(m) : null;
      if (r) out.push(r);
    }
  }
  return out;
}

/** Reads the used area, or only the cells inside `region` (worksheet coordinates kept). */
export function readWorksheet(ws: Worksheet, region?: CellRange): SheetGrid {
  const grid = new GridBuilder(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (region && (r < region.r0 || r > region.r1)) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (region && (c < region.c0 || c > region.c1)) return;
      // A cell covered by a merge repeats its master's value in ExcelJS; spreadsheets hold it only once.
      if (cell.master !== cell) return;
      grid.set(r, c, parseCellValue(cell.value, () => cell.text), cell.numFmt);
    });
  });
  let merges = worksheetMerges(ws);
  if (region) merges = merges.filter((m) => rangesIntersect(m, region));
  return grid.build(merges);
}
