/**
 * SpreadsheetHost over Office.js (Excel on Windows, Mac and the web).
 *
 * Every method is one `Excel.run` through a single-flight queue with a timeout, with `delayForCellEdit`
 * so a batch waits for the user to leave cell-edit mode instead of failing. Reads queue every load for
 * every sheet and sync once; writes queue everything and sync once. Where Office.js cannot know what to
 * write without looking first (which sheets exist, which conditional formats are ours), one read sync
 * precedes the write sync – never a sync per sheet or per cell.
 */
import { CellRange } from '../../engine/grid/address';
import { SheetGrid } from '../../engine/grid/grid';
import { CellMark, SheetPlan } from '../../engine/model/plan';
import { excelMessages } from '../../strings/excel';
import {
  ApplyOptions,
  CellChange,
  ChangeListener,
  HostCapabilities,
  HostError,
  SpreadsheetHost,
  WorkbookInfo,
} from '../host';
import { RunQueue } from '../runQueue';
import { a1, parseExcelArea } from './address';
import { isMarkFormula, MARK_FILL, markFormula } from './marks';
import { gridFromBlock, mergesFromAddress } from './parse';
import { detectFeatures, ExcelFeatures, officeSetSupport, SetSupport } from './requirements';
import { queuePlan } from './writePlan';
import { WriteGuard } from './writeGuard';

export interface ExcelHostOptions {
  /** Milliseconds before a batch is abandoned with HostError('timeout'). */
  timeoutMs?: number;
  /** Requirement-set check; defaults to Office.context.requirements. */
  supports?: SetSupport;
  /** How long our own writes' change events are ignored after the write synced (ExcelApi < 1.14). */
  guardWindowMs?: number;
  now?: () => number;
  /** How long sheet names read by workbookInfo stay trusted for applyPlans (saves a read sync). */
  namesFreshMs?: number;
  /** Where errors inside event handlers go (they have no caller to reject to). */
  onEventError?: (error: unknown) => void;
}

interface KnownSheet {
  name: string;
  position: number;
}

const STRUCTURE_CHANGES = new Set(['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted']);

function officeCode(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = (e as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

function officeMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Office.js errors the user can act on become HostErrors with Chinese text; others pass unchanged. */
function mapOfficeError(e: unknown): unknown {
  if (e instanceof HostError) return e;
  switch (officeCode(e)) {
    case 'ItemNotFound':
      return new HostError(excelMessages.itemNotFound(officeMessage(e)), 'not-found');
    case 'ItemAlreadyExists':
      return new HostError(excelMessages.writeFailed(officeMessage(e)), 'conflict');
    case 'AccessDenied':
      return new HostError(excelMessages.protectedSheet, 'protected');
    case 'InvalidOperationInCellEditMode':
      return new HostError(excelMessages.cellEditBusy, 'conflict');
    default:
      return e;
  }
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = n.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(n);
    }
  }
  return out;
}

export class ExcelHost implements SpreadsheetHost {
  readonly kind = 'excel' as const;
  readonly capabilities: HostCapabilities;
  readonly features: ExcelFeatures;
  private readonly queue: RunQueue;
  private readonly guard: WriteGuard;
  private readonly onEventError: (error: unknown) => void;
  private readonly now: () => number;
  private readonly namesFreshMs: number;
  private known: { at: number; sheets: Map<string, KnownSheet> } | null = null;

  constructor(options: ExcelHostOptions = {}) {
    this.features = detectFeatures(options.supports ?? officeSetSupport());
    this.capabilities = { events: this.features.events, marks: true, select: true };
    this.queue = new RunQueue({ timeoutMs: options.timeoutMs ?? 30000, timeoutMessage: excelMessages.timeout });
    this.now = options.now ?? Date.now;
    this.namesFreshMs = options.namesFreshMs ?? 10000;
    this.guard = new WriteGuard(options.guardWindowMs ?? 1500, this.now);
    this.onEventError = options.onEventError ?? ((error) => console.error(error));
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.queue.run(() =>
      Excel.run({ delayForCellEdit: true }, batch).catch((e: unknown) => {
        throw mapOfficeError(e);
      }),
    );
  }

