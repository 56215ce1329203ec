/**
 * Queues every write of one SheetPlan on a worksheet. Nothing here syncs: the caller queues all plans and
 * syncs once. Each function takes Office.js objects, so tests can drive them on the fake directly.
 */
import { CellRange, columnLetters } from '../../engine/grid/address';
import { CellStyle, CellLink, ListValidation, PrintSetup, SheetPlan } from '../../engine/model/plan';
import { a1, quoteSheet } from './address';
import { excelLiteral } from './literal';
import { charsToPoints } from './units';
import { ExcelFeatures } from './requirements';

/** The rectangle the plan's values cover (null when the plan has no values). */
export function valuesArea(plan: SheetPlan): CellRange | null {
  const rows = plan.values.length;
  let cols = 0;
  for (const r of plan.values) cols = Math.max(cols, r.length);
  if (rows === 0 || cols === 0) return null;
  return { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 };
}

/** True when the plan's last number format covering the cell is text ("@"). */
function textFormatted(formats: SheetPlan['numberFormats'], row: number, col: number): boolean {
  let text = false;
  for (const { range, format } of formats) {
    if (row >= range.r0 && row <= range.r1 && col >= range.c0 && col <= range.c1) text = format === '@';
  }
  return text;
}

/**
 * Rectangular, escaped copy of the plan's values (Office.js rejects ragged arrays). Cells the plan formats
 * as text ("@", written before the values) take strings as they are: Excel parses nothing there, and a
 * quote prefix would stay in the cell as a visible apostrophe.
 */
export function excelValues(plan: SheetPlan, area: CellRange): (string | number | boolean)[][] {
  const textFormats = plan.numberFormats.filter((nf) => nf.format === '@').length > 0 ? plan.numberFormats : [];
  const out: (string | number | boolean)[][] = [];
  for (let r = area.r0; r <= area.r1; r++) {
    const src = plan.values[r] ?? [];
    const row: (string | number | boolean)[] = [];
    for (let c = area.c0; c <= area.c1; c++) {
      const v = src[c] ?? null;
      row.push(typeof v === 'string' && textFormats.length > 0 && textFormatted(textFormats, r, c) ? v : excelLiteral(v));
    }
    out.push(row);
  }
  return out;
}

// String literals rather than Excel.* enums: the same values, without needing the enum objects at runtime.
type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, style: CellStyle, area: CellRange): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.fill) f.fill.color = style.fill;
  if (style.horizontal) f.horizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) f.verticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside borders exist only when the range has more than one row / column.
    if (area.r1 > area.r0) edges.push('InsideHorizontal');
    if (area.c1 > area.c0) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

/**
 * Inline list source. Excel separates items with the list separator (a comma in Office.js) and caps the
 * source at 255 characters, so an item's own ASCII comma becomes a full-width one.
 */
export function listSource(list: string[]): string {
  return list.map((item) => item.replace(/,/g, '，')).join(',');
}

function applyValidation(sheet: Excel.Worksheet, v: ListValidation): void {
  const dv = sheet.getRange(a1(v.range)).dataValidation;
  dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: listSource(v.list) } };
  if (v.errorMessage) {
    dv.errorAlert = { showAlert: true, style: 'Stop', title: '输入值无效', message: v.errorMessage };
  }
}

function applyLink(sheet: Excel.Worksheet, link: CellLink, text: string): void {
  const range = sheet.getRangeByIndexes(link.row, link.col, 1, 1);
  range.hyperlink = { documentReference: `${quoteSheet(link.sheet)}!${link.cell}`, textToDisplay: text };
}

function applyPrint(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // Fit all columns on one page width; 0 pages tall lets Excel add pages downwards as needed.
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.r0 + 1}:$${print.repeatRows.r1 + 1}`);
}

/** Queues the whole plan. Returns the areas whose values were written (for the expected-write guard). */
export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan, features: ExcelFeatures): CellRange[] {
  const written: CellRange[] = [];
  const area = valuesArea(plan);
  // Formats first: a value typed into a formatted cell is parsed against the format, as a user's would be.
  for (const nf of plan.numberFormats) sheet.getRange(a1(nf.range)).numberFormat = [[nf.format]];
  if (area) {
    sheet.getRange(a1(area)).values = excelValues(plan, area);
    written.push(area);
  }
  for (const m of plan.merges) sheet.getRange(a1(m)).merge(false);
  for (const s of plan.styles) applyStyle(sheet.getRange(a1(s.range)), s.style, s.range);
  for (const v of plan.validations) applyValidation(sheet, v);
  plan.columnWidths.forEach((chars, col) => {
    if (chars > 0) {
      const L = columnLetters(col);
      sheet.getRange(`${L}:${L}`).format.columnWidth = charsToPoints(chars);
    }
  });
  for (const [row, points] of Object.entries(plan.rowHeights ?? {})) {
    const n = Number(row) + 1;
    if (points > 0) sheet.getRange(`${n}:${n}`).format.rowHeight = points;
  }
  for (const link of plan.links) {
    const v = plan.values[link.row]?.[link.col];
    applyLink(sheet, link, v === null || v === undefined ? link.sheet : String(v));
    written.push({ r0: link.row, c0: link.col, r1: link.row, c1: link.col });
  }
  if (features.pageLayout) applyPrint(sheet, plan.print);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    const { rows, cols } = plan.freeze;
    if (rows > 0 && cols > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(cols);
  }
  if (plan.autoFilter && features.autoFilter) sheet.autoFilter.apply(sheet.getRange(a1(plan.autoFilter)));
  return written;
}
