/**
 * The browser workbench's host: a Univer workbook driven through its facade API (`univerAPI`).
 *
 * Every method works on the in-page workbook synchronously, so one method is one round trip. Univer fires
 * its events synchronously inside the command that caused them, so the adapter's own writes are silenced
 * by a depth counter held around them (`writing`), not by a time window.
 *
 * @example
 *   const univerAPI = FUniver.newAPI(univer);
 *   univerAPI.createWorkbook(data);
 *   mountApp(container, new Assistant(new UniverHost(univerAPI as unknown as UniverApiLike)));
 */
import { GridBuilder } from '../../engine/grid/gridBuilder';
import { CellRange, parseRange, rangesIntersect } from '../../engine/grid/address';
import { SheetGrid } from '../../engine/grid/grid';
import { CellMark, ListValidation, SheetPlan } from '../../engine/model/plan';
import { UNIVER_MESSAGES } from '../../strings/workbench';
import {
  ApplyOptions,
  CellChange,
  ChangeListener,
  HostCapabilities,
  HostError,
  HostKind,
  SpreadsheetHost,
  WorkbookInfo,
} from '../host';
import { cellValueOf } from './cells';
import { changesOf, structureChangeOf } from './events';
import {
  UActiveSheetChanged,
  UCommandExecuted,
  UniverApiLike,
  USheetValueChanged,
  UWorkbookData,
  UWorkbookFacade,
  UWorksheetFacade,
} from './facade';
import { backgroundCommand, MarkBook, MarkedCell, planMarkUpdate, unmarkedSnapshot, wantedColors } from './marks';
import { fromURange, planToSheetData } from './sheetData';

const SET_RANGE_VALUES = 'sheet.command.set-range-values';

export class UniverHost implements SpreadsheetHost {
  readonly kind: HostKind = 'univer';
  readonly capabilities: HostCapabilities = { events: true, marks: true, select: true };

  /** Depth of the adapter's own writes; events raised meanwhile are echoes. */
  private writing = 0;
  /** The active sheet as of the adapter's last write or the last reported activation. */
  private lastActive: string | null = null;
  private readonly marks: MarkBook = new Map();

  constructor(private readonly api: UniverApiLike) {}

  async workbookInfo(): Promise<WorkbookInfo> {
    const wb = this.workbook();
    return { sheets: wb.getSheets().map((s) => s.getSheetName()), active: wb.getActiveSheet().getSheetName() };
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    const wb = this.workbook();
    const sheets = names ? names.map((n) => this.sheet(wb, n)) : wb.getSheets();
    return sheets.map((ws) => readGrid(ws, null));
  }

  async readRegion(sheet: string, range: CellRange): Promise<SheetGrid> {
    return readGrid(this.sheet(this.workbook(), sheet), range);
  }

  async applyPlans(plans: SheetPlan[], options: ApplyOptions = {}): Promise<void> {
    const wb = this.workbook();
    // Every name is checked first, so a clash leaves the workbook unchanged.
    const seen = new Set<string>();
    for (const plan of plans) {
      const key = plan.name.toLowerCase();
      if ((this.findSheet(wb, plan.name) && !options.replaceExisting) || seen.has(key)) {
        throw new HostError(UNIVER_MESSAGES.sheetExists(plan.name), 'conflict');
      }
      seen.add(key);
    }
    this.silently(() => {
      const active = wb.getActiveSheet().getSheetName();
      for (const plan of plans) this.writeSheet(wb, plan);
      // insertSheet activates every new sheet; the user stays where they were unless asked otherwise.
      const target = this.findSheet(wb, options.activate ?? active) ?? this.findSheet(wb, active);
      if (target) wb.setActiveSheet(target);
    });
  }

