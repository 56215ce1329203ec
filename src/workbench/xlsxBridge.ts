/**
 * .xlsx in the browser without Univer's closed-source exchange plugin: ExcelJS reads and writes the file,
 * and this bridge converts between an ExcelJS workbook and Univer's workbook snapshot (IWorkbookData):
 * values (formulas keep their formula and cached result), merges, number formats, column widths, row
 * heights, frozen panes, inline list validations and basic styles (bold, italic, size, font colour, fill,
 * alignment, wrap, borders). Values go through the .xlsx adapter's own parsing (hosts/xlsx), so the
 * workbench reads a file exactly as the command line does. Runs in Node too (tests).
 */
import type { Alignment, Border, Borders, Cell, Fill, Font, Workbook, Worksheet } from 'exceljs';
import { CellRange, parseRange, rangeAddress } from '../engine/grid/address';
import { CELL_TYPE, cellDataOf, cellValueOf, normalColor, pixelsToPoints, pixelsToWidth, pointsToPixels, widthToPixels } from '../hosts/univer/cells';
import { UBorder, UCell, UMatrix, URange, UStyle, UWorkbookData, UWorksheetData } from '../hosts/univer/facade';
import { fromURange, toURange } from '../hosts/univer/sheetData';
import { parseCellValue } from '../hosts/xlsx/cellValue';
import { worksheetMerges } from '../hosts/xlsx/readSheet';
import { argb } from '../hosts/xlsx/writeSheet';

export const DATA_VALIDATION_RESOURCE = 'SHEET_DATA_VALIDATION_PLUGIN';
const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;
/** Univer's DataValidationErrorStyle.STOP. */
const ERROR_STYLE_STOP = 1;

const BORDER_TO_UNIVER: Record<string, number> = {
  thin: 1,
  hair: 2,
  dotted: 3,
  dashed: 4,
  dashDot: 5,
  dashDotDot: 6,
  double: 7,
  medium: 8,
  mediumDashed: 9,
  mediumDashDot: 10,
  mediumDashDotDot: 11,
  slantDashDot: 12,
  thick: 13,
};
const BORDER_TO_EXCEL: Record<number, string> = Object.fromEntries(Object.entries(BORDER_TO_UNIVER).map(([k, v]) => [v, k]));

export interface OpenedWorkbook {
  data: UWorkbookData;
  /** Name of the sheet the file was saved on. */
  active: string;
}

// ---- ExcelJS → Univer ----------------------------------------------------------------------------

/** "FFRRGGBB" (ExcelJS) → "#rrggbb". Theme and indexed colours have no fixed value and are left out. */
function hexOf(color: { argb?: unknown } | undefined): string | null {
  const a = color?.argb;
  if (typeof a !== 'string') return null;
  return normalColor(a.length === 8 ? a.slice(2) : a);
}

function borderOf(b: Partial<Border> | undefined): UBorder | null {
  if (!b?.style) return null;
  const s = BORDER_TO_UNIVER[b.style];
  if (!s) return null;
  return { s, cl: { rgb: hexOf(b.color) ?? '#000000' } };
}

const H: Record<string, number> = { left: 1, center: 2, right: 3, centerContinuous: 2, justify: 4, distributed: 6, fill: 1 };
const V: Record<string, number> = { top: 1, middle: 2, bottom: 3, justify: 2, distributed: 2 };

function styleOfCell(cell: Cell): UStyle | null {
  const s: UStyle = {};
  const font = cell.font as Partial<Font> | undefined;
  if (font?.bold) s.bl = 1;
  if (font?.italic) s.it = 1;
  if (typeof font?.size === 'number') s.fs = font.size;
  if (typeof font?.name === 'string') s.ff = font.name;
  const fc = hexOf(font?.color);
  if (fc) s.cl = { rgb: fc };
  const fill = cell.fill as Fill | undefined;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = hexOf(fill.fgColor);
    if (bg) s.bg = { rgb: bg };
  }
  const al = cell.alignment as Partial<Alignment> | undefined;
  if (al?.horizontal && H[al.horizontal]) s.ht = H[al.horizontal];
  if (al?.vertical && V[al.vertical]) s.vt = V[al.vertical];
  if (al?.wrapText) s.tb = 3;
  const bd = cell.border as Partial<Borders> | undefined;
  if (bd) {
    const edges = { t: borderOf(bd.top), b: borderOf(bd.bottom), l: borderOf(bd.left), r: borderOf(bd.right) };
    if (edges.t || edges.b || edges.l || edges.r) {
      s.bd = {};
      for (const [k, v] of Object.entries(edges)) if (v) (s.bd as Record<string, UBorder>)[k] = v;
    }
  }
  if (typeof cell.numFmt === 'string' && cell.numFmt !== '' && cell.numFmt !== 'General') s.n = { pattern: cell.numFmt };
  return Object.keys(s).length > 0 ? s : null;
}

