/**
 * The seed document as .xlsx workbooks (the product's sample, the demo's input and the fixtures of tests):
 * built with ExcelJS from the grids of seedLayout.ts, so a grid test and a workbook test see the same cells.
 */
import { Workbook } from 'exceljs';
import { SheetGrid } from '../engine/grid/grid';
import { pastedGrid, perSheetGrids } from './seedLayout';
import { loadSeedDocument, SeedDocument } from './seedText';

/** Writes a grid into a new worksheet: values as they are (text as text), number formats, merges. */
export function addGridSheet(wb: Workbook, grid: SheetGrid, columnWidths: number[] = []): void {
  const ws = wb.addWorksheet(grid.name);
  grid.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const f = grid.numberFormats?.[r]?.[c];
      if (f) cell.numFmt = f;
    });
  });
  for (const m of grid.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

const SEED_COLUMN_WIDTHS = [18, 16, 22, 26, 16, 18, 10];

/** The whole document pasted from Word into one sheet "Sheet1". */
export function pastedWorkbook(doc: SeedDocument = loadSeedDocument()): Workbook {
  const wb = new Workbook();
  addGridSheet(wb, pastedGrid(doc), SEED_COLUMN_WIDTHS);
  return wb;
}

/** One table per sheet, named after the project, unmerged, amounts and percentages as numbers. */
export function perSheetWorkbook(doc: SeedDocument = loadSeedDocument()): Workbook {
  const wb = new Workbook();
  for (const g of perSheetGrids(doc)) addGridSheet(wb, g, SEED_COLUMN_WIDTHS);
  return wb;
}

export async function workbookBuffer(wb: Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