  async setMarks(sheets: string[], marks: CellMark[]): Promise<void> {
    const wb = this.workbook();
    const names = new Set([...sheets, ...marks.map((m) => m.sheet)]);
    const targets = [...names].map((n) => this.sheet(wb, n));
    this.silently(() => {
      for (const ws of targets) {
        const id = ws.getSheetId();
        const name = ws.getSheetName();
        const current = this.marks.get(id) ?? new Map<string, MarkedCell>();
        const wanted = wantedColors(marks.filter((m) => m.sheet === name));
        const { updates, next } = planMarkUpdate(current, wanted, (r, c) => {
          const style = ws.getRange(r, c, 1, 1).getCellStyleData();
          return style?.bg ?? null;
        });
        const command = backgroundCommand(updates);
        if (command) {
          this.api.syncExecuteCommand(SET_RANGE_VALUES, { unitId: wb.getId(), subUnitId: id, range: command.range, value: command.value });
        }
        if (next.size > 0) this.marks.set(id, next);
        else this.marks.delete(id);
      }
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const wb = this.workbook();
    const ws = this.sheet(wb, sheet);
    const r = parseRange(cell);
    if (!r) throw new HostError(UNIVER_MESSAGES.badCell(cell), 'not-found');
    this.silently(() => {
      wb.setActiveSheet(ws);
      ws.getRange(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1).activate();
      // Only the UI build has scrolling; headless Univer has no viewport.
      ws.scrollToCell?.(r.r0, r.c0);
    });
  }

  async onChange(listener: ChangeListener): Promise<() => Promise<void>> {
    const emit = (change: CellChange | null): void => {
      if (change && this.writing === 0) listener(change);
    };
    const unitId = (): string | null => this.api.getActiveWorkbook()?.getId() ?? null;
    this.lastActive = this.api.getActiveWorkbook()?.getActiveSheet().getSheetName() ?? null;
    const subscriptions = [
      this.api.addEvent(this.api.Event.SheetValueChanged, (p: USheetValueChanged) => {
        if (this.writing > 0) return;
        for (const change of changesOf(p, unitId())) emit(change);
      }),
      this.api.addEvent(this.api.Event.ActiveSheetChanged, (p: UActiveSheetChanged) => {
        if (this.writing > 0) return;
        // Univer delivers activations after the command that caused them, so echoes of the adapter's own
        // sheet switches arrive once it is done: stale ones name a sheet that is no longer active, the
        // last one names the sheet the adapter left active.
        const name = p.activeSheet.getSheetName();
        const now = this.api.getActiveWorkbook()?.getActiveSheet().getSheetName() ?? null;
        if (name !== now || name === this.lastActive) return;
        this.lastActive = name;
        emit({ sheet: name, range: { r0: 0, c0: 0, r1: 0, c1: 0 }, kind: 'activate' });
      }),
      this.api.addEvent(this.api.Event.CommandExecuted, (p: UCommandExecuted) => {
        if (this.writing > 0) return;
        const wb = this.api.getActiveWorkbook();
        if (!wb) return;
        emit(structureChangeOf(p, wb.getId(), (id) => wb.getSheets().find((s) => s.getSheetId() === id)?.getSheetName() ?? null));
      }),
    ];
    return async () => {
      for (const s of subscriptions) s.dispose();
    };
  }

  /** The workbook as Univer would save it, without the adapter's marks (what .xlsx export writes). */
  unmarkedSnapshot(): UWorkbookData {
    return unmarkedSnapshot(this.workbook().save(), this.marks);
  }

  // ---- writing ---------------------------------------------------------------------------------

  private silently(fn: () => void): void {
    this.writing++;
    try {
      fn();
    } finally {
      this.writing--;
      this.lastActive = this.api.getActiveWorkbook()?.getActiveSheet().getSheetName() ?? null;
    }
  }

  private writeSheet(wb: UWorkbookFacade, plan: SheetPlan): void {
    const data = planToSheetData(plan);
    const sheets = wb.getSheets();
    const old = this.findSheet(wb, plan.name);
    let ws: UWorksheetFacade;
    if (old) {
      // Replaced in place: same tab position, fresh content, no marks carried over.
      const index = sheets.findIndex((s) => s.getSheetId() === old.getSheetId());
      this.marks.delete(old.getSheetId());
      if (sheets.length > 1) {
        wb.deleteSheet(old);
        ws = wb.insertSheet(plan.name, { index, sheet: data });
      } else {
        // A workbook cannot lose its last sheet: add the new one beside it first.
        const tmp = `${plan.name}~${Date.now().toString(36)}`;
        ws = wb.insertSheet(tmp, { index: index + 1, sheet: { ...data, name: tmp } });
        wb.deleteSheet(old);
        ws.setName(plan.name);
      }
    } else {
      ws = wb.insertSheet(plan.name, { index: sheets.length, sheet: data });
    }
    for (const v of plan.validations) this.addListValidation(ws, v);
  }

  /** A dropdown list on a range; values outside the list are refused, as in the Excel and .xlsx output. */
  addListValidation(ws: UWorksheetFacade, v: ListValidation): void {
    const r = v.range;
    let builder = this.api.newDataValidation().requireValueInList(v.list, false, true).setAllowInvalid(false).setAllowBlank(true);
    if (v.errorMessage) builder = builder.setOptions({ error: v.errorMessage, showErrorMessage: true });
    ws.getRange(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1).setDataValidation(builder.build());
  }

  // ---- lookup ----------------------------------------------------------------------------------

  private workbook(): UWorkbookFacade {
    const wb = this.api.getActiveWorkbook();
    if (!wb) throw new HostError(UNIVER_MESSAGES.noWorkbook, 'not-found');
    return wb;
  }

  private findSheet(wb: UWorkbookFacade, name: string): UWorksheetFacade | undefined {
    const key = name.toLowerCase();
    return wb.getSheets().find((s) => s.getSheetName().toLowerCase() === key);
  }

  private sheet(wb: UWorkbookFacade, name: string): UWorksheetFacade {
    const ws = this.findSheet(wb, name);
    if (!ws) throw new HostError(UNIVER_MESSAGES.sheetMissing(name), 'not-found');
    return ws;
  }
}

/**
 * Values, number formats and merges of a sheet's used area, or of `region` only (worksheet coordinates
 * kept). A merged area's value sits in its top-left cell; whatever Univer keeps under the rest is dropped.
 */
export function readGrid(ws: UWorksheetFacade, region: CellRange | null): SheetGrid {
  const name = ws.getSheetName();
  let area: CellRange;
  if (region) {
    area = region;
  } else {
    const used = ws.getDataRange();
    area = { r0: 0, c0: 0, r1: used.getLastRow(), c1: used.getLastColumn() };
  }
  let merges = ws.getMergeData().map((m) => fromURange(m.getRange()));
  if (region) merges = merges.filter((m) => rangesIntersect(m, region));
  const range = ws.getRange(area.r0, area.c0, area.r1 - area.r0 + 1, area.c1 - area.c0 + 1);
  const cells = range.getCellDatas();
  const formats = range.getNumberFormats();
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(`${r},${c}`);
  }

  const grid = new GridBuilder(name);
  cells.forEach((row, i) => {
    const r = area.r0 + i;
    (row ?? []).forEach((cell, j) => {
      const c = area.c0 + j;
      if (!covered.has(`${r},${c}`)) grid.set(r, c, cellValueOf(cell), formats[i]?.[j]);
    });
  });
  return grid.build(merges);
}


