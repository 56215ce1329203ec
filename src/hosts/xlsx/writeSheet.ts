/** Writes one `SheetPlan` into an empty ExcelJS worksheet. */
import { forEachCell, resolvedCellStyles } from '../../engine/render/planCells';
import type { Alignment, Borders, Cell, DataValidation, Fill, Font, Worksheet } from 'exceljs';
import { cellAddress, CellRange, rangeAddress } from '../../engine/grid/address';
import { CellStyle, SheetPlan } from '../../engine/model/plan';
import { internalLinkTarget } from './internalLinks';

/** "#RRGGBB" → ExcelJS "FFRRGGBB"; null for anything else. */
export function argb(color: string | undefined): string | null {
  if (!color) return null;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

const THIN = { style: 'thin' as const };

function applyStyle(cell: Cell, style: CellStyle): void {
  const font: Partial<Font> = {};
  if (style.bold) font.bold = true;
  const color = argb(style.fontColor);
  if (color) font.color = { argb: color };
  if (style.fontSize) font.size = style.fontSize;
  if (Object.keys(font).length > 0) cell.font = font;
  const fill = argb(style.fill);
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } as Fill;
  const alignment: Partial<Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN } as Partial<Borders>;
}

/** Inline list formula: items quoted as one string, inner quotes doubled. */
function listFormula(items: string[]): string {
  return `"${items.map((i) => i.replace(/"/g, '""')).join(',')}"`;
}

export function writePlan(ws: Worksheet, plan: SheetPlan): void {
  const covered = new Set<string>();
  for (const m of plan.merges) {
    forEachCell(m, (r, c) => {
      if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
    });
  }

  // Text goes in as a plain string: ExcelJS stores it as a shared string, so "=1+1" stays text.
  plan.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || covered.has(`${r},${c}`)) return;
      ws.getCell(r + 1, c + 1).value = v;
    });
  });

  for (const m of plan.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);

  for (const f of plan.numberFormats) forEachCell(f.range, (r, c) => (ws.getCell(r + 1, c + 1).numFmt = f.format));

  for (const { row, col, style } of resolvedCellStyles(plan)) applyStyle(ws.getCell(row + 1, col + 1), style);

  plan.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const [row, points] of Object.entries(plan.rowHeights ?? {})) {
    if (points > 0) ws.getRow(Number(row) + 1).height = points;
  }

  // ExcelJS's typings omit the sheet-level collection; a range key is written as one sqref.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } })
    .dataValidations;
  for (const v of plan.validations) {
    validations.add(rangeAddress(v.range), {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(v.list)],
      showErrorMessage: true,
      errorStyle: 'stop',
      ...(v.errorMessage ? { error: v.errorMessage } : {}),
    });
  }

  for (const link of plan.links) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    const v = plan.values[link.row]?.[link.col];
    const text = v === null || v === undefined ? link.cell : String(v);
    cell.value = { text, hyperlink: internalLinkTarget(link.sheet, link.cell) };
    cell.font = { ...(cell.font ?? {}), underline: true, color: { argb: 'FF0563C1' } };
  }

  const p = plan.print;
  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.orientation = p.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = p.fitToWidth;
  ws.pageSetup.fitToHeight = 0;
  if (p.repeatRows) ws.pageSetup.printTitlesRow = `${p.repeatRows.r0 + 1}:${p.repeatRows.r1 + 1}`;

  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: plan.freeze.cols,
        ySplit: plan.freeze.rows,
        topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.cols),
      },
    ];
  }
  if (plan.autoFilter) ws.autoFilter = rangeAddress(plan.autoFilter);
}
