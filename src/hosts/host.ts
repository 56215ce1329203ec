/**
 * The one interface every spreadsheet host implements: .xlsx files (ExcelJS), Excel (Office.js),
 * WPS 表格 (window.Application) and the browser workbench (Univer). The task pane and the command line
 * talk only to this interface.
 *
 * Every method is one batch: an implementation reads or writes all it needs in one round trip to its host
 * (one `context.sync()` for Office.js, whole-block `Value2` for WPS), however many sheets are involved.
 */
import { CellRange } from '../engine/grid/address';
import { SheetGrid } from '../engine/grid/grid';
import { CellMark, SheetPlan } from '../engine/model/plan';

export type HostKind = 'xlsx' | 'excel' | 'wps' | 'univer';

export interface HostCapabilities {
  /** Cell-change events (live validation). */
  events: boolean;
  /** Marking cells in the sheet (fill colours that never destroy the user's formatting). */
  marks: boolean;
  /** Selecting a cell for the user. */
  select: boolean;
}

/** What changed, as a host reports it after filtering out the add-in's own writes. */
export interface CellChange {
  sheet: string;
  /** The changed area, 0-based. For structural changes it covers the inserted/deleted rows or columns. */
  range: CellRange;
  kind: 'edit' | 'structure' | 'activate';
}

export interface WorkbookInfo {
  /** Worksheet names in tab order. */
  sheets: string[];
  /** Name of the active worksheet. */
  active: string;
}

export type ChangeListener = (change: CellChange) => void;

export interface ApplyOptions {
  /** Replace sheets of the same name (summary refresh). Otherwise a name clash is an error. */
  replaceExisting?: boolean;
  /** Make this sheet active afterwards. */
  activate?: string;
}

export interface SpreadsheetHost {
  readonly kind: HostKind;
  readonly capabilities: HostCapabilities;

  /** Worksheet names in tab order and the active one, in one round trip. */
  workbookInfo(): Promise<WorkbookInfo>;
  /** Values, number formats and merges of the used area of each named sheet (all sheets when omitted). */
  readSheets(names?: string[]): Promise<SheetGrid[]>;
  /**
   * One region of one sheet. The grid keeps worksheet coordinates: row 0 of `values` is worksheet row 1,
   * rows and columns outside the region are empty.
   */
  readRegion(sheet: string, range: CellRange): Promise<SheetGrid>;
  /** Writes whole sheets (values, merges, formats, styles, validation, print setup) in one batch. */
  applyPlans(plans: SheetPlan[], options?: ApplyOptions): Promise<void>;
  /**
   * Replaces the add-in's marks on the given sheets with `marks` (an empty list clears them).
   * Never touches the user's own formatting.
   */
  setMarks(sheets: string[], marks: CellMark[]): Promise<void>;
  /** Selects (and shows) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Subscribes to user edits; the add-in's own writes are not reported. Resolves to an unsubscribe. */
  onChange(listener: ChangeListener): Promise<() => Promise<void>>;
}

/** Thrown by hosts for conditions the user can act on; `message` is Chinese and shown as is. */
export class HostError extends Error {
  constructor(message: string, readonly code: 'not-found' | 'unreadable' | 'protected' | 'timeout' | 'conflict' | 'unsupported') {
    super(message);
    this.name = 'HostError';
  }
}
