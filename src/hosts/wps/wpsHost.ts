/**
 * SpreadsheetHost for WPS 表格 through the JS add-in object model on `window.Application`
 * (docs/research/wps-addin-api.md). WPS calls are synchronous, and each member access is a round trip to
 * the ET process, so every method reads and writes whole blocks (`Value2`), groups settings into
 * multi-area ranges, and keeps call counts independent of the number of cells (test/hosts/wps asserts
 * the budgets). Values are parsed into engine types here, at the edge.
 */
import { CellRange, parseRange, rangeAddress, rangesIntersect } from '../../engine/grid/address';
import { CellValue, SheetGrid } from '../../engine/grid/grid';
import { CellMark, SheetPlan } from '../../engine/model/plan';
import { wpsMessages } from '../../strings/wps';
import {
  ApplyOptions,
  CellChange,
  ChangeListener,
  HostCapabilities,
  HostError,
  SpreadsheetHost,
  WorkbookInfo,
} from '../host';
import { requireApplication } from './application';
import { parseArea, parseAreas } from './address';
import { EtApplication, EtRange, EtSheets, EtWorkbook, EtWorksheet } from './etTypes';
import { attachDispatcher, RegistryHost } from './events';
import { readFormats } from './formats';
import { SheetMarks, markAddresses, sweepMarks, updateMarks } from './marks';
import { scanMerges, verifyMerges } from './mergeScan';
import { CELLS_PER_BLOCK, WriteIssue, writeFreeze, writeLayout, writeValues } from './writePlan';
import { WriteGuard } from './writeGuard';
import { parseValues } from './values';

export interface WpsHostOptions {
  /** `window.Application` (or the fake); found on the page when omitted. */
  app?: EtApplication;
  /** Where the page-wide event registry lives; the page's window in WPS. */
  registryHost?: RegistryHost;
  /** Clock for the echo window (tests). */
  now?: () => number;
  /** How long after a write its SheetChange echoes are still expected. */
  echoWindowMs?: number;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function toHostError(e: unknown, wrap: (detail: string) => string): HostError {
  if (e instanceof HostError) return e;
  const detail = messageOf(e);
  if (/保护|protect/i.test(detail)) return new HostError(wrap(detail), 'protected');
  return new HostError(wrap(detail), 'conflict');
}

export class WpsHost implements SpreadsheetHost {
  readonly kind = 'wps' as const;
  readonly capabilities: HostCapabilities = { events: true, marks: true, select: true };
  /** Problems of the last applyPlans that did not stop it (e.g. a dropdown list over 255 characters). */
  lastIssues: WriteIssue[] = [];

  private readonly app: EtApplication;
  private readonly registryHost: RegistryHost;
  private readonly guard: WriteGuard;
  /** Merged areas known per sheet name; verified before use (mergeScan.ts). */
  private readonly merges = new Map<string, CellRange[]>();
  private readonly marks = new Map<string, SheetMarks>();
  private readonly swept = new Set<string>();
  private readonly listeners = new Set<ChangeListener>();
  private detach: (() => void) | null = null;
  /**
   * Worksheet objects fetched in the current JS task. A re-check reads a region and then sets marks in
   * the same task; the user cannot rename or delete a sheet in between, so the lookup is done once.
   */
  private readonly handles = new Map<string, EtWorksheet>();
  private handlesClear = false;

  constructor(options: WpsHostOptions = {}) {
    this.app = options.app ?? requireApplication();
    this.registryHost = options.registryHost ?? (globalThis as unknown as RegistryHost);
    this.guard = new WriteGuard(options.now, options.echoWindowMs);
  }

  async workbookInfo(): Promise<WorkbookInfo> {
    try {
      const sheets = this.sheetNames(this.workbook().Worksheets);
      const ws = this.app.ActiveSheet;
      if (!ws) throw new HostError(wpsMessages.noWorkbook, 'not-found');
      return { sheets, active: ws.Name };
    } catch (e) {
      throw toHostError(e, wpsMessages.readFailed);
    }
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    try {
      const sheets = this.workbook().Worksheets;
      // All sheets: walk them by index once instead of looking each up again by name.
      const targets: { name: string; ws: EtWorksheet | null }[] = names
        ? names.map((name) => ({ name, ws: null }))
        : Array.from({ length: sheets.Count }, (_, i) => {
            const ws = sheets.Item(i + 1);
            return { name: ws.Name, ws };
          });
      return targets.map(({ name, ws: known }) => {
        const ws = known ?? this.lookup(sheets, name);
        if (known) this.remember(name, known);
        const used = ws.UsedRange;
        const area = parseArea(used.Address(false, false));
        const region = area ? area.range : { r0: 0, c0: 0, r1: 0, c1: 0 };
        return this.readBlock(ws, name, region, used, true);
      });
    } catch (e) {
      throw toHostError(e, wpsMessages.readFailed);
    }
  }

