/**
 * A read-only view of one sheet for the reader: cell text, merges, and a record of which cells some
 * table claimed, so that everything left over can be reported (D01) instead of silently dropped.
 */
import { cellAddress, CellRange } from '../grid/address';
import { CellValue, MergeIndex, SheetGrid, formatAt, isBlank, valueAt } from '../grid/grid';
import { cleanCellText, isWhiteSpaceCode } from '../text/normalize';
import { LabelMatch, matchLabelFrom, mayStartLabel, NOT_A_LABEL } from './labels';

/**
 * The lists a view fills while it scans its sheet. Only one view is in use at a time (`analyzeSheet`
 * makes one, reads its tables and drops it), so every view works in these same lists instead of
 * allocating its own: the live check re-reads the whole workbook on each edit, and per-sheet copies were a
 * fifth of the reader's garbage. They are only ever overwritten, never emptied (emptying an array gives
 * its memory back, and the next sheet would grow it again), except after a huge sheet.
 */
const workspace = {
  /** Columns of the non-empty cells, row after row; `filledFrom[r]` is row r's first index. */
  filled: [] as number[],
  filledFrom: [] as number[],
  /** Columns and readings of the label cells, row after row; `labelFrom[r]` is row r's first index. */
  labelCols: [] as number[],
  labelMatches: [] as LabelMatch[],
  labelFrom: [] as number[],
  /** Per row, how many of its non-empty cells are claimed. */
  claimedFilled: [] as number[],
  /** Claimed cells, one bit each, row-major over the view's width. */
  claimedBits: new Uint8Array(1024),
};

/**
 * Fills the workspace with the sheet's filled columns and label cells, row after row, and returns the
 * width of its widest row. A text cell is empty when it is all white space; the scan stops at its first
 * visible character, which also tells whether the text can be a label at all. One function for the whole
 * sheet, so the counters stay in local variables.
 */
function scanSheet(values: readonly (readonly CellValue[] | undefined)[]): number {
  const { filled, filledFrom, labelCols, labelMatches, labelFrom } = workspace;
  let cols = 0;
  let labels = 0;
  let width = 0;
  filledFrom[0] = 0;
  labelFrom[0] = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (row) {
      if (row.length > width) width = row.length;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined) continue;
        if (typeof v === 'string') {
          let first = 0;
          while (first < v.length && isWhiteSpaceCode(v.charCodeAt(first))) first++;
          if (first === v.length) continue;
          if (mayStartLabel(v.charCodeAt(first))) {
            const label = matchLabelFrom(v, first);
            if (label !== NOT_A_LABEL) {
              labelCols[labels] = c;
              labelMatches[labels++] = label;
            }
          }
        }
        filled[cols++] = c;
      }
    }
    filledFrom[r + 1] = cols;
    labelFrom[r + 1] = labels;
  }
  return width;
}

/** After a huge sheet, the next view gives the workspace's memory back rather than keep it for good. */
function releaseLargeWorkspace(): void {
  const ws = workspace;
  if (ws.filled.length > WORKSPACE_KEPT || ws.filledFrom.length > WORKSPACE_KEPT) {
    ws.filled = [];
    ws.labelCols = [];
    ws.labelMatches = [];
    ws.filledFrom = [];
    ws.labelFrom = [];
    ws.claimedFilled = [];
  }
  if (ws.claimedBits.length > WORKSPACE_KEPT) ws.claimedBits = new Uint8Array(1024);
}
const WORKSPACE_KEPT = 65_536;

