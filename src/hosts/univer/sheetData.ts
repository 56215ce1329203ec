/**
 * A `SheetPlan` as one Univer worksheet snapshot (values, merges, number formats, styles, column widths, row
 * heights, frozen panes), so a whole sheet is inserted by one command. Validations are added afterwards
 * through the data-validation facade (they live in a plugin's resources, not in the snapshot); print setup,
 * auto-filters and internal links have no counterpart in the open-source Univer sheets and are left out
 * (the link text is still written).
 */
import { forEachCell, resolvedCellStyles } from '../../engine/render/planCells';
import { CellRange } from '../../engine/grid/address';
import { CellValue, colCount, formatAt, rowCount, SheetGrid } from '../../engine/grid/grid';
import { CellStyle, SheetPlan } from '../../engine/model/plan';
import { cellDataOf, pointsToPixels, styleDataOf, widthToPixels } from './cells';
import { UCell, UMatrix, URange, UStyle, UWorkbookData, UWorksheetData } from './facade';

/** Univer's default grid; a sheet grows past it when its content needs more. */
const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;

export function toURange(r: CellRange): URange {
  return { startRow: r.r0, startColumn: r.c0, endRow: r.r1, endColumn: r.c1 };
}

export function fromURange(r: URange): CellRange {
  return { r0: r.startRow, c0: r.startColumn, r1: r.endRow, c1: r.endColumn };
}


/** Cell data for a grid of values and optional per-cell number formats; covered merge cells stay empty. */
export function cellMatrix(
  values: CellValue[][],
  merges: CellRange[],
  formatAt: (row: number, col: number) => string | null = () => null,
): UMatrix<UCell> {
  const covered = new Set<string>();
  for (const m of merges) forEachCell(m, (r, c) => (r !== m.r0 || c !== m.c0) && covered.add(`${r},${c}`));
  const out: UMatrix<UCell> = {};
  values.forEach((row, r) => {
    (row ?? []).forEach((v, c) => {
      if (covered.has(`${r},${c}`)) return;
      const cell = cellDataOf(v ?? null);
      const f = formatAt(r, c);
      if (!cell && !f) return;
      const data: UCell = cell ?? {};
      if (f) data.s = { n: { pattern: f } };
      (out[r] ??= {})[c] = data;
    });
  });
  return out;
}

function mergeStyleInto(matrix: UMatrix<UCell>, row: number, col: number, style: UStyle): void {
  const cell = ((matrix[row] ??= {})[col] ??= {});
  const base = typeof cell.s === 'object' && cell.s !== null ? cell.s : {};
  cell.s = { ...base, ...style };
}

export function planToSheetData(plan: SheetPlan): Partial<UWorksheetData> {
  const formats = new Map<string, string>();
  for (const f of plan.numberFormats) forEachCell(f.range, (r, c) => formats.set(`${r},${c}`, f.format));
  const cellData = cellMatrix(plan.values, plan.merges, (r, c) => formats.get(`${r},${c}`) ?? null);
  // Formats on cells without a value (a percentage column still to be filled) must be kept too.
  for (const [k, pattern] of formats) {
    const [r, c] = k.split(',').map(Number);
    mergeStyleInto(cellData, r, c, { n: { pattern } });
  }
  for (const { row, col, style } of resolvedCellStyles(plan)) mergeStyleInto(cellData, row, col, styleDataOf(style));

  const columnData: Record<number, { w: number }> = {};
  plan.columnWidths.forEach((w, i) => {
    if (w > 0) columnData[i] = { w: widthToPixels(w) };
  });
  const rowData: Record<number, { h: number }> = {};
  for (const [row, points] of Object.entries(plan.rowHeights ?? {})) {
    if (points > 0) rowData[Number(row)] = { h: pointsToPixels(points) };
  }

  let lastRow = plan.values.length;
  let lastCol = plan.columnWidths.length;
  for (const row of plan.values) lastCol = Math.max(lastCol, row.length);
  for (const m of plan.merges) {
    lastRow = Math.max(lastRow, m.r1 + 1);
    lastCol = Math.max(lastCol, m.c1 + 1);
  }

  const data: Partial<UWorksheetData> = {
    name: plan.name,
    rowCount: Math.max(MIN_ROWS, lastRow + 100),
    columnCount: Math.max(MIN_COLUMNS, lastCol + 5),
    cellData,
    mergeData: plan.merges.map(toURange),
    columnData,
    rowData,
  };
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    data.freeze = { xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, startRow: plan.freeze.rows, startColumn: plan.freeze.cols };
  }
  return data;
}

/** An engine grid (values, number formats, merges) as a worksheet snapshot. */
export function gridToSheetData(grid: SheetGrid, columnWidths: number[] = []): Partial<UWorksheetData> {
  const cellData = cellMatrix(grid.values, grid.merges, (r, c) => formatAt(grid, r, c));
  const columnData: Record<number, { w: number }> = {};
  columnWidths.forEach((w, i) => {
    if (w > 0) columnData[i] = { w: widthToPixels(w) };
  });
  return {
    name: grid.name,
    rowCount: Math.max(MIN_ROWS, rowCount(grid) + 100),
    columnCount: Math.max(MIN_COLUMNS, colCount(grid) + 5),
    cellData,
    mergeData: grid.merges.map(toURange),
    columnData,
  };
}

/** A workbook snapshot from worksheet snapshots, in tab order; the first sheet is active. */
export function workbookDataOf(sheets: Partial<UWorksheetData>[], name = 'workbook'): UWorkbookData {
  const data: UWorkbookData = { id: `wb-${Date.now().toString(36)}`, name, sheetOrder: [], sheets: {}, styles: {} };
  sheets.forEach((s, i) => {
    const id = s.id ?? `sheet-${i + 1}`;
    data.sheetOrder.push(id);
    data.sheets[id] = { ...s, id, name: s.name ?? `Sheet${i + 1}` };
  });
  return data;
}
