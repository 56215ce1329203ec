/**
 * SpreadsheetHost over Office.js (Excel on Windows, Mac and the web).
 *
 * Every method is one `Excel.run` through a single-flight queue with a timeout, with `delayForCellEdit`
 * so a batch waits for the user to leave cell-edit mode instead of failing. Reads queue every load for
 * every sheet and sync once; writes queue everything and sync once. Every batch also loads the sheet list
 * (names and ids) in its sync, which keeps the id → name directory for change events fresh at no extra
 * round trip. Syncs per method in the steady state:
 *   workbookInfo 1 · readSheets(names) 1 · readSheets() 1 (2 when sheets we never saw exist) · readRegion 1
 *   applyPlans 1 (2 when the sheet names are not fresh) · setMarks 1 (2 when our rules' ids are unknown)
 *   a change event 0 (1 for a sheet id we never saw)
 * A sheet with more than `cellsPerRead` (100,000) used cells adds one sync per band of that many cells
 * (bigRead.ts: Excel's 5 MB response / 5M-cell limits). Writes are not chunked: plans are engine-made
 * templates and summaries of a few thousand cells, far below the 5 MB request limit.
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
import { a1, parseExcelArea, splitAreas } from './address';
import { CELLS_PER_READ, coversUsed, isTooLarge, readInBands, windowAddress, windowCells } from './bigRead';
import { markRules } from './markAreas';
import { isMarkFormula, MARK_FILL, markFormula } from './marks';
import { gridFromBlock, mergesFromAddress, RawBlock } from './parse';
import { detectFeatures, ExcelFeatures, officeSetSupport, SetSupport } from './requirements';
import { SheetDirectory } from './sheetDirectory';
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
  /** Cells one sync reads at most (bigRead.ts); bigger sheets are read in bands. */
  cellsPerRead?: number;
}

interface KnownSheet {
  id: string;
  name: string;
  position: number;
}

/** What every batch loads of the worksheet collection (the same sync as its own reads). */
const SHEET_LIST = 'items/name,items/id,items/position';

/** The loads of one sheet's used area, queued for a shared sync. */
interface SheetRead {
  sheet: Excel.Worksheet;
  /** The used area (address only for readSheets; values too for readRegion, where `head` is the same range). */
  used: Excel.Range;
  /** The used area clipped to the one-sync window, with values; null when only addresses were loaded. */
  head: Excel.Range | null;
  /** The whole used area read in bands, when it did not fit the window (bigRead.ts). */
  block?: RawBlock;
  merged: Excel.RangeAreas | null;
  /** The sheet's conditional formats, loaded when the ids of our mark rules there are not known yet. */
  formats: Excel.ConditionalFormatCollection | null;
}

/** Ids of the rules carrying our mark tag, from a loaded conditional-format collection. */
function taggedIds(formats: Excel.ConditionalFormatCollection): string[] {
  const ids: string[] = [];
  for (const cf of formats.items) {
    if (cf.type !== 'Custom') continue;
    const custom = cf.customOrNullObject;
    if (!custom.isNullObject && isMarkFormula(custom.rule.formula)) ids.push(cf.id);
  }
  return ids;
}

function gridOf({ sheet, used, head, block, merged }: SheetRead): SheetGrid {
  const merges = merged && !merged.isNullObject ? mergesFromAddress(merged.address) : [];
  if (used.isNullObject) return gridFromBlock(sheet.name, null, merges);
  if (block) return gridFromBlock(sheet.name, block, merges);
  if (!head || head.isNullObject) return gridFromBlock(sheet.name, null, merges);
  return gridFromBlock(sheet.name, { address: head.address, values: head.values, numberFormat: head.numberFormat }, merges);
}

