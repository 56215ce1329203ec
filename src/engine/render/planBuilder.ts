/**
 * A mutable helper that collects one worksheet's values, merges and formatting and hands out a `SheetPlan`.
 * Renderers describe layout cell by cell; the builder keeps the value matrix rectangular so hosts can write
 * it as one block.
 */
import { CellRange } from '../grid/address';
import { CellValue } from '../grid/grid';
import { CellLink, CellStyle, ListValidation, PrintSetup, SheetPlan } from '../model/plan';

export class PlanBuilder {
  private readonly rows: CellValue[][] = [];
  private width = 0;
  private readonly plan: Omit<SheetPlan, 'values'>;

  constructor(name: string, print: PrintSetup) {
    this.plan = {
      name,
      merges: [],
      columnWidths: [],
      numberFormats: [],
      styles: [],
      validations: [],
      links: [],
      print,
    };
  }

  set(row: number, col: number, value: CellValue): this {
    while (this.rows.length <= row) this.rows.push([]);
    this.rows[row][col] = value;
    if (col + 1 > this.width) this.width = col + 1;
    return this;
  }

  /** Writes a row of values starting at `col`. */
  setRow(row: number, col: number, values: CellValue[]): this {
    values.forEach((v, i) => this.set(row, col + i, v));
    return this;
  }

  /** Merges a range; single cells are ignored so hosts never see a one-cell merge. */
  merge(r0: number, c0: number, r1: number, c1: number): this {
    if (r0 !== r1 || c0 !== c1) this.plan.merges.push({ r0, c0, r1, c1 });
    this.touch(r1, c1);
    return this;
  }

  style(range: CellRange, style: CellStyle): this {
    this.plan.styles.push({ range, style });
    return this;
  }

  format(range: CellRange, format: string): this {
    this.plan.numberFormats.push({ range, format });
    return this;
  }

  validate(validation: ListValidation): this {
    this.plan.validations.push(validation);
    return this;
  }

  link(link: CellLink): this {
    this.plan.links.push(link);
    return this;
  }

  columnWidths(widths: number[]): this {
    this.plan.columnWidths = widths.slice();
    return this;
  }

  rowHeight(row: number, points: number): this {
    this.plan.rowHeights = { ...(this.plan.rowHeights ?? {}), [row]: points };
    return this;
  }

  freeze(rows: number, cols: number): this {
    this.plan.freeze = { rows, cols };
    return this;
  }

  autoFilter(range: CellRange): this {
    this.plan.autoFilter = range;
    return this;
  }

  /** Number of rows written so far. */
  get rowCount(): number {
    return this.rows.length;
  }

  build(): SheetPlan {
    const values = this.rows.map((r) => {
      const out: CellValue[] = [];
      for (let c = 0; c < this.width; c++) out.push(r[c] === undefined ? null : r[c]);
      return out;
    });
    return { ...this.plan, values };
  }

  /** Makes sure the value matrix reaches (row, col) so merged areas are inside it. */
  private touch(row: number, col: number): void {
    while (this.rows.length <= row) this.rows.push([]);
    if (col + 1 > this.width) this.width = col + 1;
  }
}

export function range(r0: number, c0: number, r1: number = r0, c1: number = c0): CellRange {
  return { r0, c0, r1, c1 };
}

/** Display width of text in Excel column units: CJK and other wide characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

/**
 * Lines a wrapped text needs in a cell `widthChars` wide. Hosts do not auto-fit merged cells, so renderers
 * set row heights from this estimate.
 */
export function wrappedLines(text: string, widthChars: number): number {
  if (!text) return 1;
  const usable = Math.max(1, widthChars - 1);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** Points per wrapped line at the default 11pt font. */
export const LINE_HEIGHT = 15;
