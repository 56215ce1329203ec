/**
 * Office.js values → the engine's grid types, at the edge. Office.js types cell values as `any`; here they
 * become string | number | boolean | null, and a used range somewhere below/right of A1 is shifted so
 * index 0 is worksheet row 1 / column A, as SheetGrid requires.
 */
import { CellRange } from '../../engine/grid/address';
import { CellValue, SheetGrid } from '../../engine/grid/grid';
import { parseExcelArea, splitAreas } from './address';

export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  // Newer Excel builds can return entity/rich values for linked data types; keep their text form.
  return String(raw);
}

function toFormat(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '' || raw === 'General' || raw === 'G/通用格式') return null;
  return raw;
}

function rows2d(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [];
  return raw.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : []));
}

/** Trailing empty rows and cells are dropped so grids compare by content. */
function trimValues(values: CellValue[][]): CellValue[][] {
  const out = values.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return row.slice(0, end);
  });
  let last = out.length;
  while (last > 0 && out[last - 1].length === 0) last--;
  return out.slice(0, last);
}

export interface RawBlock {
  /** Address of the block as Office.js returned it ("Sheet1!B2:F9"). */
  address: string;
  values: unknown;
  numberFormat: unknown;
}

/** Places a block read from `address` into a grid anchored at A1. */
export function gridFromBlock(name: string, block: RawBlock | null, merges: CellRange[]): SheetGrid {
  if (!block) return { name, values: [], numberFormats: [], merges };
  const area = parseExcelArea(block.address) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
  const vals = rows2d(block.values);
  const fmts = rows2d(block.numberFormat);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < area.r0; r++) {
    values.push([]);
    numberFormats.push([]);
  }
  for (let i = 0; i < vals.length; i++) {
    const lead: null[] = new Array<null>(area.c0).fill(null);
    values.push([...lead, ...vals[i].map(toCellValue)]);
    numberFormats.push([...lead, ...(fmts[i] ?? []).map(toFormat)]);
  }
  const trimmed = trimValues(values);
  return { name, values: trimmed, numberFormats: numberFormats.slice(0, Math.max(trimmed.length, 0)), merges };
}

/** Merged areas from RangeAreas.address ("Sheet1!A1:C1,Sheet1!A2:A4"); single cells are not merges. */
export function mergesFromAddress(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const r = parseExcelArea(part);
    if (r && (r.r1 > r.r0 || r.c1 > r.c0)) out.push(r);
  }
  return out;
}