function marksOn(marks: CellMark[], sheet: string): CellMark[] {
  const key = sheet.toLowerCase();
  return marks.filter((m) => m.sheet.toLowerCase() === key);
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
  private readonly directory = new SheetDirectory();
  /**
   * Per sheet id: the ids of the conditional formats our last setMarks created there, so the next one
   * deletes them by id and adds the new ones in one sync. Absent = unknown (after a reload, or after a
   * failed delete): then our rules are found by their tag formula (one read sync more), which refills it.
   * Residual risk: this trusts Excel to keep a rule's id for the rule's lifetime within the session. Rules
   * the user copied elsewhere carry our tag but not a remembered id; they stay until the next tag sweep.
   */
  private readonly markIds = new Map<string, string[]>();
  private readonly cellsPerRead: number;

  constructor(options: ExcelHostOptions = {}) {
    this.features = detectFeatures(options.supports ?? officeSetSupport());
    this.capabilities = { events: this.features.events, marks: true, select: true };
    this.queue = new RunQueue({ timeoutMs: options.timeoutMs ?? 30000, timeoutMessage: excelMessages.timeout });
    this.now = options.now ?? Date.now;
    this.namesFreshMs = options.namesFreshMs ?? 10000;
    this.guard = new WriteGuard(options.guardWindowMs ?? 1500, this.now);
    this.onEventError = options.onEventError ?? ((error) => console.error(error));
    this.cellsPerRead = options.cellsPerRead ?? CELLS_PER_READ;
  }

  private run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.queue.run(() =>
      Excel.run({ delayForCellEdit: true }, batch).catch((e: unknown) => {
        throw mapOfficeError(e);
      }),
    );
  }

  /** One sync: names in tab order, ids and positions (kept for events and applyPlans), the active sheet. */
  workbookInfo(): Promise<WorkbookInfo> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(SHEET_LIST);
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      const list = sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
      this.learnSheets(list);
      return { sheets: list.map((s) => s.name), active: active.name };
    });
  }

  /** The sheet list as of the sync that just ran: the id directory, names for applyPlans, live mark ids. */
  private learnSheets(list: KnownSheet[]): void {
    this.directory.replaceAll(list);
    this.known = { at: this.now(), sheets: new Map(list.map((s) => [s.name.toLowerCase(), s])) };
    const live = new Set(list.map((s) => s.id));
    for (const id of [...this.markIds.keys()]) if (!live.has(id)) this.markIds.delete(id);
  }

  /**
   * `findMarks`: also load the sheet's conditional formats, so that a check (read, then mark) learns our
   * rules' ids here and its setMarks needs one sync instead of two.
   */
  private queueSheetRead(sheet: Excel.Worksheet, findMarks: boolean, window: string | null): SheetRead {
    sheet.load('name,id');
    let formats: Excel.ConditionalFormatCollection | null = null;
    if (findMarks) {
      formats = sheet.getRange().conditionalFormats;
      formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
    }
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    // Values only inside a bounded window: a huge used range would break the response limits. What does
    // not fit is read in bands afterwards (completeReads).
    let head: Excel.Range | null = null;
    if (window !== null) {
      head = used.getIntersectionOrNullObject(window);
      head.load('address,values,numberFormat');
    }
    let merged: Excel.RangeAreas | null = null;
    if (this.features.mergedAreas) {
      // Merges from the formatted used range: a merged title may reach past the last value column.
      merged = sheet.getUsedRangeOrNullObject(false).getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { sheet, used, head, merged, formats };
  }

  /** Reads in bands the used areas that the window did not cover (extra syncs only for big sheets). */
  private async completeReads(context: Excel.RequestContext, reads: (SheetRead | null)[]): Promise<void> {
    for (const read of reads) {
      if (!read || read.sheet.isNullObject || read.used.isNullObject) continue;
      const head = read.head && !read.head.isNullObject ? read.head : null;
      if (coversUsed(read.used.address, head ? head.address : null, head ? head.values : null)) continue;
      const area = parseExcelArea(read.used.address);
      if (area) read.block = await readInBands(context, read.sheet, area, this.cellsPerRead);
    }
  }

  /** One sync of reads; when Excel refuses the response as too large, the same reads without values. */
  private async syncReads(context: Excel.RequestContext, queue: (window: string | null) => (SheetRead | null)[], sheets: number): Promise<(SheetRead | null)[]> {
    const reads = queue(windowAddress(windowCells(this.cellsPerRead, sheets)));
    try {
      await context.sync();
      return reads;
    } catch (e) {
      if (!isTooLarge(e)) throw e;
      const retry = queue(null);
      await context.sync();
      return retry;
    }
  }

  /** Remembers our rules' ids on the sheets read with `findMarks` (after learnSheets pruned the cache). */
  private learnMarks(reads: (SheetRead | null)[]): void {
    for (const read of reads) {
      if (read && read.formats && !read.sheet.isNullObject) this.markIds.set(read.sheet.id, taggedIds(read.formats));
    }
  }

  /**
   * One sync for named sheets. All sheets: one sync when the adapter knows the sheets' ids (from any
   * earlier batch) – the known ones are read by id in the same sync that lists the workbook, and only
   * sheets it never saw cost a second sync (so on a fresh adapter, 2).
   * A name that no longer exists but belonged to a sheet the user renamed since our last sync is read by
   * that sheet's id instead (one more sync, only then).
   */
  readSheets(names?: string[]): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const keys = names ? uniqueNames(names) : this.directory.ids();
      const formerIds = keys.map((key) => (names ? this.directory.idOf(key) : key));
      const queued = await this.syncReads(
        context,
        (window) => {
          // Again on a retry: a response refused as too large loaded nothing.
          sheets.load(SHEET_LIST);
          return keys.map((key, i) => {
            const id = formerIds[i];
            return this.queueSheetRead(sheets.getItemOrNullObject(key), id === undefined || !this.markIds.has(id), window);
          });
        },
        keys.length,
      );
      const first = queued.filter((r): r is SheetRead => r !== null);
      const list = sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
      this.learnSheets(list);
      this.learnMarks(first);

      if (names) {
        const retries = first.map((read, i) => {
          const id = formerIds[i];
          return read.sheet.isNullObject && id !== undefined && this.directory.has(id)
            ? this.queueSheetRead(sheets.getItemOrNullObject(id), false, windowAddress(windowCells(this.cellsPerRead, keys.length)))
            : null;
        });
        if (retries.some((r) => r !== null)) await context.sync();
        await this.completeReads(context, keys.map((_, i) => retries[i] ?? first[i]));
        return keys.map((name, i) => {
          const read = retries[i] ?? first[i];
          if (read.sheet.isNullObject) throw new HostError(excelMessages.sheetNotFound(name), 'not-found');
          return gridOf(read);
        });
      }

      const byId = new Map<string, SheetRead>();
      for (const read of first) if (!read.sheet.isNullObject) byId.set(read.sheet.id, read);
      const unseen = list.filter((s) => !byId.has(s.id));
      let later: SheetRead[] = [];
      if (unseen.length > 0) {
        const queuedLater = await this.syncReads(
          context,
          (window) => unseen.map((s) => this.queueSheetRead(sheets.getItemOrNullObject(s.id), !this.markIds.has(s.id), window)),
          unseen.length,
        );
        later = queuedLater.filter((r): r is SheetRead => r !== null);
        this.learnMarks(later);
      }
      unseen.forEach((s, i) => byId.set(s.id, later[i]));
      await this.completeReads(context, [...first, ...later]);
      const grids: SheetGrid[] = [];
      for (const s of list) {
        const read = byId.get(s.id);
        // A sheet deleted between the two syncs is simply gone.
        if (read && !read.sheet.isNullObject) grids.push(gridOf(read));
      }
      return grids;
    });
  }

  private queueRegionRead(sheet: Excel.Worksheet, range: CellRange): SheetRead {
    sheet.load('name');
    const region = sheet.getRange(a1(range));
    region.load('address,values,numberFormat');
    let merged: Excel.RangeAreas | null = null;
    if (this.features.mergedAreas) {
      merged = region.getMergedAreasOrNullObject();
      merged.load('address');
    }
    return { sheet, used: region, head: region, merged, formats: null };
  }

  /** One sync; a sheet renamed since our last sync is found by its id (one more sync, only then). */
  readRegion(sheetName: string, range: CellRange): Promise<SheetGrid> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(SHEET_LIST);
      const formerId = this.directory.idOf(sheetName);
      const first = this.queueRegionRead(sheets.getItemOrNullObject(sheetName), range);
      await context.sync();
      this.learnSheets(sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position })));
      let read = first;
      if (first.sheet.isNullObject && formerId !== undefined && this.directory.has(formerId)) {
        read = this.queueRegionRead(sheets.getItemOrNullObject(formerId), range);
        await context.sync();
      }
      if (read.sheet.isNullObject) throw new HostError(excelMessages.sheetNotFound(sheetName), 'not-found');
      return gridOf(read);
    });
  }

  /**
   * One sync when the sheet names are fresh (any batch within `namesFreshMs`, as the assistant reads right
   * before writing); otherwise one read of the names first. Knowing the names lets a clash be refused
   * before anything is written and a replaced sheet keep its tab position. Should the user add a clashing
   * sheet inside that window, Excel refuses the add (ItemAlreadyExists → conflict); all adds are queued
   * before any content, so nothing but empty new sheets can be left behind.
   */
  applyPlans(plans: SheetPlan[], options: ApplyOptions = {}): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      if (!this.known || this.now() - this.known.at > this.namesFreshMs) {
        sheets.load(SHEET_LIST);
        await context.sync();
        this.learnSheets(sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position })));
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
      const replaced: string[] = [];
      const targets = plans.map((plan, i) => {
        const old = existing.get(plan.name.toLowerCase());
        if (!old) return sheets.add(plan.name);
        // Rename first so the new sheet can take the name; add before deleting so the workbook never
        // drops to zero visible sheets.
        const oldSheet = sheets.getItem(old.id);
        oldSheet.name = `~jixiao-${this.now() % 100000000}-${i}`.slice(0, 31);
        const sheet = sheets.add(plan.name);
        sheet.position = old.position;
        oldSheet.delete();
        replaced.push(old.id);
        return sheet;
      });
      // The new sheets' ids come back with the write's own sync: their events need no lookup.
      for (const target of targets) target.load('id');
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
      for (const id of replaced) {
        this.directory.remove(id);
        this.markIds.delete(id);
      }
      targets.forEach((target, i) => {
        this.directory.set(target.id, plans[i].name);
        // A sheet we just created holds no conditional formats: its first setMarks needs no search.
        this.markIds.set(target.id, []);
      });
    });
  }

  /**
   * One sync when the ids of our previous rules on every sheet are known (they are after any earlier
   * setMarks, readSheets or applyPlans of this session): delete those by id and add the new ones. Otherwise – the
   * first call after a reload, or a delete by id that failed because the user removed the rule or its
   * cells – two syncs: find our rules by their tag, then delete them and add the new ones.
   */
  setMarks(sheetNames: string[], marks: CellMark[]): Promise<void> {
    return this.run(async (context) => {
      const names = uniqueNames([...sheetNames, ...marks.map((m) => m.sheet)]);
      const ids = names.map((name) => this.directory.idOf(name));
      const known: { name: string; id: string }[] = [];
      names.forEach((name, i) => {
        const id = ids[i];
        if (id !== undefined && this.markIds.has(id)) known.push({ name, id });
      });
      if (known.length === names.length) {
        try {
          await this.replaceKnownMarks(context, known, marks);
          return;
        } catch {
          // Statements after the failed delete did not run; the sweep below cleans up what remains.
          for (const { id } of known) this.markIds.delete(id);
        }
      }
      await this.sweepMarks(context, names, marks);
    });
  }

  /** Queues one sheet's mark rules; each loads its id, filled by the sync that adds it. */
  private queueMarks(sheet: Excel.Worksheet, marks: CellMark[]): Excel.ConditionalFormat[] {
    return markRules(marks, this.features.rangeAreas).map((rule) => {
      const target = this.features.rangeAreas ? sheet.getRanges(rule.address) : sheet.getRange(rule.address);
      const cf = target.conditionalFormats.add('Custom');
      cf.custom.rule.formula = markFormula(rule.severity);
      cf.custom.format.fill.color = MARK_FILL[rule.severity];
      cf.load('id');
      return cf;
    });
  }

  private async replaceKnownMarks(context: Excel.RequestContext, sheets: { name: string; id: string }[], marks: CellMark[]): Promise<void> {
    const collection = context.workbook.worksheets;
    collection.load(SHEET_LIST);
    const targets = sheets.map(({ name, id }) => ({ name, id, sheet: collection.getItem(id) }));
    // Every delete before any add: Excel stops a batch at the first failing statement, so a rule the user
    // removed fails the batch before anything new was added.
    for (const { id, sheet } of targets) {
      const formats = sheet.getRange().conditionalFormats;
      for (const cfId of this.markIds.get(id) ?? []) formats.getItem(cfId).delete();
    }
    const added = targets.map(({ name, id, sheet }) => ({ id, rules: this.queueMarks(sheet, marksOn(marks, name)) }));
    await context.sync();
    this.learnSheets(collection.items.map((s) => ({ id: s.id, name: s.name, position: s.position })));
    for (const { id, rules } of added) this.markIds.set(id, rules.map((cf) => cf.id));
  }

  private async sweepMarks(context: Excel.RequestContext, names: string[], marks: CellMark[]): Promise<void> {
    const collection = context.workbook.worksheets;
    collection.load(SHEET_LIST);
    const reads = names.map((name) => {
      const sheet = collection.getItemOrNullObject(name);
      sheet.load('id');
      const formats = sheet.getRange().conditionalFormats;
      formats.load('items/id,items/type,items/customOrNullObject/rule/formula');
      return { name, sheet, formats };
    });
    await context.sync();
    this.learnSheets(collection.items.map((s) => ({ id: s.id, name: s.name, position: s.position })));
    const found: { name: string; id: string; sheet: Excel.Worksheet }[] = [];
    for (const { name, sheet, formats } of reads) {
      if (sheet.isNullObject) continue;
      found.push({ name, id: sheet.id, sheet });
      for (const cfId of taggedIds(formats)) formats.getItem(cfId).delete();
    }
    const added = found.map(({ name, id, sheet }) => ({ id, rules: this.queueMarks(sheet, marksOn(marks, name)) }));
    await context.sync();
    for (const { id, rules } of added) this.markIds.set(id, rules.map((cf) => cf.id));
    const seen = new Set(found.map((f) => f.name.toLowerCase()));
    const missing = marks.find((m) => !seen.has(m.sheet.toLowerCase()));
    if (missing) throw new HostError(excelMessages.sheetNotFound(missing.sheet), 'not-found');
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
      // ExcelApi 1.17 reports renames; older Excel relies on the list every batch reloads (sheetDirectory.ts).
      const renamed = this.features.nameChangedEvents
        ? sheets.onNameChanged.add(async (args) => this.renamed(args.worksheetId, args.nameAfter))
        : null;
      await context.sync();
      return { changed, activated, renamed };
    });
    let removed = false;
    return async () => {
      if (removed) return;
      // Handlers can only be removed through the context that added them. A removal that failed (Excel
      // busy in cell-edit mode, a timeout) leaves them registered, so a later call tries again.
      await this.queue.run(() =>
        Excel.run(handlers.changed.context, async (context) => {
          handlers.changed.remove();
          handlers.activated.remove();
          handlers.renamed?.remove();
          await context.sync();
        }).catch((e: unknown) => {
          throw mapOfficeError(e);
        }),
      );
      removed = true;
    };
  }

  private renamed(id: string, name: string): void {
    // Only sheets we know: our own replace renames a sheet it deletes in the same batch.
    if (!this.directory.has(id) || this.directory.nameOf(id) === name) return;
    this.directory.set(id, name);
    this.known = null;
  }

  private forward(change: Promise<CellChange | null>, listener: ChangeListener): Promise<void> {
    // A throwing listener must not become an unhandled rejection inside Excel's event dispatch.
    return change
      .then((c) => {
        if (c) listener(c);
      })
      .catch((error: unknown) => this.onEventError(error));
  }

  private async changeFrom(args: Excel.WorksheetChangedEventArgs): Promise<CellChange | null> {
    if (this.features.triggerSource && args.triggerSource === 'ThisLocalAddin') return null;
    // Clearing or pasting over a multi-area selection reports every area in one address ("A1:B2,D4").
    const areas: CellRange[] = [];
    for (const part of splitAreas(args.address ?? '')) {
      const r = parseExcelArea(part);
      if (r) areas.push(r);
    }
    if (areas.length === 0) return null;
    const range = areas.reduce((b, a) => ({ r0: Math.min(b.r0, a.r0), c0: Math.min(b.c0, a.c0), r1: Math.max(b.r1, a.r1), c1: Math.max(b.c1, a.c1) }));
    const kind = STRUCTURE_CHANGES.has(args.changeType) ? ('structure' as const) : ('edit' as const);
    const sheet = await this.sheetName(args.worksheetId);
    if (!sheet) return null;
    if (!this.features.triggerSource && kind === 'edit' && areas.every((a) => this.guard.isOwn(sheet, a))) return null;
    return { sheet, range, kind };
  }

  /** Events carry sheet ids: named from the directory; a sheet we never saw costs one lookup sync. */
  private sheetName(id: string): Promise<string | null> {
    const known = this.directory.nameOf(id);
    if (known !== undefined) return Promise.resolve(known);
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load('name');
      await context.sync();
      if (sheet.isNullObject) return null;
      this.directory.set(id, sheet.name);
      return sheet.name;
    });
  }
}
