/** A1 addresses and 0-based cell ranges. All engine coordinates are 0-based; A1 text is what users see. */

/** An inclusive, 0-based rectangle of cells. */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; -1 for anything else. */
export function columnIndex(letters: string): number {
  let n = 0;
  const up = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) return -1;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Letters of the first columns, computed once: addresses are made for every cell a table uses. */
const LETTERS: string[] = Array.from({ length: 256 }, (_, c) => columnLetters(c));

/**
 * Addresses of the cells near the top-left, kept once made: the reader and checker name the same few
 * hundred cells on every live re-check (each indicator row carries six addresses), and sharing the
 * strings keeps them out of the garbage collector's way. Bounded: at most ADDRESS_ROWS × ADDRESS_COLS
 * strings (about 4 MB), enough for a pasted department of some two hundred tables.
 */
const ADDRESS_ROWS = 4096;
const ADDRESS_COLS = 32;
// Allocated at full height up front: filling a sparse array row by row would turn it into a slow dictionary.
const ADDRESSES = new Array<(string | undefined)[] | undefined>(ADDRESS_ROWS);

/** (row 0, col 0) → "A1". */
export function cellAddress(row: number, col: number): string {
  if (row >= ADDRESS_ROWS || col >= ADDRESS_COLS) return makeAddress(row, col);
  const known = (ADDRESSES[row] ??= new Array<string | undefined>(ADDRESS_COLS));
  return (known[col] ??= makeAddress(row, col));
}

function makeAddress(row: number, col: number): string {
  return (col < LETTERS.length ? LETTERS[col] : columnLetters(col)) + (row + 1);
}

/** "A1:F17"; a single cell gives "A1". */
export function rangeAddress(range: CellRange): string {
  const a = cellAddress(range.r0, range.c0);
  if (range.r0 === range.r1 && range.c0 === range.c1) return a;
  return `${a}:${cellAddress(range.r1, range.c1)}`;
}

/** Parses "B7", "$B$7", "A1:F17", "Sheet1!A1:B2" (the sheet part is ignored). Null when not an address. */
export function parseRange(text: string): CellRange | null {
  const bang = text.lastIndexOf('!');
  const body = (bang >= 0 ? text.slice(bang + 1) : text).replace(/\$/g, '').trim();
  const m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(body);
  if (!m) return null;
  const c0 = columnIndex(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  if (r0 < 0 || r1 < 0) return null;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.r0 && row <= range.r1 && col >= range.c0 && col <= range.c1;
}

export function rangesIntersect(a: CellRange, b: CellRange): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
