/** Writes one `SheetPlan` into an empty ExcelJS worksheet. */
import { forEachCell, resolvedCellStyles } from '../../engine/render/planCells';
import type { Alignment, Borders, DataValidation, Fill, Font, Style, Worksheet } from 'exceljs';
import { cellAddress, CellRange, rangeAddress } from '../../engine/grid/address';
import { CellStyle, SheetPlan } from '../../engine/model/plan';
import { columnWidth, disjointMerges, listFormula, rowHeight, validationMessage } from './excelLimits';
import { internalLinkTarget } from './internalLinks';
import { ooxmlString } from './xmlText';

/** "#RRGGBB" → ExcelJS "FFRRGGBB"; null for anything else. */
export function argb(color: string | undefined): string | null {
  if (!color) return null;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : null;
}

const THIN = { style: 'thin' as const };

const LINK_FONT: Partial<Font> = { underline: true, color: { argb: 'FF0563C1' } };

/** The ExcelJS style of a plan cell: its number format, its resolved CellStyle, and link looks. */
function excelStyle(numFmt: string | undefined, style: CellStyle | undefined, link: boolean): Partial<Style> {
  const out: Partial<Style> = {};
  if (numFmt) out.numFmt = numFmt;
  const font: Partial<Font> = {};
  if (style?.bold) font.bold = true;
  const color = argb(style?.fontColor);
  if (color) font.color = { argb: color };
  if (style?.fontSize) font.size = style.fontSize;
  if (link) Object.assign(font, LINK_FONT);
  if (Object.keys(font).length > 0) out.font = font;
  const fill = argb(style?.fill);
  if (fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } as Fill;
  const alignment: Partial<Alignment> = {};
  if (style?.horizontal) alignment.horizontal = style.horizontal;
  if (style?.vertical) alignment.vertical = style.vertical;
  if (style?.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style?.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN } as Partial<Borders>;
  return out;
}

interface CellLook {
  numFmt?: string;
  style?: CellStyle;
  link?: boolean;
}

/**
 * Gives every formatted cell its final style in one assignment, sharing one style object between cells
 * that look alike: ExcelJS then serialises each distinct style once (its style cache is keyed on the
 * object), which is most of the cost of writing a styled sheet. Shared objects are never mutated later;
 * code that changes one cell (marks) copies the style first.
 */
function applyLooks(ws: Worksheet, plan: SheetPlan): void {
  const looks = new Map<string, { row: number; col: number; look: CellLook }>();
  const at = (row: number, col: number): CellLook => {
    const k = `${row},${col}`;
    let entry = looks.get(k);
    if (!entry) looks.set(k, (entry = { row, col, look: {} }));
    return entry.look;
  };
  for (const f of plan.numberFormats) forEachCell(f.range, (r, c) => (at(r, c).numFmt = f.format));
  for (const { row, col, style } of resolvedCellStyles(plan)) at(row, col).style = style;
  for (const link of plan.links) at(link.row, link.col).link = true;

  const shared = new Map<string, Partial<Style>>();
  for (const { row, col, look } of looks.values()) {
    const key = JSON.stringify(look);
    let style = shared.get(key);
    if (!style) shared.set(key, (style = excelStyle(look.numFmt, look.style, look.link === true)));
    ws.getCell(row + 1, col + 1).style = style;
  }
}

export function writePlan(ws: Worksheet, plan: SheetPlan): void {
  const merges = disjointMerges(plan.merges);
  const covered = new Set<string>();
  for (const m of merges) {
    forEachCell(m, (r, c) => {
      if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
    });
  }

  // Text goes in as a plain string: ExcelJS stores it as a shared string, so "=1+1" stays text.
  plan.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null || covered.has(`${r},${c}`)) return;
      ws.getCell(r + 1, c + 1).value = typeof v === 'string' ? ooxmlString(v) : v;
    });
  });

  for (const m of merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);

  applyLooks(ws, plan);

  plan.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = columnWidth(w);
  });
  for (const [row, points] of Object.entries(plan.rowHeights ?? {})) {
    if (points > 0) ws.getRow(Number(row) + 1).height = rowHeight(points);
  }

  // ExcelJS's typings omit the sheet-level collection; a range key is written as one sqref.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } })
    .dataValidations;
  for (const v of plan.validations) {
    const formula = listFormula(v.list);
    if (formula === null) continue;
    const message = validationMessage(v);
    validations.add(rangeAddress(v.range), {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'stop',
      ...(message ? { error: message } : {}),
    });
  }

  for (const link of plan.links) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    const v = plan.values[link.row]?.[link.col];
    const text = ooxmlString(v === null || v === undefined ? link.cell : String(v));
    cell.value = { text, hyperlink: internalLinkTarget(link.sheet, link.cell) };
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
