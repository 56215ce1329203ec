/**
 * The state behind the fake ET objects: workbooks, sheets and cells, with no call counting. Tests build and
 * inspect workbooks through this model; the add-in under test only ever sees the counted ET objects.
 */
import { CellRange, columnIndex, columnLetters, rangesIntersect } from '../../../src/engine/grid/address';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** CVErr codes as Value2 returns them. */
export const CV = { name: -2146826259, na: -2146826246 } as const;

export type Stored = string | number | boolean | null;

export interface CellData {
  value: Stored;
  /** Set when a string was assigned that ET parses as a formula (what the add-in must never cause). */
  formula?: string;
  /** The apostrophe text prefix ("'") ET keeps when a string was written with it. */
  prefix?: boolean;
  numberFormat?: string;
  fill?: number;
  bold?: boolean;
  fontColor?: number;
  fontSize?: number;
  hAlign?: number;
  vAlign?: number;
  wrap?: boolean;
  /** Border indexes (xlEdgeLeft 7 … xlInsideHorizontal 12 of the range they were set on) with a line. */
  borders?: Set<number>;
}

export interface ValidationData {
  ranges: CellRange[];
  type: number;
  alertStyle?: number;
  operator?: number;
  formula1?: string;
  inCellDropdown: boolean;
  errorTitle: string;
  errorMessage: string;
  showError: boolean;
}

export interface FormatConditionData {
  id: number;
  ranges: CellRange[];
  type: number;
  formula1?: string;
  /** BGR fill of the condition's Interior, when set. */
  fill?: number;
}

export interface HyperlinkData {
  row: number;
  col: number;
  address: string;
  subAddress?: string;
  screenTip?: string;
}

export interface PageSetupData {
  paperSize: number;
  orientation: number;
  zoom: number | boolean;
  fitWide: number | boolean;
  fitTall: number | boolean;
  printTitleRows: string;
}

export class SheetModel {
  readonly cells = new Map<string, CellData>();
  merges: CellRange[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  validations: ValidationData[] = [];
  formatConditions: FormatConditionData[] = [];
  readonly hyperlinks: HyperlinkData[] = [];
  pageSetup: PageSetupData = { paperSize: 1, orientation: 1, zoom: 100, fitWide: 1, fitTall: 1, printTitleRows: '' };
  autoFilter: CellRange | null = null;
  freeze: { rows: number; cols: number } | null = null;
  selection: CellRange = { r0: 0, c0: 0, r1: 0, c1: 0 };

  constructor(public name: string) {}

  cell(row: number, col: number): CellData | undefined {
    return this.cells.get(`${row},${col}`);
  }

  ensure(row: number, col: number): CellData {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null };
      this.cells.set(key, c);
    }
    return c;
  }

  value(row: number, col: number): Stored {
    return this.cell(row, col)?.value ?? null;
  }

  mergeAt(row: number, col: number): CellRange | null {
    for (const m of this.merges) if (row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1) return m;
    return null;
  }

  /** Bounding box of cells with a value or formatting, and of merges; null on an empty sheet. */
  usedBounds(): CellRange | null {
    let b: CellRange | null = null;
    const grow = (r0: number, c0: number, r1: number, c1: number): void => {
      b = b
        ? { r0: Math.min(b.r0, r0), c0: Math.min(b.c0, c0), r1: Math.max(b.r1, r1), c1: Math.max(b.c1, c1) }
        : { r0, c0, r1, c1 };
    };
    for (const [key, c] of this.cells) {
      const used =
        c.value !== null || c.numberFormat !== undefined || c.fill !== undefined || c.bold !== undefined || c.borders !== undefined;
      if (!used) continue;
      const [r, col] = key.split(',').map(Number);
      grow(r, col, r, col);
    }
    for (const m of this.merges) grow(m.r0, m.c0, m.r1, m.c1);
    return b;
  }

  /** Writes a value the way typing (or a Value2 assignment) does: ET parses the string. */
  assign(row: number, col: number, input: unknown): void {
    const m = this.mergeAt(row, col);
    // Covered cells of a merged area keep no value of their own.
    if (m && (m.r0 !== row || m.c0 !== col)) return;
    const cell = this.ensure(row, col);
    delete cell.formula;
    delete cell.prefix;
    const parsed = parseTyped(input);
    cell.value = parsed.value;
    if (parsed.formula !== undefined) cell.formula = parsed.formula;
    if (parsed.prefix) cell.prefix = true;
    if (parsed.format && (cell.numberFormat === undefined || cell.numberFormat === 'General')) cell.numberFormat = parsed.format;
  }

  conditionsTouching(ranges: CellRange[]): FormatConditionData[] {
    return this.formatConditions.filter((fc) => fc.ranges.some((a) => ranges.some((b) => rangesIntersect(a, b))));
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeIndex = 0;
  private counter = 1;

  constructor(public name = '工作簿1') {}

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  addSheet(name?: string, at = this.sheets.length): SheetModel {
    let n = name;
    if (!n) {
      do n = `Sheet${this.counter++}`;
      while (this.sheets.some((s) => s.name.toLowerCase() === n!.toLowerCase()));
    }
    const s = new SheetModel(n);
    this.sheets.splice(at, 0, s);
    return s;
  }

  get active(): SheetModel {
    return this.sheets[this.activeIndex];
  }
}

