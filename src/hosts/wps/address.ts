/**
 * ET addresses in and out. ET's `Address(false, false)` gives "B3", "A1:G40", "3:5" (whole rows), "C:D"
 * (whole columns) or several areas joined by ","; `Range()` accepts the same forms, at most 255 characters.
 */
import { CellRange, columnIndex, rangeAddress } from '../../engine/grid/address';

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
/** ET (like Excel) refuses longer address strings in Range(). */
export const MAX_ADDRESS_LENGTH = 255;

export interface EtArea {
  range: CellRange;
  /** Whole rows or columns: a structural change when it comes from SheetChange. */
  whole: 'rows' | 'columns' | null;
}

/** Parses one area; null when the text is not an address. */
export function parseArea(text: string): EtArea | null {
  const bang = text.lastIndexOf('!');
  const p = (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, '').trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(p);
  if (m) {
    const c0 = columnIndex(m[1]);
    const c1 = m[3] ? columnIndex(m[3]) : c0;
    const r0 = Number(m[2]) - 1;
    const r1 = m[4] ? Number(m[4]) - 1 : r0;
    if (r0 < 0 || r1 < 0 || c0 < 0 || c1 < 0) return null;
    return { range: norm(r0, c0, r1, c1), whole: null };
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(p);
  if (m) {
    const r0 = Number(m[1]) - 1;
    const r1 = Number(m[2]) - 1;
    if (r0 < 0 || r1 < 0) return null;
    return { range: norm(r0, 0, r1, MAX_COL), whole: 'rows' };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(p);
  if (m) {
    const c0 = columnIndex(m[1]);
    const c1 = columnIndex(m[2]);
    if (c0 < 0 || c1 < 0) return null;
    return { range: norm(0, c0, MAX_ROW, c1), whole: 'columns' };
  }
  return null;
}

/** Parses a possibly multi-area address; unparseable areas are dropped. */
export function parseAreas(text: string): EtArea[] {
  const out: EtArea[] = [];
  for (const part of text.split(',')) {
    const a = parseArea(part);
    if (a) out.push(a);
  }
  return out;
}

function norm(r0: number, c0: number, r1: number, c1: number): CellRange {
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

/** "A:A,C:C" for whole columns. */
export function columnsAddress(cols: number[]): string[] {
  return cols.map((c) => {
    const a = rangeAddress({ r0: 0, c0: c, r1: 0, c1: c }).replace(/\d+/g, '');
    return `${a}:${a}`;
  });
}

/** "3:3" for whole rows (0-based in). */
export function rowsAddress(rows: number[]): string[] {
  return rows.map((r) => `${r + 1}:${r + 1}`);
}

/** Joins area addresses into as few Range() strings as the 255-character limit allows. */
export function unionChunks(areas: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of areas) {
    if (cur === '') cur = a;
    else if (cur.length + 1 + a.length <= MAX_ADDRESS_LENGTH) cur += `,${a}`;
    else {
      out.push(cur);
      cur = a;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * Cells as few rectangles as a simple sweep finds: runs along each row, then identical runs on
 * consecutive rows joined. Keeps union addresses short.
 */
export function cellsToRects(cells: { row: number; col: number }[]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const list = byRow.get(row) ?? [];
    list.push(col);
    byRow.set(row, list);
  }
  const runs: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        runs.push({ r0: row, r1: row, c0: start, c1: cols[i - 1] });
        start = cols[i];
      }
    }
  }
  return joinRuns(runs);
}

/** Joins row runs with the same columns on consecutive rows into taller rectangles. */
export function joinRuns(runs: CellRange[]): CellRange[] {
  const open = new Map<string, CellRange>();
  const out: CellRange[] = [];
  for (const run of [...runs].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
    const key = `${run.c0}:${run.c1}`;
    const prev = open.get(key);
    if (prev && prev.r1 + 1 === run.r0 && run.r0 === run.r1) prev.r1 = run.r1;
    else {
      const rect = { ...run };
      out.push(rect);
      open.set(key, rect);
    }
  }
  return out;
}

/** Region minus the given areas, as rectangles (for "no other merged cells here" checks). */
export function complementRects(region: CellRange, holes: CellRange[]): CellRange[] {
  const runs: CellRange[] = [];
  for (let r = region.r0; r <= region.r1; r++) {
    const blocked = holes
      .filter((h) => h.r0 <= r && h.r1 >= r && h.c1 >= region.c0 && h.c0 <= region.c1)
      .map((h) => [Math.max(h.c0, region.c0), Math.min(h.c1, region.c1)] as const)
      .sort((a, b) => a[0] - b[0]);
    let c = region.c0;
    for (const [b0, b1] of blocked) {
      if (b0 > c) runs.push({ r0: r, r1: r, c0: c, c1: b0 - 1 });
      c = Math.max(c, b1 + 1);
    }
    if (c <= region.c1) runs.push({ r0: r, r1: r, c0: c, c1: region.c1 });
  }
  return joinRuns(runs);
}
