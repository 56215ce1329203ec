/**
 * The .xlsx host: a workbook file held in memory through ExcelJS. Reads and writes happen on the in-memory
 * workbook; `save`/`toBuffer` write it out. Used by the command line and by tests.
 */
import * as fs from 'fs';
import { Workbook, Worksheet } from 'exceljs';
import { CellRange, parseRange } from '../../engine/grid/address';
import { SheetGrid } from '../../engine/grid/grid';
import { SEVERITY_ORDER } from '../../engine/model/diagnostic';
import { CellMark, SheetPlan } from '../../engine/model/plan';
import { XLSX_MESSAGES } from '../../strings/xlsx';
import {
  ApplyOptions,
  ChangeListener,
  HostCapabilities,
  HostError,
  HostKind,
  SpreadsheetHost,
  WorkbookInfo,
} from '../host';
import { ensureInternalLinks } from './internalLinks';
import { readFileBytes, workbookFromBuffer } from './loadWorkbook';
import { clearMarks, markCell } from './marks';
import { readWorksheet } from './readSheet';
import { writePlan } from './writeSheet';

export class XlsxHost implements SpreadsheetHost {
  readonly kind: HostKind = 'xlsx';
  readonly capabilities: HostCapabilities = { events: false, marks: true, select: false };

  private constructor(private readonly wb: Workbook) {
    ensureInternalLinks();
  }

  static async open(path: string): Promise<XlsxHost> {
    return new XlsxHost(await workbookFromBuffer(readFileBytes(path), path));
  }

  static async fromBuffer(buf: Buffer, label = 'workbook.xlsx'): Promise<XlsxHost> {
    return new XlsxHost(await workbookFromBuffer(buf, label));
  }

  static empty(): XlsxHost {
    return new XlsxHost(new Workbook());
  }

  /** The underlying workbook, for tests and tools that need what the host interface does not offer. */
  get workbook(): Workbook {
    return this.wb;
  }

  async save(path: string): Promise<void> {
    const buf = await this.toBuffer();
    try {
      fs.writeFileSync(path, buf);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new HostError(XLSX_MESSAGES.cannotWrite(path, code || String(e)), 'unreadable');
    }
  }

  async toBuffer(): Promise<Buffer> {
    // Deflate level 1 instead of JSZip's 6: a third less time writing for a file about 10% larger.
    const out = await this.wb.xlsx.writeBuffer({ zip: { compressionOptions: { level: 1 } } });
    return Buffer.from(out as ArrayBuffer);
  }

  async workbookInfo(): Promise<WorkbookInfo> {
    const sheets = this.wb.worksheets.map((ws) => ws.name);
    const tab = this.wb.views?.[0]?.activeTab;
    const i = typeof tab === 'number' && tab >= 0 && tab < sheets.length ? tab : 0;
    return { sheets, active: sheets[i] ?? '' };
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    const sheets = names ? names.map((n) => this.sheet(n)) : this.wb.worksheets;
    return sheets.map((ws) => readWorksheet(ws));
  }

  async readRegion(sheet: string, range: CellRange): Promise<SheetGrid> {
    return readWorksheet(this.sheet(sheet), range);
  }

  async applyPlans(plans: SheetPlan[], options: ApplyOptions = {}): Promise<void> {
    // Check every name first so a clash leaves the workbook unchanged.
    const seen = new Set<string>();
    for (const plan of plans) {
      const key = plan.name.toLowerCase();
      const exists = this.findSheet(plan.name) !== undefined;
      if ((exists && !options.replaceExisting) || seen.has(key)) {
        throw new HostError(XLSX_MESSAGES.sheetExists(plan.name), 'conflict');
      }
      seen.add(key);
    }
    for (const plan of plans) {
      const old = this.findSheet(plan.name);
      let ws: Worksheet;
      if (old) {
        // Replace in place: same tab position, fresh content.
        const orderNo = (old as unknown as { orderNo: number }).orderNo;
        this.wb.removeWorksheet(old.id);
        ws = this.wb.addWorksheet(plan.name);
        (ws as unknown as { orderNo: number }).orderNo = orderNo;
      } else {
        ws = this.wb.addWorksheet(plan.name);
      }
      writePlan(ws, plan);
    }
    if (options.activate) this.activate(options.activate);
  }

  async setMarks(sheets: string[], marks: CellMark[]): Promise<void> {
    const targets = new Map<string, Worksheet>();
    for (const name of sheets) targets.set(name, this.sheet(name));
    for (const ws of targets.values()) clearMarks(ws);
    // Least severe first, so a cell with several diagnostics shows the most severe one.
    const ordered = marks.slice().sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]);
    for (const m of ordered) {
      const ws = targets.get(m.sheet) ?? this.sheet(m.sheet);
      const r = parseRange(m.cell);
      if (!r) continue;
      markCell(ws.getCell(r.r0 + 1, r.c0 + 1), m.severity);
    }
  }

  /** Makes the sheet active and the cell selected when the file is next opened. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    this.activate(sheet);
    const view = ws.views?.[0] ?? {};
    ws.views = [{ ...view, activeCell: cell }];
  }

  async onChange(_listener: ChangeListener): Promise<() => Promise<void>> {
    // A file on disk has no live edits to report.
    return async () => undefined;
  }

  private findSheet(name: string): Worksheet | undefined {
    const key = name.toLowerCase();
    return this.wb.worksheets.find((ws) => ws.name.toLowerCase() === key);
  }

  private sheet(name: string): Worksheet {
    const ws = this.findSheet(name);
    if (!ws) throw new HostError(XLSX_MESSAGES.sheetMissing(name), 'not-found');
    return ws;
  }

  private activate(name: string): void {
    const i = this.wb.worksheets.findIndex((ws) => ws.name === name);
    if (i < 0) return;
    const views = this.wb.views && this.wb.views.length > 0 ? this.wb.views : [{}];
    this.wb.views = [{ ...views[0], activeTab: i, firstSheet: 0 } as (typeof this.wb.views)[number]];
  }
}