interface Typed {
  value: Stored;
  formula?: string;
  prefix?: boolean;
  format?: string;
}

/** How ET interprets a value assigned through Value2 or typed into a cell. */
export function parseTyped(input: unknown): Typed {
  if (input === null || input === undefined) return { value: null };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : CV.na };
  if (typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (text === '') return { value: null };
  if (text.startsWith("'")) return { value: text.slice(1) === '' ? null : text.slice(1), prefix: true };
  // Chinese-locale ET reads full-width digits and signs ("１２３", "＝…") as their half-width forms.
  const typed = text.normalize('NFKC');
  if (typed !== text) {
    const parsed = parseTyped(typed);
    return typeof parsed.value === 'string' && parsed.formula === undefined ? { value: text } : parsed;
  }
  const num = /^\s*([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)\s*$/.exec(text);
  if (num) {
    let v = Number(`${num[1]}${num[2]}${num[3] ? `e${num[3]}` : ''}`);
    if (num[4]) v /= 100;
    return { value: v, format: num[4] ? '0%' : undefined };
  }
  if (/^\s*(true|false)\s*$/i.test(text)) return { value: text.trim().toLowerCase() === 'true' };
  const date = /^\s*(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?\s*$/.exec(text);
  if (date) return { value: excelSerial(Number(date[1]), Number(date[2]), Number(date[3])), format: 'yyyy/m/d' };
  if (/^[=+\-@]/.test(text)) return { value: CV.name, formula: text };
  return { value: text };
}

function excelSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Parses ET addresses: "A1", "$A$1:$B$2", "A:C", "9:9", and comma-separated areas. */
export function parseAreas(address: string): CellRange[] {
  const body = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return body.split(',').map((part) => {
    const p = part.replace(/\$/g, '').trim().toUpperCase();
    let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(p);
    if (m) {
      const c0 = columnIndex(m[1]);
      const r0 = Number(m[2]) - 1;
      const c1 = m[3] ? columnIndex(m[3]) : c0;
      const r1 = m[4] ? Number(m[4]) - 1 : r0;
      return check({ r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) }, address);
    }
    m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(p);
    if (m) {
      const a = columnIndex(m[1]);
      const b = columnIndex(m[2]);
      return check({ r0: 0, r1: MAX_ROWS - 1, c0: Math.min(a, b), c1: Math.max(a, b) }, address);
    }
    m = /^(\d+):(\d+)$/.exec(p);
    if (m) {
      const a = Number(m[1]) - 1;
      const b = Number(m[2]) - 1;
      return check({ r0: Math.min(a, b), r1: Math.max(a, b), c0: 0, c1: MAX_COLS - 1 }, address);
    }
    throw new Error(`ET fake: bad address "${address}"`);
  });
}

function check(r: CellRange, address: string): CellRange {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLS) throw new Error(`ET fake: bad address "${address}"`);
  return r;
}

export function formatAddress(r: CellRange, absolute: boolean): string {
  const d = absolute ? '$' : '';
  const cell = (row: number, col: number): string => `${d}${columnLetters(col)}${d}${row + 1}`;
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1) return `${d}${columnLetters(r.c0)}:${d}${columnLetters(r.c1)}`;
  if (r.c0 === 0 && r.c1 === MAX_COLS - 1) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return cell(r.r0, r.c0);
  return `${cell(r.r0, r.c0)}:${cell(r.r1, r.c1)}`;
}
