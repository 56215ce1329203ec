/**
 * A fake WPS 表格 (ET) object model for adapter tests: `createEtFake()` gives the `window.Application` the
 * add-in sees, plus the model behind it and helpers that act as the user. See README.md for the semantics
 * it keeps and the decisions it makes where WPS is undocumented.
 */
import { CallCounter } from './counter';
import { CellRange } from '../../../src/engine/grid/address';
import { EventDelivery, FakeApplication, FakeContext } from './objects';
import { SheetModel, Stored, WorkbookModel, parseAreas } from './model';
import type { SheetGrid } from '../../../src/engine/grid/grid';
import type { EtApplication } from '../../../src/hosts/wps/etTypes';

export { CallCounter } from './counter';
export { SheetModel, WorkbookModel, parseTyped, CV } from './model';

export interface EtFakeOptions {
  /** Worksheets to start with (values, number formats, merges), instead of `sheets`. */
  grids?: SheetGrid[];
  /** Sheet names of the new workbook (default one sheet, "Sheet1"). */
  sheets?: string[];
  /** 'sync' (COM-like, default): events fire inside the write; 'async': after the caller's task. */
  delivery?: EventDelivery;
}

export interface EtFake {
  /** What the add-in sees as `window.Application`. */
  app: EtApplication;
  counter: CallCounter;
  workbook: WorkbookModel;
  context: FakeContext;
  sheet(name: string): SheetModel;
  /** Fills a sheet's cells from rows of values (row 0 → worksheet row 1) without counting or events. */
  load(sheet: string, rows: Stored[][], at?: { row: number; col: number }): void;
  /** Merges an area without counting or events (building a fixture). */
  merge(sheet: string, a1: string): void;
  /** Sets a number format on an area without counting or events. */
  format(sheet: string, a1: string, numberFormat: string): void;
  /** The user types `value` into one cell: ET parses it, then SheetChange fires. */
  userType(sheet: string, a1: string, value: string | number | null): void;
  /** The user pastes a block at `a1`: one SheetChange for the whole block. */
  userPaste(sheet: string, a1: string, rows: Stored[][]): void;
  /** The user activates a sheet (SheetActivate fires). */
  userActivate(sheet: string): void;
  /** Delivers queued events now (delivery 'async'). */
  flushEvents(): void;
  /** Number of listeners currently registered for an event. */
  listenerCount(event: string): number;
}

export function createEtFake(options: EtFakeOptions = {}): EtFake {
  const counter = new CallCounter();
  const workbook = new WorkbookModel();
  if (options.grids) {
    for (const g of options.grids) {
      const s = workbook.addSheet(g.name);
      g.values.forEach((row, r) =>
        (row ?? []).forEach((v, c) => {
          if (v !== null && v !== undefined && v !== '') s.ensure(r, c).value = v;
        }),
      );
      (g.numberFormats ?? []).forEach((row, r) =>
        (row ?? []).forEach((f, c) => {
          if (f) s.ensure(r, c).numberFormat = f;
        }),
      );
      s.merges = g.merges.map((m) => ({ ...m }));
    }
  } else for (const name of options.sheets ?? ['Sheet1']) workbook.addSheet(name);
  const context = new FakeContext(counter, workbook, options.delivery ?? 'sync');
  const app = context.wrap(new FakeApplication(context), 'Application') as unknown as EtApplication;
  const cellOf = (a1: string): CellRange => parseAreas(a1)[0];

  return {
    app,
    counter,
    workbook,
    context,
    sheet: (name) => workbook.sheet(name),
    load(sheet, rows, at = { row: 0, col: 0 }) {
      const s = workbook.sheet(sheet);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== undefined) s.ensure(at.row + r, at.col + c).value = v;
        }),
      );
    },
    merge(sheet, a1) {
      workbook.sheet(sheet).merges.push(cellOf(a1));
    },
    format(sheet, a1, numberFormat) {
      const a = cellOf(a1);
      const s = workbook.sheet(sheet);
      for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) s.ensure(r, c).numberFormat = numberFormat;
    },
    userType(sheet, a1, value) {
      const s = workbook.sheet(sheet);
      const a = cellOf(a1);
      s.assign(a.r0, a.c0, value);
      context.fire('SheetChange', s, [a]);
    },
    userPaste(sheet, a1, rows) {
      const s = workbook.sheet(sheet);
      const a = cellOf(a1);
      rows.forEach((row, r) => row.forEach((v, c) => s.assign(a.r0 + r, a.c0 + c, v)));
      const width = Math.max(1, ...rows.map((r) => r.length));
      context.fire('SheetChange', s, [{ r0: a.r0, c0: a.c0, r1: a.r0 + rows.length - 1, c1: a.c0 + width - 1 }]);
    },
    userActivate(sheet) {
      const s = workbook.sheet(sheet);
      const i = workbook.sheets.indexOf(s);
      if (i !== workbook.activeIndex) {
        workbook.activeIndex = i;
        context.fire('SheetActivate', s);
      }
    },
    flushEvents: () => context.flush(),
    listenerCount: (event) => context.listeners.get(event)?.length ?? 0,
  };
}