/** Cells up to which claims are kept in a bitmap (8 MB of bits); larger sheets fall back to a set. */
const CLAIM_BITMAP_LIMIT = 64_000_000;

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  readonly merges: MergeIndex;
  /** Claimed cells: the workspace's bitmap for sheets of ordinary size, a set of keys for huge or very wide ones. */
  private readonly claimedBits: Uint8Array | null;
  private claimedKeys: Set<number> | null = null;
  /**
   * The non-empty cells and the label cells of every row, found in one pass when the view is made (the
   * locator asks for every row's labels, the reader and the D01 collector for every row's cells). Stored
   * row after row in flat lists (the workspace's), with each row's first index, so no row needs an array
   * of its own.
   */
  private readonly filledFrom: number[];
  private readonly filled: number[];
  private readonly labelFrom: number[];
  private readonly labelCols: number[];
  private readonly labelMatches: LabelMatch[];
  private readonly claimedFilled: number[];

  /** Makes the view of `grid`. Views made before it must not be used any more (they share its lists). */
  constructor(readonly grid: SheetGrid) {
    this.rows = grid.values.length;
    releaseLargeWorkspace();
    const ws = workspace;
    const width = scanSheet(grid.values);
    const { filledFrom, labelFrom } = ws;
    this.filledFrom = filledFrom;
    this.labelFrom = labelFrom;
    this.filled = ws.filled;
    this.labelCols = ws.labelCols;
    this.labelMatches = ws.labelMatches;
    this.cols = grid.merges.reduce((w, m) => Math.max(w, m.c1 + 1), width);
    this.merges = new MergeIndex(grid, this.cols);
    const claimedFilled = ws.claimedFilled;
    for (let r = 0; r < this.rows; r++) claimedFilled[r] = 0;
    this.claimedFilled = claimedFilled;
    const cells = this.rows * this.cols;
    if (cells <= CLAIM_BITMAP_LIMIT) {
      const bytes = Math.ceil(cells / 8);
      if (ws.claimedBits.length < bytes) ws.claimedBits = new Uint8Array(Math.max(bytes, ws.claimedBits.length * 2));
      else ws.claimedBits.fill(0, 0, bytes);
      this.claimedBits = ws.claimedBits;
    } else {
      this.claimedBits = null;
    }
  }

  value(row: number, col: number): CellValue {
    return valueAt(this.grid, row, col);
  }

  format(row: number, col: number): string | null {
    return formatAt(this.grid, row, col);
  }

  /** The cell's text, trimmed; '' for empty cells and for cells covered by a merge. */
  text(row: number, col: number): string {
    const v = valueAt(this.grid, row, col);
    if (v === null) return '';
    return (typeof v === 'string' ? v : String(v)).trim();
  }

  /** The cell's text as the reader keeps it (`cleanText`: trimmed, odd spaces made plain); numbers in plain form. */
  cleanText(row: number, col: number): string {
    const v = valueAt(this.grid, row, col);
    if (v === null) return '';
    return typeof v === 'string' ? cleanCellText(v) : String(v);
  }

  blank(row: number, col: number): boolean {
    return isBlank(valueAt(this.grid, row, col));
  }

  rowBlank(row: number): boolean {
    return this.filledCount(row) === 0;
  }

  /** How many non-empty cells the row has. */
  filledCount(row: number): number {
    return row >= 0 && row < this.rows ? this.filledFrom[row + 1] - this.filledFrom[row] : 0;
  }

  /** Column of the row's i-th non-empty cell, counted from the left (0 ≤ i < filledCount). */
  filledCol(row: number, i: number): number {
    return this.filled[this.filledFrom[row] + i];
  }

  /** Column of the row's first non-empty cell, or -1 for an empty row. */
  firstFilled(row: number): number {
    return this.filledCount(row) > 0 ? this.filled[this.filledFrom[row]] : -1;
  }

  /** How many cells of the row are labels. */
  labelCount(row: number): number {
    return row >= 0 && row < this.rows ? this.labelFrom[row + 1] - this.labelFrom[row] : 0;
  }

  /** Column of the row's i-th label cell, counted from the left (0 ≤ i < labelCount). */
  labelCol(row: number, i: number): number {
    return this.labelCols[this.labelFrom[row] + i];
  }

  /** What the row's i-th label cell labels. Shared: do not modify. */
  labelMatch(row: number, i: number): LabelMatch {
    return this.labelMatches[this.labelFrom[row] + i];
  }

  /** Whether some cell of the row is a field label (项目编码, 预算数 …). */
  hasFieldLabel(row: number): boolean {
    for (let i = 0, n = this.labelCount(row); i < n; i++) if (this.labelMatch(row, i).field !== null) return true;
    return false;
  }

  /** The label reading of one cell (NOT_A_LABEL for data cells). */
  labelAt(row: number, col: number): LabelMatch {
    for (let i = 0, n = this.labelCount(row); i < n; i++) if (this.labelCol(row, i) === col) return this.labelMatch(row, i);
    return NOT_A_LABEL;
  }

  /** Rightmost column of the merge that starts at (row, col), or col itself. */
  mergeRight(row: number, col: number): number {
    const m = this.merges.at(row, col);
    return m ? m.c1 : col;
  }

  /** Bottom row of the merge that starts at (row, col), or row itself. */
  mergeBottom(row: number, col: number): number {
    const m = this.merges.at(row, col);
    return m ? m.r1 : row;
  }

  claim(row: number, col: number): void {
    if (this.mark(row, col) && row >= 0 && row < this.rows && !isBlank(valueAt(this.grid, row, col))) this.claimedFilled[row]++;
  }

  /** `claim` for a cell the caller knows is non-empty (one of the row's `filledCol`s). */
  claimFilled(row: number, col: number): void {
    if (this.mark(row, col)) this.claimedFilled[row]++;
  }

  /** Marks the cell claimed; false when it already was. */
  private mark(row: number, col: number): boolean {
    if (this.claimedBits && row < this.rows && col < this.cols) {
      const i = row * this.cols + col;
      const bit = 1 << (i & 7);
      if ((this.claimedBits[i >> 3] & bit) !== 0) return false;
      this.claimedBits[i >> 3] |= bit;
      return true;
    }
    const keys = (this.claimedKeys ??= new Set());
    const key = row * 100000 + col;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  }

  /** True when no non-empty cell of the row is left unclaimed (the D01 collection skips such rows). */
  private rowClaimed(row: number): boolean {
    return row < 0 || row >= this.rows || this.claimedFilled[row] === this.filledCount(row);
  }

  private isClaimed(row: number, col: number): boolean {
    if (this.claimedBits && row < this.rows && col < this.cols) {
      const i = row * this.cols + col;
      return (this.claimedBits[i >> 3] & (1 << (i & 7))) !== 0;
    }
    return this.claimedKeys !== null && this.claimedKeys.has(row * 100000 + col);
  }

  /** Non-empty cells inside `range` that nothing claimed, with their text (kept for D01; a table's rectangle, or the whole sheet). */
  unclaimedIn(range: CellRange): { cell: string; text: string }[] {
    const out: { cell: string; text: string }[] = [];
    for (let r = range.r0; r <= range.r1; r++) {
      if (this.rowClaimed(r)) continue;
      for (let i = 0, n = this.filledCount(r); i < n; i++) {
        const c = this.filledCol(r, i);
        if (c >= range.c0 && c <= range.c1 && !this.isClaimed(r, c)) out.push({ cell: this.address(r, c), text: this.text(r, c) });
      }
    }
    return out;
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }
}

