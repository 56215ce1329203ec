/**
 * Excel's own address forms, as Office.js returns them: "Sheet1!A1:F17", "'My sheet'!B2", whole rows
 * "3:5" (row inserts), whole columns "B:C" (column inserts). The engine's parseRange knows only cell forms.
 */
import { CellRange, parseRange, rangeAddress } from '../../engine/grid/address';

/** Excel's sheet limits: row and column counts of a worksheet. */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** Splits "Sheet!A1" into the sheet part (unquoted) and the address; sheet is null when absent. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses one area (no commas) in any Excel form. Null when not an address. */
export function parseExcelArea(address: string): CellRange | null {
  const local = splitSheet(address).local.replace(/\$/g, '').trim();
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    if (a < 0 || b < 0) return null;
    return { r0: Math.min(a, b), r1: Math.max(a, b), c0: 0, c1: MAX_COL };
  }
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (cols) {
    const a = parseRange(`${cols[1]}1`);
    const b = parseRange(`${cols[2]}1`);
    if (!a || !b) return null;
    return { r0: 0, r1: MAX_ROW, c0: Math.min(a.c0, b.c0), c1: Math.max(a.c0, b.c0) };
  }
  return parseRange(local);
}

/**
 * Splits a multi-area address ("Sheet1!A1:B2,Sheet1!D4" or "'a,b'!A1,'a,b'!C3") at the commas that are
 * not inside a quoted sheet name.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside quotes is an escaped quote; toggling twice keeps the state.
      quoted = !quoted;
      cur += ch;
    } else if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/**
 * "Sheet 1" → "'Sheet 1'"; plain names stay bare. Used in hyperlink targets and formulas. Names that read
 * as a reference – A1 style ("AB12") or R1C1 style ("R1C1", "R", "C3", "RC") – must be quoted too.
 */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name);
  const reference = /^[A-Za-z]{1,3}\d+$/.test(name) || /^(R\d*C?\d*|C\d*)$/i.test(name);
  return plain && !reference ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 text of a range, "A1" for a single cell. */
export function a1(range: CellRange): string {
  return rangeAddress(range);
}