  /** One sync: names in tab order, positions (kept for applyPlans) and the active sheet. */
  workbookInfo(): Promise<WorkbookInfo> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/position');
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      this.remember(sheets.items.map((s) => ({ name: s.name, position: s.position })));
      return { sheets: sheets.items.map((s) => s.name), active: active.name };
    });
  }

  private remember(sheets: KnownSheet[]): void {
    this.known = { at: this.now(), sheets: new Map(sheets.map((s) => [s.name.toLowerCase(), s])) };
  }

  /** One sync for named sheets; all sheets need one more sync first, to learn their names. */
  readSheets(names?: string[]): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      let wanted = names;
      if (!wanted) {
        const all = context.workbook.worksheets;
        all.load('items/name,items/position');
        await context.sync();
        wanted = all.items.map((s) => s.name);
        this.remember(all.items.map((s) => ({ name: s.name, position: s.position })));
      }
      const reads = uniqueNames(wanted).map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load('name');
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load('address,values,numberFormat');
        let merged: Excel.RangeAreas | null = null;
        if (this.features.mergedAreas) {
          // Merges from the formatted used range: a merged title may reach past the last value column.
          merged = sheet.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject();
          merged.load('address');
        }
        return { name, sheet, used, merged };
      });
      await context.sync();
      return reads.map(({ name, sheet, used, merged }) => {
        if (sheet.isNullObject) throw new HostError(excelMessages.sheetNotFound(name), 'not-found');
        const merges = merged && !merged.isNullObject ? mergesFromAddress(merged.address) : [];
        const block = used.isNullObject ? null : { address: used.address, values: used.values, numberFormat: used.numberFormat };
        return gridFromBlock(sheet.name, block, merges);
      });
    });
  }

  readRegion(sheetName: string, range: CellRange): Promise<SheetGrid> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load('name');
      const region = sheet.getRange(a1(range));
      region.load('address,values,numberFormat');
      let merged: Excel.RangeAreas | null = null;
      if (this.features.mergedAreas) {
        merged = region.getMergedAreasOrNullObject();
        merged.load('address');
      }
      await context.sync();
      if (sheet.isNullObject) throw new HostError(excelMessages.sheetNotFound(sheetName), 'not-found');
      const merges = merged && !merged.isNullObject ? mergesFromAddress(merged.address) : [];
      return gridFromBlock(sheet.name, { address: region.address, values: region.values, numberFormat: region.numberFormat }, merges);
    });
  }

  /**
   * One sync when the sheet names are fresh (a workbookInfo or full readSheets within `namesFreshMs`, as
   * the assistant does right before writing); otherwise one read of the names first. Knowing the names
   * lets a clash be refused before anything is written and a replaced sheet keep its tab position. Should
   * the user add a clashing sheet inside that window, Excel refuses the add (ItemAlreadyExists → conflict);
   * all adds are queued before any content, so nothing but empty new sheets can be left behind.
   */
  applyPlans(plans: SheetPlan[], options: ApplyOptions = {}): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (!this.known || this.now() - this.known.at > this.namesFreshMs) {
        sheets.load('items/name,items/position');
        await context.sync();
        this.remember(sheets.items.map((s) => ({ name: s.name, position: s.position })));
      }
      const existing = this.known ? this.known.sheets : new Map<string, KnownSheet>();
      const planned = new Set<string>();
      for (const plan of plans) {
        const key = plan.name.toLowerCase();
        if (planned.has(key) || (existing.has(key) && !options.replaceExisting)) {
          throw new HostError(excelMessages.sheetExists(plan.name), 'conflict');
        }
        planned.add(key);
      }
      if (this.features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
      const targets = plans.map((plan, i) => {
        const old = existing.get(plan.name.toLowerCase());
        if (!old) return sheets.add(plan.name);
        // Rename first so the new sheet can take the name; add before deleting so the workbook never
        // drops to zero visible sheets.
        const oldSheet = sheets.getItem(old.name);
        oldSheet.name = `~jixiao-${this.now() % 100000000}-${i}`.slice(0, 31);
        const sheet = sheets.add(plan.name);
        sheet.position = old.position;
        oldSheet.delete();
        return sheet;
      });
      plans.forEach((plan, i) => this.guard.expect(plan.name, queuePlan(targets[i], plan, this.features)));
      if (options.activate) {
        const index = plans.findIndex((p) => p.name.toLowerCase() === options.activate?.toLowerCase());
        (index >= 0 ? targets[index] : sheets.getItem(options.activate)).activate();
      }
      // The names change with this write; the next write reads them again.
      this.known = null;
      try {
        await context.sync();
      } finally {
        this.guard.settle();
      }
    });
  }

  /** Two syncs: find our own conditional formats on the sheets, then delete them and add the new ones. */
  setMarks(sheetNames: string[], marks: CellMark[]): Promise<void> {
    return this.run(async (context) => {
      const names = uniqueNames([...sheetNames, ...marks.map((m) => m.sheet)]);
      const reads = names.map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        const formats = sheet.getRange().conditionalFormats;
        formats.load('items/type,items/customOrNullObject/rule/formula');
        return { name, sheet, formats };
      });
      await context.sync();
      const found = new Map<string, Excel.Worksheet>();
      for (const { name, sheet, formats } of reads) {
        if (sheet.isNullObject) continue;
        found.set(name.toLowerCase(), sheet);
        for (const cf of formats.items) {
          if (cf.type !== 'Custom') continue;
          const custom = cf.customOrNullObject;
          if (!custom.isNullObject && isMarkFormula(custom.rule.formula)) cf.delete();
        }
      }
      for (const mark of marks) {
        const sheet = found.get(mark.sheet.toLowerCase());
        if (!sheet) continue;
        const cf = sheet.getRange(mark.cell).conditionalFormats.add('Custom');
        cf.custom.rule.formula = markFormula(mark.severity);
        cf.custom.format.fill.color = MARK_FILL[mark.severity];
      }
      await context.sync();
      const missing = marks.find((m) => !found.has(m.sheet.toLowerCase()));
      if (missing) throw new HostError(excelMessages.sheetNotFound(missing.sheet), 'not-found');
    });
  }

  selectCell(sheetName: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }

  async onChange(listener: ChangeListener): Promise<() => Promise<void>> {
    if (!this.features.events) throw new HostError(excelMessages.eventsUnsupported, 'unsupported');
    const handlers = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const changed = sheets.onChanged.add((args) => this.forward(this.changeFrom(args), listener));
      const activated = sheets.onActivated.add((args) =>
        this.forward(this.sheetName(args.worksheetId).then((sheet) => (sheet ? { sheet, range: { r0: 0, c0: 0, r1: 0, c1: 0 }, kind: 'activate' as const } : null)), listener),
      );
      await context.sync();
      return { changed, activated };
    });
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      // Handlers can only be removed through the context that added them.
      await this.queue.run(() =>
        Excel.run(handlers.changed.context, async (context) => {
          handlers.changed.remove();
          handlers.activated.remove();
          await context.sync();
        }),
      );
    };
  }

  private forward(change: Promise<CellChange | null>, listener: ChangeListener): Promise<void> {
    return change.then(
      (c) => {
        if (c) listener(c);
      },
      (error: unknown) => this.onEventError(error),
    );
  }

  private async changeFrom(args: Excel.WorksheetChangedEventArgs): Promise<CellChange | null> {
    if (this.features.triggerSource && args.triggerSource === 'ThisLocalAddin') return null;
    const range = parseExcelArea(args.address);
    if (!range) return null;
    const kind = STRUCTURE_CHANGES.has(args.changeType) ? ('structure' as const) : ('edit' as const);
    const sheet = await this.sheetName(args.worksheetId);
    if (!sheet) return null;
    if (!this.features.triggerSource && kind === 'edit' && this.guard.isOwn(sheet, range)) return null;
    return { sheet, range, kind };
  }

  /** Events carry sheet ids; names can change at any time, so each event looks its sheet up (one sync). */
  private sheetName(id: string): Promise<string | null> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load('name');
      await context.sync();
      return sheet.isNullObject ? null : sheet.name;
    });
  }
}