  async readRegion(sheet: string, range: CellRange): Promise<SheetGrid> {
    try {
      const ws = this.sheet(sheet);
      return this.readBlock(ws, sheet, range, ws.Range(rangeAddress(range)), false);
    } catch (e) {
      throw toHostError(e, wpsMessages.readFailed);
    }
  }

  async applyPlans(plans: SheetPlan[], options: ApplyOptions = {}): Promise<void> {
    if (plans.length === 0) return;
    this.lastIssues = [];
    const app = this.app;
    let sheets: EtSheets;
    let existing: (EtWorksheet | null)[];
    let originalActive: string | null;
    try {
      sheets = this.workbook().Worksheets;
      // Every clash is found before anything is written: a refused batch leaves the workbook untouched.
      existing = plans.map((p) => this.tryItem(sheets, p.name));
      originalActive = app.ActiveSheet?.Name ?? null;
    } catch (e) {
      throw toHostError(e, wpsMessages.writeFailed);
    }
    if (!options.replaceExisting) {
      const clash = plans.find((_, i) => existing[i] !== null);
      if (clash) throw new HostError(wpsMessages.sheetExists(clash.name), 'conflict');
    }

    const op = this.guard.begin();
    const alerts = app.DisplayAlerts;
    this.handles.clear();
    try {
      // Deleting a replaced sheet and merging must not stop at a confirmation dialog.
      app.DisplayAlerts = false;
      app.ScreenUpdating = false;
      plans.forEach((plan, i) => {
        const old = existing[i];
        const tempName = old ? this.tempName(sheets, i) : plan.name;
        this.guard.expect(op, plan.name, 'edit');
        this.guard.expect(op, tempName, 'edit');
        // Worksheets.Add activates the new sheet (so does freezing panes).
        this.guard.expect(op, plan.name, 'activate');
        const after = old ?? sheets.Item(sheets.Count);
        const added = sheets.Add(null, after) ?? app.ActiveSheet;
        if (!added) throw new Error('Worksheets.Add');
        added.Name = tempName;
        writeValues(added, plan);
        for (const issue of writeLayout(added, plan)) this.lastIssues.push(issue);
        if (old) {
          old.Delete();
          added.Name = plan.name;
        }
        writeFreeze(app, added, plan);
        this.merges.set(plan.name, plan.merges.map((m) => ({ ...m })));
        this.marks.delete(plan.name);
        // A new sheet has no conditions of ours to sweep.
        this.swept.add(plan.name);
      });
      const target = options.activate ?? originalActive;
      if (target) {
        const ws = this.tryItem(sheets, target);
        if (ws) {
          this.guard.expect(op, target, 'activate');
          ws.Activate();
        }
      }
    } catch (e) {
      throw toHostError(e, wpsMessages.writeFailed);
    } finally {
      try {
        app.DisplayAlerts = alerts;
        app.ScreenUpdating = true;
      } finally {
        this.guard.end(op);
      }
    }
  }