function cellDataOfExcel(cell: Cell): UCell | null {
  const raw = cell.value as unknown;
  let data: UCell | null;
  const formula = typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw) ? cell.formula : null;
  if (typeof formula === 'string' && formula !== '') {
    const result = parseCellValue((raw as { result?: unknown }).result as never, () => '');
    data = { ...(cellDataOf(result) ?? {}), f: `=${formula}` };
  } else {
    data = cellDataOf(parseCellValue(cell.value, () => cell.text));
  }
  const style = styleOfCell(cell);
  if (!data && !style) return null;
  return { ...(data ?? {}), ...(style ? { s: style } : {}) };
}

/** "\"a,b,c\"" → ["a", "b", "c"]; null for a list taken from cells (not supported). */
function inlineList(formula: unknown): string[] | null {
  if (typeof formula !== 'string') return null;
  const m = /^"(.*)"$/s.exec(formula.trim());
  if (!m) return null;
  return m[1].replace(/""/g, '"').split(',');
}

interface ExcelValidation {
  type?: string;
  formulae?: unknown[];
  allowBlank?: boolean;
  error?: string;
  showErrorMessage?: boolean;
}

/** Cells → rectangles: vertical runs per column, then runs of equal neighbouring columns. */
export function cellsToRanges(cells: { row: number; col: number }[]): CellRange[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  const runs: CellRange[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ r0: start, c0: col, r1: sorted[i - 1], c1: col });
      start = sorted[i];
    }
  }
  const out: CellRange[] = [];
  for (const r of runs) {
    const prev = out.find((o) => o.r0 === r.r0 && o.r1 === r.r1 && o.c1 === r.c0 - 1);
    if (prev) prev.c1 = r.c1;
    else out.push({ ...r });
  }
  return out;
}

function validationRules(ws: Worksheet, sheetId: string): object[] {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, ExcelValidation> } }).dataValidations?.model ?? {};
  const groups = new Map<string, { list: string[]; v: ExcelValidation; cells: { row: number; col: number }[] }>();
  for (const [address, v] of Object.entries(model)) {
    if (v?.type !== 'list') continue;
    const list = inlineList(v.formulae?.[0]);
    if (!list) continue;
    const key = JSON.stringify([list, v.error ?? '', v.allowBlank ?? true]);
    const g = groups.get(key) ?? { list, v, cells: [] };
    for (const part of address.split(/\s+/)) {
      const r = parseRange(part);
      if (!r) continue;
      for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) g.cells.push({ row, col });
    }
    groups.set(key, g);
  }
  return [...groups.values()].map((g, i) => ({
    uid: `xlsx-${sheetId}-${i + 1}`,
    type: 'list',
    ranges: cellsToRanges(g.cells).map(toURange),
    formula1: JSON.stringify(g.list),
    showDropDown: true,
    allowBlank: g.v.allowBlank ?? true,
    errorStyle: ERROR_STYLE_STOP,
    ...(g.v.error ? { error: g.v.error } : {}),
    showErrorMessage: g.v.showErrorMessage ?? false,
  }));
}

function sheetOfExcel(ws: Worksheet, id: string): UWorksheetData {
  const cellData: UMatrix<UCell> = {};
  const rowData: Record<number, { h?: number; hd?: number }> = {};
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (typeof row.height === 'number' && row.height > 0) rowData[r] = { h: pointsToPixels(row.height) };
    if (row.hidden) rowData[r] = { ...(rowData[r] ?? {}), hd: 1 };
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      // A cell covered by a merge repeats its master's value in ExcelJS; Univer holds it only once.
      if (cell.master !== cell) {
        const style = styleOfCell(cell);
        if (style) (cellData[r] ??= {})[colNumber - 1] = { s: style };
        return;
      }
      const data = cellDataOfExcel(cell);
      if (!data) return;
      (cellData[r] ??= {})[colNumber - 1] = data;
      lastRow = Math.max(lastRow, r + 1);
      lastCol = Math.max(lastCol, colNumber);
    });
  });
  const columnData: Record<number, { w?: number; hd?: number }> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    const entry: { w?: number; hd?: number } = {};
    if (typeof col.width === 'number' && col.width > 0) entry.w = widthToPixels(col.width);
    if (col.hidden) entry.hd = 1;
    if (Object.keys(entry).length > 0) columnData[c - 1] = entry;
  }
  const merges = worksheetMerges(ws);
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.r1 + 1);
    lastCol = Math.max(lastCol, m.c1 + 1);
  }
  const data: UWorksheetData = {
    id,
    name: ws.name,
    hidden: ws.state === 'visible' ? 0 : 1,
    rowCount: Math.max(MIN_ROWS, lastRow + 100),
    columnCount: Math.max(MIN_COLUMNS, lastCol + 5),
    cellData,
    mergeData: merges.map(toURange),
    columnData,
    rowData,
  };
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen' && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) {
    const x = view.xSplit ?? 0;
    const y = view.ySplit ?? 0;
    data.freeze = { xSplit: x, ySplit: y, startRow: y, startColumn: x };
  }
  return data;
}

