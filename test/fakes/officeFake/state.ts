/**
 * The workbook the fake holds: sheets of cells, merges, formats, conditional formats, validation, layout.
 * Tests inspect it directly; the adapter only reaches it through the proxy objects and `sync()`.
 */
import { CellRange, cellAddress, rangeAddress, rangesIntersect } from '../../../src/engine/grid/address';
import { quoteSheet } from '../../../src/hosts/excel/address';

export type Scalar = string | number | boolean;

export interface FakeCell {
  value: Scalar;
  formula?: string;
  /** Stored with a quote prefix (typed with a leading apostrophe). */
  quotePrefix?: boolean;
  numberFormat?: string;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  /** Bounding box of the cells it applies to. */
  range: CellRange;
  /** The areas it applies to when made on a multi-area range (RangeAreas); otherwise just `range`. */
  areas?: CellRange[];
  formula?: string;
  fill?: string;
}

export interface FakeValidation {
  range: CellRange;
  rule: unknown;
  errorAlert?: unknown;
}

/** A format property set on a range ("fill.color", "font.bold", "borders.EdgeTop.style" …). */
export interface FormatOp {
  range: CellRange;
  key: string;
  value: unknown;
}

let nextId = 1;

export class FakeSheet {
  readonly id = `{00000000-0001-0000-0000-${String(nextId++).padStart(12, '0')}}`;
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: FakeValidation[] = [];
  formatOps: FormatOp[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze: { rows: number; cols: number } | null = null;
  autoFilter: CellRange | null = null;
  pageLayout: Record<string, unknown> = {};
  printTitleRows: string | null = null;

  constructor(public name: string) {}

  key(row: number, col: number): string {
    return `${row},${col}`;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }

  /** The value Excel reports for a cell: '' when empty. */
  value(row: number, col: number): Scalar {
    return this.cell(row, col)?.value ?? '';
  }

  /** Value by A1 address, for tests. */
  at(a1: string): Scalar {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) throw new Error(`bad address ${a1}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return this.value(Number(m[2]) - 1, c - 1);
  }

  writeCell(row: number, col: number, patch: Partial<FakeCell>): void {
    const k = this.key(row, col);
    const cur = this.cells.get(k) ?? { value: '' };
    const next = { ...cur, ...patch };
    if (next.value === '' && !next.formula && !next.numberFormat && !next.hyperlink) this.cells.delete(k);
    else this.cells.set(k, next);
  }

  /** The last value a format key was set to on a cell (undefined when never). */
  formatAt(row: number, col: number, key: string): unknown {
    let v: unknown;
    for (const op of this.formatOps) {
      if (op.key === key && row >= op.range.r0 && row <= op.range.r1 && col >= op.range.c0 && col <= op.range.c1) v = op.value;
    }
    return v;
  }

  /** Bounding box of cells with values (valuesOnly) or with anything at all. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    const grow = (r: CellRange) => {
      box = box
        ? { r0: Math.min(box.r0, r.r0), c0: Math.min(box.c0, r.c0), r1: Math.max(box.r1, r.r1), c1: Math.max(box.c1, r.c1) }
        : { ...r };
    };
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === '') continue;
      const [r, c] = k.split(',').map(Number);
      grow({ r0: r, c0: c, r1: r, c1: c });
    }
    if (!valuesOnly) {
      for (const m of this.merges) grow(m);
      for (const op of this.formatOps) if (op.range.r1 < 1048575 && op.range.c1 < 16383) grow(op.range);
    }
    return box;
  }

  mergesIn(range: CellRange): CellRange[] {
    return this.merges.filter((m) => rangesIntersect(m, range));
  }

  /** "Sheet1!A1:B2" as Excel writes it (quoted when the name needs it). */
  address(range: CellRange): string {
    const local = range.r0 === range.r1 && range.c0 === range.c1 ? cellAddress(range.r0, range.c0) : rangeAddress(range);
    return `${quoteSheet(this.name)}!${local}`;
  }
}

/** The cells a conditional format applies to. */
export function cfAreas(cf: FakeConditionalFormat): CellRange[] {
  return cf.areas ?? [cf.range];
}

export interface FakeChangeEvent {
  sheet: FakeSheet;
  range: CellRange;
  changeType: string;
  /** The local address the event reports when it is not `range` alone ("A1,C3" for a multi-area edit). */
  address?: string;
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  activeSheetId = '';
  selection: { sheetId: string; range: CellRange } | null = null;
  /** Every context.sync() of every run. */
  syncCount = 0;
  /** Options every Excel.run was called with. */
  runOptions: unknown[] = [];
  screenUpdatingSuspended = 0;
  names = new Map<string, string>();
  private cfSeq = 1;

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const n of sheetNames) this.sheets.push(new FakeSheet(n));
    this.activeSheetId = this.sheets[0]?.id ?? '';
  }

  sheet(nameOrId: string): FakeSheet | null {
    const k = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k || s.id.toLowerCase() === k) ?? null;
  }

  /** The sheet by name, throwing in tests when absent. */
  get(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  newCfId(): string {
    return `{CF-${this.cfSeq++}}`;
  }
}
