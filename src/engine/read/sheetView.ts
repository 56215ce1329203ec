/**
 * A read-only view of one sheet for the reader: cell text, merges, and a record of which cells some
 * table claimed, so that everything left over can be reported (D01) instead of silently dropped.
 */
import { cellAddress, CellRange } from '../grid/address';
import { CellValue, MergeIndex, SheetGrid, colCount, formatAt, isBlank, valueAt } from '../grid/grid';
import { isWhiteSpaceCode } from '../text/normalize';
import { LabelMatch, matchLabelFrom, NOT_A_LABEL } from './labels';

/** A cell whose text is a label, with what it labels. */
export interface LabelCell {
  col: number;
  label: LabelMatch;
}

// Shared by every empty row. Not frozen: a frozen array has its own element kind, and the loops over
// rows would then see two kinds of array and run slower (the readonly type keeps them unmodified).
const NO_LABELS: readonly LabelCell[] = [];
const NO_COLUMNS: readonly number[] = [];

/** Cells up to which claims are kept in a bitmap (8 MB of bits); larger sheets fall back to a set. */
const CLAIM_BITMAP_LIMIT = 64_000_000;

export class SheetView {
  readonly rows: number;
  readonly cols: number;
  readonly merges: MergeIndex;
  /** Claimed cells: a bitmap for sheets of ordinary size, a set of keys for huge or very wide ones. */
  private readonly claimedBits: Uint8Array | null;
  private claimedKeys: Set<number> | null = null;
  /** filledCols per row, computed once: the reader asks for the same rows many times. */
  private readonly filled: (readonly number[] | undefined)[];
  /** labelsIn per row, computed once: locating, reading and block ends all ask for them. */
  private readonly labels: (readonly LabelCell[] | undefined)[];
  /** Reused while scanning a row, so each row's lists are allocated once, at their size. */
  private readonly colScratch: number[] = [];
  private readonly labelScratch: LabelCell[] = [];

  constructor(readonly grid: SheetGrid) {
    this.rows = grid.values.length;
    this.cols = grid.merges.reduce((w, m) => Math.max(w, m.c1 + 1), colCount(grid));
    this.merges = new MergeIndex(grid, this.cols);
    this.filled = new Array<readonly number[] | undefined>(this.rows);
    this.labels = new Array<readonly LabelCell[] | undefined>(this.rows);
    this.claimedBits = this.rows * this.cols <= CLAIM_BITMAP_LIMIT ? new Uint8Array(Math.ceil((this.rows * this.cols) / 8)) : null;
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

  blank(row: number, col: number): boolean {
    return isBlank(valueAt(this.grid, row, col));
  }

  rowBlank(row: number): boolean {
    return this.filledCols(row).length === 0;
  }

  /** Columns of the non-empty cells of a row, left to right. */
  filledCols(row: number): readonly number[] {
    const known = this.filled[row];
    if (known !== undefined) return known;
    this.scanRow(row);
    return this.filled[row] as readonly number[];
  }

  /** The cells of a row whose text is a label of some kind, left to right. */
  labelsIn(row: number): readonly LabelCell[] {
    const known = this.labels[row];
    if (known !== undefined) return known;
    this.scanRow(row);
    return this.labels[row] as readonly LabelCell[];
  }

  /**
   * One pass over a row finds both its filled cells and its labels: the locator asks for every row's
   * labels, and the reader for most rows' cells, so each cell is looked at once. A text cell is empty
   * when it is all white space; the scan stops at its first visible character, which also tells whether
   * the text can be a label at all.
   */
  private scanRow(row: number): void {
    const r = this.grid.values[row];
    const cols = this.colScratch;
    const labels = this.labelScratch;
    let nCols = 0;
    let nLabels = 0;
    if (r) {
      for (let c = 0; c < r.length; c++) {
        const v = r[c];
        if (v === null || v === undefined) continue;
        if (typeof v === 'string') {
          let first = 0;
          while (first < v.length && isWhiteSpaceCode(v.charCodeAt(first))) first++;
          if (first === v.length) continue;
          const label = matchLabelFrom(v, first);
          if (label !== NOT_A_LABEL) labels[nLabels++] = { col: c, label };
        }
        cols[nCols++] = c;
      }
    }
    this.filled[row] = nCols === 0 ? NO_COLUMNS : cols.slice(0, nCols);
    this.labels[row] = nLabels === 0 ? NO_LABELS : labels.slice(0, nLabels);
  }

  /** The label reading of one cell (NOT_A_LABEL for data cells). */
  labelAt(row: number, col: number): LabelMatch {
    for (const l of this.labelsIn(row)) if (l.col === col) return l.label;
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
    if (this.claimedBits && row < this.rows && col < this.cols) {
      const i = row * this.cols + col;
      this.claimedBits[i >> 3] |= 1 << (i & 7);
    } else {
      (this.claimedKeys ??= new Set()).add(row * 100000 + col);
    }
  }

  isClaimed(row: number, col: number): boolean {
    if (this.claimedBits && row < this.rows && col < this.cols) {
      const i = row * this.cols + col;
      return (this.claimedBits[i >> 3] & (1 << (i & 7))) !== 0;
    }
    return this.claimedKeys !== null && this.claimedKeys.has(row * 100000 + col);
  }

  /** Non-empty cells inside `range` that nothing claimed, with their text (kept for D01). */
  unclaimedIn(range: CellRange): { cell: string; text: string }[] {
    const out: { cell: string; text: string }[] = [];
    for (let r = range.r0; r <= range.r1; r++) {
      for (const c of this.filledCols(r)) {
        if (c >= range.c0 && c <= range.c1 && !this.isClaimed(r, c)) out.push({ cell: this.address(r, c), text: this.text(r, c) });
      }
    }
    return out;
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }
}

