/**
 * Writing one SheetPlan into an (empty, new) ET worksheet. Values go in as one Value2 block per chunk;
 * everything else is grouped so that one Range() call covers all areas that get the same setting
 * (column widths, formats, styles), within the 255-character address limit.
 */
import { CellRange, rangeAddress } from '../../engine/grid/address';
import { CellStyle, SheetPlan } from '../../engine/model/plan';
import { columnsAddress, rowsAddress, unionChunks } from './address';
import { EtApplication, EtRange, EtWorksheet, XL } from './etTypes';
import { hexToBgr, writeBlock } from './values';

/** Cells per Value2 assignment; whole-sheet marshalling has frozen WPS (research §3). */
export const CELLS_PER_BLOCK = 20000;

export interface WriteIssue {
  cell: string;
  kind: 'list-too-long';
}

/** The area covered by the plan's values, or null when it has none. */
export function valuesArea(plan: SheetPlan): CellRange | null {
  const { rows, cols } = writeBlock(plan.values);
  return rows > 0 && cols > 0 ? { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 } : null;
}

export function writeValues(ws: EtWorksheet, plan: SheetPlan): void {
  const { block, rows, cols } = writeBlock(plan.values);
  if (rows === 0 || cols === 0) return;
  const step = Math.max(1, Math.floor(CELLS_PER_BLOCK / cols));
  for (let r = 0; r < rows; r += step) {
    const part = block.slice(r, r + step);
    ws.Range(rangeAddress({ r0: r, c0: 0, r1: r + part.length - 1, c1: cols - 1 })).Value2 = part;
  }
}

/**
 * Inline list source: items separated by commas, capped at 255 characters by ET; an item's own ASCII
 * comma becomes a full-width one (the same rule as the Excel adapter).
 */
export function listSource(list: string[]): string {
  return list.map((item) => item.replace(/,/g, '，')).join(',');
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k) ?? [];
    list.push(it);
    out.set(k, list);
  }
  return out;
}

function forChunks(ws: EtWorksheet, addresses: string[], fn: (range: EtRange) => void): void {
  for (const chunk of unionChunks(addresses)) fn(ws.Range(chunk));
}

const H_ALIGN: Record<NonNullable<CellStyle['horizontal']>, number> = { left: XL.left, center: XL.center, right: XL.right };
const V_ALIGN: Record<NonNullable<CellStyle['vertical']>, number> = { top: XL.top, middle: XL.center, bottom: XL.bottom };
const BORDERS = [XL.edgeLeft, XL.edgeTop, XL.edgeBottom, XL.edgeRight, XL.insideVertical, XL.insideHorizontal];

function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold !== undefined || style.fontColor !== undefined || style.fontSize !== undefined) {
    const font = range.Font;
    if (style.bold !== undefined) font.Bold = style.bold;
    if (style.fontColor !== undefined) font.Color = hexToBgr(style.fontColor);
    if (style.fontSize !== undefined) font.Size = style.fontSize;
  }
  if (style.fill !== undefined) range.Interior.Color = hexToBgr(style.fill);
  if (style.horizontal) range.HorizontalAlignment = H_ALIGN[style.horizontal];
  if (style.vertical) range.VerticalAlignment = V_ALIGN[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.border) {
    const borders = range.Borders;
    for (const index of BORDERS) {
      const b = borders.Item(index);
      b.LineStyle = XL.continuous;
      b.Weight = XL.thin;
    }
  }
}

/** Everything but values and freeze panes (those need the sheet active; see wpsHost). */
export function writeLayout(ws: EtWorksheet, plan: SheetPlan): WriteIssue[] {
  const issues: WriteIssue[] = [];
  for (const m of plan.merges) ws.Range(rangeAddress(m)).Merge();

  const widths = groupBy(
    plan.columnWidths.map((w, c) => ({ w, c })).filter((x) => x.w > 0),
    (x) => String(x.w),
  );
  for (const [w, cols] of widths) forChunks(ws, columnsAddress(cols.map((x) => x.c)), (r) => (r.ColumnWidth = Number(w)));

  const heights = groupBy(
    Object.entries(plan.rowHeights ?? {}).map(([row, h]) => ({ row: Number(row), h })),
    (x) => String(x.h),
  );
  for (const [h, rows] of heights) forChunks(ws, rowsAddress(rows.map((x) => x.row)), (r) => (r.RowHeight = Number(h)));

  for (const [format, ranges] of groupBy(plan.numberFormats, (f) => f.format)) {
    forChunks(ws, ranges.map((f) => rangeAddress(f.range)), (r) => (r.NumberFormat = format));
  }

  for (const styled of groupBy(plan.styles, (s) => JSON.stringify(s.style)).values()) {
    forChunks(ws, styled.map((s) => rangeAddress(s.range)), (r) => applyStyle(r, styled[0].style));
  }

  for (const v of plan.validations) {
    const source = listSource(v.list);
    if (source.length > 255) {
      issues.push({ cell: rangeAddress(v.range), kind: 'list-too-long' });
      continue;
    }
    const validation = ws.Range(rangeAddress(v.range)).Validation;
    validation.Delete();
    validation.Add(XL.validateList, XL.validAlertStop, XL.between, source);
    validation.InCellDropdown = true;
    if (v.errorMessage) {
      validation.ShowError = true;
      validation.ErrorMessage = v.errorMessage;
    }
  }

  if (plan.links.length > 0) {
    const links = ws.Hyperlinks;
    for (const l of plan.links) {
      const anchor = ws.Range(rangeAddress({ r0: l.row, c0: l.col, r1: l.row, c1: l.col }));
      // Leaving TextToDisplay out keeps the text already written in the cell.
      links.Add(anchor, '', `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`);
    }
  }

  const ps = ws.PageSetup;
  ps.PaperSize = XL.paperA4;
  ps.Orientation = plan.print.orientation === 'landscape' ? XL.landscape : XL.portrait;
  ps.Zoom = false;
  ps.FitToPagesWide = plan.print.fitToWidth;
  ps.FitToPagesTall = false;
  if (plan.print.repeatRows) ps.PrintTitleRows = `$${plan.print.repeatRows.r0 + 1}:$${plan.print.repeatRows.r1 + 1}`;

  if (plan.autoFilter && !ws.AutoFilterMode) ws.Range(rangeAddress(plan.autoFilter)).AutoFilter();
  return issues;
}

/** Freeze panes work on the active window, so the sheet must be active. */
export function writeFreeze(app: EtApplication, ws: EtWorksheet, plan: SheetPlan): void {
  if (!plan.freeze || (plan.freeze.rows === 0 && plan.freeze.cols === 0)) return;
  ws.Activate();
  const win = app.ActiveWindow;
  if (!win) return;
  win.FreezePanes = false;
  win.SplitRow = plan.freeze.rows;
  win.SplitColumn = plan.freeze.cols;
  win.FreezePanes = true;
}