export function excelToUniver(wb: Workbook, name = 'workbook'): OpenedWorkbook {
  const data: UWorkbookData = { id: `wb-${Date.now().toString(36)}`, name, sheetOrder: [], sheets: {}, styles: {}, resources: [] };
  const rules: Record<string, object[]> = {};
  wb.worksheets.forEach((ws, i) => {
    const id = `sheet-${i + 1}`;
    data.sheetOrder.push(id);
    data.sheets[id] = sheetOfExcel(ws, id);
    const r = validationRules(ws, id);
    if (r.length > 0) rules[id] = r;
  });
  if (Object.keys(rules).length > 0) data.resources = [{ name: DATA_VALIDATION_RESOURCE, data: JSON.stringify(rules) }];
  const tab = wb.views?.[0]?.activeTab;
  const visible = wb.worksheets.filter((ws) => ws.state === 'visible');
  const activeWs = typeof tab === 'number' && wb.worksheets[tab]?.state === 'visible' ? wb.worksheets[tab] : visible[0] ?? wb.worksheets[0];
  return { data, active: activeWs?.name ?? '' };
}

// ---- Univer → ExcelJS ----------------------------------------------------------------------------

function styleOf(data: UWorkbookData, cell: UCell | null | undefined): UStyle | null {
  if (!cell?.s) return null;
  if (typeof cell.s === 'string') return data.styles?.[cell.s] ?? null;
  return cell.s;
}

function excelBorder(b: UBorder | null | undefined): Partial<Border> | undefined {
  if (!b || !b.s) return undefined;
  const style = BORDER_TO_EXCEL[b.s];
  if (!style) return undefined;
  const color = argb(b.cl?.rgb ?? undefined);
  return { style: style as Border['style'], ...(color ? { color: { argb: color } } : {}) };
}

const H_BACK: Record<number, Alignment['horizontal']> = { 1: 'left', 2: 'center', 3: 'right', 4: 'justify', 6: 'distributed' };
const V_BACK: Record<number, Alignment['vertical']> = { 1: 'top', 2: 'middle', 3: 'bottom' };

function applyStyle(cell: Cell, s: UStyle): void {
  const font: Partial<Font> = {};
  if (s.bl === 1) font.bold = true;
  if (s.it === 1) font.italic = true;
  if (typeof s.fs === 'number') font.size = s.fs;
  if (typeof s.ff === 'string') font.name = s.ff;
  const fc = argb(s.cl?.rgb ?? undefined);
  if (fc) font.color = { argb: fc };
  if (Object.keys(font).length > 0) cell.font = font;
  const bg = argb(s.bg?.rgb ?? undefined);
  if (bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
  const al: Partial<Alignment> = {};
  if (typeof s.ht === 'number' && H_BACK[s.ht]) al.horizontal = H_BACK[s.ht];
  if (typeof s.vt === 'number' && V_BACK[s.vt]) al.vertical = V_BACK[s.vt];
  if (s.tb === 3) al.wrapText = true;
  if (Object.keys(al).length > 0) cell.alignment = al;
  if (s.bd) {
    const border: Partial<Borders> = {};
    const t = excelBorder(s.bd.t);
    const b = excelBorder(s.bd.b);
    const l = excelBorder(s.bd.l);
    const r = excelBorder(s.bd.r);
    if (t) border.top = t as Border;
    if (b) border.bottom = b as Border;
    if (l) border.left = l as Border;
    if (r) border.right = r as Border;
    if (Object.keys(border).length > 0) cell.border = border;
  }
  if (s.n?.pattern) cell.numFmt = s.n.pattern;
}

interface UniverListRule {
  type?: string;
  ranges?: URange[];
  formula1?: string;
  allowBlank?: boolean;
  error?: string;
  showErrorMessage?: boolean;
}

/** Univer stores a list as a JSON array (facade) or as comma-separated text (older snapshots). */
function listItems(formula1: string | undefined): string[] | null {
  if (typeof formula1 !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(formula1);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: plain comma-separated text.
  }
  return formula1.split(',');
}

function validationsBySheet(data: UWorkbookData): Record<string, UniverListRule[]> {
  const res = data.resources?.find((r) => r.name === DATA_VALIDATION_RESOURCE);
  if (!res || !res.data) return {};
  try {
    const parsed: unknown = JSON.parse(res.data);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, UniverListRule[]>) : {};
  } catch {
    return {};
  }
}

