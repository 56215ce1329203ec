/**
 * Installs the fake as the globals `Excel` and `Office`, the way Office.js provides them in a task pane.
 *
 *   const fake = installOfficeFake({ api: '1.14', sheets: ['Sheet1'] });
 *   ... new ExcelHost() ...
 *   await fake.userEdit('Sheet1', 'B3', '新值');   // resolves after the add-in's handlers finished
 *   fake.userEdit('Sheet1', 'B3', '新值'); await fake.settle();   // or wait for everything queued
 *   fake.uninstall();
 */
import { parseExcelArea } from '../../../src/hosts/excel/address';
import { FakeOfficeError } from './errors';
import { typedInput } from './input';
import { FakeContext, FakeEventHub, FakeHostConfig } from './proxy';
import { FakeWorkbookState } from './state';
import { FakeWorkbook } from './workbook';

export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeWorkbook['application'];
  constructor(state: FakeWorkbookState, config: FakeHostConfig, events: FakeEventHub) {
    super(state, config, events);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }
}

export interface OfficeFakeOptions {
  /** Highest supported ExcelApi version, "1.1" … "1.20". */
  api?: string;
  sheets?: string[];
  /** Cells one sync may load (default 5,000,000, Excel's limit); tests of big sheets set it lower. */
  maxCellsPerSync?: number;
}

export interface OfficeFake {
  state: FakeWorkbookState;
  config: FakeHostConfig;
  /** Number of Excel.run calls. */
  runs: number;
  /**
   * Types a value into a cell like the user (fires onChanged with triggerSource "Unknown"). Resolves when
   * every onChanged handler has finished with the event.
   */
  userEdit(sheet: string, address: string, value: string | number | boolean | null): Promise<void>;
  /**
   * Clears several areas at once like the user (a Ctrl-selection, then Delete): one onChanged event whose
   * address lists the areas ("A1:B2,D4").
   */
  userClearAreas(sheet: string, addresses: string[]): Promise<void>;
  /** Inserts rows like the user (fires a RowInserted change; the fake does not shift cells). */
  userInsertRows(sheet: string, row: number, count: number): Promise<void>;
  userActivate(sheet: string): Promise<void>;
  /** Renames a sheet like the user (double-click on the tab); fires onNameChanged on ExcelApi 1.17+. */
  userRenameSheet(sheet: string, newName: string): Promise<void>;
  /** Waits until every queued event was delivered and its handlers finished. */
  settle(): Promise<void>;
  uninstall(): void;
}

function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  if (!m) throw new Error(`bad version ${version}`);
  return Number(m[1]);
}

export function installOfficeFake(options: OfficeFakeOptions = {}): OfficeFake {
  const config: FakeHostConfig = { apiMinor: minorOf(options.api ?? '1.14'), maxCellsPerSync: options.maxCellsPerSync ?? 5_000_000 };
  const state = new FakeWorkbookState(options.sheets ?? ['Sheet1']);
  const events = new FakeEventHub(state, config);
  const g = globalThis as Record<string, unknown>;
  const saved = { Excel: g.Excel, Office: g.Office };

  const fake: OfficeFake = {
    state,
    config,
    runs: 0,
    userEdit(sheetName, address, value) {
      const sheet = state.get(sheetName);
      const range = parseExcelArea(address);
      if (!range) throw new Error(`bad address ${address}`);
      for (let r = range.r0; r <= range.r1; r++) {
        for (let c = range.c0; c <= range.c1; c++) sheet.writeCell(r, c, typedInput(value, sheet.cell(r, c)?.numberFormat));
      }
      return events.fireChanged({ sheet, range, changeType: 'RangeEdited' }, 'Unknown');
    },
    userClearAreas(sheetName, addresses) {
      const sheet = state.get(sheetName);
      const areas = addresses.map((a) => {
        const r = parseExcelArea(a);
        if (!r) throw new Error(`bad address ${a}`);
        return r;
      });
      for (const a of areas) for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) sheet.writeCell(r, c, { value: '' });
      const box = areas.reduce((b, a) => ({ r0: Math.min(b.r0, a.r0), c0: Math.min(b.c0, a.c0), r1: Math.max(b.r1, a.r1), c1: Math.max(b.c1, a.c1) }));
      return events.fireChanged({ sheet, range: box, changeType: 'RangeEdited', address: addresses.join(',') }, 'Unknown');
    },
    userInsertRows(sheetName, row, count) {
      const sheet = state.get(sheetName);
      return events.fireChanged({ sheet, range: { r0: row, r1: row + count - 1, c0: 0, c1: 16383 }, changeType: 'RowInserted' }, 'Unknown');
    },
    userActivate(sheetName) {
      const sheet = state.get(sheetName);
      state.activeSheetId = sheet.id;
      return events.fireActivated(sheet.id);
    },
    userRenameSheet(sheetName, newName) {
      const sheet = state.get(sheetName);
      const clash = state.sheet(newName);
      if (clash && clash !== sheet) throw new Error(`Excel refuses the rename: ${newName} exists`);
      const before = sheet.name;
      sheet.name = newName;
      return events.fireNameChanged({ sheetId: sheet.id, before, after: newName });
    },
    async settle() {
      for (let quiet = 0; quiet < 3; ) {
        await new Promise((r) => setTimeout(r, 2));
        quiet = events.busy ? 0 : quiet + 1;
      }
    },
    uninstall() {
      g.Excel = saved.Excel;
      g.Office = saved.Office;
    },
  };

  async function run(a: unknown, b?: unknown): Promise<unknown> {
    fake.runs++;
    let batch: (ctx: FakeRequestContext) => Promise<unknown>;
    let ctx: FakeRequestContext;
    if (typeof a === 'function') {
      batch = a as typeof batch;
      ctx = new FakeRequestContext(state, config, events);
      state.runOptions.push(undefined);
    } else if (a instanceof FakeRequestContext) {
      batch = b as typeof batch;
      ctx = a;
      state.runOptions.push('previous context');
    } else {
      batch = b as typeof batch;
      ctx = new FakeRequestContext(state, config, events);
      state.runOptions.push(a);
    }
    const result = await batch(ctx);
    // Office.js would send leftovers in a final round trip; the fake treats them as a bug in the caller.
    const leftover = (ctx as unknown as { queue: unknown[] }).queue;
    if (leftover.length > 0) throw new FakeOfficeError('GeneralException', `${leftover.length} statement(s) queued after the last sync.`);
    return result;
  }

  g.Excel = { run };
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && (version === undefined || minorOf(version) <= config.apiMinor),
      },
    },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
  };
  return fake;
}
