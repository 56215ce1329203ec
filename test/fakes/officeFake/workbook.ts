/** Workbook, worksheet collection, worksheet and the event sources. */
import { CellRange } from '../../../src/engine/grid/address';
import { FakeOfficeError } from './errors';
import { FakeCollection, FakeContext, FakeProxy } from './proxy';
import { FakeRange, FakeRangeAreas, localRange, RangeTarget } from './range';
import { FakeSheet } from './state';

export const WORKSHEET_MEMBERS: (keyof Excel.Worksheet)[] = [
  'name', 'position', 'id', 'activate', 'delete', 'getRange', 'getRangeByIndexes', 'getRanges', 'getUsedRangeOrNullObject',
  'freezePanes', 'autoFilter', 'pageLayout', 'load', 'isNullObject',
];
export const WORKSHEETS_MEMBERS: (keyof Excel.WorksheetCollection)[] = [
  'add', 'getItem', 'getItemOrNullObject', 'getActiveWorksheet', 'items', 'load', 'onChanged', 'onActivated',
  'onNameChanged',
];

const INVALID_NAME = /[\\/?*[\]:]/;

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  constructor(context: FakeContext, source: { bind: () => FakeSheet | null } | { fixed: FakeSheet | null }) {
    super(context, source);
  }

  protected scalarNames(): string[] {
    return ['name', 'position', 'id', 'visibility'];
  }

  protected scalar(t: FakeSheet, prop: string): unknown {
    switch (prop) {
      case 'name':
        return t.name;
      case 'position':
        return this.context.state.sheets.indexOf(t);
      case 'id':
        return t.id;
      case 'visibility':
        return 'Visible';
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.write('name', v, (sheet) => {
      checkName(v);
      const clash = this.context.state.sheet(v);
      if (clash && clash !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${v} already exists.`);
      if (sheet.name !== v) this.context.renames.push({ sheetId: sheet.id, before: sheet.name, after: v });
      sheet.name = v;
    });
  }

  get position(): number {
    return this.get('position');
  }
  set position(v: number) {
    this.write('position', v, (sheet) => {
      const list = this.context.state.sheets;
      list.splice(list.indexOf(sheet), 1);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, sheet);
    });
  }

  get id(): string {
    return this.get('id');
  }

  activate(): void {
    this.call('activate', (sheet) => {
      if (this.context.state.activeSheetId !== sheet.id) {
        this.context.state.activeSheetId = sheet.id;
        this.context.activations.push(sheet.id);
      }
    });
  }

  delete(): void {
    this.call('delete', (sheet) => {
      const state = this.context.state;
      if (state.sheets.length <= 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0].id;
    });
  }

  private rangeOn(compute: (sheet: FakeSheet) => CellRange | null): FakeRange {
    return new FakeRange(this.context, {
      bind: () => {
        const sheet = this.target();
        if (!sheet) return null;
        const range = compute(sheet);
        return range ? { sheet, range } : null;
      },
    });
  }

  getRange(address?: string): FakeRange {
    return this.rangeOn(() => (address ? localRange(address) : { r0: 0, c0: 0, r1: 1048575, c1: 16383 }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.rangeOn(() => ({ r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 }));
  }

  /** Comma- or semicolon-separated local addresses, as Excel's Worksheet.getRanges (ExcelApi 1.9). */
  getRanges(address?: string): FakeRangeAreas {
    this.context.requireApi(9, 'Worksheet.getRanges');
    const areas = address === undefined ? [{ r0: 0, c0: 0, r1: 1048575, c1: 16383 }] : address.split(/[,;]/).map((a) => localRange(a.trim()));
    return new FakeRangeAreas(this.context, {
      bind: () => {
        const sheet = this.target();
        return sheet ? { sheet, areas } : null;
      },
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.requireApi(4, 'Worksheet.getUsedRangeOrNullObject');
    return this.rangeOn((sheet) => sheet.usedRange(valuesOnly === true));
  }

  get freezePanes(): { freezeAt(r: FakeRange): void; freezeRows(n: number): void; freezeColumns(n: number): void } {
    this.context.requireApi(7, 'Worksheet.freezePanes');
    const on = (fn: (sheet: FakeSheet) => void) => this.call('freezePanes', fn);
    return {
      freezeAt: (r: FakeRange) =>
        on((sheet) => {
          const t = r.target();
          if (!t) throw new FakeOfficeError('InvalidArgument', 'null range');
          sheet.freeze = { rows: t.range.r1 + 1, cols: t.range.c1 + 1 };
        }),
      freezeRows: (n: number) => on((sheet) => (sheet.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n: number) => on((sheet) => (sheet.freeze = { rows: 0, cols: n })),
    };
  }

  get autoFilter(): { apply(r: FakeRange): void } {
    this.context.requireApi(9, 'Worksheet.autoFilter');
    return {
      apply: (r: FakeRange) =>
        this.call('autoFilter.apply', (sheet) => {
          const t = r.target();
          if (!t) throw new FakeOfficeError('InvalidArgument', 'null range');
          sheet.autoFilter = t.range;
        }),
    };
  }

  get pageLayout(): Record<string, unknown> & { setPrintTitleRows(a: string): void } {
    this.context.requireApi(9, 'Worksheet.pageLayout');
    const call = (name: string, fn: (sheet: FakeSheet) => void) => this.call(name, fn);
    const layout = {
      setPrintTitleRows: (a: string) => call('setPrintTitleRows', (sheet) => (sheet.printTitleRows = a)),
    };
    return new Proxy(layout, {
      set: (_obj, prop: string, value: unknown) => {
        if (!['paperSize', 'orientation', 'zoom', 'centerHorizontally', 'printGridlines'].includes(prop)) {
          throw new FakeOfficeError('InvalidArgument', `The fake does not know pageLayout.${prop}`);
        }
        call(`pageLayout.${prop}`, (sheet) => (sheet.pageLayout[prop] = value));
        return true;
      },
    }) as Record<string, unknown> & { setPrintTitleRows(a: string): void };
  }
}

function checkName(name: string): void {
  if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `Invalid sheet name ${name}`);
  }
}

type EventHandler = (args: never) => Promise<unknown>;

export class FakeEventSource {
  constructor(private readonly context: FakeContext, private readonly list: EventHandler[], private readonly minor: number, private readonly member: string) {}

  add(handler: EventHandler): { context: FakeContext; remove(): void } {
    this.context.requireApi(this.minor, this.member);
    this.context.enqueue(() => this.list.push(handler));
    const list = this.list;
    const context = this.context;
    return {
      context,
      remove: () =>
        context.enqueue(() => {
          const i = list.indexOf(handler);
          if (i >= 0) list.splice(i, 1);
        }),
    };
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet[], FakeWorksheet> {
  constructor(context: FakeContext) {
    super(context, { fixed: context.state.sheets });
  }

  protected list(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => this.item(s, () => new FakeWorksheet(this.context, { fixed: s })));
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      bind: () => {
        const state = this.context.state;
        const n = name ?? `Sheet${state.sheets.length + 1}`;
        checkName(n);
        if (state.sheet(n)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${n} already exists.`);
        const sheet = new FakeSheet(n);
        state.sheets.push(sheet);
        return sheet;
      },
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, {
      bind: () => {
        const s = this.context.state.sheet(key);
        if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (worksheet ${key})`);
        return s;
      },
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { bind: () => this.context.state.sheet(key) });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, { bind: () => this.context.state.sheet(this.context.state.activeSheetId) });
  }

  get onChanged(): FakeEventSource {
    return new FakeEventSource(this.context, this.context.events.changed, 9, 'WorksheetCollection.onChanged');
  }

  get onNameChanged(): FakeEventSource {
    return new FakeEventSource(this.context, this.context.events.nameChanged, 17, 'WorksheetCollection.onNameChanged');
  }

  get onActivated(): FakeEventSource {
    return new FakeEventSource(this.context, this.context.events.activated, 7, 'WorksheetCollection.onActivated');
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };

  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => {
        context.requireApi(9, 'Application.suspendScreenUpdatingUntilNextSync');
        context.enqueue(() => context.state.screenUpdatingSuspended++);
      },
    };
  }
}

export type { RangeTarget };