  async setMarks(sheets: string[], marks: CellMark[]): Promise<void> {
    const names = new Set(sheets);
    for (const m of marks) names.add(m.sheet);
    try {
      for (const name of names) {
        let ws: EtWorksheet;
        try {
          ws = this.sheet(name);
        } catch (e) {
          if (e instanceof HostError && e.code === 'not-found') {
            // A sheet deleted since the check: its marks went with it.
            this.marks.delete(name);
            continue;
          }
          throw e;
        }
        if (!this.swept.has(name)) {
          sweepMarks(ws);
          this.swept.add(name);
          this.marks.delete(name);
        }
        const wanted = markAddresses(marks.filter((m) => m.sheet === name));
        this.marks.set(name, updateMarks(ws, this.marks.get(name) ?? new Map(), wanted));
      }
    } catch (e) {
      throw toHostError(e, wpsMessages.writeFailed);
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const target = parseRange(cell);
    if (!target) throw new HostError(wpsMessages.sheetNotFound(`${sheet}!${cell}`), 'not-found');
    const op = this.guard.begin();
    try {
      const ws = this.sheet(sheet);
      this.guard.expect(op, sheet, 'activate');
      ws.Activate();
      ws.Range(rangeAddress(target)).Select();
    } catch (e) {
      throw toHostError(e, wpsMessages.readFailed);
    } finally {
      this.guard.end(op);
    }
  }

  async onChange(listener: ChangeListener): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    if (!this.detach) {
      this.detach = attachDispatcher(this.registryHost, this.app.ApiEvent, {
        change: (sheet, target) => this.handleChange(sheet, target),
        activate: (sheet) => this.handleActivate(sheet),
      });
    }
    return async () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.detach) {
        this.detach();
        this.detach = null;
      }
    };
  }

  // ---- reading -------------------------------------------------------------------------------------

  private readBlock(ws: EtWorksheet, name: string, region: CellRange, rng: EtRange, wholeSheet: boolean): SheetGrid {
    const rows = region.r1 - region.r0 + 1;
    const cols = region.c1 - region.c0 + 1;
    let values: CellValue[][];
    if (rows * cols <= CELLS_PER_BLOCK) values = parseValues(rng.Value2, rows, cols);
    else {
      values = [];
      const step = Math.max(1, Math.floor(CELLS_PER_BLOCK / cols));
      for (let r = region.r0; r <= region.r1; r += step) {
        const part: CellRange = { r0: r, c0: region.c0, r1: Math.min(region.r1, r + step - 1), c1: region.c1 };
        values.push(...parseValues(ws.Range(rangeAddress(part)).Value2, part.r1 - part.r0 + 1, cols));
      }
    }
    const formats = readFormats(ws, region, values, rng.NumberFormat);
    const merges = this.readMerges(ws, name, region, rng, wholeSheet, values);

    // The grid keeps worksheet coordinates: row 0 is worksheet row 1.
    const lead = new Array<null>(region.c0).fill(null);
    const grid: SheetGrid = { name, values: [], numberFormats: [], merges };
    for (let r = 0; r < region.r0; r++) {
      grid.values.push([]);
      grid.numberFormats!.push([]);
    }
    values.forEach((row, i) => {
      grid.values.push([...lead, ...row]);
      grid.numberFormats!.push([...lead, ...formats[i]]);
    });
    return grid;
  }

  private readMerges(
    ws: EtWorksheet,
    name: string,
    region: CellRange,
    rng: EtRange,
    wholeSheet: boolean,
    values: CellValue[][],
  ): CellRange[] {
    const known = this.merges.get(name);
    const inside = known?.filter((m) => rangesIntersect(m, region)) ?? [];
    if (known && inside.length > 0 && verifyMerges(ws, region, known)) return inside.map((m) => ({ ...m }));
    const flag: unknown = rng.MergeCells;
    const regionFlag = flag === true ? true : flag === false ? false : null;
    let found = scanMerges(ws, region, regionFlag, values);
    // The value hints assume covered cells are empty; files from other tools can break that. A failed
    // check costs a scan without hints.
    if (found.length > 0 && !verifyMerges(ws, region, found)) found = scanMerges(ws, region, regionFlag);
    const outside = wholeSheet ? [] : (known ?? []).filter((m) => !rangesIntersect(m, region));
    this.merges.set(name, [...outside, ...found]);
    return found;
  }

  // ---- events --------------------------------------------------------------------------------------

  private emit(change: CellChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(change);
      } catch {
        // A failing listener must not break WPS's event dispatch or the other listeners.
      }
    }
  }

  private handleChange(sheet: EtWorksheet, target: EtRange): void {
    if (this.listeners.size === 0) return;
    const name = sheet.Name;
    for (const area of parseAreas(target.Address(false, false))) {
      if (this.guard.isOwn(name, 'edit', area.range)) continue;
      const kind = area.whole ? 'structure' : 'edit';
      // Merging, unmerging, pasting and row/column changes can change merged areas.
      const single = area.range.r0 === area.range.r1 && area.range.c0 === area.range.c1;
      if (kind === 'structure' || !single) this.merges.delete(name);
      this.emit({ sheet: name, range: area.range, kind });
    }
  }

  private handleActivate(sheet: EtWorksheet): void {
    if (this.listeners.size === 0) return;
    const name = sheet.Name;
    if (this.guard.isOwn(name, 'activate', null)) return;
    this.emit({ sheet: name, range: { r0: 0, c0: 0, r1: 0, c1: 0 }, kind: 'activate' });
  }

  // ---- lookups -------------------------------------------------------------------------------------

  private workbook(): EtWorkbook {
    const wb = this.app.ActiveWorkbook;
    if (!wb) throw new HostError(wpsMessages.noWorkbook, 'not-found');
    return wb;
  }

  private sheetNames(sheets: EtSheets): string[] {
    const out: string[] = [];
    const n = sheets.Count;
    for (let i = 1; i <= n; i++) out.push(sheets.Item(i).Name);
    return out;
  }

  private tryItem(sheets: EtSheets, name: string): EtWorksheet | null {
    try {
      return sheets.Item(name);
    } catch {
      return null;
    }
  }

  private lookup(sheets: EtSheets, name: string): EtWorksheet {
    const ws = this.tryItem(sheets, name);
    if (!ws) throw new HostError(wpsMessages.sheetNotFound(name), 'not-found');
    this.remember(name, ws);
    return ws;
  }

  /** A worksheet by name, fetched at most once per JS task. */
  private sheet(name: string): EtWorksheet {
    const cached = this.handles.get(name);
    if (cached) return cached;
    return this.lookup(this.workbook().Worksheets, name);
  }

  private remember(name: string, ws: EtWorksheet): void {
    this.handles.set(name, ws);
    if (!this.handlesClear) {
      this.handlesClear = true;
      setTimeout(() => {
        this.handles.clear();
        this.handlesClear = false;
      }, 0);
    }
  }

  private tempName(sheets: EtSheets, i: number): string {
    for (let n = 1; ; n++) {
      const candidate = `~jixiao-${i + 1}-${n}`;
      if (!this.tryItem(sheets, candidate)) return candidate;
    }
  }
}
