/**
 * An in-memory host for the app layer's own tests: sheets as grids, plans applied with planToGrid, marks
 * recorded, and user edits that fire change events the way Excel does (typing "40%" stores 0.4 with a
 * percent format). Every method counts as one round trip; `stall` makes the next call hang.
 */
import { CellRange, parseRange } from '../../src/engine/grid/address';
import { CellValue, SheetGrid } from '../../src/engine/grid/grid';
import { CellMark, SheetPlan } from '../../src/engine/model/plan';
import { planToGrid } from '../../src/engine/render/planToGrid';
import {
  ApplyOptions,
  ChangeListener,
  HostError,
  SpreadsheetHost,
  WorkbookInfo,
} from '../../src/hosts/host';

export class MemoryHost implements SpreadsheetHost {
  readonly kind = 'xlsx' as const;
  readonly capabilities = { events: true, marks: true, select: true };
  calls: string[] = [];
  marks = new Map<string, CellMark[]>();
  selected: { sheet: string; cell: string } | null = null;
  private active: string;
  private listeners = new Set<ChangeListener>();
  private stallNext = false;

  constructor(private sheets: SheetGrid[]) {
    this.active = sheets[0]?.name ?? '';
  }

  /** The next host call never settles (a hung `context.sync()`). */
  stall(): void {
    this.stallNext = true;
  }

  private call(name: string): Promise<void> {
    this.calls.push(name);
    if (this.stallNext) {
      this.stallNext = false;
      return new Promise(() => undefined);
    }
    return Promise.resolve();
  }

  async workbookInfo(): Promise<WorkbookInfo> {
    await this.call('workbookInfo');
    return { sheets: this.sheets.map((s) => s.name), active: this.active };
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    await this.call('readSheets');
    return this.sheets.filter((s) => !names || names.includes(s.name)).map(clone);
  }

  async readRegion(sheet: string, range: CellRange): Promise<SheetGrid> {
    await this.call('readRegion');
    const g = this.sheet(sheet);
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r <= range.r1; r++) {
      values.push([]);
      formats.push([]);
      if (r < range.r0) continue;
      for (let c = range.c0; c <= range.c1; c++) {
        values[r][c] = g.values[r]?.[c] ?? null;
        formats[r][c] = g.numberFormats?.[r]?.[c] ?? null;
      }
    }
    const merges = g.merges.filter((m) => m.r0 >= range.r0 && m.r1 <= range.r1 && m.c0 >= range.c0 && m.c1 <= range.c1);
    return { name: sheet, values, numberFormats: formats, merges };
  }

  async applyPlans(plans: SheetPlan[], options: ApplyOptions = {}): Promise<void> {
    await this.call('applyPlans');
    for (const p of plans) {
      const i = this.sheets.findIndex((s) => s.name === p.name);
      if (i >= 0 && !options.replaceExisting) throw new HostError(`工作表“${p.name}”已存在`, 'conflict');
      if (i >= 0) this.sheets[i] = planToGrid(p);
      else this.sheets.push(planToGrid(p));
    }
    if (options.activate) this.active = options.activate;
  }

  async setMarks(sheets: string[], marks: CellMark[]): Promise<void> {
    await this.call('setMarks');
    for (const s of sheets) this.marks.set(s, marks.filter((m) => m.sheet === s));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.call('selectCell');
    this.active = sheet;
    this.selected = { sheet, cell };
  }

  async onChange(listener: ChangeListener): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  /** Types into a cell like a user: "40%" becomes 0.4 formatted "0%". Not a round trip. */
  userEdit(sheet: string, cell: string, typed: string): void {
    const g = this.sheet(sheet);
    const pos = parseRange(cell);
    if (!pos) throw new Error(`bad cell ${cell}`);
    const pct = /^\s*(-?\d+(?:\.\d+)?)%\s*$/.exec(typed);
    const num = /^\s*-?\d+(?:\.\d+)?\s*$/.test(typed) ? Number(typed) : null;
    while (g.values.length <= pos.r0) g.values.push([]);
    g.values[pos.r0][pos.c0] = pct ? Number(pct[1]) / 100 : num ?? typed;
    g.numberFormats ??= [];
    while (g.numberFormats.length <= pos.r0) g.numberFormats.push([]);
    g.numberFormats[pos.r0][pos.c0] = pct ? '0%' : null;
    for (const l of this.listeners) l({ sheet, range: pos, kind: 'edit' });
  }

  private sheet(name: string): SheetGrid {
    const g = this.sheets.find((s) => s.name === name);
    if (!g) throw new Error(`no sheet ${name}`);
    return g;
  }
}

function clone(g: SheetGrid): SheetGrid {
  return {
    name: g.name,
    values: g.values.map((r) => (r ? [...r] : [])),
    numberFormats: g.numberFormats?.map((r) => (r ? [...r] : [])),
    merges: g.merges.map((m) => ({ ...m })),
  };
}