function writeSheet(ws: Worksheet, sheet: UWorksheetData, data: UWorkbookData, rules: UniverListRule[]): void {
  for (const [rk, row] of Object.entries(sheet.cellData ?? {})) {
    const r = Number(rk);
    for (const [ck, cell] of Object.entries(row ?? {})) {
      if (!cell) continue;
      const target = ws.getCell(r + 1, Number(ck) + 1);
      const v = cellValueOf(cell);
      if (typeof cell.f === 'string' && cell.f.startsWith('=')) {
        target.value = { formula: cell.f.slice(1), ...(v !== null ? { result: v } : {}) } as Cell['value'];
      } else if (v !== null) {
        // A string stays a string in ExcelJS (shared string), whatever it starts with.
        target.value = cell.t === CELL_TYPE.forceString ? String(v) : v;
      }
      const s = styleOf(data, cell);
      if (s) applyStyle(target, s);
    }
  }
  for (const m of sheet.mergeData ?? []) {
    const r = fromURange(m);
    if (r.r0 === r.r1 && r.c0 === r.c1) continue;
    ws.mergeCells(r.r0 + 1, r.c0 + 1, r.r1 + 1, r.c1 + 1);
  }
  for (const [ck, col] of Object.entries(sheet.columnData ?? {})) {
    const c = ws.getColumn(Number(ck) + 1);
    if (typeof col?.w === 'number' && col.w > 0) c.width = pixelsToWidth(col.w);
    if (col?.hd === 1) c.hidden = true;
  }
  for (const [rk, row] of Object.entries(sheet.rowData ?? {})) {
    const h = row?.h;
    if (typeof h === 'number' && h > 0 && h !== (sheet.defaultRowHeight ?? 24)) ws.getRow(Number(rk) + 1).height = pixelsToPoints(h);
    if (row?.hd === 1) ws.getRow(Number(rk) + 1).hidden = true;
  }
  const f = sheet.freeze;
  if (f && (f.xSplit > 0 || f.ySplit > 0)) {
    ws.views = [{ state: 'frozen', xSplit: f.xSplit, ySplit: f.ySplit }];
  }
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: object): void } }).dataValidations;
  for (const rule of rules) {
    if (rule.type !== 'list') continue;
    const items = listItems(rule.formula1);
    if (!items) continue;
    for (const range of rule.ranges ?? []) {
      dv.add(rangeAddress(fromURange(range)), {
        type: 'list',
        allowBlank: rule.allowBlank ?? true,
        formulae: [`"${items.map((i) => i.replace(/"/g, '""')).join(',')}"`],
        showErrorMessage: rule.showErrorMessage ?? true,
        errorStyle: 'stop',
        ...(rule.error ? { error: rule.error } : {}),
      });
    }
  }
}

/** Fills `wb` (a new, empty ExcelJS workbook) from a Univer snapshot; `active` becomes the active tab. */
export function univerToExcel(data: UWorkbookData, wb: Workbook, active?: string): Workbook {
  const rules = validationsBySheet(data);
  for (const id of data.sheetOrder) {
    const sheet = data.sheets[id];
    if (!sheet) continue;
    const ws = wb.addWorksheet(sheet.name ?? id, { state: sheet.hidden === 1 ? 'hidden' : 'visible' });
    writeSheet(ws, sheet, data, rules[id] ?? []);
  }
  const tab = active ? wb.worksheets.findIndex((ws) => ws.name === active) : -1;
  if (tab >= 0) wb.views = [{ activeTab: tab, firstSheet: 0 } as (typeof wb.views)[number]];
  return wb;
}

// ---- bytes ---------------------------------------------------------------------------------------

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

export type FileProblem = 'protected' | 'unreadable' | null;

/** Encrypted .xlsx and old .xls files are OLE compound files; a real .xlsx is a zip archive. */
export function fileProblem(bytes: Uint8Array): FileProblem {
  if (CFB.every((b, i) => bytes[i] === b)) return 'protected';
  if (!ZIP.every((b, i) => bytes[i] === b)) return 'unreadable';
  return null;
}
